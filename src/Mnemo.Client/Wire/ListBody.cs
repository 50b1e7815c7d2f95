using System.Text.Json;
using System.Text.Json.Serialization;
using Mnemo.Wire;

namespace Mnemo.Client.Wire;

/// <summary><c>POST /mnemo/v1/memories/list/</c>.</summary>
internal sealed record ListBody : ScopeDto
{
    [JsonPropertyName("filters")]
    public JsonElement? Filters { get; init; }

    [JsonPropertyName("page")]
    public int Page { get; init; }

    [JsonPropertyName("page_size")]
    public int PageSize { get; init; }

    [JsonPropertyName("order")]
    public required string Order { get; init; }

    [JsonPropertyName("include_superseded")]
    public bool IncludeSuperseded { get; init; }

    [JsonPropertyName("include_expired")]
    public bool IncludeExpired { get; init; }
}
