using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mnemo;

/// <summary>Source-generated JSON (default options, no reflection on the hot path) for the stores' JSON columns and parameters.</summary>
[JsonSerializable(typeof(IReadOnlyDictionary<string, JsonElement>))]
[JsonSerializable(typeof(Dictionary<string, JsonElement>))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(List<string>))]
[JsonSerializable(typeof(List<long>))]
[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSerializable(typeof(List<WorkingMessage>))]
internal sealed partial class RelationalJsonContext : JsonSerializerContext;
