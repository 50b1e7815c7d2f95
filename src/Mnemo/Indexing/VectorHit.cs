namespace Mnemo.Indexing;

/// <summary>A vector candidate: the memory's row id and its cosine similarity.</summary>
internal readonly record struct VectorHit(long Seq, float Similarity);
