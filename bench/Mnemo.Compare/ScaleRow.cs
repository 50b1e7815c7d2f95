using System.Text.Json.Serialization;

namespace Mnemo.Compare;

/// <summary>Search latency of both systems at one scope size.</summary>
internal sealed record ScaleRow
{
    [JsonPropertyName("size")]
    public int Size { get; init; }

    [JsonPropertyName("mnemo")]
    public SearchLatency Mnemo { get; init; } = new();

    [JsonPropertyName("mem0")]
    public SearchLatency Mem0 { get; init; } = new();
}
