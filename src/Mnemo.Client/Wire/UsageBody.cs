using System.Text.Json.Serialization;

namespace Mnemo.Client.Wire;

/// <summary>Usage as the native routes answer it.</summary>
internal sealed record UsageBody(
    [property: JsonPropertyName("embedding_calls")] int EmbeddingCalls,
    [property: JsonPropertyName("embedded_texts")] int EmbeddedTexts,
    [property: JsonPropertyName("embedding_cache_hits")] int EmbeddingCacheHits,
    [property: JsonPropertyName("llm_calls")] int LlmCalls,
    [property: JsonPropertyName("input_tokens")] long InputTokens,
    [property: JsonPropertyName("output_tokens")] long OutputTokens)
{
    public MemoryUsage ToUsage() => new()
    {
        EmbeddingCalls = EmbeddingCalls,
        EmbeddedTexts = EmbeddedTexts,
        EmbeddingCacheHits = EmbeddingCacheHits,
        LlmCalls = LlmCalls,
        InputTokens = InputTokens,
        OutputTokens = OutputTokens,
    };
}
