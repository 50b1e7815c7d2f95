using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mnemo;

/// <summary>A get-all as Mem0's platform v2/v3 clients send it (page and page_size come in the query string).</summary>
internal sealed class ListRequest
{
    [JsonPropertyName("filters")]
    public JsonElement? Filters { get; set; }

    [JsonPropertyName("show_expired")]
    public bool? ShowExpired { get; set; }
}
