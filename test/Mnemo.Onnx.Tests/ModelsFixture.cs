using Mnemo;

[assembly: AssemblyFixture(typeof(Mnemo.Onnx.Tests.ModelsFixture))]

namespace Mnemo.Onnx.Tests;

/// <summary>Both real models, loaded once for the whole test assembly (each load reads ~90 MB).</summary>
public sealed class ModelsFixture : IDisposable
{
    public OnnxEmbeddingGenerator MiniLM { get; } = new(new OnnxEmbeddingOptions { Model = OnnxEmbeddingModel.MiniLM });

    public OnnxEmbeddingGenerator Arctic { get; } = new(new OnnxEmbeddingOptions { Model = OnnxEmbeddingModel.ArcticXs });

    public OnnxEmbeddingGenerator Get(OnnxEmbeddingModel model) => model == OnnxEmbeddingModel.MiniLM ? MiniLM : Arctic;

    public void Dispose()
    {
        MiniLM.Dispose();
        Arctic.Dispose();
    }
}
