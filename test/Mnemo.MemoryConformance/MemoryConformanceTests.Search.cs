using System.Text.Json;
using Microsoft.Extensions.AI;
using Mnemo.TestUtilities;
using Xunit;

namespace Mnemo.MemoryConformance;

public abstract partial class MemoryConformanceTests
{
    [Fact]
    public async Task SearchAsync_Query_RanksTheMatchFirstWithScoresBestFirstAndUsage()
    {
        var user = NewUser();
        var tennis = await RememberAsync(user, "I play tennis every Sunday morning");
        await RememberAsync(user, "My sister lives in Lyon");
        await RememberAsync(user, "I am allergic to peanuts");

        var result = await Memory.SearchAsync("tennis on Sunday", new SearchOptions { Scope = user }, Ct);

        Assert.Equal(tennis, result.Results[0].Memory.Id);
        Assert.Equal("I play tennis every Sunday morning", result.Results[0].Memory.Text);
        Assert.Equal(user, result.Results[0].Memory.Scope);
        Assert.All(result.Results, r => Assert.InRange(r.Score, 0, 1));
        Assert.True(result.Results[0].Score > 0);
        Assert.Equal(result.Results.Select(r => r.Score).OrderByDescending(s => s), result.Results.Select(r => r.Score));
        Assert.All(result.Results, r => Assert.Null(r.Explanation));
        Assert.Equal(1, result.Usage.EmbeddingCalls + result.Usage.EmbeddingCacheHits);
    }

    [Fact]
    public async Task SearchAsync_Explain_ReturnsTheSignalsThatMakeTheScore()
    {
        var user = NewUser();
        await RememberAsync(user, "I play tennis every Sunday morning");

        var result = await Memory.SearchAsync("tennis", new SearchOptions { Scope = user, Explain = true }, Ct);

        var top = Assert.Single(result.Results);
        Assert.NotNull(top.Explanation);
        Assert.Equal(top.Score, top.Explanation.Fused, 9);
        Assert.NotNull(top.Explanation.Semantic);
        Assert.NotNull(top.Explanation.Keyword);
        Assert.InRange(top.Explanation.KeywordNormalized, double.Epsilon, 1);
        Assert.Contains("length", top.Explanation.Other.Keys);
    }

    [Fact]
    public async Task SearchAsync_MetadataFilter_ReturnsOnlyMatchingMemories()
    {
        var user = NewUser();
        await RememberAsync(user, "Sunday tennis with Paul", Meta(("topic", "sport")));
        var lunch = await RememberAsync(user, "Sunday lunch with my sister", Meta(("topic", "family")));

        var result = await Memory.SearchAsync("Sunday", new SearchOptions { Scope = user, Filter = MemoryFilter.Parse("""{"topic": "family"}""") }, Ct);

        Assert.Equal(lunch, Assert.Single(result.Results).Memory.Id);
    }

    [Fact]
    public async Task SearchAsync_LogicalFilter_IsEvaluatedAsWritten()
    {
        var user = NewUser();
        var sport = await RememberAsync(user, "Sunday tennis with Paul", Meta(("topic", "sport"), ("rank", 1)));
        await RememberAsync(user, "Sunday lunch with my sister", Meta(("topic", "family"), ("rank", 2)));
        var work = await RememberAsync(user, "Sunday deadline for the report", Meta(("topic", "work"), ("rank", 3)));
        var filter = MemoryFilter.Parse("""{"OR": [{"topic": {"in": ["sport", "work"]}}, {"rank": {"gt": 5}}], "NOT": {"metadata": {"rank": 2}}}""");

        var result = await Memory.SearchAsync("Sunday", new SearchOptions { Scope = user, Filter = filter }, Ct);

        Assert.Equal(new[] { sport, work }.Order(), result.Results.Select(r => r.Memory.Id).Order());
    }

    [Fact]
    public async Task SearchAsync_LimitAndThreshold_CutTheResults()
    {
        var user = NewUser();
        await RememberAsync(user, "I play tennis every Sunday");
        await RememberAsync(user, "Tennis balls are in the car");
        await RememberAsync(user, "My tennis coach is called Marc");

        var all = await Memory.SearchAsync("tennis Sunday", new SearchOptions { Scope = user }, Ct);
        var one = await Memory.SearchAsync("tennis Sunday", new SearchOptions { Scope = user, Limit = 1 }, Ct);
        var best = await Memory.SearchAsync("tennis Sunday", new SearchOptions { Scope = user, Threshold = all.Results[0].Score }, Ct);

        Assert.Equal(3, all.Results.Count);
        Assert.Equal(all.Results[0].Memory.Id, Assert.Single(one.Results).Memory.Id);
        Assert.NotEmpty(best.Results);
        Assert.True(best.Results.Count < all.Results.Count);
        Assert.All(best.Results, r => Assert.True(r.Score >= all.Results[0].Score));
    }

