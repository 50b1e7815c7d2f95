using Xunit;

namespace Mnemo.StoreConformance;

/// <summary>
/// One memory with a vector and a history entry, as each store's test writes it straight into the database in the
/// format that store has always persisted (its own column types); <see cref="AssertReadsBackAsync"/> checks that the store
/// reads every value back. Guards the codec and row mapping the relational stores share against a silent format change.
/// </summary>
public static class PersistedFormatRow
{
    /// <summary>The memory's id.</summary>
    public static Guid Id { get; } = Guid.Parse("0190a7c2-5b1e-7c3d-9f00-1234567890ab");

    /// <summary>The history entry's id.</summary>
    public static Guid HistoryId { get; } = Guid.Parse("0190a7c2-5b1e-7c3d-9f00-0000000000aa");

    /// <summary>The memory's <c>superseded_by</c>.</summary>
    public static Guid SupersededBy { get; } = Guid.Parse("0190a7c2-5b1e-7c3d-9f00-0000000000ff");

    /// <summary>The memory's metadata as JSON text with a non-ASCII character escaped, as System.Text.Json writes it.</summary>
    public const string Metadata = """{"city":"Z\u00FCrich","n":5,"tags":["a","b"],"ok":true}""";

    /// <summary>The vector [1, -2.5, 0.25] as float32 little-endian bytes.</summary>
    public static byte[] Vector { get; } = [0x00, 0x00, 0x80, 0x3F, 0x00, 0x00, 0x20, 0xC0, 0x00, 0x00, 0x80, 0x3E];

    /// <summary>created_at: 2025-06-01T12:00:00.123Z.</summary>
    public const long CreatedAtMs = 1748779200123;

    /// <summary>valid_to and the history entry's created_at: 2025-06-01T12:01:40Z.</summary>
    public const long ValidToMs = 1748779300000;

    /// <summary>Reads the row back through <paramref name="store"/>: fields, vector, history and a metadata filter.</summary>
    public static async Task AssertReadsBackAsync(IMemoryStore store, CancellationToken cancellationToken)
    {
        var stored = await store.GetWithEmbeddingAsync(Id, cancellationToken);

        Assert.NotNull(stored);
        var item = stored.Item;
        Assert.Equal("Lives in Zurich", item.Text);
        Assert.Null(item.Scope.ProjectId);
        Assert.Equal("alice", item.Scope.UserId);
        Assert.Equal("Zürich", item.Metadata["city"].GetString());
        Assert.Equal(5, item.Metadata["n"].GetInt32());
        Assert.True(item.Metadata["ok"].GetBoolean());
        Assert.Equal(["home", "travel"], item.Categories);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(CreatedAtMs), item.CreatedAt);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(ValidToMs), item.ValidTo);
        Assert.Equal(SupersededBy, item.SupersededBy);
        Assert.True(item.Immutable);
        Assert.Equal([1f, -2.5f, 0.25f], stored.Embedding.ToArray());

        var history = Assert.Single(await store.GetHistoryAsync(Id, cancellationToken));
        Assert.Equal(HistoryId, history.Id);
        Assert.Equal(MemoryEventType.Supersede, history.Event);
        Assert.Equal("Bern", history.OldMetadata!["city"].GetString());
        Assert.Equal(["home"], history.NewCategories);

        // The filter SQL reads the same JSON: typed equality on a non-ASCII string, membership in an array, a number.
        var page = await store.ListAsync(new MemoryListQuery
        {
            Filter = MemoryFilter.Parse("""{"AND": [{"city": "Zürich"}, {"tags": {"contains": "b"}}, {"n": {"gte": 5}}]}"""),
            AsOf = DateTimeOffset.FromUnixTimeMilliseconds(CreatedAtMs),
            IncludeSuperseded = true,
        }, cancellationToken);
        Assert.Equal(Id, Assert.Single(page.Items).Id);
    }
}
