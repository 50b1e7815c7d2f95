using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mnemo;

/// <summary><c>POST /mnemo/v1/memories/search/</c>: every field of <see cref="SearchOptions"/>.</summary>
internal sealed class NativeSearchRequest : NativeScopeRequest
{
    [JsonPropertyName("query")]
    public string? Query { get; set; }

    [JsonPropertyName("limit")]
    public int? Limit { get; set; }

    [Description("Minimum fused score, in [0, 1], a result needs. Default: off.")]
    [Range(0.0, 1.0)]
    [JsonPropertyName("threshold")]
    public double? Threshold { get; set; }

    [Description("Keep only results scoring at least this share, in [0, 1], of the best result's score (SearchOptions.RelativeThreshold; 0.865 is calibrated). Default: off.")]
    [Range(0.0, 1.0)]
    [JsonPropertyName("relative_threshold")]
    public double? RelativeThreshold { get; set; }

    [Description("Keep only results at least this share, in [0, 1], of the way from the 20th result's score up to the best one (SearchOptions.SpreadThreshold; 0.4 is calibrated, with relative_threshold 0.865). Default: off.")]
    [Range(0.0, 1.0)]
    [JsonPropertyName("spread_threshold")]
    public double? SpreadThreshold { get; set; }

    /// <summary>Applied as given; unlike Mem0's v2 routes, entity ids inside it never widen or move the scope.</summary>
    [JsonPropertyName("filters")]
    public JsonElement? Filters { get; set; }

    [JsonPropertyName("as_of")]
    public DateTimeOffset? AsOf { get; set; }

    [JsonPropertyName("reference_time")]
    public DateTimeOffset? ReferenceTime { get; set; }

    [JsonPropertyName("include_superseded")]
    public bool? IncludeSuperseded { get; set; }

    [JsonPropertyName("include_expired")]
    public bool? IncludeExpired { get; set; }

    [JsonPropertyName("explain")]
    public bool? Explain { get; set; }
}
