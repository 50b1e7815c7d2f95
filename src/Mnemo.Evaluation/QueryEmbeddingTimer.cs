using System.Diagnostics;
using Microsoft.Extensions.AI;

namespace Mnemo;

/// <summary>Times the query embedding alone, as the memory's generator computes it for a search.</summary>
internal static class QueryEmbeddingTimer
{
    private static readonly EmbeddingGenerationOptions _queryOptions = new()
    {
        AdditionalProperties = new() { [EmbeddingInputType.PropertyName] = EmbeddingInputType.Query },
    };

    /// <summary>Milliseconds one query embedding of <paramref name="question"/> takes; null without a generator.</summary>
    public static async Task<double?> MeasureAsync(
        IEmbeddingGenerator<string, Embedding<float>>? generator, string question, CancellationToken cancellationToken)
    {
        if (generator is null)
        {
            return null;
        }

        var started = Stopwatch.GetTimestamp();
        await generator.GenerateAsync([question], _queryOptions, cancellationToken).ConfigureAwait(false);
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }
}
