using System.Text.Json.Serialization;

namespace Mnemo.Compare;

/// <summary>Add throughput (memories per second, infer off) over the whole scale phase.</summary>
internal sealed record AddSummary
{
    [JsonPropertyName("mnemo")]
    public double Mnemo { get; init; }

    [JsonPropertyName("mem0")]
    public double Mem0 { get; init; }
}
