using Mnemo;

[assembly: AssemblyFixture(typeof(Mnemo.Onnx.Tests.ModelsFixture))]

namespace Mnemo.Onnx.Tests;

/// <summary>
/// Both real models with the default int8 dense layers, and MiniLM in float32 (batching and coalescing happen only there),
/// loaded once for the whole test assembly (each load reads ~90 MB).
/// </summary>
public sealed class ModelsFixture : IDisposable
{
    public OnnxEmbeddingGenerator MiniLM { get; } = new(new OnnxEmbeddingOptions { Model = OnnxEmbeddingModel.MiniLM });

    public OnnxEmbeddingGenerator Arctic { get; } = new(new OnnxEmbeddingOptions { Model = OnnxEmbeddingModel.ArcticXs });

    public OnnxEmbeddingGenerator MiniLMFloat { get; } = new(new OnnxEmbeddingOptions { Model = OnnxEmbeddingModel.MiniLM, Int8 = false });

    public OnnxEmbeddingGenerator Get(OnnxEmbeddingModel model) => model == OnnxEmbeddingModel.MiniLM ? MiniLM : Arctic;

    public void Dispose()
    {
        MiniLM.Dispose();
        Arctic.Dispose();
        MiniLMFloat.Dispose();
    }
}
