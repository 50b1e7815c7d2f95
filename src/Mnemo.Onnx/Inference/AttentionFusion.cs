using System.Runtime.InteropServices;
using Google.Protobuf;
using Onnx;

namespace Mnemo.Onnx.Inference;

/// <summary>
/// Rewrites each self-attention block of a PyTorch BERT export into ONNX Runtime's fused operators, which its own graph
/// optimiser does not do for these models (its <c>AttentionFusion</c> needs shapes that its shape inference cannot
/// derive here): the query, key and value projections become one <c>MatMul</c> over the three weight matrices side by
/// side (and one bias <c>Add</c>), split in three, and the score, mask, softmax and context steps between them and the
/// output projection become one <c>com.microsoft.MultiHeadAttention</c>.
/// </summary>
/// <remarks>
/// <para>
/// The result computes the same function: the projections' columns are unchanged (so <see cref="Int8WeightQuantizer"/>,
/// which runs after this, gives each the same per-column scale, and the one activation quantisation it does is the one
/// each of the three did before), and the attention operator applies the same scale and key padding mask (padding keys
/// get no weight). Only float rounding differs.
/// </para>
/// <para>
/// A block is rewritten only when it matches the export's pattern exactly (the three projections read the same input,
/// each is a constant-weight <c>MatMul</c> plus a constant bias; <c>Reshape</c> to heads, <c>Transpose</c>, scores
/// divided by a constant, plus the additive mask built from the <c>attention_mask</c> input, <c>Softmax</c>, context,
/// <c>Transpose</c> and <c>Reshape</c> back); anything else is left as it was. Measured with arctic-embed-xs on 2 cores
/// (AVX2, no VNNI): see <see cref="OnnxEmbeddingOptions.Int8"/>.
/// </para>
/// </remarks>
internal static class AttentionFusion
{
    private const string ContribDomain = "com.microsoft";
    private const string AttentionMaskInput = "attention_mask";

    /// <summary>The rewritten model, and how many attention blocks were fused.</summary>
    public static (byte[] Model, int Fused) Fuse(byte[] onnx)
    {
        var model = ModelProto.Parser.ParseFrom(onnx);
        var fused = Fuse(model);
        return (fused == 0 ? onnx : model.ToByteArray(), fused);
    }

    /// <summary>Rewrites <paramref name="model"/> in place; returns how many attention blocks were fused.</summary>
    public static int Fuse(ModelProto model)
    {
        var graph = model.Graph;
        var view = new GraphView(graph);
        var blocks = new List<Block>();
        foreach (var softmax in graph.Node.Where(n => n.OpType == "Softmax" && n.Domain.Length == 0))
        {
            if (Match(view, softmax) is { } block)
            {
                blocks.Add(block);
            }
        }

        if (blocks.Count == 0)
        {
            return 0;
        }

        // MultiHeadAttention takes the 0/1 key padding mask as int32, [batch, sequence]: one Cast for all layers.
        var mask = new NodeProto { OpType = "Cast", Name = "attention_mask_int32", Output = { "attention_mask_int32" }, Input = { AttentionMaskInput } };
        mask.Attribute.Add(new AttributeProto { Name = "to", Type = AttributeProto.Types.AttributeType.Int, I = (long)TensorProto.Types.DataType.Int32 });

        var splitAsInput = DefaultOpset(model) >= 13;
        var replacements = new Dictionary<NodeProto, NodeProto[]>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < blocks.Count; i++)
        {
            replacements[blocks[i].Output] = Rewrite(blocks[i], $"fused_attention_{i}", graph, mask.Output[0], splitAsInput);
        }

        var nodes = new List<NodeProto>(graph.Node.Count) { mask };
        foreach (var node in graph.Node)
        {
            // The new nodes take the place of the block's last node: everything they read is computed by then.
            if (replacements.TryGetValue(node, out var added))
            {
                nodes.AddRange(added);
            }
            else
            {
                nodes.Add(node);
            }
        }

        graph.Node.Clear();
        graph.Node.AddRange(RemoveDead(nodes, graph));
        var read = graph.Node.SelectMany(n => n.Input).ToHashSet(StringComparer.Ordinal);
        var kept = graph.Initializer.Where(i => read.Contains(i.Name)).ToList();
        graph.Initializer.Clear();
        graph.Initializer.AddRange(kept);
        if (!model.OpsetImport.Any(o => o.Domain == ContribDomain))
        {
            model.OpsetImport.Add(new OperatorSetIdProto { Domain = ContribDomain, Version = 1 });
        }

