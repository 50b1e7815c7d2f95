using System.Text.Json.Serialization;

namespace Mnemo.Compare;

/// <summary>The part of report.mjs's summary.json the chart shows.</summary>
internal sealed record CompareSummary
{
    [JsonPropertyName("date")]
    public string Date { get; init; } = string.Empty;

    [JsonPropertyName("scale")]
    public IReadOnlyList<ScaleRow> Scale { get; init; } = [];

    [JsonPropertyName("add")]
    public AddSummary? Add { get; init; }

    [JsonPropertyName("locomo")]
    public LocomoSummary? Locomo { get; init; }
}
