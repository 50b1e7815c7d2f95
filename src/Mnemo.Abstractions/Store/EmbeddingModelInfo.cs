namespace Mnemo;

/// <summary>Which embedding model produced a store's vectors.</summary>
/// <param name="ModelId">A stable model name, e.g. <c>all-MiniLM-L6-v2</c>.</param>
/// <param name="Dimensions">The vector length.</param>
public sealed record EmbeddingModelInfo(string ModelId, int Dimensions);
