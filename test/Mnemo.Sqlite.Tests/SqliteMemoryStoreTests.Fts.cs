using Xunit;

namespace Mnemo.Sqlite.Tests;

/// <summary>Keyword search when the FTS scope tokens are left out because the scope holds most memories.</summary>
public sealed partial class SqliteMemoryStoreTests
{
    [Fact]
    public async Task Search_TextInScopeHoldingMostMemories_ReturnsOnlyThatScope()
    {
        var store = Open(NewPath());
        await store.InitializeAsync(Model, Ct);
        for (var i = 0; i < 6; i++)
        {
            await PutAsync(store, Memory($"alice likes green tea {i}"));
        }

        await PutAsync(store, Memory("bob likes green tea too", Bob));

        // A vector search loads the index, which tells the text path that Alice's scope covers most of the file.
        await store.SearchAsync(new StoreSearchQuery { Scope = Alice, Vector = Embed("tea"), AsOf = Now }, Ct);
        var hits = await store.SearchAsync(new StoreSearchQuery { Scope = Alice, Keywords = ["green", "tea"], AsOf = Now }, Ct);
        var bobHits = await store.SearchAsync(new StoreSearchQuery { Scope = Bob, Keywords = ["green", "tea"], AsOf = Now }, Ct);

        Assert.Equal(6, hits.Count);
        Assert.All(hits, h => Assert.Equal(Alice.UserId, h.Memory.Scope.UserId));
        Assert.Equal("bob likes green tea too", Assert.Single(bobHits).Memory.Text);
    }

    [Fact]
    public void FtsQueryBuilder_WithoutScope_HasNoScopeClause()
    {
        Assert.Equal("text : (\"green\" OR \"tea\")", FtsQueryBuilder.Build(["green", "tea"], Alice, restrictToScope: false));
        Assert.Contains("AND scope : (", FtsQueryBuilder.Build(["green", "tea"], Alice), StringComparison.Ordinal);
    }

    [Fact]
    public void CoversMostOf_ScopeWithHalfOrMore_TrueOtherwiseFalse()
    {
        using var index = new VectorIndex();
        Assert.False(index.CoversMostOf(Alice));
        index.Load(2, 1, [
            new VectorEntry(1, Alice, 0, null, null, false, [1, 0]),
            new VectorEntry(2, Alice, 0, null, null, false, [0, 1]),
            new VectorEntry(3, Bob, 0, null, null, false, [1, 0]),
        ]);

        Assert.True(index.CoversMostOf(Alice));
        Assert.False(index.CoversMostOf(Bob));
        Assert.False(index.CoversMostOf(MemoryScope.User("nobody")));
    }

    [Fact]
    public async Task Search_TermInMostMemoriesBesideRareTerm_RanksByTheRareTermOnly()
    {
        var store = Open(NewPath());
        await store.InitializeAsync(Model, Ct);
        var threshold = KeywordTermStatistics.MinPrunedFrequency;
        var items = Enumerable.Range(0, (int)threshold + 100).Select(i => Memory($"alice drinks coffee {i}"))
            .Concat(Enumerable.Range(0, 20).Select(i => Memory($"alice drinks coffee near a zebra {i}")))
            .ToArray();
        await PutAsync(store, items);

        var hits = await store.SearchAsync(new StoreSearchQuery { Scope = Alice, Keywords = ["coffee", "zebra"], Vector = Embed("coffee zebra"), AsOf = Now }, Ct);
        var keyword = hits.Where(h => h.Keyword is not null).ToList();

        // "coffee" is in every memory: ranking its 2,120 matches would tell nothing, so only "zebra" reaches FTS5.
        Assert.Equal(20, keyword.Count);
        Assert.All(keyword, h => Assert.Contains("zebra", h.Memory.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Search_OnlyTermsInMostMemories_ScoresTheVectorCandidatesWithTheRarest()
    {
        var store = Open(NewPath());
        await store.InitializeAsync(Model, Ct);
        var count = (int)KeywordTermStatistics.MinPrunedFrequency + 100;
        await PutAsync(store, [.. Enumerable.Range(0, count).Select(i => Memory(i % 2 == 0 ? $"alice drinks coffee {i}" : $"alice drinks coffee and tea {i}"))]);

        var hits = await store.SearchAsync(new StoreSearchQuery { Scope = Alice, Keywords = ["coffee", "alice"], Vector = Embed("coffee"), AsOf = Now, Candidates = 10 }, Ct);

        // Ranking thousands of matches of "coffee" would tell little: the term scores the vector candidates only.
        var keyword = hits.Where(h => h.Keyword is not null).ToList();
        Assert.Equal(10, keyword.Count);
        Assert.All(keyword, h => Assert.NotNull(h.Similarity));
    }
}