        return blocks.Count;
    }

    /// <summary>One attention block of the export: what it reads, its constants, and the node whose output it ends in.</summary>
    private sealed record Block(
        string Input, TensorProto[] Weights, TensorProto[] Biases, int Heads, float Scale, NodeProto Output);

    private static Block? Match(GraphView view, NodeProto softmax)
    {
        // scores = MatMul(q, k) / c + mask; probabilities = Softmax(scores) over the keys (the last of 4 axes)
        if (softmax.Attribute.FirstOrDefault(a => a.Name == "axis") is not { I: 3 or -1 }
            || view.Producer(softmax.Input[0]) is not { OpType: "Add" } addMask
            || addMask.Input.Count != 2
            || view.Producer(addMask.Input[0]) is not { OpType: "Div" } div
            || !IsAdditiveMask(view, addMask.Input[1])
            || view.ScalarFloat(div.Input[1]) is not { } divisor || divisor <= 0
            || view.Producer(div.Input[0]) is not { OpType: "MatMul" } scores
            || TransposedHeads(view, scores.Input[0], [0, 2, 1, 3]) is not { } query
            || TransposedHeads(view, scores.Input[1], [0, 2, 3, 1]) is not { } key)
        {
            return null;
        }

        // context = MatMul(probabilities, v), back to [batch, sequence, hidden]
        if (view.OnlyConsumer(softmax.Output[0]) is not { OpType: "MatMul" } context
            || context.Input[0] != softmax.Output[0]
            || TransposedHeads(view, context.Input[1], [0, 2, 1, 3]) is not { } value
            || view.OnlyConsumer(context.Output[0]) is not { OpType: "Transpose" } back
            || !HasPerm(back, [0, 2, 1, 3])
            || view.OnlyConsumerBesidesShape(back.Output[0]) is not { OpType: "Reshape" } output)
        {
            return null;
        }

        var projections = new[] { query, key, value };
        var input = projections[0].Input;
        var hidden = projections[0].Weight.Dims[1];
        if (projections.Any(p => p.Input != input || p.Weight.Dims[0] != hidden || p.Weight.Dims[1] != hidden || p.Bias.Dims[0] != hidden)
            || projections.Any(p => p.Heads != query.Heads || p.HeadSize != query.HeadSize)
            || query.Heads * query.HeadSize != hidden
            || MathF.Abs((divisor * divisor) - query.HeadSize) > 1e-3f * query.HeadSize)
        {
            return null;
        }

        return new Block(
            input, [.. projections.Select(p => p.Weight)], [.. projections.Select(p => p.Bias)],
            checked((int)query.Heads), 1f / divisor, output);
    }

    /// <summary>One projection: <c>Transpose(Reshape(Add(bias, MatMul(input, weight)), [b, s, heads, size]), perm)</c>.</summary>
    private sealed record Projection(string Input, TensorProto Weight, TensorProto Bias, long Heads, long HeadSize);

    private static Projection? TransposedHeads(GraphView view, string name, long[] perm)
    {
        if (view.Producer(name) is not { OpType: "Transpose" } transpose
            || !HasPerm(transpose, perm)
            || view.OnlyConsumer(transpose.Input[0]) != transpose
            || view.Producer(transpose.Input[0]) is not { OpType: "Reshape" } reshape
            || view.HeadShape(reshape.Input[1]) is not var (heads, size)
            || view.Producer(reshape.Input[0]) is not { OpType: "Add" } add
            || view.OnlyConsumerBesidesShape(add.Output[0]) != reshape)
        {
            return null;
        }

        var (biasName, productName) = view.FloatVector(add.Input[0]) is not null ? (add.Input[0], add.Input[1]) : (add.Input[1], add.Input[0]);
        if (view.FloatVector(biasName) is not { } bias
            || view.Producer(productName) is not { OpType: "MatMul", Domain.Length: 0 } matMul
            || view.OnlyConsumer(matMul.Output[0]) != add
            || view.FloatMatrix(matMul.Input[1]) is not { } weight)
        {
            return null;
        }

        return new Projection(matMul.Input[0], weight, bias, heads, size);
    }

    /// <summary>The export's mask term: <c>(1 - Cast(Unsqueeze(Unsqueeze(attention_mask)))) * c</c>, c very negative.</summary>
    private static bool IsAdditiveMask(GraphView view, string name)
    {
        if (view.Producer(name) is not { OpType: "Mul" } mul
            || view.ScalarFloat(mul.Input[1]) is not < -1000f
            || view.Producer(mul.Input[0]) is not { OpType: "Sub" } sub
            || view.ScalarFloat(sub.Input[0]) is not 1f
            || view.Producer(sub.Input[1]) is not { OpType: "Cast" } cast)
        {
            return false;
        }

        var source = cast.Input[0];
        for (var i = 0; i < 2; i++)
        {
            if (view.Producer(source) is not { OpType: "Unsqueeze" } unsqueeze)
            {
                return false;
            }

            source = unsqueeze.Input[0];
        }

        return source == AttentionMaskInput;
    }

    private static NodeProto[] Rewrite(Block block, string name, GraphProto graph, string mask, bool splitAsInput)
    {
        var hidden = checked((int)block.Weights[0].Dims[0]);
        var weight = Concatenate(block.Weights, hidden, $"{name}_qkv_weight");
        var bias = Concatenate(block.Biases, 1, $"{name}_qkv_bias");
        graph.Initializer.Add(weight);
        graph.Initializer.Add(bias);

        var matMul = new NodeProto { OpType = "MatMul", Name = $"{name}_qkv_matmul", Input = { block.Input, weight.Name }, Output = { $"{name}_qkv_product" } };
        var add = new NodeProto { OpType = "Add", Name = $"{name}_qkv_add", Input = { matMul.Output[0], bias.Name }, Output = { $"{name}_qkv" } };
        var split = new NodeProto { OpType = "Split", Name = $"{name}_split", Input = { add.Output[0] }, Output = { $"{name}_q", $"{name}_k", $"{name}_v" } };
        split.Attribute.Add(new AttributeProto { Name = "axis", Type = AttributeProto.Types.AttributeType.Int, I = -1 });
        long[] sizes = [hidden, hidden, hidden];
        if (splitAsInput)
        {
            var splitSizes = Tensor($"{name}_split_sizes", TensorProto.Types.DataType.Int64, MemoryMarshal.AsBytes(sizes.AsSpan()), 3);
            graph.Initializer.Add(splitSizes);
            split.Input.Add(splitSizes.Name);
        }
        else
        {
            split.Attribute.Add(new AttributeProto { Name = "split", Type = AttributeProto.Types.AttributeType.Ints, Ints = { sizes } });
        }

        var attention = new NodeProto
        {
            OpType = "MultiHeadAttention",
            Domain = ContribDomain,
            Name = $"{name}_mha",
            Input = { split.Output[0], split.Output[1], split.Output[2], string.Empty, mask },
            Output = { block.Output.Output[0] },
        };
        attention.Attribute.Add(new AttributeProto { Name = "num_heads", Type = AttributeProto.Types.AttributeType.Int, I = block.Heads });
        attention.Attribute.Add(new AttributeProto { Name = "scale", Type = AttributeProto.Types.AttributeType.Float, F = block.Scale });
        return [matMul, add, split, attention];
    }

    /// <summary>Side by side along the last axis: [rows, c1] ++ [rows, c2] ++ ... (rows 1 for vectors).</summary>
    private static TensorProto Concatenate(TensorProto[] parts, int rows, string name)
    {
        var values = parts.Select(GraphView.Floats).ToArray();
        var columns = values.Select(v => v.Length / rows).ToArray();
        var total = columns.Sum();
        var result = new float[rows * total];
        for (var r = 0; r < rows; r++)
        {
            var offset = r * total;
            for (var p = 0; p < parts.Length; p++)
            {
                values[p].AsSpan(r * columns[p], columns[p]).CopyTo(result.AsSpan(offset));
                offset += columns[p];
            }
        }

        var bytes = MemoryMarshal.AsBytes(result.AsSpan());
        return rows == 1 && parts[0].Dims.Count == 1
            ? Tensor(name, TensorProto.Types.DataType.Float, bytes, total)
            : Tensor(name, TensorProto.Types.DataType.Float, bytes, rows, total);
    }

    private static IEnumerable<NodeProto> RemoveDead(List<NodeProto> nodes, GraphProto graph)
    {
        var live = graph.Output.Select(o => o.Name).ToHashSet(StringComparer.Ordinal);
        var keep = new bool[nodes.Count];
        for (var i = nodes.Count - 1; i >= 0; i--)
        {
            if (nodes[i].Output.Any(live.Contains))
            {
                keep[i] = true;
                live.UnionWith(nodes[i].Input);
            }
        }

        return nodes.Where((_, i) => keep[i]);
    }

    private static bool HasPerm(NodeProto transpose, long[] perm) =>
        transpose.Attribute.FirstOrDefault(a => a.Name == "perm") is { } attribute && attribute.Ints.SequenceEqual(perm);

    private static long DefaultOpset(ModelProto model) =>
        model.OpsetImport.FirstOrDefault(o => o.Domain.Length == 0 || o.Domain == "ai.onnx")?.Version ?? 0;

    private static TensorProto Tensor(string name, TensorProto.Types.DataType type, ReadOnlySpan<byte> data, params long[] dims)
    {
        var tensor = new TensorProto { Name = name, DataType = (int)type, RawData = ByteString.CopyFrom(data) };
        tensor.Dims.Add(dims);
        return tensor;
    }
}
