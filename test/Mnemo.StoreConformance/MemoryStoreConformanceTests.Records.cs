using System.Text.Json;
using Xunit;

namespace Mnemo.StoreConformance;

/// <summary>Initialisation, writes, reads by id, history, embedding cache, atomicity, concurrency.</summary>
public abstract partial class MemoryStoreConformanceTests
{
    [Fact]
    public async Task Initialize_SameModelTwice_Succeeds()
    {
        var store = await StoreAsync();
        await store.InitializeAsync(Model, Ct);
        await PutAsync(store, Memory("still works"));
        Assert.NotNull((await store.ListAsync(List(Alice), Ct)).Items.Single());
    }

    [Fact]
    public async Task Initialize_OtherModelId_ThrowsEmbeddingMismatch()
    {
        var store = await StoreAsync();
        var ex = await Assert.ThrowsAsync<EmbeddingMismatchException>(() => store.InitializeAsync(new EmbeddingModelInfo("other", Model.Dimensions), Ct));
        Assert.Equal(Model, ex.Stored);
    }

    [Fact]
    public async Task Initialize_OtherDimensions_ThrowsEmbeddingMismatch()
    {
        var store = await StoreAsync();
        await Assert.ThrowsAsync<EmbeddingMismatchException>(() => store.InitializeAsync(new EmbeddingModelInfo(Model.ModelId, 128), Ct));
    }

    [Fact]
    public async Task Apply_Upsert_RoundTripsEveryField()
    {
        var store = await StoreAsync();
        var offset = TimeSpan.FromHours(2);
        var item = new MemoryItem
        {
            Id = Guid.CreateVersion7(),
            Text = "Élodie aime le café \"noir\" ☕",
            Hash = MemoryHash.Compute("Élodie aime le café \"noir\" ☕"),
            Scope = new MemoryScope { ProjectId = "proj-1", UserId = "u1", AgentId = "a1", RunId = "r1", AppId = "x1" },
            ActorId = "Élodie",
            Role = "user",
            Metadata = new Dictionary<string, JsonElement>
            {
                ["str"] = Json("\"é \\\"quoted\\\"\""),
                ["int"] = Json("42"),
                ["big"] = Json("9007199254740993"),
                ["dbl"] = Json("3.25"),
                ["bool"] = Json("true"),
                ["nil"] = Json("null"),
                ["arr"] = Json("[1, \"two\", false]"),
                ["obj"] = Json("{\"k\": {\"n\": 1}}"),
            },
            Categories = ["food", "b c"],
            CreatedAt = new DateTimeOffset(2024, 1, 2, 3, 4, 5, 678, offset),
            UpdatedAt = new DateTimeOffset(2024, 1, 3, 3, 4, 5, 1, TimeSpan.Zero),
            ObservedAt = new DateTimeOffset(2023, 12, 31, 23, 59, 59, 999, TimeSpan.Zero),
            ValidFrom = new DateTimeOffset(2023, 12, 1, 0, 0, 0, 7, TimeSpan.Zero),
            ValidTo = new DateTimeOffset(2030, 1, 1, 0, 0, 0, 9, TimeSpan.Zero),
            SupersededBy = Guid.CreateVersion7(),
            ExpiresAt = new DateTimeOffset(2031, 1, 1, 0, 0, 0, 11, TimeSpan.Zero),
            Immutable = true,
        };
        var vector = Embed(item.Text);
        await store.ApplyAsync(new MemoryChangeSet { Upserts = [new StoredMemory(item, vector)] }, Ct);

        var stored = await store.GetWithEmbeddingAsync(item.Id, Ct);
        Assert.NotNull(stored);
        var got = stored.Item;
        Assert.Equal(item.Id, got.Id);
        Assert.Equal(item.Text, got.Text);
        Assert.Equal(item.Hash, got.Hash);
        Assert.Equal(item.Scope, got.Scope);
        Assert.Equal(item.ActorId, got.ActorId);
        Assert.Equal(item.Role, got.Role);
        Assert.Equal(item.Metadata.Keys.Order(), got.Metadata.Keys.Order());
        foreach (var (key, value) in item.Metadata)
        {
            Assert.True(JsonElement.DeepEquals(value, got.Metadata[key]), $"metadata '{key}': {value} != {got.Metadata[key]}");
        }

        Assert.Equal(item.Categories, got.Categories);
        Assert.Equal(item.CreatedAt, got.CreatedAt);
        Assert.Equal(item.UpdatedAt, got.UpdatedAt);
        Assert.Equal(item.ObservedAt, got.ObservedAt);
        Assert.Equal(item.ValidFrom, got.ValidFrom);
        Assert.Equal(item.ValidTo, got.ValidTo);
        Assert.Equal(item.SupersededBy, got.SupersededBy);
        Assert.Equal(item.ExpiresAt, got.ExpiresAt);
        Assert.True(got.Immutable);
        Assert.Equal(vector, stored.Embedding.ToArray());
        Assert.Equal(got, (await store.GetAsync(item.Id, Ct))! with { Metadata = got.Metadata, Categories = got.Categories });
    }

