using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mnemo;

/// <summary>Source-generated JSON for the jsonb columns.</summary>
[JsonSerializable(typeof(IReadOnlyDictionary<string, JsonElement>))]
[JsonSerializable(typeof(Dictionary<string, JsonElement>))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(List<string>))]
[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSerializable(typeof(List<WorkingMessage>))]
internal sealed partial class PgJsonContext : JsonSerializerContext;
