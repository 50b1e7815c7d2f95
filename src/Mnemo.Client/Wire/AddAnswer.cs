using System.Text.Json.Serialization;
using Mnemo.Wire;

namespace Mnemo.Client.Wire;

/// <summary>The answer of <c>POST /mnemo/v1/memories/add/</c>.</summary>
internal sealed record AddAnswer(
    [property: JsonPropertyName("results")] IReadOnlyList<MemoryEventDto> Results,
    [property: JsonPropertyName("usage")] NativeUsageDto? Usage,
    [property: JsonPropertyName("extractor")] string? Extractor,
    [property: JsonPropertyName("skipped")] IReadOnlyList<SkippedBody>? Skipped,
    [property: JsonPropertyName("warnings")] IReadOnlyList<string>? Warnings);
