using System.Text.Json.Serialization;
using Mnemo.Wire;

namespace Mnemo;

/// <summary>The whole <see cref="SearchResult"/>: scored memories (with explanations when asked) and usage.</summary>
internal sealed record NativeSearchResponseDto(
    [property: JsonPropertyName("results")] IReadOnlyList<MemoryDto> Results,
    [property: JsonPropertyName("usage")] NativeUsageDto Usage);
