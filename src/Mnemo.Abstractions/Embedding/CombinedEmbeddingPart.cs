using Microsoft.Extensions.AI;

namespace Mnemo;

/// <summary>One generator of a <see cref="CombinedEmbeddingGenerator"/> and its weight (any positive number; shares are weight over the sum).</summary>
/// <param name="Generator">The generator.</param>
/// <param name="Weight">Its weight.</param>
public sealed record CombinedEmbeddingPart(IEmbeddingGenerator<string, Embedding<float>> Generator, double Weight);
