using System.Text.Json.Serialization;
using Mnemo.Wire;

namespace Mnemo.Client.Wire;

/// <summary>The answer of <c>POST /mnemo/v1/memories/search/</c>.</summary>
internal sealed record SearchAnswer(
    [property: JsonPropertyName("results")] IReadOnlyList<MemoryDto> Results,
    [property: JsonPropertyName("usage")] NativeUsageDto? Usage);
