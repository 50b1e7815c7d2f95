using System.Text.Json;
using System.Text.Json.Serialization;
using Mnemo.Wire;

namespace Mnemo.Client.Wire;

/// <summary><c>POST /mnemo/v1/memories/search/</c>.</summary>
internal sealed record SearchBody : ScopeDto
{
    [JsonPropertyName("query")]
    public required string Query { get; init; }

    [JsonPropertyName("limit")]
    public int Limit { get; init; }

    [JsonPropertyName("threshold")]
    public double? Threshold { get; init; }

    [JsonPropertyName("relative_threshold")]
    public double? RelativeThreshold { get; init; }

    [JsonPropertyName("spread_threshold")]
    public double? SpreadThreshold { get; init; }

    [JsonPropertyName("filters")]
    public JsonElement? Filters { get; init; }

    [JsonPropertyName("as_of")]
    public DateTimeOffset? AsOf { get; init; }

    [JsonPropertyName("reference_time")]
    public DateTimeOffset? ReferenceTime { get; init; }

    [JsonPropertyName("include_superseded")]
    public bool IncludeSuperseded { get; init; }

    [JsonPropertyName("include_expired")]
    public bool IncludeExpired { get; init; }

    [JsonPropertyName("explain")]
    public bool Explain { get; init; }
}
