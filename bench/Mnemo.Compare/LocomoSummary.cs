using System.Text.Json.Serialization;

namespace Mnemo.Compare;

/// <summary>LoCoMo turn_frac@10 (percent) of each system.</summary>
internal sealed record LocomoSummary
{
    [JsonPropertyName("mnemo")]
    public double Mnemo { get; init; }

    [JsonPropertyName("mem0")]
    public double Mem0 { get; init; }

    [JsonPropertyName("mem0_prefix")]
    public double Mem0Prefix { get; init; }
}
