using Microsoft.Extensions.AI;

namespace Mnemo.Bench;

/// <summary>
/// Which embedder a benchmark runs with: an ONNX model (dense layers in int8 unless <see cref="Int8"/> is off), two
/// combined (<see cref="SecondModel"/>), or the near-zero-cost hash embedder when <see cref="Model"/> is null (vectors of
/// <see cref="Dimensions"/>).
/// </summary>
internal sealed record Embedder(string Name, OnnxEmbeddingModel? Model, bool Int8 = true, OnnxEmbeddingModel? SecondModel = null, int Dimensions = 384)
{
    public static Embedder Hash { get; } = new("hash (no model)", null);

    public static Embedder ArcticXs { get; } = new("arctic-embed-xs", OnnxEmbeddingModel.ArcticXs);

    public static Embedder MiniLM { get; } = new("all-MiniLM-L6-v2", OnnxEmbeddingModel.MiniLM);

    public static Embedder ArcticXsMiniLM { get; } = new("arctic-embed-xs + all-MiniLM-L6-v2 (0.75 / 0.25)", OnnxEmbeddingModel.ArcticXs, SecondModel: OnnxEmbeddingModel.MiniLM, Dimensions: 768);

    public static Embedder ArcticXsFloat { get; } = new("arctic-embed-xs fp32", OnnxEmbeddingModel.ArcticXs, Int8: false);

    public static Embedder MiniLMFloat { get; } = new("all-MiniLM-L6-v2 fp32", OnnxEmbeddingModel.MiniLM, Int8: false);

    /// <summary>Applies this embedder's model settings.</summary>
    public void Configure(OnnxEmbeddingOptions options)
    {
        options.Model = Model ?? throw new InvalidOperationException("The hash embedder has no ONNX model.");
        options.SecondModel = SecondModel;
        options.Int8 = Int8;
    }

    /// <summary>A generator of this ONNX embedder, owned by the caller.</summary>
    public IEmbeddingGenerator<string, Embedding<float>> CreateGenerator()
    {
        var options = new OnnxEmbeddingOptions();
        Configure(options);
        return OnnxEmbeddingGenerator.Create(options);
    }
}
