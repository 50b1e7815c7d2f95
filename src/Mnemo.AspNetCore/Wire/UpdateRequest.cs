using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mnemo;

/// <summary>An update of one memory: platform (<c>text</c>) or open-source server (<c>memory</c> or <c>data</c>).</summary>
internal sealed class UpdateRequest
{
    [JsonPropertyName("text")]
    public string? Text { get; set; }

    [JsonPropertyName("memory")]
    public string? Memory { get; set; }

    [JsonPropertyName("data")]
    public string? Data { get; set; }

    [JsonPropertyName("metadata")]
    public Dictionary<string, JsonElement>? Metadata { get; set; }

    [JsonPropertyName("expiration_date")]
    public string? ExpirationDate { get; set; }

    /// <summary>Categories to replace the memory's categories with (Mnemo).</summary>
    [JsonPropertyName("categories")]
    public List<string>? Categories { get; set; }

    /// <summary>Who makes the change, for the history (Mnemo).</summary>
    [JsonPropertyName("actor_id")]
    public string? ActorId { get; set; }
}
