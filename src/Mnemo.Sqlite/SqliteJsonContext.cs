using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mnemo;

/// <summary>Source-generated JSON for the metadata and categories columns (no reflection on the hot path).</summary>
[JsonSerializable(typeof(IReadOnlyDictionary<string, JsonElement>))]
[JsonSerializable(typeof(Dictionary<string, JsonElement>))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(List<string>))]
[JsonSerializable(typeof(List<long>))]
internal sealed partial class SqliteJsonContext : JsonSerializerContext;
