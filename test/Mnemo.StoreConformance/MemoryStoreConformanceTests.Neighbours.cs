using Xunit;

namespace Mnemo.StoreConformance;

/// <summary>Neighbours: adjacent memories in arrival order, within the scope and the activity checks, with embeddings.</summary>
public abstract partial class MemoryStoreConformanceTests
{
    private static NeighbourQuery Neighbours(MemoryScope scope, int radius, params Guid[] ids) => new()
    {
        Scope = scope,
        Ids = ids,
        Radius = radius,
        AsOf = Now.AddHours(1),
    };

    [Fact]
    public async Task GetNeighbours_Radius1_ReturnsTheMemoriesJustBeforeAndAfterWithEmbeddings()
    {
        var store = await StoreAsync();
        var first = Memory("first turn", created: Now);
        var second = Memory("second turn", created: Now.AddSeconds(1));
        var third = Memory("third turn", created: Now.AddSeconds(2));
        var fourth = Memory("fourth turn", created: Now.AddSeconds(3));
        await PutAsync(store, first, second, third, fourth);

        var found = await store.GetNeighboursAsync(Neighbours(Alice, 1, second.Id), Ct);

        Assert.Equal(2, found.Count);
        Assert.All(found, n => Assert.Equal(second.Id, n.Of));
        var before = Assert.Single(found, n => n.Offset == -1);
        var after = Assert.Single(found, n => n.Offset == 1);
        Assert.Equal(first.Id, before.Memory.Item.Id);
        Assert.Equal(third.Id, after.Memory.Item.Id);
        Assert.Equal(Embed("third turn"), after.Memory.Embedding.ToArray());
    }

    [Fact]
    public async Task GetNeighbours_AfterSearchesAndAnUpdate_ReturnTheCurrentRowAndEmbedding()
    {
        // Searches and lookups run twice before the update, so a store keeping rows between calls must drop them.
        var store = await StoreAsync();
        var first = Memory("first turn", created: Now);
        var second = Memory("second turn", created: Now.AddSeconds(1));
        await PutAsync(store, first, second);
        for (var i = 0; i < 2; i++)
        {
            await store.SearchAsync(Search(Alice, "turn", "first turn"), Ct);
            await store.GetNeighboursAsync(Neighbours(Alice, 1, second.Id), Ct);
        }

        await PutAsync(store, first with { Text = "first turn, edited" });
        var found = await store.GetNeighboursAsync(Neighbours(Alice, 1, second.Id), Ct);

        var before = Assert.Single(found);
        Assert.Equal("first turn, edited", before.Memory.Item.Text);
        Assert.Equal(Embed("first turn, edited"), before.Memory.Embedding.ToArray());
    }

    [Fact]
    public async Task GetNeighbours_OrderIsCreationTimeThenArrival_OtherScopesSkipped()
    {
        var store = await StoreAsync();
        var a = Memory("a", created: Now);
        var b = Memory("b", created: Now);
        var bobs = Memory("bob's", Bob, Now);
        var earlier = Memory("imported later but created earlier", created: Now.AddMinutes(-5));
        await PutAsync(store, a);
        await PutAsync(store, bobs);
        await PutAsync(store, b);
        await PutAsync(store, earlier);

        var found = await store.GetNeighboursAsync(Neighbours(Alice, 2, a.Id), Ct);

        Assert.Equal([earlier.Id], found.Where(n => n.Offset < 0).Select(n => n.Memory.Item.Id));
        Assert.Equal([b.Id], found.Where(n => n.Offset > 0).Select(n => n.Memory.Item.Id));
    }

    [Fact]
    public async Task GetNeighbours_Radius2_CountsOffsetsOutwards_ExpiredSkipped()
    {
        var store = await StoreAsync();
        var items = Enumerable.Range(0, 5).Select(i => Memory($"turn {i}", created: Now.AddSeconds(i))).ToArray();
        items[3] = items[3] with { ExpiresAt = Now };
        await PutAsync(store, items);

        var found = await store.GetNeighboursAsync(Neighbours(Alice, 2, items[2].Id), Ct);

        var byOffset = found.ToDictionary(n => n.Offset, n => n.Memory.Item.Id);
        Assert.Equal([-2, -1, 1], byOffset.Keys.Order());
        Assert.Equal(items[0].Id, byOffset[-2]);
        Assert.Equal(items[1].Id, byOffset[-1]);
        Assert.Equal(items[4].Id, byOffset[1]);
    }

    [Fact]
    public async Task GetNeighbours_IdOfAnotherScopeOrUnknown_ReturnsNothing()
    {
        var store = await StoreAsync();
        var alices = Memory("alice's", created: Now);
        var bobs = Memory("bob's", Bob, Now.AddSeconds(1));
        await PutAsync(store, alices, bobs);

        Assert.Empty(await store.GetNeighboursAsync(Neighbours(Alice, 1, bobs.Id, Guid.NewGuid()), Ct));
    }

    [Fact]
    public async Task GetNeighbours_ManyMemoriesWithTiedTimes_MatchArrivalOrder_BeforeAndAfterASearch()
    {
        // A store may answer from an index once a search has loaded it: the answer must be the same either way.
        var store = await StoreAsync();
        var random = new Random(7);
        var items = Enumerable.Range(0, 120)
            .Select(i => Memory($"turn {i} about topic {i % 9}", i % 3 == 0 ? Bob : Alice, Now.AddSeconds(random.Next(12))))
            .Select((m, i) => i % 11 == 5 ? m with { ExpiresAt = Now } : m)
            .OrderBy(_ => random.Next())
            .ToList();
        foreach (var item in items)
        {
            await PutAsync(store, item);
        }

        // Reference: Alice's active memories by creation time (12 distinct seconds, so many ties), then arrival.
        var ordered = items.Select((m, arrival) => (m, arrival))
            .Where(x => x.m.Scope == Alice && x.m.ExpiresAt is null)
            .OrderBy(x => x.m.CreatedAt).ThenBy(x => x.arrival)
            .Select(x => x.m.Id)
            .ToList();
        var targets = ordered.Where((_, i) => i % 7 == 0).Append(ordered[^1]).ToArray();
        var expected = targets
            .SelectMany(t => Enumerable.Range(-2, 5).Where(o => o != 0).Select(o => (Of: t, Offset: o, At: ordered.IndexOf(t) + o)))
            .Where(x => x.At >= 0 && x.At < ordered.Count)
            .Select(x => $"{x.Of} {x.Offset} {ordered[x.At]}")
            .Order()
            .ToList();

        Assert.Equal(expected, Links(await store.GetNeighboursAsync(Neighbours(Alice, 2, targets), Ct)));

        await store.SearchAsync(Search(Alice, "topic", "turn about topic"), Ct);
        Assert.Equal(expected, Links(await store.GetNeighboursAsync(Neighbours(Alice, 2, targets), Ct)));

        static List<string> Links(IReadOnlyList<IndexNeighbour> found) =>
            [.. found.Select(n => $"{n.Of} {n.Offset} {n.Memory.Item.Id}").Order()];
    }
}
