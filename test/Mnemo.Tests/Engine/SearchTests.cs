using System.Text.Json;

namespace Mnemo.Tests.Engine;

public sealed class SearchTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static SearchOptions For(MemoryScope scope, int limit = 10) => new() { Scope = scope, Limit = limit };

    [Fact]
    public async Task SearchAsync_SeedScenario_PutsMarkdownPreferenceFirst()
    {
        await using var f = new MemoryFixture();
        await f.AddAsync("I have a cat named Pixel and I work as a senior architect");
        await f.AddAsync("For my architecture reports I hate PDFs, always send me Markdown files");
        var result = await f.Memory.SearchAsync("how should I send the weekly project summary?", For(MemoryFixture.Alice), Ct);
        Assert.Equal(2, result.Results.Count);
        Assert.StartsWith("For my architecture reports", result.Results[0].Memory.Text, StringComparison.Ordinal);
        Assert.True(result.Results[0].Score > result.Results[1].Score);
    }

    [Fact]
    public async Task SearchAsync_OtherScopes_AreNeverReturned()
    {
        await using var f = new MemoryFixture();
        await f.AddAsync("Alice keeps bees in her garden");
        await f.AddAsync("Bob keeps bees in his garden", MemoryFixture.Bob);
        await f.AddAsync("Bees in the garden of project two", new MemoryScope { UserId = "alice", ProjectId = "two" });
        var result = await f.Memory.SearchAsync("bees garden", For(MemoryFixture.Alice), Ct);
        var only = Assert.Single(result.Results);
        Assert.Equal("Alice keeps bees in her garden", only.Memory.Text);
    }

    [Fact]
    public async Task SearchAsync_Limit_IsStrictTopK()
    {
        await using var f = new MemoryFixture();
        for (var i = 0; i < 15; i++)
        {
            await f.AddAsync($"coffee note {i}");
        }

        var result = await f.Memory.SearchAsync("coffee", For(MemoryFixture.Alice, limit: 3), Ct);
        Assert.Equal(3, result.Results.Count);
        Assert.True(result.Results.Zip(result.Results.Skip(1)).All(p => p.First.Score >= p.Second.Score));
    }

    [Fact]
    public async Task SearchAsync_Threshold_CutsUnrelatedMemories()
    {
        await using var f = new MemoryFixture();
        await f.AddAsync("I play the cello every evening");
        await f.AddAsync("quarterly taxes are due in April");
        var all = await f.Memory.SearchAsync("cello evening practice", For(MemoryFixture.Alice), Ct);
        Assert.Equal(2, all.Results.Count);
        var cut = await f.Memory.SearchAsync("cello evening practice", For(MemoryFixture.Alice) with { Threshold = 0.2 }, Ct);
        var kept = Assert.Single(cut.Results);
        Assert.Contains("cello", kept.Memory.Text, StringComparison.Ordinal);
        Assert.All(cut.Results, r => Assert.True(r.Score >= 0.2));
    }

    [Fact]
    public async Task SearchAsync_RelativeThreshold_KeepsResultsNearTheBestAndCutsTheTail()
    {
        await using var f = new MemoryFixture();
        await f.AddAsync("I play the cello every evening");
        await f.AddAsync("My cello teacher lives in Lyon");
        await f.AddAsync("quarterly taxes are due in April");
        var all = await f.Memory.SearchAsync("cello evening practice", For(MemoryFixture.Alice), Ct);
        Assert.Equal(3, all.Results.Count);
        var ratio = (all.Results[1].Score / all.Results[0].Score) - 0.01;

        var cut = await f.Memory.SearchAsync("cello evening practice", For(MemoryFixture.Alice) with { RelativeThreshold = ratio }, Ct);

        Assert.True(all.Results[2].Score < ratio * all.Results[0].Score, "the test needs a tail to cut");
        Assert.Equal(all.Results.Take(2).Select(r => r.Memory.Id), cut.Results.Select(r => r.Memory.Id));
        Assert.Equal(cut.Results, (For(MemoryFixture.Alice) with { RelativeThreshold = ratio }).Cut(cut.Results)); // cutting again changes nothing
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    public async Task SearchAsync_RelativeThresholdOutOfRange_Throws(double ratio)
    {
        await using var f = new MemoryFixture();
        var error = await Assert.ThrowsAsync<MemoryValidationException>(() => f.Memory.SearchAsync("x", For(MemoryFixture.Alice) with { RelativeThreshold = ratio }, Ct));
        Assert.Equal("relative_threshold", error.Field);
    }

    [Fact]
    public async Task SearchAsync_Explain_ReportsEachSignalAndTheFusedScore()
    {
        await using var f = new MemoryFixture(o => (o.Fusion.SemanticWeight, o.Fusion.KeywordWeight, o.Keywords.HalfScore, o.Fusion.EntityWeight, o.Fusion.LengthPriorWords) = (0.75, 0.25, 6, 0, 0));
        await f.AddAsync("I adopted a greyhound named Comet");
        var result = await f.Memory.SearchAsync("greyhound Comet", For(MemoryFixture.Alice) with { Explain = true }, Ct);
        var hit = Assert.Single(result.Results);
        var e = Assert.IsType<ScoreExplanation>(hit.Explanation);
        Assert.NotNull(e.Semantic);
        Assert.NotNull(e.Keyword);
        Assert.True(e.Keyword > 0);
        var expectedKeyword = e.Keyword!.Value / (e.Keyword.Value + 6);
        Assert.Equal(expectedKeyword, e.KeywordNormalized, 9);
        Assert.Equal((0.75 * Math.Max(0, e.Semantic!.Value)) + (0.25 * expectedKeyword), e.Fused, 9);
        Assert.Equal(e.Fused, hit.Score, 12);
    }

    [Fact]
    public async Task SearchAsync_WithoutExplain_HasNoExplanation()
    {
        await using var f = new MemoryFixture();
        await f.AddAsync("I adopted a greyhound named Comet");
        var result = await f.Memory.SearchAsync("greyhound", For(MemoryFixture.Alice), Ct);
        Assert.Null(Assert.Single(result.Results).Explanation);
    }

    [Fact]
    public async Task SearchAsync_AccentedFrenchText_MatchesKeywordsWithOrWithoutAccents()
    {
        await using var f = new MemoryFixture();
        await f.AddAsync("J'habite à Montréal et je bois du café tous les matins");
        await f.AddAsync("I go running on Sundays");
        foreach (var query in new[] { "cafe montreal", "café Montréal" })
        {
            var result = await f.Memory.SearchAsync(query, For(MemoryFixture.Alice) with { Explain = true }, Ct);
            Assert.Equal("J'habite à Montréal et je bois du café tous les matins", result.Results[0].Memory.Text);
            Assert.True(result.Results[0].Explanation!.Keyword > 0, query);
        }
    }

    [Fact]
    public async Task SearchAsync_MetadataFilter_RestrictsResults()
    {
        await using var f = new MemoryFixture();
        await f.AddAsync("meeting notes about the budget", options: new AddOptions { Scope = MemoryFixture.Alice, Infer = false, Metadata = Meta("source", "work") });
        await f.AddAsync("notes about the family budget", options: new AddOptions { Scope = MemoryFixture.Alice, Infer = false, Metadata = Meta("source", "home") });
        var result = await f.Memory.SearchAsync("budget notes", For(MemoryFixture.Alice) with { Filter = MemoryFilter.Parse("""{"source": "home"}""") }, Ct);
        Assert.Equal("notes about the family budget", Assert.Single(result.Results).Memory.Text);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1001)]
    public async Task SearchAsync_LimitOutOfRange_Throws(int limit)
    {
        await using var f = new MemoryFixture();
        var error = await Assert.ThrowsAsync<MemoryValidationException>(() => f.Memory.SearchAsync("x", For(MemoryFixture.Alice, limit), Ct));
        Assert.Equal("limit", error.Field);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public async Task SearchAsync_EmptyQuery_Throws(string query)
    {
        await using var f = new MemoryFixture();
        var error = await Assert.ThrowsAsync<MemoryValidationException>(() => f.Memory.SearchAsync(query, For(MemoryFixture.Alice), Ct));
        Assert.Equal("query", error.Field);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    public async Task SearchAsync_ThresholdOutOfRange_Throws(double threshold)
    {
        await using var f = new MemoryFixture();
        await Assert.ThrowsAsync<MemoryValidationException>(() => f.Memory.SearchAsync("x", For(MemoryFixture.Alice) with { Threshold = threshold }, Ct));
    }

    [Fact]
    public async Task SearchAsync_RepeatedQuery_UsesQueryCache()
    {
        await using var f = new MemoryFixture();
        await f.AddAsync("I like tennis");
        var first = await f.Memory.SearchAsync("tennis", For(MemoryFixture.Alice), Ct);
        var second = await f.Memory.SearchAsync("tennis", For(MemoryFixture.Alice), Ct);
        Assert.Equal((1, 0), (first.Usage.EmbeddingCalls, first.Usage.EmbeddingCacheHits));
        Assert.Equal((0, 1), (second.Usage.EmbeddingCalls, second.Usage.EmbeddingCacheHits));
    }

    [Fact]
    public async Task SearchAsync_SupersededMemory_LeavesDefaultSearchButStaysReachable()
    {
        await using var f = new MemoryFixture();
        var old = (await f.AddAsync("I live in Paris")).Results[0].Id;
        f.Time.Advance(TimeSpan.FromDays(30));
        var replacement = (await f.AddAsync("I live in Berlin now")).Results[0].Id;
        var movedAt = f.Time.GetUtcNow();
        var stored = await f.Store.GetWithEmbeddingAsync(old, Ct);
        await f.Store.ApplyAsync(new MemoryChangeSet
        {
            Upserts = [stored! with { Item = stored.Item with { ValidTo = movedAt, SupersededBy = replacement } }],
        }, Ct);

        var now = await f.Memory.SearchAsync("live Paris", For(MemoryFixture.Alice), Ct);
        Assert.DoesNotContain(now.Results, r => r.Memory.Id == old);

        var withHistory = await f.Memory.SearchAsync("live Paris", For(MemoryFixture.Alice) with { IncludeSuperseded = true }, Ct);
        Assert.Contains(withHistory.Results, r => r.Memory.Id == old);

        var before = await f.Memory.SearchAsync("live Paris", For(MemoryFixture.Alice) with { AsOf = movedAt.AddDays(-1) }, Ct);
        Assert.Equal(old, before.Results[0].Memory.Id);
        Assert.DoesNotContain(before.Results, r => r.Memory.Id == replacement);
    }

    [Fact]
    public async Task SearchAsync_ExpiredMemory_IsExcludedOnceItsTimeHasCome()
    {
        await using var f = new MemoryFixture();
        var expires = f.Time.GetUtcNow().AddHours(1);
        await f.AddAsync("the wifi password for today is in the drawer", options: new AddOptions { Scope = MemoryFixture.Alice, Infer = false, ExpiresAt = expires });
        Assert.Single((await f.Memory.SearchAsync("wifi password", For(MemoryFixture.Alice), Ct)).Results);
        f.Time.Advance(TimeSpan.FromHours(2));
        Assert.Empty((await f.Memory.SearchAsync("wifi password", For(MemoryFixture.Alice), Ct)).Results);
        Assert.Single((await f.Memory.SearchAsync("wifi password", For(MemoryFixture.Alice) with { IncludeExpired = true }, Ct)).Results);
    }

    [Fact]
    public async Task SearchAsync_QueryNamesTheSpeaker_RanksThatSpeakersMemoryFirst()
    {
        await using var f = new MemoryFixture(o => o.Fusion.EntityWeight = 0.05);
        await f.Memory.AddAsync([new Microsoft.Extensions.AI.ChatMessage(Microsoft.Extensions.AI.ChatRole.User, "I went hiking last weekend") { AuthorName = "Melanie" }], new AddOptions { Scope = MemoryFixture.Alice, Infer = false }, Ct);
        await f.Memory.AddAsync([new Microsoft.Extensions.AI.ChatMessage(Microsoft.Extensions.AI.ChatRole.User, "I went hiking last weekend") { AuthorName = "Caroline" }], new AddOptions { Scope = MemoryFixture.Alice, Infer = false }, Ct);
        var result = await f.Memory.SearchAsync("when did caroline go hiking", For(MemoryFixture.Alice) with { Explain = true }, Ct);
        Assert.Equal("Caroline", result.Results[0].Memory.ActorId);
        Assert.Equal(1.0, result.Results[0].Explanation!.Other["entity"]);
        Assert.Equal(0.0, result.Results[1].Explanation!.Other["entity"]);
        Assert.True(result.Results[0].Score > result.Results[1].Score);
    }

    private static Dictionary<string, JsonElement> Meta(string key, string value) => new() { [key] = JsonSerializer.SerializeToElement(value) };
}
