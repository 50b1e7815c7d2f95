using System.Text.Json.Serialization;

namespace Mnemo;

/// <summary>A message the pre-filter skipped.</summary>
internal sealed record NativeSkippedDto(
    [property: JsonPropertyName("index")] int Index,
    [property: JsonPropertyName("reason")] string Reason);
