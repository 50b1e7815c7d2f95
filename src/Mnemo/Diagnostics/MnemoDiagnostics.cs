using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Mnemo.Diagnostics;

/// <summary>The <c>Mnemo</c> ActivitySource and Meter: timings and counts, never memory text.</summary>
internal static class MnemoDiagnostics
{
    public const string Name = "Mnemo";

    public static readonly ActivitySource ActivitySource = new(Name);

    private static readonly Meter _meter = new(Name);

    public static readonly Counter<long> EmbeddingCalls = _meter.CreateCounter<long>("mnemo.embedding.calls", description: "Calls to the embedding generator.");

    public static readonly Counter<long> EmbeddedTexts = _meter.CreateCounter<long>("mnemo.embedding.texts", description: "Texts embedded.");

    public static readonly Counter<long> EmbeddingCacheHits = _meter.CreateCounter<long>("mnemo.embedding.cache_hits", description: "Embeddings served from a cache.");

    public static readonly Counter<long> MemoriesWritten = _meter.CreateCounter<long>("mnemo.memories.written", description: "Memories added, updated or imported.");

    public static readonly Histogram<double> AddDuration = _meter.CreateHistogram<double>("mnemo.add.duration", "ms", "Duration of an add.");

    public static readonly Histogram<double> SearchDuration = _meter.CreateHistogram<double>("mnemo.search.duration", "ms", "Duration of a search, query embedding included.");
}