    [Fact]
    public async Task Apply_UpsertMinimal_NullablesStayNull()
    {
        var store = await StoreAsync();
        var item = Memory("plain");
        await PutAsync(store, item);

        var got = await store.GetAsync(item.Id, Ct);
        Assert.NotNull(got);
        Assert.Null(got.Scope.ProjectId);
        Assert.Null(got.Scope.AgentId);
        Assert.Null(got.ActorId);
        Assert.Null(got.Role);
        Assert.Null(got.ValidTo);
        Assert.Null(got.SupersededBy);
        Assert.Null(got.ExpiresAt);
        Assert.False(got.Immutable);
        Assert.Empty(got.Metadata);
        Assert.Empty(got.Categories);
    }

    [Fact]
    public async Task Get_UnknownId_ReturnsNull()
    {
        var store = await StoreAsync();
        Assert.Null(await store.GetAsync(Guid.CreateVersion7(), Ct));
        Assert.Null(await store.GetWithEmbeddingAsync(Guid.CreateVersion7(), Ct));
        Assert.Empty(await store.GetHistoryAsync(Guid.CreateVersion7(), Ct));
    }

    [Fact]
    public async Task Apply_UpsertExistingId_ReplacesWhole()
    {
        var store = await StoreAsync();
        var original = Memory("walrus tusks ivory") with { Categories = ["old"], ActorId = "x" };
        await PutAsync(store, original);
        var replacement = Memory("penguin feathers") with { Id = original.Id, Scope = Bob };
        await PutAsync(store, replacement);

        var got = await store.GetAsync(original.Id, Ct);
        Assert.Equal("penguin feathers", got!.Text);
        Assert.Equal(Bob, got.Scope);
        Assert.Empty(got.Categories);
        Assert.Null(got.ActorId);
        Assert.Empty(await store.SearchAsync(Search(Alice, "walrus", "walrus tusks ivory"), Ct));
        Assert.Empty(await store.SearchAsync(Search(Bob, "walrus"), Ct));
        var hit = Assert.Single(await store.SearchAsync(Search(Bob, "penguin", "penguin feathers"), Ct));
        Assert.Equal(original.Id, hit.Memory.Id);
        Assert.NotNull(hit.Keyword);
        Assert.Equal(1.0, hit.Similarity!.Value, 4);
        Assert.Equal(1, (await store.ListAsync(List(null), Ct)).TotalCount);
    }

    [Fact]
    public async Task Apply_UpsertExistingIdWithEmptyEmbedding_KeepsStoredVector()
    {
        var store = await StoreAsync();
        var item = Memory("otters hold hands");
        await PutAsync(store, item);
        var updated = item with { Categories = ["cute"] };
        await store.ApplyAsync(new MemoryChangeSet { Upserts = [new StoredMemory(updated, ReadOnlyMemory<float>.Empty)] }, Ct);

        var stored = await store.GetWithEmbeddingAsync(item.Id, Ct);
        Assert.Equal(["cute"], stored!.Item.Categories);
        Assert.Equal(Embed(item.Text), stored.Embedding.ToArray());
        var hit = Assert.Single(await store.SearchAsync(Search(Alice, null, "otters hold hands"), Ct));
        Assert.Equal(1.0, hit.Similarity!.Value, 4);
    }

