namespace Mnemo.Indexing;

/// <summary>
/// The store as the engine's pipelines see it: every write made through this engine is applied to the engine's index
/// right after it commits (from the change set and the store's receipt, no read back), and an erasure brings the index
/// up to date at once, so no forgotten memory or word stays in memory until the next search.
/// </summary>
internal sealed class IndexedMemoryStore(IMemoryStore inner, MemoryIndex index) : DelegatingMemoryStore(inner)
{
    public override async Task InitializeAsync(EmbeddingModelInfo model, CancellationToken cancellationToken = default)
    {
        await base.InitializeAsync(model, cancellationToken).ConfigureAwait(false);
        index.Initialize(model.Dimensions);
    }

    public override async Task<MemoryChangeReceipt> ApplyAsync(MemoryChangeSet changes, CancellationToken cancellationToken = default)
    {
        var receipt = await base.ApplyAsync(changes, cancellationToken).ConfigureAwait(false);
        await index.ApplyOwnAsync(changes, receipt).ConfigureAwait(false);
        return receipt;
    }

    public override async Task<ForgetReceipt> ForgetAsync(MemoryScope scope, CancellationToken cancellationToken = default)
    {
        var receipt = await base.ForgetAsync(scope, cancellationToken).ConfigureAwait(false);
        await CatchUpAsync().ConfigureAwait(false);
        return receipt;
    }

    public override async Task ResetAsync(CancellationToken cancellationToken = default)
    {
        await base.ResetAsync(cancellationToken).ConfigureAwait(false);
        await CatchUpAsync().ConfigureAwait(false);
    }

    // The erasure has committed: its catch-up is not cancelled with the request.
    private async Task CatchUpAsync()
    {
        if (index.Position >= 0)
        {
            await index.CatchUpAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }

    // The engine never disposes the store it was given (the container does).
    protected override ValueTask DisposeAsyncCore() => ValueTask.CompletedTask;
}