    [Fact]
    public async Task SearchAsync_SpreadThreshold_CutsResultsThatDoNotStandOutOfTheWholeRanking()
    {
        var user = await RankedUserAsync();
        var full = await Memory.SearchAsync(RankedMemories.Query, new SearchOptions { Scope = user, Limit = 50 }, Ct);
        // Limit 5 is under the 20th result the spread measures from: the cut must see the whole ranking, not the top 5.
        var options = new SearchOptions { Scope = user, Limit = 5, SpreadThreshold = RankedMemories.SpreadThreshold };

        var cut = await Memory.SearchAsync(RankedMemories.Query, options, Ct);

        Assert.True(full.Results.Count >= SearchOptions.SpreadReferenceRank, $"{full.Results.Count} results");
        Assert.Equal(options.Cut(full.Results).Select(r => r.Memory.Id), cut.Results.Select(r => r.Memory.Id));
        Assert.InRange(cut.Results.Count, 1, 4);
        Assert.DoesNotContain(full.Results[cut.Results.Count].Memory.Id, cut.Results.Select(r => r.Memory.Id));
    }

    [Fact]
    public async Task SearchAsync_RelativeThreshold_KeepsOnlyResultsNearTheBest()
    {
        var user = await RankedUserAsync();
        var full = await Memory.SearchAsync(RankedMemories.Query, new SearchOptions { Scope = user, Limit = 50 }, Ct);
        var ratio = (full.Results[1].Score + full.Results[4].Score) / 2 / full.Results[0].Score;

        var cut = await Memory.SearchAsync(RankedMemories.Query, new SearchOptions { Scope = user, Limit = 10, RelativeThreshold = ratio }, Ct);

        Assert.Equal(full.Results.TakeWhile(r => r.Score >= ratio * full.Results[0].Score).Select(r => r.Memory.Id), cut.Results.Select(r => r.Memory.Id));
        Assert.InRange(cut.Results.Count, 2, 4);
    }

    [Theory]
    [InlineData("threshold", -0.1)]
    [InlineData("threshold", double.NaN)]
    [InlineData("relative_threshold", 1.5)]
    [InlineData("relative_threshold", double.NaN)]
    [InlineData("spread_threshold", -0.1)]
    [InlineData("spread_threshold", 1.5)]
    [InlineData("spread_threshold", double.NaN)]
    public async Task SearchAsync_ThresholdOutOfRange_ThrowsValidationNamingIt(string field, double value)
    {
        var options = new SearchOptions { Scope = NewUser() };
        options = field switch
        {
            "threshold" => options with { Threshold = value },
            "relative_threshold" => options with { RelativeThreshold = value },
            _ => options with { SpreadThreshold = value },
        };

        var error = await Assert.ThrowsAsync<MemoryValidationException>(() => Memory.SearchAsync("tennis", options, Ct));

        Assert.Equal(field, error.Field);
    }

    private async Task<MemoryScope> RankedUserAsync()
    {
        var user = NewUser();
        foreach (var text in RankedMemories.Texts)
        {
            await RememberAsync(user, text);
        }

        return user;
    }

    [Fact]
    public async Task SearchAsync_AsOf_SeesMemoriesAsTheyStoodThen()
    {
        var user = NewUser();
        var observed = new DateTimeOffset(2024, 1, 10, 0, 0, 0, TimeSpan.Zero);
        await Memory.AddAsync([new ChatMessage(ChatRole.User, "I started learning the cello")], new AddOptions { Scope = user, Infer = false, ObservedAt = observed }, Ct);

        var before = await Memory.SearchAsync("cello", new SearchOptions { Scope = user, AsOf = observed.AddDays(-30) }, Ct);
        var after = await Memory.SearchAsync("cello", new SearchOptions { Scope = user, AsOf = observed.AddDays(30) }, Ct);

        Assert.Empty(before.Results);
        Assert.Equal("I started learning the cello", Assert.Single(after.Results).Memory.Text);
    }