    [Fact]
    public async Task Apply_NewIdWithEmptyEmbedding_ThrowsValidation()
    {
        var store = await StoreAsync();
        await Assert.ThrowsAsync<MemoryValidationException>(() =>
            store.ApplyAsync(new MemoryChangeSet { Upserts = [new StoredMemory(Memory("no vector"), ReadOnlyMemory<float>.Empty)] }, Ct));
        Assert.Equal(0, (await store.ListAsync(List(null), Ct)).TotalCount);
    }

    [Fact]
    public async Task Apply_SecondUpsertHasWrongDimension_WritesNothing()
    {
        var store = await StoreAsync();
        var good = Memory("first is fine");
        var bad = Memory("second is wrong");
        var history = new MemoryHistoryEntry
        {
            Id = Guid.CreateVersion7(), MemoryId = good.Id, Scope = Alice, Event = MemoryEventType.Add, NewText = good.Text, CreatedAt = Now,
        };
        var changes = new MemoryChangeSet
        {
            Upserts = [Stored(good), new StoredMemory(bad, new float[Model.Dimensions + 1])],
            History = [history],
        };

        await Assert.ThrowsAsync<MemoryValidationException>(() => store.ApplyAsync(changes, Ct));

        Assert.Null(await store.GetAsync(good.Id, Ct));
        Assert.Empty(await store.GetHistoryAsync(good.Id, Ct));
        Assert.Empty(await store.GetEmbeddingsByHashAsync(Alice, [good.Hash], Ct));
        Assert.Empty(await store.SearchAsync(Search(Alice, "first fine", "first is fine"), Ct));
    }

    [Fact]
    public async Task Apply_Delete_RemovesMemoryAndIgnoresUnknownIds()
    {
        var store = await StoreAsync();
        var kept = Memory("lemurs sunbathe");
        var gone = Memory("lemurs climb");
        await PutAsync(store, kept, gone);

        await store.ApplyAsync(new MemoryChangeSet { Deletes = [gone.Id, Guid.CreateVersion7()] }, Ct);

        Assert.Null(await store.GetAsync(gone.Id, Ct));
        Assert.NotNull(await store.GetAsync(kept.Id, Ct));
        var hits = await store.SearchAsync(Search(Alice, "lemurs climb", "lemurs climb"), Ct);
        Assert.Equal([kept.Id], hits.Select(h => h.Memory.Id));
    }

    [Fact]
    public async Task History_Appended_ReturnsOldestFirstWithEveryField()
    {
        var store = await StoreAsync();
        var memoryId = Guid.CreateVersion7();
        var related = Guid.CreateVersion7();
        MemoryHistoryEntry Entry(MemoryEventType type, DateTimeOffset at, string? oldText, string? newText) => new()
        {
            Id = Guid.CreateVersion7(),
            MemoryId = memoryId,
            Scope = new MemoryScope { UserId = "alice", AgentId = "a", RunId = "r", AppId = "x", ProjectId = "p" },
            Event = type,
            OldText = oldText,
            NewText = newText,
            ActorId = "me",
            RelatedMemoryId = type == MemoryEventType.Supersede ? related : null,
            CreatedAt = at,
        };
        var add = Entry(MemoryEventType.Add, Now.AddHours(-2), null, "v1");
        var update = Entry(MemoryEventType.Update, Now.AddHours(-1), "v1", "v2");
        var supersede = Entry(MemoryEventType.Supersede, Now, "v2", "v2");
        var delete = Entry(MemoryEventType.Delete, Now, "v2", null);
        await store.ApplyAsync(new MemoryChangeSet { History = [update, supersede] }, Ct);
        await store.ApplyAsync(new MemoryChangeSet { History = [add] }, Ct);
        await store.ApplyAsync(new MemoryChangeSet { History = [delete] }, Ct);

        var history = await store.GetHistoryAsync(memoryId, Ct);
        Assert.Equal([add, update, supersede, delete], history);
    }

