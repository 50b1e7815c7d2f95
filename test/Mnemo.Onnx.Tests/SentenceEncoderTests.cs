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
}
