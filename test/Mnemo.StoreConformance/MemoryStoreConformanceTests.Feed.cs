using Xunit;

namespace Mnemo.StoreConformance;

/// <summary>
/// The change feed (<see cref="IMemoryChangeFeed"/>), the receipt of a write, rows by id and the filter evaluator: what
/// the engine's index is built from, so every store must answer them alike.
/// </summary>
public abstract partial class MemoryStoreConformanceTests
{
    [Fact]
    public async Task Feed_EveryWrite_MovesThePositionForward()
    {
        var store = await StoreAsync();
        var start = await store.GetFeedPositionAsync(Ct);
        var a = Memory("alice likes kiwis");

        var first = await store.ApplyAsync(new MemoryChangeSet { Upserts = [Stored(a)] }, Ct);
        var second = await store.ApplyAsync(new MemoryChangeSet { Upserts = [Stored(a with { Text = "alice likes figs", Hash = "h-figs" })] }, Ct);
        var third = await store.ApplyAsync(new MemoryChangeSet { Deletes = [a.Id] }, Ct);

        Assert.Equal(start, first.PositionBefore);
        Assert.True(first.Position > first.PositionBefore);
        Assert.Equal(first.Position, second.PositionBefore);
        Assert.True(second.Position > second.PositionBefore);
        Assert.Equal(second.Position, third.PositionBefore);
        Assert.True(third.Position > third.PositionBefore);
        Assert.Equal(third.Position, await store.GetFeedPositionAsync(Ct));
    }

    [Fact]
    public async Task Feed_ChangesAfterAPosition_ComeOnceInTheirLastState()
    {
        var store = await StoreAsync();
        var kept = Memory("alice likes kiwis");
        await PutAsync(store, kept);
        var position = await store.GetFeedPositionAsync(Ct);

        var changed = Memory("alice works at the harbor");
        var gone = Memory("alice lives in Lyon");
        await PutAsync(store, changed, gone);
        await PutAsync(store, changed with { Text = "alice works at the museum", Hash = "h-museum" });
        await store.ApplyAsync(new MemoryChangeSet { Deletes = [gone.Id] }, Ct);

        var page = await ReadAllAsync(store, position);

        Assert.Equal([changed.Id], page.Upserts.Select(u => u.Memory.Item.Id));
        Assert.Equal("alice works at the museum", page.Upserts[0].Memory.Item.Text);
        Assert.Equal(Model.Dimensions, page.Upserts[0].Memory.Embedding.Length);
        Assert.Equal([gone.Id], page.Deletes);
        Assert.Equal(await store.GetFeedPositionAsync(Ct), page.Position);

        // Nothing new after the end.
        var after = await store.ReadChangesAsync(page.Position, 100, Ct);
        Assert.Empty(after.Upserts);
        Assert.Empty(after.Deletes);
        Assert.False(after.HasMore);
        Assert.False(after.Reload);
    }

    [Fact]
    public async Task Feed_DeletedThenInsertedAgain_ReportsTheRowNotTheDelete()
    {
        var store = await StoreAsync();
        var a = Memory("alice likes kiwis");
        await PutAsync(store, a);
        var position = await store.GetFeedPositionAsync(Ct);

        await store.ApplyAsync(new MemoryChangeSet { Deletes = [a.Id] }, Ct);
        await PutAsync(store, a);

        var page = await ReadAllAsync(store, position);
        Assert.Equal([a.Id], page.Upserts.Select(u => u.Memory.Item.Id));
        Assert.Empty(page.Deletes);
    }

    [Fact]
    public async Task Feed_Sequence_IsAssignedOnInsertAndStableOnReplace()
    {
        var store = await StoreAsync();
        var first = Memory("alice likes kiwis");
        var second = Memory("alice works at the harbor");
        var inserted = await store.ApplyAsync(new MemoryChangeSet { Upserts = [Stored(first), Stored(second)] }, Ct);
        var replaced = await store.ApplyAsync(new MemoryChangeSet { Upserts = [Stored(first with { Text = "alice likes figs", Hash = "h-figs" })] }, Ct);

        Assert.True(inserted.Sequences[first.Id] < inserted.Sequences[second.Id]);
        Assert.Equal(inserted.Sequences[first.Id], replaced.Sequences[first.Id]);

        var snapshot = await ReadAllAsync(store, 0);
        var sequences = snapshot.Upserts.ToDictionary(u => u.Memory.Item.Id, u => u.Sequence);
        Assert.Equal(inserted.Sequences[first.Id], sequences[first.Id]);
        Assert.Equal(inserted.Sequences[second.Id], sequences[second.Id]);
    }

    [Fact]
    public async Task Feed_SnapshotFromZero_PagesThroughEveryMemoryOfEveryProjectOnce()
    {
        var store = await StoreAsync();
        var items = Enumerable.Range(0, 7).Select(i => Memory($"memory number {i}", i % 2 == 0 ? Alice : Bob with { ProjectId = "B" })).ToArray();
        await PutAsync(store, items);
        var superseded = Memory("alice used to like figs") with { SupersededBy = items[0].Id, ValidTo = Now.AddDays(-1) };
        await PutAsync(store, superseded);
        await store.ApplyAsync(new MemoryChangeSet { Deletes = [items[6].Id] }, Ct);

        var seen = new List<Guid>();
        long position = 0;
        var pages = 0;
        while (true)
        {
            var page = await store.ReadChangesAsync(position, 3, Ct);
            Assert.False(page.Reload);
            Assert.True(page.Upserts.Count <= 3);
            Assert.True(page.Position >= position);
            Assert.DoesNotContain(page.Deletes, seen.Contains);
            seen.AddRange(page.Upserts.Select(u => u.Memory.Item.Id));
            position = page.Position;
            pages++;
            if (!page.HasMore)
            {
                break;
            }
        }

        Assert.True(pages >= 3);
        Assert.Equal(Sorted(items.Take(6).Append(superseded).Select(i => i.Id.ToString())), Sorted(seen.Select(i => i.ToString())));
        Assert.Equal(await store.GetFeedPositionAsync(Ct), position);
    }

