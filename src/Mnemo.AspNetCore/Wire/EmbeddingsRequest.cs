using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mnemo;

/// <summary>OpenAI's embeddings request: <c>input</c> is a string or an array of strings.</summary>
internal sealed class EmbeddingsRequest
{
    [JsonPropertyName("input")]
    public JsonElement? Input { get; set; }

    [JsonPropertyName("model")]
    public string? Model { get; set; }
}
