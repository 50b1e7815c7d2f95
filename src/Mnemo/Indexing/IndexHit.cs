namespace Mnemo.Indexing;

/// <summary>A search candidate with the raw score of each signal that found it.</summary>
/// <param name="Memory">The memory.</param>
/// <param name="Similarity">Cosine similarity to the query vector, when it is among the vector candidates.</param>
/// <param name="Keyword">BM25 score (positive, higher is better), when it is among the keyword candidates.</param>
internal sealed record IndexHit(MemoryItem Memory, double? Similarity, double? Keyword)
{
    /// <summary>The memory's embedding from the index, when <see cref="IndexQuery.IncludeVectors"/> asked for it; else empty.</summary>
    public ReadOnlyMemory<float> Vector { get; init; }

    /// <summary>The memory's row id in the engine's index (its arrival sequence); 0 when not from the index.</summary>
    public long Seq { get; init; }

    /// <summary>
    /// The memory's word count as the length prior counts it (<see cref="Searching.HybridScorer.CountWords"/>), when the
    /// index kept it with the row; <see langword="null"/>: count the text.
    /// </summary>
    public int? Words { get; init; }
}
