using System.Runtime.InteropServices;
using Onnx;

namespace Mnemo.Onnx.Inference;

/// <summary>
/// Read-only lookups over an ONNX graph for pattern matching: which node produces and which nodes read a value, and
/// the constants (initializers and <c>Constant</c> nodes) a value may be.
/// </summary>
internal sealed class GraphView
{
    private readonly Dictionary<string, NodeProto> _producers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<NodeProto>> _consumers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TensorProto> _constants = new(StringComparer.Ordinal);
    private readonly HashSet<string> _graphOutputs;

    public GraphView(GraphProto graph)
    {
        foreach (var initializer in graph.Initializer)
        {
            _constants[initializer.Name] = initializer;
        }

        foreach (var node in graph.Node)
        {
            foreach (var output in node.Output)
            {
                _producers[output] = node;
            }

            foreach (var input in node.Input)
            {
                if (!_consumers.TryGetValue(input, out var list))
                {
                    _consumers[input] = list = [];
                }

                list.Add(node);
            }

            if (node.OpType == "Constant" && node.Domain.Length == 0 && node.Attribute.Count == 1 && node.Attribute[0].Name == "value")
            {
                _constants[node.Output[0]] = node.Attribute[0].T;
            }
        }

        _graphOutputs = graph.Output.Select(o => o.Name).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The node computing <paramref name="name"/>; null for graph inputs and initializers.</summary>
    public NodeProto? Producer(string name) => _producers.GetValueOrDefault(name);

    /// <summary>The one node reading <paramref name="name"/>, when exactly one does and it is not a graph output.</summary>
    public NodeProto? OnlyConsumer(string name) =>
        _consumers.TryGetValue(name, out var list) && list.Count == 1 && !_graphOutputs.Contains(name) ? list[0] : null;

    /// <summary>
    /// The one node reading <paramref name="name"/> other than <c>Shape</c> nodes (the export computes reshape targets
    /// from shapes; those die with the block), when exactly one does and it is not a graph output.
    /// </summary>
    public NodeProto? OnlyConsumerBesidesShape(string name)
    {
        if (!_consumers.TryGetValue(name, out var list) || _graphOutputs.Contains(name))
        {
            return null;
        }

        var others = list.Where(n => n.OpType != "Shape").ToList();
        return others.Count == 1 ? others[0] : null;
    }

    /// <summary>The value of a constant float scalar (or one-element tensor).</summary>
    public float? ScalarFloat(string name) =>
        _constants.TryGetValue(name, out var tensor) && tensor.DataType == (int)TensorProto.Types.DataType.Float
        && Floats(tensor) is [var value] ? value : null;

    /// <summary>A constant 1-D float tensor (a bias).</summary>
    public TensorProto? FloatVector(string name) =>
        _constants.TryGetValue(name, out var tensor) && tensor.DataType == (int)TensorProto.Types.DataType.Float
        && tensor.Dims.Count == 1 && Floats(tensor).Length == tensor.Dims[0] ? tensor : null;

    /// <summary>A constant 2-D float initializer (a weight matrix).</summary>
    public TensorProto? FloatMatrix(string name) =>
        _constants.TryGetValue(name, out var tensor) && tensor.DataType == (int)TensorProto.Types.DataType.Float
        && tensor.Dims.Count == 2 && Floats(tensor).Length == tensor.Dims[0] * tensor.Dims[1] ? tensor : null;

    /// <summary>
    /// The heads and head size of a <c>Reshape</c> target <c>[batch, sequence, heads, size]</c>: a constant, or the
    /// export's <c>Concat</c> of the input's leading dimensions with two constants.
    /// </summary>
    public (long Heads, long Size)? HeadShape(string name)
    {
        if (_constants.TryGetValue(name, out var shape))
        {
            return Int64s(shape) is [_, _, > 0 and var heads, > 0 and var size] ? (heads, size) : null;
        }

        if (Producer(name) is { OpType: "Concat" } concat && concat.Input.Count == 4
            && _constants.TryGetValue(concat.Input[2], out var headsTensor) && Int64s(headsTensor) is [> 0 and var h]
            && _constants.TryGetValue(concat.Input[3], out var sizeTensor) && Int64s(sizeTensor) is [> 0 and var s])
        {
            return (h, s);
        }

        return null;
    }

    /// <summary>The values of a float tensor, from raw data or the typed field.</summary>
    public static float[] Floats(TensorProto tensor) =>
        tensor.RawData.Length > 0 ? MemoryMarshal.Cast<byte, float>(tensor.RawData.Span).ToArray() : [.. tensor.FloatData];

    private static long[] Int64s(TensorProto tensor) => tensor.DataType != (int)TensorProto.Types.DataType.Int64
        ? []
        : tensor.RawData.Length > 0 ? MemoryMarshal.Cast<byte, long>(tensor.RawData.Span).ToArray() : [.. tensor.Int64Data];
}
