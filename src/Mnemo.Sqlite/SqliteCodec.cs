using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace Mnemo;

/// <summary>How values are stored: times as Unix milliseconds, ids as lowercase "D" strings, vectors as float32 LE.</summary>
internal static class SqliteCodec
{
    public static long ToMs(DateTimeOffset value) => value.ToUnixTimeMilliseconds();

    public static long? ToMs(DateTimeOffset? value) => value?.ToUnixTimeMilliseconds();

    public static DateTimeOffset FromMs(long value) => DateTimeOffset.FromUnixTimeMilliseconds(value);

    public static string ToText(Guid id) => id.ToString("D", CultureInfo.InvariantCulture);

    public static object ToDb(string? value) => value is null ? DBNull.Value : value;

    public static object ToDb(long? value) => value is null ? DBNull.Value : value.Value;

    public static object ToDb(Guid? value) => value is null ? DBNull.Value : ToText(value.Value);

    /// <summary>The vector as little-endian float32 bytes (every platform .NET runs on is little-endian).</summary>
    public static byte[] ToBlob(ReadOnlySpan<float> vector) => MemoryMarshal.AsBytes(vector).ToArray();

    public static float[] FromBlob(byte[] blob) => MemoryMarshal.Cast<byte, float>(blob).ToArray();

    public static string MetadataToJson(IReadOnlyDictionary<string, JsonElement> metadata) =>
        JsonSerializer.Serialize(metadata, SqliteJsonContext.Default.IReadOnlyDictionaryStringJsonElement);

    public static IReadOnlyDictionary<string, JsonElement> MetadataFromJson(string json) =>
        json is "{}" or ""
            ? MemoryMetadata.Empty
            : JsonSerializer.Deserialize(json, SqliteJsonContext.Default.DictionaryStringJsonElement) ?? (IReadOnlyDictionary<string, JsonElement>)MemoryMetadata.Empty;

    public static string CategoriesToJson(IReadOnlyList<string> categories) =>
        JsonSerializer.Serialize(categories, SqliteJsonContext.Default.IReadOnlyListString);

    public static IReadOnlyList<string> CategoriesFromJson(string json) =>
        json is "[]" or "" ? [] : JsonSerializer.Deserialize(json, SqliteJsonContext.Default.ListString) ?? [];

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
}