    [Fact]
    public async Task History_UpdateWithFieldChanges_KeepsOldAndNewMetadataCategoriesAndExpiry()
    {
        var store = await StoreAsync();
        var memoryId = Guid.CreateVersion7();
        var expires = Now.AddDays(30);
        var changed = new MemoryHistoryEntry
        {
            Id = Guid.CreateVersion7(),
            MemoryId = memoryId,
            Scope = Alice,
            Event = MemoryEventType.Update,
            OldText = "same",
            NewText = "same",
            CreatedAt = Now,
            OldMetadata = MemoryMetadata.Empty,
            NewMetadata = MemoryMetadata.From([new("topic", "tea"), new("n", 2)]),
            OldCategories = ["a"],
            NewCategories = [],
            OldExpiresAt = null,
            NewExpiresAt = expires,
        };
        var plain = changed with
        {
            Id = Guid.CreateVersion7(),
            CreatedAt = Now.AddMinutes(1),
            OldMetadata = null,
            NewMetadata = null,
            OldCategories = null,
            NewCategories = null,
            NewExpiresAt = null,
        };
        await store.ApplyAsync(new MemoryChangeSet { History = [changed, plain] }, Ct);

        var history = await store.GetHistoryAsync(memoryId, Ct);

        Assert.Equal(2, history.Count);
        Assert.Empty(history[0].OldMetadata!);
        Assert.Equal("{\"topic\":\"tea\",\"n\":2}", System.Text.Json.JsonSerializer.Serialize(history[0].NewMetadata));
        Assert.Equal(["a"], history[0].OldCategories!);
        Assert.Empty(history[0].NewCategories!);
        Assert.Null(history[0].OldExpiresAt);
        Assert.Equal(expires.ToUnixTimeMilliseconds(), history[0].NewExpiresAt!.Value.ToUnixTimeMilliseconds());
        Assert.Equal((null, null, null, null, null, null), (history[1].OldMetadata, history[1].NewMetadata, history[1].OldCategories, history[1].NewCategories, history[1].OldExpiresAt, history[1].NewExpiresAt));
    }

    [Fact]
    public async Task EmbeddingsByHash_StoredText_ReturnsItsVectorOnlyWithinTheScope()
    {
        var store = await StoreAsync();
        var mine = Memory("cached text");
        var superseded = Memory("older text") with { ValidTo = Now.AddMinutes(-1), SupersededBy = mine.Id };
        await PutAsync(store, mine, superseded, Memory("cached text", Bob), Memory("cached text", new MemoryScope { UserId = "alice", ProjectId = "other" }));

        var found = await store.GetEmbeddingsByHashAsync(Alice, [mine.Hash, superseded.Hash, MemoryHash.Compute("never stored")], Ct);

        Assert.Equal(new[] { mine.Hash, superseded.Hash }.Order(), found.Keys.Order());
        Assert.Equal(Embed("cached text"), found[mine.Hash].ToArray());
        Assert.Empty(await store.GetEmbeddingsByHashAsync(Alice, [], Ct));
        Assert.Empty(await store.GetEmbeddingsByHashAsync(MemoryScope.User("carol"), [mine.Hash], Ct));
        Assert.Empty(await store.GetEmbeddingsByHashAsync(new MemoryScope { UserId = "bob", ProjectId = "other" }, [mine.Hash], Ct));
    }

    [Fact]
    public async Task Apply_ParallelUpsertsFromManyTasks_AllLand()
    {
        var store = await StoreAsync();
        var items = Enumerable.Range(0, 8).Select(t => Enumerable.Range(0, 20).Select(i => Memory($"task{t} item{i} parallel")).ToList()).ToList();

        await Task.WhenAll(items.Select(batch => Task.Run(async () =>
        {
            foreach (var item in batch)
            {
                await PutAsync(store, item);
            }
        }, Ct)));

        Assert.Equal(160, (await store.ListAsync(List(Alice), Ct)).TotalCount);
        var query = Search(Alice, null, "task3 item7 parallel") with { Candidates = 200 };
        Assert.Equal(160, (await store.SearchAsync(query, Ct)).Count);
    }
}
