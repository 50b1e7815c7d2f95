namespace Mnemo.Bench;

/// <summary>Which embedder a benchmark runs with: an ONNX model, or the near-zero-cost hash embedder when <see cref="Model"/> is null.</summary>
internal sealed record Embedder(string Name, OnnxEmbeddingModel? Model)
{
    public static Embedder Hash { get; } = new("hash (no model)", null);

    public static Embedder ArcticXs { get; } = new("arctic-embed-xs", OnnxEmbeddingModel.ArcticXs);

    public static Embedder MiniLM { get; } = new("all-MiniLM-L6-v2", OnnxEmbeddingModel.MiniLM);
}
