using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mnemo;

/// <summary><c>POST /mnemo/v1/memories/list/</c>: every field of <see cref="ListOptions"/>.</summary>
internal sealed class NativeListRequest : NativeScopeRequest
{
    [JsonPropertyName("filters")]
    public JsonElement? Filters { get; set; }

    [JsonPropertyName("page")]
    public int? Page { get; set; }

    [JsonPropertyName("page_size")]
    public int? PageSize { get; set; }

    /// <summary><c>created_desc</c> (default), <c>created_asc</c>, <c>updated_desc</c>, <c>observed_desc</c>, <c>observed_asc</c>.</summary>
    [JsonPropertyName("order")]
    public string? Order { get; set; }

    [JsonPropertyName("include_superseded")]
    public bool? IncludeSuperseded { get; set; }

    [JsonPropertyName("include_expired")]
    public bool? IncludeExpired { get; set; }
}
