using System.Text.Json.Serialization;

namespace Mnemo.Formation;

/// <summary>Source-generated JSON for the prompt payload (snake_case, as the protocol documents).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(List<ShortMemory>))]
internal sealed partial class FormationJson : JsonSerializerContext;
