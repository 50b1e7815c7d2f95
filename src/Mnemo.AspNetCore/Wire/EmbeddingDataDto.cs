using System.Text.Json.Serialization;

namespace Mnemo;

/// <summary>One embedding of OpenAI's response.</summary>
internal sealed record EmbeddingDataDto(
    [property: JsonPropertyName("object")] string Object,
    [property: JsonPropertyName("index")] int Index,
    [property: JsonPropertyName("embedding")] float[] Embedding);
