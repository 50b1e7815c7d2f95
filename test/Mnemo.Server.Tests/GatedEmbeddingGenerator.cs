using Microsoft.Extensions.AI;
using Mnemo.TestUtilities;

namespace Mnemo.Server.Tests;

/// <summary>
/// The fake embedder, except that a batch with a text containing <see cref="Marker"/> waits at a gate: the test sees
/// how many are waiting and opens the gate when it wants, so requests are provably in flight.
/// </summary>
internal sealed class GatedEmbeddingGenerator() : DelegatingEmbeddingGenerator<string, Embedding<float>>(new FakeEmbeddingGenerator())
{
    public const string Marker = "inflight";

    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _waiting;

    /// <summary>How many gated batches have reached the embedder.</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    public void Open() => _gate.TrySetResult();

    public override async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var list = values.ToList();
        if (list.Any(t => t.Contains(Marker, StringComparison.Ordinal)))
        {
            Interlocked.Increment(ref _waiting);
            await _gate.Task.WaitAsync(cancellationToken);
        }

        return await base.GenerateAsync(list, options, cancellationToken);
    }
}
