namespace Mnemo;

/// <summary>
/// The configured embedding model differs from the one the store was built with. Mixing vectors of two models
/// silently ruins search, so the store refuses instead.
/// </summary>
public sealed class EmbeddingMismatchException(EmbeddingModelInfo stored, EmbeddingModelInfo configured)
    : MnemoException(
        $"The store's memories were embedded with '{stored.ModelId}' ({stored.Dimensions} dimensions), but the configured " +
        $"embedder is '{configured.ModelId}' ({configured.Dimensions} dimensions). Configure the original model, or use " +
        "another database (--db / MNEMO_HOME) and re-import your memories.")
{
    /// <summary>The model the store was built with.</summary>
    public EmbeddingModelInfo Stored { get; } = stored;

    /// <summary>The model configured now.</summary>
    public EmbeddingModelInfo Configured { get; } = configured;
}
