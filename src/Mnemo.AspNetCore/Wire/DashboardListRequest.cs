using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mnemo;

/// <summary>A dashboard listing or search: Mem0 filters (which must name a subject) and what else to include.</summary>
internal sealed class DashboardListRequest
{
    [JsonPropertyName("query")]
    public string? Query { get; set; }

    [JsonPropertyName("filters")]
    public JsonElement? Filters { get; set; }

    [JsonPropertyName("include_superseded")]
    public bool? IncludeSuperseded { get; set; }

    [JsonPropertyName("include_expired")]
    public bool? IncludeExpired { get; set; }

    [JsonPropertyName("page")]
    public int? Page { get; set; }

    [JsonPropertyName("page_size")]
    public int? PageSize { get; set; }

    [JsonPropertyName("top_k")]
    public int? TopK { get; set; }
}