    [Fact]
    public async Task SearchAsync_ReferenceTime_IsTheDefaultAsOfAndDatesRelativeQueries()
    {
        var user = NewUser();
        var observed = new DateTimeOffset(2024, 3, 9, 18, 0, 0, TimeSpan.Zero);
        await Memory.AddAsync([new ChatMessage(ChatRole.User, "We went to the cello concert")], new AddOptions { Scope = user, Infer = false, ObservedAt = observed }, Ct);
        await Memory.AddAsync([new ChatMessage(ChatRole.User, "We went to the cello workshop")], new AddOptions { Scope = user, Infer = false, ObservedAt = observed.AddDays(-20) }, Ct);

        var before = await Memory.SearchAsync("cello", new SearchOptions { Scope = user, ReferenceTime = observed.AddDays(-30) }, Ct);
        var yesterday = await Memory.SearchAsync("what did we do yesterday with the cello", new SearchOptions { Scope = user, ReferenceTime = observed.AddDays(1), Explain = true }, Ct);

        Assert.Empty(before.Results);
        Assert.Equal("We went to the cello concert", yesterday.Results[0].Memory.Text);
        Assert.Contains("time", yesterday.Results[0].Explanation!.Other.Keys);
    }

    [Fact]
    public async Task SearchAsync_ExpiredMemory_IsFoundOnlyWithIncludeExpired()
    {
        var user = NewUser();
        var past = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        await Memory.AddAsync(
            [new ChatMessage(ChatRole.User, "My parking spot today is B12")],
            new AddOptions { Scope = user, Infer = false, ObservedAt = past, ExpiresAt = past.AddDays(1) },
            Ct);

        var hidden = await Memory.SearchAsync("parking spot", new SearchOptions { Scope = user }, Ct);
        var shown = await Memory.SearchAsync("parking spot", new SearchOptions { Scope = user, IncludeExpired = true }, Ct);

        Assert.Empty(hidden.Results);
        Assert.Equal("My parking spot today is B12", Assert.Single(shown.Results).Memory.Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public async Task SearchAsync_EmptyQuery_ThrowsValidationNamingQuery(string query)
    {
        var error = await Assert.ThrowsAsync<MemoryValidationException>(() => Memory.SearchAsync(query, new SearchOptions { Scope = NewUser() }, Ct));

        Assert.Equal("query", error.Field);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1001)]
    public async Task SearchAsync_LimitOutOfRange_ThrowsValidationNamingLimit(int limit)
    {
        var error = await Assert.ThrowsAsync<MemoryValidationException>(() => Memory.SearchAsync("tennis", new SearchOptions { Scope = NewUser(), Limit = limit }, Ct));

        Assert.Equal("limit", error.Field);
    }

    [Fact]
    public async Task SearchAsync_ScopeWithoutAnyId_ThrowsValidationNamingScope()
    {
        var error = await Assert.ThrowsAsync<MemoryValidationException>(() =>
            Memory.SearchAsync("tennis", new SearchOptions { Scope = new MemoryScope { ProjectId = Tenant.ProjectId } }, Ct));

        Assert.Equal("scope", error.Field);
    }

    [Fact]
    public async Task SearchAsync_FilterTheStoreCannotEvaluate_ThrowsInvalidFilterNamingTheField()
    {
        var user = NewUser();
        await RememberAsync(user, "I play tennis every Sunday");

        var list = await Assert.ThrowsAsync<InvalidFilterException>(() =>
            Memory.SearchAsync("tennis", new SearchOptions { Scope = user, Filter = MemoryFilter.Parse("""{"categories": {"gt": "a"}}""") }, Ct));
        var flag = await Assert.ThrowsAsync<InvalidFilterException>(() =>
            Memory.SearchAsync("tennis", new SearchOptions { Scope = user, Filter = new FieldFilter("immutable", FilterOperator.Eq, JsonSerializer.SerializeToElement("yes")) }, Ct));

        Assert.StartsWith("categories", list.Path, StringComparison.Ordinal);
        Assert.Contains("'categories'", list.Message, StringComparison.Ordinal);
        Assert.StartsWith("immutable", flag.Path, StringComparison.Ordinal);
        Assert.Contains("true or false", flag.Message, StringComparison.Ordinal);
    }
}
