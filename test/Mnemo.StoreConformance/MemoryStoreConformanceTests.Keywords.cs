using Xunit;

namespace Mnemo.StoreConformance;

/// <summary>
/// The keyword signal over a store's memories: BM25 from the engine's postings, scoped, with common terms pruned, words
/// matched by their folded Porter stems, and erased words gone from the index.
/// </summary>
public abstract partial class MemoryStoreConformanceTests
{
    [Fact]
    public async Task Keywords_TextInScopeHoldingMostMemories_ReturnsOnlyThatScope()
    {
        var store = await StoreAsync();
        for (var i = 0; i < 6; i++)
        {
            await PutAsync(store, Memory($"alice likes green tea {i}"));
        }

        await PutAsync(store, Memory("bob likes green tea too", Bob));

        var hits = await store.SearchAsync(new IndexQuery { Scope = Alice, Keywords = ["green", "tea"], AsOf = Now }, Ct);
        var bobHits = await store.SearchAsync(new IndexQuery { Scope = Bob, Keywords = ["green", "tea"], AsOf = Now }, Ct);

        Assert.Equal(6, hits.Count);
        Assert.All(hits, h => Assert.Equal(Alice.UserId, h.Memory.Scope.UserId));
        Assert.Equal("bob likes green tea too", Assert.Single(bobHits).Memory.Text);
    }

    [Fact]
    public async Task Keywords_StemsAndAccents_MatchAlike()
    {
        var store = await StoreAsync();
        await PutAsync(store, Memory("Alice went hiking in the Alps"), Memory("Déjà vu at the café"), Memory("nothing relevant here"));

        var hiking = await store.SearchAsync(new IndexQuery { Scope = Alice, Keywords = ["hikes"], AsOf = Now }, Ct);
        var cafe = await store.SearchAsync(new IndexQuery { Scope = Alice, Keywords = ["cafe", "deja"], AsOf = Now }, Ct);

        Assert.Equal("Alice went hiking in the Alps", Assert.Single(hiking).Memory.Text);
        Assert.Equal("Déjà vu at the café", Assert.Single(cafe).Memory.Text);
    }

    [Fact]
    public async Task Keywords_RarerTermAndShorterText_ScoreHigher()
    {
        var store = await StoreAsync();
        await PutAsync(
            store,
            Memory("alice drinks coffee"),
            Memory("alice drinks coffee every single morning before work"),
            Memory("alice drinks tea"),
            Memory("alice drinks tea with a zebra"));

        var hits = await store.SearchAsync(new IndexQuery { Scope = Alice, Keywords = ["coffee"], AsOf = Now }, Ct);
        var zebra = await store.SearchAsync(new IndexQuery { Scope = Alice, Keywords = ["tea", "zebra"], AsOf = Now }, Ct);

        var ranked = hits.OrderByDescending(h => h.Keyword).Select(h => h.Memory.Text).ToList();
        Assert.Equal(["alice drinks coffee", "alice drinks coffee every single morning before work"], ranked);
        Assert.Equal("alice drinks tea with a zebra", zebra.OrderByDescending(h => h.Keyword).First().Memory.Text);
        Assert.All(hits, h => Assert.True(h.Keyword > 0));
    }

    [Fact]
    public async Task Keywords_TermInMostMemoriesBesideRareTerm_RanksByTheRareTermOnly()
    {
        var store = await StoreAsync();
        var threshold = new KeywordOptions().PruneMinFrequency;
        var items = Enumerable.Range(0, (int)threshold + 100).Select(i => Memory($"alice drinks coffee {i}"))
            .Concat(Enumerable.Range(0, 20).Select(i => Memory($"alice drinks coffee near a zebra {i}")))
            .ToArray();
        await PutAsync(store, items);

        var hits = await store.SearchAsync(new IndexQuery { Scope = Alice, Keywords = ["coffee", "zebra"], Vector = Embed("coffee zebra"), AsOf = Now }, Ct);
        var keyword = hits.Where(h => h.Keyword is not null).ToList();

        // "coffee" is in every memory: ranking its 320 matches would tell nothing, so only "zebra" scores.
        Assert.Equal(20, keyword.Count);
        Assert.All(keyword, h => Assert.Contains("zebra", h.Memory.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Keywords_OnlyTermsInMostMemories_ScoreTheVectorCandidatesWithTheRarest()
    {
        var store = await StoreAsync();
        var count = (int)new KeywordOptions().PruneMinFrequency + 100;
        await PutAsync(store, [.. Enumerable.Range(0, count).Select(i => Memory(i % 2 == 0 ? $"alice drinks coffee {i}" : $"alice drinks coffee and tea {i}"))]);

        var hits = await store.SearchAsync(new IndexQuery { Scope = Alice, Keywords = ["coffee", "alice"], Vector = Embed("coffee"), AsOf = Now, Candidates = 10 }, Ct);

        // Ranking hundreds of matches of "coffee" would tell little: the term scores the vector candidates only.
        var keyword = hits.Where(h => h.Keyword is not null).ToList();
        Assert.Equal(10, keyword.Count);
        Assert.All(keyword, h => Assert.NotNull(h.Similarity));
    }

    [Fact]
    public async Task Keywords_ForgottenSubject_LeavesNoWordInTheIndex()
    {
        var store = await StoreAsync();
        await PutAsync(store, Memory("alice met xylophonist zanzibar"), Memory("bob likes tea", Bob));
        Assert.Single(await store.SearchAsync(new IndexQuery { Scope = Alice, Keywords = ["zanzibar"], AsOf = Now }, Ct));

        await store.ForgetAsync(Alice, Ct);

        Assert.Empty(await store.SearchAsync(new IndexQuery { Scope = Alice, Keywords = ["zanzibar"], AsOf = Now }, Ct));
        var keywords = EngineSearch.Index(store).Keywords;
        Assert.False(keywords.Holds("zanzibar"));
        Assert.False(keywords.Holds("xylophonist"));
        Assert.True(keywords.Holds("tea"));
    }
}
