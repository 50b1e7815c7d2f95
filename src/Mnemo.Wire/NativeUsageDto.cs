using System.Text.Json.Serialization;

namespace Mnemo.Wire;

/// <summary>
/// <see cref="MemoryUsage"/> on Mnemo's native routes (<c>/mnemo/v1/memories/add/</c>, <c>.../search/</c>): what the
/// call spent on embeddings and the LLM. The server writes it and the HTTP client reads it.
/// </summary>
/// <param name="EmbeddingCalls">Calls to the embedding generator.</param>
/// <param name="EmbeddedTexts">Texts embedded by those calls.</param>
/// <param name="EmbeddingCacheHits">Texts whose embedding came from the cache.</param>
/// <param name="LlmCalls">Calls to the chat model.</param>
/// <param name="InputTokens">Input tokens reported by the chat model.</param>
/// <param name="OutputTokens">Output tokens reported by the chat model.</param>
public sealed record NativeUsageDto(
    [property: JsonPropertyName("embedding_calls")] int EmbeddingCalls,
    [property: JsonPropertyName("embedded_texts")] int EmbeddedTexts,
    [property: JsonPropertyName("embedding_cache_hits")] int EmbeddingCacheHits,
    [property: JsonPropertyName("llm_calls")] int LlmCalls,
    [property: JsonPropertyName("input_tokens")] long InputTokens,
    [property: JsonPropertyName("output_tokens")] long OutputTokens)
{
    /// <summary>The wire form of <paramref name="usage"/>.</summary>
    public static NativeUsageDto From(MemoryUsage usage)
    {
        ArgumentNullException.ThrowIfNull(usage);
        return new(usage.EmbeddingCalls, usage.EmbeddedTexts, usage.EmbeddingCacheHits, usage.LlmCalls, usage.InputTokens, usage.OutputTokens);
    }

    /// <summary>The usage this answer reports.</summary>
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
