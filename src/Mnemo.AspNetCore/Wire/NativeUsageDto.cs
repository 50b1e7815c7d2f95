using System.Text.Json.Serialization;

namespace Mnemo;

/// <summary><see cref="MemoryUsage"/> on the wire.</summary>
internal sealed record NativeUsageDto(
    [property: JsonPropertyName("embedding_calls")] int EmbeddingCalls,
    [property: JsonPropertyName("embedded_texts")] int EmbeddedTexts,
    [property: JsonPropertyName("embedding_cache_hits")] int EmbeddingCacheHits,
    [property: JsonPropertyName("llm_calls")] int LlmCalls,
    [property: JsonPropertyName("input_tokens")] long InputTokens,
    [property: JsonPropertyName("output_tokens")] long OutputTokens)
{
    public static NativeUsageDto From(MemoryUsage usage) =>
        new(usage.EmbeddingCalls, usage.EmbeddedTexts, usage.EmbeddingCacheHits, usage.LlmCalls, usage.InputTokens, usage.OutputTokens);
}
