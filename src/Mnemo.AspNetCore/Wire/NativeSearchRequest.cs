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

    [JsonPropertyName("threshold")]
    public double? Threshold { get; set; }

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
