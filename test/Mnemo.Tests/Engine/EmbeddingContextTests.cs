using Microsoft.Extensions.AI;
using Mnemo.TestUtilities;

namespace Mnemo.Tests.Engine;

public sealed class EmbeddingContextTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static MemoryFixture Fixture(int context, List<string> inputs)
    {
        var f = new MemoryFixture(o => o.EmbeddingContext = context);
        f.Embedder.OnGenerate = batch => inputs.AddRange(batch);
        return f;
    }

    private static IEnumerable<ChatMessage> Messages(params string[] texts) => texts.Select(t => new ChatMessage(ChatRole.User, t));

    private static AddOptions Verbatim(MemoryScope scope) => new() { Scope = scope, Infer = false };

    [Fact]
    public async Task AddAsync_ContextTwo_EmbedsEachMessageAfterTheTwoBeforeItButStoresItAlone()
    {
        var inputs = new List<string>();
        await using var f = Fixture(2, inputs);
        var result = await f.Memory.AddAsync(Messages("Did you go to Paris?", "Yes, last May!", "Nice.", "It rained."), Verbatim(MemoryFixture.Alice), Ct);

        Assert.Equal(
            ["Did you go to Paris?", "Did you go to Paris?\nYes, last May!", "Did you go to Paris?\nYes, last May!\nNice.", "Yes, last May!\nNice.\nIt rained."],
            inputs);
        var reply = await f.Store.GetWithEmbeddingAsync(result.Results[1].Id, Ct);
        Assert.Equal("Yes, last May!", reply!.Item.Text);
        Assert.Equal(MemoryHash.Compute("Yes, last May!"), reply.Item.Hash);
        Assert.Equal(FakeEmbeddingGenerator.Embed("Did you go to Paris?\nYes, last May!"), reply.Embedding.ToArray());
    }

    [Fact]
    public async Task AddAsync_ContextOff_EmbedsEachTextAlone()
    {
        var inputs = new List<string>();
        await using var f = Fixture(0, inputs);
        await f.Memory.AddAsync(Messages("Did you go to Paris?", "Yes, last May!"), Verbatim(MemoryFixture.Alice), Ct);
        Assert.Equal(["Did you go to Paris?", "Yes, last May!"], inputs);
    }

    [Fact]
    public async Task AddAsync_ContextOn_ReadsEarlierAddsOfTheExactScopeOnly()
    {
        var inputs = new List<string>();
        await using var f = Fixture(2, inputs);
        await f.AddAsync("alice one");
        f.Time.Advance(TimeSpan.FromSeconds(1));
        await f.AddAsync("bob one", MemoryFixture.Bob);
        await f.AddAsync("alice with an agent", new MemoryScope { UserId = "alice", AgentId = "travel" });
        f.Time.Advance(TimeSpan.FromSeconds(1));
        await f.AddAsync("alice two");
        f.Time.Advance(TimeSpan.FromSeconds(1));
        inputs.Clear();

        await f.AddAsync("alice three");

        Assert.Equal(["alice one\nalice two\nalice three"], inputs);
    }

    [Fact]
    public async Task AddAsync_ContextOn_ADeletedMemoryGivesNoContext()
    {
        var inputs = new List<string>();
        await using var f = Fixture(1, inputs);
        await f.AddAsync("kept");
        f.Time.Advance(TimeSpan.FromSeconds(1));
        var deleted = await f.AddAsync("deleted secret");
        await f.Memory.DeleteAsync(deleted.Results[0].Id, Ct);
        f.Time.Advance(TimeSpan.FromSeconds(1));
        inputs.Clear();

        await f.AddAsync("later");

        Assert.Equal(["kept\nlater"], inputs);
    }

    [Fact]
    public async Task AddAsync_ContextOn_MemoriesOfTheSameInstantFromAnotherCallGiveNoContext()
    {
        // Their arrival order cannot be read back (ties are broken by id), so they are left out rather than guessed.
        var inputs = new List<string>();
        await using var f = Fixture(2, inputs);
        await f.AddAsync("same instant");
        inputs.Clear();
        await f.AddAsync("next");
        Assert.Equal(["next"], inputs);
    }

    [Fact]
    public async Task AddAsync_SameTextWithContext_IsEmbeddedAgainNotTakenFromTheStore()
    {
        var inputs = new List<string>();
        await using var f = Fixture(1, inputs);
        await f.AddAsync("Thanks!");
        f.Time.Advance(TimeSpan.FromSeconds(1));
        await f.AddAsync("I adopted a puppy");
        f.Time.Advance(TimeSpan.FromSeconds(1));

        var again = await f.AddAsync("Thanks!");

        Assert.Equal((1, 0), (again.Usage.EmbeddingCalls, again.Usage.EmbeddingCacheHits));
        Assert.Equal("I adopted a puppy\nThanks!", inputs[^1]);
    }

    [Fact]
    public async Task ImportAsync_ContextOn_UsesListOrderPerScopeAndOlderStoredMemories()
    {
        var inputs = new List<string>();
        await using var f = Fixture(1, inputs);
        var start = f.Time.GetUtcNow();
        await f.Transfer.ImportAsync([TestMemories.Item("stored before", MemoryFixture.Alice, start)], Ct);
        inputs.Clear();

        var later = start.AddMinutes(1);
        await f.Transfer.ImportAsync(
            [
                TestMemories.Item("first", MemoryFixture.Alice, later),
                TestMemories.Item("bob's", MemoryFixture.Bob, later),
                TestMemories.Item("second", MemoryFixture.Alice, later),
            ],
            Ct);

        Assert.Equal(["stored before\nfirst", "first\nsecond", "bob's"], inputs);
    }

    [Fact]
    public async Task SearchAsync_ContextOn_FindsAReplyByWhatItAnswers()
    {
        await using var f = new MemoryFixture(o => (o.EmbeddingContext, o.KeywordWeight, o.NeighbourWeight, o.LengthPriorWords) = (1, 0, 0, 0));
        await f.Memory.AddAsync(Messages("Did you visit Paris?", "Yes, last May!", "What is your cat called?", "Her name is Luna."), Verbatim(MemoryFixture.Alice), Ct);

        var found = await f.Memory.SearchAsync("visit Paris", new SearchOptions { Scope = MemoryFixture.Alice, Limit = 4 }, Ct);

        var best = found.Results.Take(2).Select(r => r.Memory.Text).ToList();
        Assert.Contains("Did you visit Paris?", best);
        Assert.Contains("Yes, last May!", best);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(17)]
    public void Validate_ContextOutOfRange_Throws(int context)
    {
        var options = new MnemoOptions { EmbeddingContext = context };
        Assert.Throws<ArgumentOutOfRangeException>(options.Validate);
    }
}
