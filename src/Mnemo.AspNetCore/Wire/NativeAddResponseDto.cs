using System.Text.Json.Serialization;
using Mnemo.Wire;

namespace Mnemo;

/// <summary>The whole <see cref="AddResult"/>: Mem0's events plus usage, extractor, skipped messages and warnings.</summary>
internal sealed record NativeAddResponseDto(
    [property: JsonPropertyName("results")] IReadOnlyList<MemoryEventDto> Results,
    [property: JsonPropertyName("usage")] NativeUsageDto Usage,
    [property: JsonPropertyName("extractor")] string Extractor,
    [property: JsonPropertyName("skipped")] IReadOnlyList<NativeSkippedDto> Skipped,
    [property: JsonPropertyName("warnings")] IReadOnlyList<string> Warnings);

