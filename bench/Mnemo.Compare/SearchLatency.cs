using System.Text.Json.Serialization;

namespace Mnemo.Compare;

/// <summary>Search latency percentiles in milliseconds.</summary>
internal sealed record SearchLatency
{
    [JsonPropertyName("p50_ms")]
    public double P50 { get; init; }

    [JsonPropertyName("p95_ms")]
    public double P95 { get; init; }
}
