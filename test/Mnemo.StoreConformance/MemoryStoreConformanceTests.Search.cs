using System.Text.Json;
using Xunit;

namespace Mnemo.StoreConformance;

/// <summary>Search: exact vector top-N, keyword signal (accents, injection safety), merging, filters, isolation.</summary>
public abstract partial class MemoryStoreConformanceTests
{
    private static readonly string[] _vocabulary =
    [
        "river", "mountain", "coffee", "piano", "garden", "violet", "engine", "harbor", "lantern", "meadow", "silver", "thunder",
        "orchard", "canyon", "pepper", "saddle", "glacier", "copper", "falcon", "marble",
    ];

    private static float Dot(float[] a, float[] b)
    {
        var sum = 0f;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    [Fact]
    public async Task Search_Vector_ReturnsExactTopN()
    {
        var store = await StoreAsync();
        var random = new Random(42);
        var items = Enumerable.Range(0, 300)
            .Select(i => Memory(string.Join(' ', Enumerable.Range(0, 4).Select(_ => _vocabulary[random.Next(_vocabulary.Length)])) + $" n{i}"))
            .ToArray();
        await PutAsync(store, items);
        await PutAsync(store, Memory("river mountain coffee piano", Bob));
        var query = Embed("river mountain coffee piano");

        var hits = await store.SearchAsync(Search(Alice, null, "river mountain coffee piano") with { Candidates = 10 }, Ct);

        var bruteForce = items.Select(i => Dot(query, Embed(i.Text))).OrderDescending().Take(10).ToArray();
        Assert.Equal(10, hits.Count);
        Assert.All(hits, h => Assert.Null(h.Keyword));
        Assert.All(hits, h => Assert.Equal(Dot(query, Embed(h.Memory.Text)), h.Similarity!.Value, 5));
        Assert.Equal(bruteForce, hits.Select(h => (float)h.Similarity!.Value).OrderDescending().ToArray(), (a, b) => Math.Abs(a - b) < 1e-5);
    }

    [Theory]
    [InlineData("cafe")]
    [InlineData("café")]
    [InlineData("CAFÉ")]
    public async Task Search_Keyword_MatchesWithOrWithoutAccents(string query)
    {
        var store = await StoreAsync();
        var french = Memory("Élodie boit un café au lait");
        var english = Memory("Bob drinks cafe latte");
        await PutAsync(store, french, english, Memory("nothing related here"));

        var hits = await store.SearchAsync(Search(Alice, query), Ct);

        Assert.Equal(Sorted([french.Text, english.Text]), Sorted(hits.Select(h => h.Memory.Text)));
        Assert.All(hits, h => Assert.True(h.Keyword > 0));
        Assert.All(hits, h => Assert.Null(h.Similarity));
    }

    [Fact]
    public async Task Search_NoKeywordsAndNoVector_FindsNothing()
    {
        var store = await StoreAsync();
        await PutAsync(store, Memory("the cat and the hat"));

        Assert.Empty(await store.SearchAsync(Search(Alice, null), Ct));
        Assert.Empty(await store.SearchAsync(Search(Alice, null) with { Keywords = ["", "*", "\""] }, Ct));
        Assert.Single(await store.SearchAsync(Search(Alice, "cat"), Ct));
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("* OR cafe")]
    [InlineData("cafe) OR scope : (")]
    [InlineData("cafe* OR {scope text}: bob")]
    [InlineData("'; DROP TABLE memories; --")]
    [InlineData("NEAR(cafe latte)")]
    public async Task Search_KeywordHoldingQuerySyntax_NeverLeavesTheScopeOrFails(string keyword)
    {
        var store = await StoreAsync();
        var mine = Memory("cafe latte with text");
        await PutAsync(store, mine, Memory("cafe latte for bob", Bob), Memory("cafe latte for alice elsewhere", Alice with { ProjectId = "other" }));

        var hits = await store.SearchAsync(Search(Alice, null) with { Keywords = [keyword] }, Ct);

        Assert.All(hits, h => Assert.Equal(mine.Id, h.Memory.Id));
        Assert.NotNull(await store.GetAsync(mine.Id, Ct));
    }

    [Theory]
    [InlineData("\"", false)]
    [InlineData("cafe\"", true)]
    [InlineData("* OR cafe", true)]
    [InlineData("*", false)]
    [InlineData("NEAR(cafe latte)", true)]
    [InlineData("-cafe", true)]
    [InlineData("(cafe", true)]
    [InlineData("cafe) OR scope : (", true)]
    [InlineData("text : cafe", true)]
    [InlineData("\"cafe\" AND \"x", true)]
    [InlineData("^cafe", true)]
    [InlineData("cafe* OR {scope text}: bob", true)]
    [InlineData("'; DROP TABLE memories; --", false)]
    [InlineData("AND OR NOT", false)]
    public async Task Search_KeywordWithQuerySyntax_IsTreatedAsPlainWords(string text, bool findsCafe)
    {
        var store = await StoreAsync();
        var mine = Memory("cafe latte with text");
        await PutAsync(store, mine, Memory("cafe latte for bob", Bob), Memory("cafe latte for alice elsewhere", Alice with { ProjectId = "other" }));

        var hits = await store.SearchAsync(Search(Alice, text), Ct);

        Assert.All(hits, h => Assert.Equal(Alice, h.Memory.Scope));
        Assert.Equal(findsCafe ? [mine.Id] : [], hits.Select(h => h.Memory.Id));
        Assert.NotNull(await store.GetAsync(mine.Id, Ct));
    }

    [Fact]
    public async Task Search_BothSignals_MergedIntoOneHitPerMemory()
    {
        var store = await StoreAsync();
        var both = Memory("apple pie recipe");
        var vectorOnly = Memory("pie recipe book");
        await PutAsync(store, both, vectorOnly, Memory("unrelated zebra"));

        var hits = await store.SearchAsync(Search(Alice, "apple", "apple pie recipe"), Ct);

        Assert.Equal(hits.Count, hits.Select(h => h.Memory.Id).Distinct().Count());
        var bothHit = Assert.Single(hits, h => h.Memory.Id == both.Id);
        Assert.NotNull(bothHit.Keyword);
        Assert.Equal(1.0, bothHit.Similarity!.Value, 4);
        var vectorHit = Assert.Single(hits, h => h.Memory.Id == vectorOnly.Id);
        Assert.Null(vectorHit.Keyword);
        Assert.True(vectorHit.Similarity > 0);
    }

    [Fact]
    public async Task Search_Filter_AppliesToBothSignals()
    {
        var store = await StoreAsync();
        var kept = Memory("apple pie recipe") with { Categories = ["dessert"] };
        var dropped = Memory("apple pie recipe again") with { Categories = ["main"] };
        await PutAsync(store, kept, dropped);

        var hits = await store.SearchAsync(Search(Alice, "apple pie", "apple pie recipe", """{"categories": "dessert"}"""), Ct);

        var hit = Assert.Single(hits);
        Assert.Equal(kept.Id, hit.Memory.Id);
        Assert.NotNull(hit.Keyword);
        Assert.NotNull(hit.Similarity);
    }

    [Fact]
    public async Task Search_Scope_NeverCrossesUsersOrProjects()
    {
        var store = await StoreAsync();
        var mine = Memory("apple pie recipe");
        await PutAsync(
            store,
            mine,
            Memory("apple pie recipe", Bob),
            Memory("apple pie recipe", Alice with { ProjectId = "B" }),
            Memory("apple pie recipe", new MemoryScope { AgentId = "helper" }));

        var hits = await store.SearchAsync(Search(Alice, "apple pie", "apple pie recipe"), Ct);
        var projectB = await store.SearchAsync(Search(Alice with { ProjectId = "B" }, "apple pie", "apple pie recipe"), Ct);
        var none = await store.SearchAsync(Search(MemoryScope.User("carol"), "apple pie", "apple pie recipe"), Ct);

        var hit = Assert.Single(hits);
        Assert.Equal(mine.Id, hit.Memory.Id);
        Assert.NotNull(hit.Keyword);
        Assert.NotNull(hit.Similarity);
        Assert.Equal("B", Assert.Single(projectB).Memory.Scope.ProjectId);
        Assert.Empty(none);
    }

    [Fact]
    public async Task Search_AfterUpdateDeleteAndErase_ReturnsOnlyCurrentRows()
    {
        // Each search runs the same query twice in a row, so a store keeping the rows it read between searches (the
        // SQLite store does) must drop them on every kind of write.
        var store = await StoreAsync();
        var kept = Memory("apple pie recipe");
        var deleted = Memory("apple pie crust");
        var bobs = Memory("apple pie contest", Bob);
        await PutAsync(store, kept, deleted, bobs);
        var query = Search(Alice, "apple pie", "apple pie recipe");
        Assert.Equal(2, (await store.SearchAsync(query, Ct)).Count);
        Assert.Equal(2, (await store.SearchAsync(query, Ct)).Count);

        var updated = kept with { Text = "apple pie recipe with cinnamon", Metadata = new Dictionary<string, JsonElement> { ["v"] = Json("2") } };
        await store.ApplyAsync(new MemoryChangeSet { Upserts = [Stored(updated)], Deletes = [deleted.Id] }, Ct);
        var afterWrite = await store.SearchAsync(query, Ct);

        var hit = Assert.Single(afterWrite);
        Assert.Equal("apple pie recipe with cinnamon", hit.Memory.Text);
        Assert.Equal(2, hit.Memory.Metadata["v"].GetInt32());

        var bobQuery = Search(Bob, "apple pie", "apple pie contest");
        Assert.Single(await store.SearchAsync(bobQuery, Ct));
        await store.ForgetAsync(Bob, Ct);
        Assert.Empty(await store.SearchAsync(bobQuery, Ct));
        Assert.Equal("apple pie recipe with cinnamon", Assert.Single(await store.SearchAsync(query, Ct)).Memory.Text);
    }

    [Fact]
    public async Task Search_SelectiveFilter_StillFindsTheOnlyMatchingMemory()
    {
        var store = await StoreAsync();
        await PutAsync(store, [.. Enumerable.Range(0, 450).Select(i => Memory($"walrus colony {i}"))]);
        var rare = Memory("penguin") with { Categories = ["rare"] };
        await PutAsync(store, rare);

        var hits = await store.SearchAsync(Search(Alice, null, "walrus colony", """{"categories": "rare"}""") with { Candidates = 3 }, Ct);

        Assert.Equal([rare.Id], hits.Select(h => h.Memory.Id));
    }

    [Fact]
    public async Task Search_VectorOfWrongDimension_ThrowsValidation()
    {
        var store = await StoreAsync();
        await Assert.ThrowsAsync<MemoryValidationException>(() =>
            store.SearchAsync(Search(Alice, null) with { Vector = new float[Model.Dimensions + 3] }, Ct));
    }

    [Fact]
    public async Task Search_Candidates_LimitsEachSignal()
    {
        var store = await StoreAsync();
        await PutAsync(store, [.. Enumerable.Range(0, 30).Select(i => Memory($"walrus number {i}"))]);

        var keyword = await store.SearchAsync(Search(Alice, "walrus") with { Candidates = 5 }, Ct);
        var vector = await store.SearchAsync(Search(Alice, null, "walrus") with { Candidates = 5 }, Ct);

        Assert.Equal(5, keyword.Count);
        Assert.Equal(5, vector.Count);
    }
}
