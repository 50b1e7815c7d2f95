using System.Text.Json.Serialization;

namespace Mnemo;

/// <summary>Token usage of an embeddings request (Mnemo does not count tokens: zeros).</summary>
internal sealed record EmbeddingUsageDto(
    [property: JsonPropertyName("prompt_tokens")] int PromptTokens,
    [property: JsonPropertyName("total_tokens")] int TotalTokens);
