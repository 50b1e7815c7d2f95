using System.Text.Json.Serialization;

namespace Mnemo.Client.Wire;

/// <summary>A message the server's pre-filter skipped.</summary>
internal sealed record SkippedBody([property: JsonPropertyName("index")] int Index, [property: JsonPropertyName("reason")] string Reason);