    [Fact]
    public async Task Feed_Snapshot_CarriesContextEmbeddings()
    {
        var store = await StoreAsync();
        var a = Memory("yes, last May");
        await store.ApplyAsync(new MemoryChangeSet { Upserts = [new StoredMemory(a, Embed(a.Text)) { ContextEmbedding = Embed("when did alice move? yes, last May") }] }, Ct);

        var page = await ReadAllAsync(store, 0);

        var entry = Assert.Single(page.Upserts);
        Assert.Equal(Embed("when did alice move? yes, last May"), entry.Memory.ContextEmbedding.ToArray());
        Assert.Equal(Embed(a.Text), entry.Memory.Embedding.ToArray());
    }

    [Fact]
    public async Task Feed_AfterReset_OlderPositionsAnswerReload()
    {
        var store = await StoreAsync();
        await PutAsync(store, Memory("alice likes kiwis"));
        var before = await store.GetFeedPositionAsync(Ct);

        await store.ResetAsync(Ct);
        var fresh = Memory("alice works at the harbor");
        await PutAsync(store, fresh);

        Assert.True((await store.ReadChangesAsync(before, 100, Ct)).Reload);
        var snapshot = await ReadAllAsync(store, 0);
        Assert.Equal([fresh.Id], snapshot.Upserts.Select(u => u.Memory.Item.Id));
        Assert.False((await store.ReadChangesAsync(snapshot.Position, 100, Ct)).Reload);
    }

    [Fact]
    public async Task Feed_Forget_ReportsTheErasedIdsWithoutText()
    {
        var store = await StoreAsync();
        var alice = Memory("alice likes kiwis");
        var bob = Memory("bob likes kiwis", Bob);
        await PutAsync(store, alice, bob);
        var position = await store.GetFeedPositionAsync(Ct);

        await store.ForgetAsync(Alice, Ct);

        var page = await ReadAllAsync(store, position);
        Assert.Empty(page.Upserts);
        Assert.Equal([alice.Id], page.Deletes);
    }

    [Fact]
    public async Task Filter_CandidateIds_KeepsThoseWhoseMemoryPasses()
    {
        var store = await StoreAsync();
        var work = Memory("alice works at the harbor") with { Categories = ["work"], Metadata = MemoryMetadata.From(new Dictionary<string, object?> { ["mood"] = "happy" }) };
        var food = Memory("alice likes kiwis") with { Categories = ["food"] };
        var other = Memory("bob works too", Bob) with { Categories = ["work"] };
        await PutAsync(store, work, food, other);

        var passing = await store.FilterAsync([work.Id, food.Id, Guid.NewGuid()], MemoryFilter.Parse("{\"categories\": {\"in\": [\"work\"]}}"), Ct);
        Assert.Equal([work.Id], passing);

        var byMetadata = await store.FilterAsync([work.Id, food.Id, other.Id], MemoryFilter.Parse("{\"mood\": \"happy\"}"), Ct);
        Assert.Equal([work.Id], byMetadata);

        Assert.Empty(await store.FilterAsync([], MemoryFilter.Parse("{\"mood\": \"happy\"}"), Ct));
    }

    [Fact]
    public async Task GetMany_Ids_ReturnsTheKnownOnes()
    {
        var store = await StoreAsync();
        var a = Memory("alice likes kiwis");
        var b = Memory("alice works at the harbor");
        await PutAsync(store, a, b);

        var rows = await store.GetManyAsync([a.Id, Guid.NewGuid(), b.Id], Ct);

        Assert.Equal(Sorted([a.Text, b.Text]), Sorted(rows.Select(r => r.Text)));
        Assert.Empty(await store.GetManyAsync([], Ct));
    }

    /// <summary>Reads the feed from <paramref name="after"/> to its end, merging pages as a reader would.</summary>
    protected static async Task<MemoryFeedPage> ReadAllAsync(IMemoryStore store, long after)
    {
        var upserts = new Dictionary<Guid, MemoryFeedEntry>();
        var deletes = new HashSet<Guid>();
        var position = after;
        while (true)
        {
            var page = await store.ReadChangesAsync(position, 2, Ct);
            Assert.False(page.Reload);
            foreach (var id in page.Deletes)
            {
                upserts.Remove(id);
                deletes.Add(id);
            }

            foreach (var entry in page.Upserts)
            {
                deletes.Remove(entry.Memory.Item.Id);
                upserts[entry.Memory.Item.Id] = entry;
            }

            position = page.Position;
            if (!page.HasMore)
            {
                return new MemoryFeedPage { Position = position, Upserts = [.. upserts.Values.OrderBy(u => u.Sequence)], Deletes = [.. deletes] };
            }
        }
    }
}
