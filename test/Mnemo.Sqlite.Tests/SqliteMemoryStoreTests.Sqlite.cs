using System.Text;
using Microsoft.Data.Sqlite;
using Mnemo.Indexing;
using Mnemo.StoreConformance;
using Xunit;

namespace Mnemo.Sqlite.Tests;

/// <summary>What only the SQLite store promises: bytes on disk, several instances on one file, migrations.</summary>
public sealed partial class SqliteMemoryStoreTests
{
    [Fact]
    public async Task Forget_Subject_LeavesNoByteOfItsTextsInAnyFile()
    {
        var path = NewPath();
        var secret = "zebra-quokka-7731 lives in Ouagadougou";
        var secretUpdate = "zebra-quokka-7731 moved to Tombouctou";
        var kept = "narwhal-ibex-4410 lives in Reykjavik";
        var store = Open(path);
        await store.InitializeAsync(Model, Ct);
        var alice = Memory(secret);
        var bob = Memory(kept, Bob);
        await store.ApplyAsync(new MemoryChangeSet
        {
            Upserts = [Stored(alice), Stored(bob)],
            History =
            [
                new MemoryHistoryEntry { Id = Guid.CreateVersion7(), MemoryId = alice.Id, Scope = Alice, Event = MemoryEventType.Add, NewText = secret, CreatedAt = Now },
                new MemoryHistoryEntry { Id = Guid.CreateVersion7(), MemoryId = bob.Id, Scope = Bob, Event = MemoryEventType.Add, NewText = kept, CreatedAt = Now },
            ],
        }, Ct);

        // Many versions and an update, so the text sits in several pages, and the WAL.
        for (var i = 0; i < 20; i++)
        {
            await PutAsync(store, Memory($"{secret} filler {i}"), Memory($"{kept} filler {i}", Bob));
        }

        await store.ApplyAsync(new MemoryChangeSet
        {
            Upserts = [Stored(alice with { Text = secretUpdate, Hash = MemoryHash.Compute(secretUpdate) })],
            History = [new MemoryHistoryEntry { Id = Guid.CreateVersion7(), MemoryId = alice.Id, Scope = Alice, Event = MemoryEventType.Update, OldText = secret, NewText = secretUpdate, CreatedAt = Now }],
        }, Ct);
        Assert.NotEmpty(await store.SearchAsync(Query(Alice, "quokka", "zebra quokka"), Ct));
        Assert.True(FilesContain(path, "quokka"), "the test must see the text before forgetting");

        await store.ForgetAsync(Alice, Ct);
        await ((IAsyncDisposable)store).DisposeAsync();

        foreach (var needle in new[] { "zebra-quokka", "quokka", "Ouagadougou", "ouagadougou", "Tombouctou", "tombouctou" })
        {
            Assert.False(FilesContain(path, needle), $"'{needle}' is still in the store's files");
        }

        Assert.True(FilesContain(path, "narwhal-ibex-4410 lives in Reykjavik"));
    }

    [Fact]
    public async Task SecondInstance_SameFile_SeesWritesOfTheFirst()
    {
        var path = NewPath();
        var first = Open(path);
        var second = Open(path);
        await first.InitializeAsync(Model, Ct);
        await second.InitializeAsync(Model, Ct);
        await PutAsync(first, Memory("first instance wrote this"));
        Assert.Single(await second.SearchAsync(Query(Alice, null, "first instance wrote this"), Ct));

        var later = Memory("another write after the index loaded");
        await PutAsync(first, later);
        var hits = await second.SearchAsync(Query(Alice, null, "another write after the index loaded"), Ct);
        Assert.Equal(2, hits.Count);
        Assert.Equal(later.Id, hits.MaxBy(h => h.Similarity)!.Memory.Id);

        await second.ApplyAsync(new MemoryChangeSet { Deletes = [later.Id] }, Ct);
        Assert.Single(await first.SearchAsync(Query(Alice, null, "another write after the index loaded"), Ct));
    }

    [Fact]
    public async Task Reopen_SameFile_MigrationsIdempotentAndDataKept()
    {
        var path = NewPath();
        var item = Memory("survives reopening");
        var store = Open(path);
        await store.InitializeAsync(Model, Ct);
        await PutAsync(store, item);
        await ((IAsyncDisposable)store).DisposeAsync();

        var reopened = Open(path);
        await reopened.InitializeAsync(Model, Ct);
        await reopened.InitializeAsync(Model, Ct);

        Assert.Equal(item.Text, (await reopened.GetAsync(item.Id, Ct))!.Text);
        Assert.Single(await reopened.SearchAsync(Query(Alice, "reopening", "survives reopening"), Ct));
        Assert.Equal(SqliteMigrations.Steps.Count, UserVersion(path));
    }

    [Fact]
    public async Task Reopen_OtherDimensions_ThrowsBeforeTouchingData()
    {
        var path = NewPath();
        var store = Open(path);
        await store.InitializeAsync(Model, Ct);
        await PutAsync(store, Memory("kept"));
        await ((IAsyncDisposable)store).DisposeAsync();

        var reopened = Open(path);
        var ex = await Assert.ThrowsAsync<EmbeddingMismatchException>(() => reopened.InitializeAsync(new EmbeddingModelInfo(Model.ModelId, 384), Ct));
        Assert.Equal(Model, ex.Stored);
        await Assert.ThrowsAsync<InvalidOperationException>(() => reopened.GetAsync(Guid.CreateVersion7(), Ct));
    }

    [Theory]
    [InlineData("""{"metadata": {"a\"b": 1}}""")]
    [InlineData("""{"metadata": {"a\\b": 1}}""")]
    public async Task List_MetadataKeyWithQuoteOrBackslash_ThrowsInvalidFilter(string filter)
    {
        var store = await StoreAsync();
        var ex = await Assert.ThrowsAsync<InvalidFilterException>(() => store.ListAsync(List(Alice, filter), Ct));
        Assert.StartsWith("metadata.a", ex.Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_MetadataKeyWithDotsAndSpaces_Works()
    {
        var store = await StoreAsync();
        await PutAsync(store, Memory("dotted") with { Metadata = new Dictionary<string, System.Text.Json.JsonElement> { ["a.b c"] = Json("1") } });

        Assert.Equal(["dotted"], await TextsAsync(store, List(Alice, """{"metadata": {"a.b c": 1}}""")));
    }

    [Fact]
    public async Task Initialize_CreatesParentFolderAndUsesWal()
    {
        var path = NewPath();
        var store = Open(path);
        await store.InitializeAsync(Model, Ct);

        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", command.ExecuteScalar());
    }

    // The engine's search over this store (its index fed by the store's change feed), as the conformance suite runs it.
    private static IndexQuery Query(MemoryScope scope, string? text, string? vectorText) => new()
    {
        Scope = scope,
        Keywords = KeywordTerms.Of(text),
        Vector = vectorText is null ? ReadOnlyMemory<float>.Empty : Embed(vectorText),
        AsOf = Now,
        Candidates = 50,
    };

    private IMemoryStore Open(string path)
    {
        var store = SqliteMemoryStoreFactory.Create(new SqliteStoreOptions { Path = path });
        _opened.Add(store);
        return store;
    }

    private static bool FilesContain(string path, string needle)
    {
        var bytes = Encoding.UTF8.GetBytes(needle);
        foreach (var file in new[] { path, path + "-wal", path + "-shm", path + "-journal" })
        {
            if (File.Exists(file))
            {
                using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                if (copy.ToArray().AsSpan().IndexOf(bytes) >= 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static int UserVersion(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
