using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace Mnemo;

/// <summary>
/// The value formats both stores persist alike: vectors as float32 little-endian bytes (SQLite BLOB, PostgreSQL
/// <c>bytea</c>), metadata, categories and working memory as JSON text (SQLite TEXT, PostgreSQL <c>jsonb</c>), ids in
/// their lowercase "D" spelling, and the default project as <c>''</c>. Times are not here: each store has its own
/// column type (Unix milliseconds, <c>timestamptz</c>).
/// </summary>
/// <remarks>Rows written in these formats must always read back: change nothing here without a migration.</remarks>
internal static class RelationalCodec
{
    /// <summary>The canonical spelling of an id: lowercase, with hyphens.</summary>
    public static string IdText(Guid id) => id.ToString("D", CultureInfo.InvariantCulture);

    /// <summary>The vector as little-endian float32 bytes (every platform .NET runs on is little-endian).</summary>
    public static byte[] VectorToBytes(ReadOnlySpan<float> vector) => MemoryMarshal.AsBytes(vector).ToArray();

    public static float[] VectorFromBytes(byte[] bytes) => MemoryMarshal.Cast<byte, float>(bytes).ToArray();

    public static string MetadataToJson(IReadOnlyDictionary<string, JsonElement> metadata) =>
        JsonSerializer.Serialize(metadata, RelationalJsonContext.Default.IReadOnlyDictionaryStringJsonElement);

    public static IReadOnlyDictionary<string, JsonElement> MetadataFromJson(string json) =>
        json is "{}" or ""
            ? MemoryMetadata.Empty
            : JsonSerializer.Deserialize(json, RelationalJsonContext.Default.DictionaryStringJsonElement) ?? (IReadOnlyDictionary<string, JsonElement>)MemoryMetadata.Empty;

    public static string CategoriesToJson(IReadOnlyList<string> categories) =>
        JsonSerializer.Serialize(categories, RelationalJsonContext.Default.IReadOnlyListString);

    public static IReadOnlyList<string> CategoriesFromJson(string json) =>
        json is "[]" or "" ? [] : JsonSerializer.Deserialize(json, RelationalJsonContext.Default.ListString) ?? [];

    /// <summary>A working memory's scratchpad as a JSON object of strings.</summary>
    public static string WorkingValuesToJson(IReadOnlyDictionary<string, string> values) =>
        JsonSerializer.Serialize(new Dictionary<string, string>(values), RelationalJsonContext.Default.DictionaryStringString);

    public static Dictionary<string, string> WorkingValuesFromJson(string json) =>
        JsonSerializer.Deserialize(json, RelationalJsonContext.Default.DictionaryStringString) ?? [];

    /// <summary>A working memory's message window as a JSON array.</summary>
    public static string WorkingMessagesToJson(IEnumerable<WorkingMessage> messages) =>
        JsonSerializer.Serialize([.. messages], RelationalJsonContext.Default.ListWorkingMessage);

    public static List<WorkingMessage> WorkingMessagesFromJson(string json) =>
        JsonSerializer.Deserialize(json, RelationalJsonContext.Default.ListWorkingMessage) ?? [];

    /// <summary>The project column's value: a null project is stored as <c>''</c> (so it can be part of keys).</summary>
    public static string Project(MemoryScope scope) => scope.ProjectId ?? string.Empty;

    public static string? ProjectFromDb(string value) => value.Length == 0 ? null : value;
}
