using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mnemo;

/// <summary>A search as Mem0's clients send it (platform v1/v2/v3 and open-source server).</summary>
internal sealed class SearchRequest
{
    [JsonPropertyName("query")]
    public string? Query { get; set; }

    [JsonPropertyName("filters")]
    public JsonElement? Filters { get; set; }

    [JsonPropertyName("top_k")]
    public int? TopK { get; set; }

    [JsonPropertyName("limit")]
    public int? Limit { get; set; }

    [Description("Minimum fused score, in [0, 1], a result needs. Default: off.")]
    [Range(0.0, 1.0)]
    [JsonPropertyName("threshold")]
    public double? Threshold { get; set; }

    [Description("Mnemo extension: keep only results scoring at least this share, in [0, 1], of the best result's score (SearchOptions.RelativeThreshold; 0.865 is calibrated). Default: off.")]
    [Range(0.0, 1.0)]
    [JsonPropertyName("relative_threshold")]
    public double? RelativeThreshold { get; set; }

    [Description("Mnemo extension: keep only results at least this share, in [0, 1], of the way from the 20th result's score up to the best one (SearchOptions.SpreadThreshold; 0.4 is calibrated, with relative_threshold 0.865). Default: off.")]
    [Range(0.0, 1.0)]
    [JsonPropertyName("spread_threshold")]
    public double? SpreadThreshold { get; set; }

    [JsonPropertyName("show_expired")]
    public bool? ShowExpired { get; set; }

    [JsonPropertyName("output_format")]
    public string? OutputFormat { get; set; }

    [JsonPropertyName("user_id")]
    public string? UserId { get; set; }

    [JsonPropertyName("agent_id")]
    public string? AgentId { get; set; }

    [JsonPropertyName("app_id")]
    public string? AppId { get; set; }

    [JsonPropertyName("run_id")]
    public string? RunId { get; set; }

    /// <summary>Mnemo extension: when the question is asked (ISO 8601; default now). Relative dates in the query count back from it.</summary>
    [JsonPropertyName("reference_time")]
    public DateTimeOffset? ReferenceTime { get; set; }

    [JsonPropertyName("explain")]
    public bool? Explain { get; set; }
}
