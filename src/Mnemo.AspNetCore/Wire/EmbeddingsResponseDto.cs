using System.Text.Json.Serialization;

namespace Mnemo;

/// <summary>OpenAI's embeddings response.</summary>
internal sealed record EmbeddingsResponseDto(
    [property: JsonPropertyName("object")] string Object,
    [property: JsonPropertyName("data")] IReadOnlyList<EmbeddingDataDto> Data,
    [property: JsonPropertyName("model")] string Model,
    [property: JsonPropertyName("usage")] EmbeddingUsageDto Usage);
