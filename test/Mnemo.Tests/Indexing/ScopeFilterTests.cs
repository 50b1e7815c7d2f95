using Mnemo.Indexing;
using Xunit;

namespace Mnemo.Tests.Indexing;

/// <summary>Filter terms the scope already guarantees are dropped; anything else is kept as given.</summary>
public sealed class ScopeFilterTests
{
    private static readonly MemoryScope Alice = new() { ProjectId = "p", UserId = "alice", AgentId = "bot" };

    [Theory]
    [InlineData("""{"user_id": "alice"}""")]
    [InlineData("""{"AND": [{"user_id": "alice"}, {"agent_id": "bot"}]}""")]
    [InlineData("""{"user_id": {"eq": "alice"}}""")]
    public void Simplify_OnlyTheScopesOwnIds_LeavesNoFilter(string json)
    {
        Assert.Null(ScopeFilter.Simplify(MemoryFilter.Parse(json), Alice));
    }

    [Fact]
    public void Simplify_ScopeIdsBesideOtherConditions_KeepsTheOthers()
    {
        var simplified = ScopeFilter.Simplify(MemoryFilter.Parse("""{"AND": [{"user_id": "alice"}, {"metadata.topic": "food"}]}"""), Alice);

        var kept = Assert.IsType<FieldFilter>(simplified);
        Assert.Equal("metadata.topic", kept.Field);
    }

    [Theory]
    [InlineData("""{"user_id": "bob"}""")]
    [InlineData("""{"run_id": "r1"}""")]
    [InlineData("""{"user_id": {"ne": "alice"}}""")]
    [InlineData("""{"OR": [{"user_id": "alice"}, {"user_id": "bob"}]}""")]
    [InlineData("""{"NOT": [{"user_id": "alice"}]}""")]
    [InlineData("""{"user_id": "ALICE"}""")]
    public void Simplify_ConditionsTheScopeDoesNotImply_AreKept(string json)
    {
        var filter = MemoryFilter.Parse(json);

        Assert.Same(filter, ScopeFilter.Simplify(filter, Alice));
    }
}
