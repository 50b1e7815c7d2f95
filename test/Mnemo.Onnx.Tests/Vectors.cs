using System.Numerics.Tensors;
using Microsoft.Extensions.AI;
using Mnemo;

namespace Mnemo.Onnx.Tests;

internal static class Vectors
{
    public static readonly EmbeddingGenerationOptions Query = new()
    {
        AdditionalProperties = new() { [EmbeddingInputType.PropertyName] = EmbeddingInputType.Query },
    };

    public static readonly EmbeddingGenerationOptions Document = new()
    {
        AdditionalProperties = new() { [EmbeddingInputType.PropertyName] = EmbeddingInputType.Document },
    };

    public static float Cosine(ReadOnlyMemory<float> a, ReadOnlyMemory<float> b) => TensorPrimitives.CosineSimilarity(a.Span, b.Span);

    public static float MaxAbsDifference(ReadOnlyMemory<float> a, ReadOnlyMemory<float> b)
    {
        var max = 0f;
        for (var i = 0; i < a.Length; i++)
        {
            max = MathF.Max(max, MathF.Abs(a.Span[i] - b.Span[i]));
        }

        return max;
    }

    public static async Task<ReadOnlyMemory<float>> EmbedAsync(
        this IEmbeddingGenerator<string, Embedding<float>> generator, string text, EmbeddingGenerationOptions? options = null) =>
        (await generator.GenerateAsync([text], options, TestContext.Current.CancellationToken))[0].Vector;
}
