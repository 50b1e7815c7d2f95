using System.Runtime.InteropServices;
using System.Text.Json;

namespace Mnemo;

/// <summary>
/// How values are stored: times as <c>timestamptz</c> at millisecond precision (the SQLite store's precision, so both
/// stores hold the same instants and rank identically), vectors as float32 little-endian <c>bytea</c>, JSON as <c>jsonb</c>.
/// </summary>
internal static class PgCodec
{
    /// <summary>The instant as a UTC <see cref="DateTime"/>, truncated to the millisecond (what Npgsql writes to timestamptz).</summary>
    public static DateTime ToDb(DateTimeOffset value) =>
        DateTime.SpecifyKind(DateTimeOffset.FromUnixTimeMilliseconds(value.ToUnixTimeMilliseconds()).UtcDateTime, DateTimeKind.Utc);

    public static DateTime? ToDb(DateTimeOffset? value) => value is null ? null : ToDb(value.Value);

    public static DateTimeOffset FromDb(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    /// <summary>The vector as little-endian float32 bytes (every platform .NET runs on is little-endian).</summary>
    public static byte[] ToBytes(ReadOnlySpan<float> vector) => MemoryMarshal.AsBytes(vector).ToArray();

    public static float[] FromBytes(byte[] bytes) => MemoryMarshal.Cast<byte, float>(bytes).ToArray();

    public static string MetadataToJson(IReadOnlyDictionary<string, JsonElement> metadata) =>
        JsonSerializer.Serialize(metadata, PgJsonContext.Default.IReadOnlyDictionaryStringJsonElement);

    public static IReadOnlyDictionary<string, JsonElement> MetadataFromJson(string json) =>
        json is "{}" or ""
            ? MemoryMetadata.Empty
            : JsonSerializer.Deserialize(json, PgJsonContext.Default.DictionaryStringJsonElement) ?? (IReadOnlyDictionary<string, JsonElement>)MemoryMetadata.Empty;

    public static string CategoriesToJson(IReadOnlyList<string> categories) =>
        JsonSerializer.Serialize(categories, PgJsonContext.Default.IReadOnlyListString);

    public static IReadOnlyList<string> CategoriesFromJson(string json) =>
        json is "[]" or "" ? [] : JsonSerializer.Deserialize(json, PgJsonContext.Default.ListString) ?? [];

    public static string EventToText(MemoryEventType value) => value switch
    {
        MemoryEventType.None => "NONE",
        MemoryEventType.Add => "ADD",
        MemoryEventType.Update => "UPDATE",
        MemoryEventType.Delete => "DELETE",
        MemoryEventType.Supersede => "SUPERSEDE",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, null),
    };

    public static MemoryEventType EventFromText(string value) => value switch
    {
        "NONE" => MemoryEventType.None,
        "ADD" => MemoryEventType.Add,
        "UPDATE" => MemoryEventType.Update,
        "DELETE" => MemoryEventType.Delete,
        "SUPERSEDE" => MemoryEventType.Supersede,
        _ => throw new InvalidDataException($"Unknown history event '{value}'."),
    };

    public static string StatusToText(IngestionStatus status) => status switch
    {
        IngestionStatus.Pending => "pending",
        IngestionStatus.Running => "running",
        IngestionStatus.Succeeded => "succeeded",
        IngestionStatus.Failed => "failed",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static IngestionStatus StatusFromText(string text) => text switch
    {
        "pending" => IngestionStatus.Pending,
        "running" => IngestionStatus.Running,
        "succeeded" => IngestionStatus.Succeeded,
        "failed" => IngestionStatus.Failed,
        _ => throw new InvalidDataException($"Unknown ingestion status '{text}'."),
    };

    /// <summary>The project column's value: a null project is stored as <c>''</c> (so it can be part of keys).</summary>
    public static string Project(MemoryScope scope) => scope.ProjectId ?? string.Empty;

    public static string? ProjectFromDb(string value) => value.Length == 0 ? null : value;
}
