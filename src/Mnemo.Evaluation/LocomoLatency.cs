using System.Text.Json.Serialization;

namespace Mnemo;

/// <summary>
/// Latencies of an evaluation run, in milliseconds. <c>embed</c> is the query embedding alone (the embedding generator
/// called directly, with <see cref="EmbeddingInputType.Query"/>); <c>search</c> is the whole
/// <see cref="IMemory.SearchAsync"/> call, which embeds the query itself unless the engine has it cached, so
/// search minus embed approximates the store and fusion time.
/// </summary>
public sealed record LocomoLatency
{
    /// <summary>Median query-embedding time; <see langword="null"/> when no embedding generator was given.</summary>
    [JsonPropertyName("embed_p50")]
    public double? EmbedP50 { get; init; }

    /// <summary>95th percentile query-embedding time; <see langword="null"/> when no embedding generator was given.</summary>
    [JsonPropertyName("embed_p95")]
    public double? EmbedP95 { get; init; }

    /// <summary>Median search time (query embedding included).</summary>
    [JsonPropertyName("search_p50")]
    public double? SearchP50 { get; init; }

    /// <summary>95th percentile search time (query embedding included).</summary>
    [JsonPropertyName("search_p95")]
    public double? SearchP95 { get; init; }

    /// <summary>
    /// Whether a persistent embedding cache served the run (<c>--embedding-cache</c>): the search then took its query
    /// embedding from the cache, so search latency leaves out the model; <c>embed</c> is still timed without the cache.
    /// </summary>
    [JsonPropertyName("embedding_cache")]
    public bool EmbeddingCache { get; init; }
}
