using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Mnemo.Diagnostics;

namespace Mnemo.Indexing;

/// <summary>
/// The engine's in-memory copy of what search reads, built from the store's change feed and kept current with it: the
/// vector index of the memories' own embeddings, a second one of their contextual embeddings, the keyword index, and
/// which store id each arrival sequence is. One per engine instance; every store therefore ranks identically.
/// </summary>
/// <remarks>
/// <para>
/// Cold load: the first search reads the feed from position 0 (a snapshot, paged), and the rows it read fill the row
/// cache (the newest, up to its bound). Catch-up: before each search the
/// store's position is compared with the index's (one small read), and a difference reads the changes after it; a store
/// offering <see cref="IMemoryChangeNotifications"/> is asked only when it signalled a change, or once a second as a
/// safety net. Writes made through this engine are applied from their change set and receipt right after the commit,
/// with no read, when no other writer came between (<see cref="ApplyOwnAsync"/>).
/// </para>
/// <para>
/// Changes are applied one at a time (a gate); searches read concurrently, each structure under its own reader-writer
/// lock. A search may so see one structure a write ahead of another for an instant, never a torn structure.
/// </para>
/// </remarks>
internal sealed class MemoryIndex : IDisposable
{
    private static readonly TimeSpan SafetyPoll = TimeSpan.FromSeconds(1);

    private readonly IMemoryStore _store;
    private readonly IndexOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Lock _idsLock = new();
    private readonly Dictionary<Guid, long> _seqById = [];
    private readonly Dictionary<long, (Guid Id, string Hash)> _bySeq = [];
    private readonly KeywordContext _keywordContext;
    private IDisposable? _subscription;
    private IMemoryChangeNotifications? _notifications;
    private volatile bool _signalled = true;
    private long _checkedAt;
    private int _dimensions;
    private long _position = -1;

    /// <summary>An empty index over <paramref name="store"/>, sized and scored by <paramref name="options"/> (default: the defaults).</summary>
    public MemoryIndex(IMemoryStore store, TimeProvider time, ILogger logger, MnemoOptions? options = null)
    {
        options ??= new MnemoOptions();
        Own = new VectorIndex { Candidates = options.Candidates, Settings = options.Index };
        Context = new VectorIndex { Candidates = options.Candidates, Settings = options.Index };
        _options = options.Index;
        Keywords = new KeywordIndex(options.Keywords);
        _keywordContext = new KeywordContext(options.Keywords.ContextCharacters, TimeSpan.FromMinutes(options.Context.SessionGapMinutes));
        _store = store;
        _time = time;
        _logger = logger;
    }

    /// <summary>The index of the memories' own embeddings (scope postings, activity, arrival order, actors, row cache).</summary>
    public VectorIndex Own { get; }

    /// <summary>The index of the contextual embeddings (<see cref="StoredMemory.ContextEmbedding"/>).</summary>
    public VectorIndex Context { get; }

    /// <summary>BM25 postings.</summary>
    public KeywordIndex Keywords { get; }

    /// <summary>The embedding dimension; 0 until <see cref="Initialize"/>.</summary>
    public int Dimensions => _dimensions;

    /// <summary>The feed position the index reflects; -1 before the first load.</summary>
    public long Position => Interlocked.Read(ref _position);

    /// <summary>Sets the embedding dimension (the store's model) and subscribes to the store's change signal, if any.</summary>
    public void Initialize(int dimensions)
    {
        if (_dimensions == dimensions)
        {
            return;
        }

        _dimensions = dimensions;
        Interlocked.Exchange(ref _position, -1);
        if (_subscription is null && _store.GetService<IMemoryChangeNotifications>() is { } notifications)
        {
            _notifications = notifications;
            _subscription = notifications.Subscribe(() => _signalled = true);
        }
    }

    /// <summary>Brings the index up to the store's current position (cold load on first use).</summary>
    public async Task EnsureCurrentAsync(CancellationToken cancellationToken)
    {
        if (_dimensions == 0)
        {
            throw new InvalidOperationException("The index needs the embedding dimension first.");
        }

        if (Position >= 0)
        {
            var now = _time.GetTimestamp();
            if (_notifications is { IsConnected: true } && !_signalled && _time.GetElapsedTime(Interlocked.Read(ref _checkedAt), now) < SafetyPoll)
            {
                return;
            }

            _signalled = false;
            Interlocked.Exchange(ref _checkedAt, now);
            if (await _store.GetFeedPositionAsync(cancellationToken).ConfigureAwait(false) == Position)
            {
                return;
            }
        }

        await CatchUpAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Raised after the index read deletes or a reset from the change feed (another engine's forget, delete or reset,
    /// or one of this engine's it had not applied yet): the engine then drops its caches keyed by text, which may hold
    /// a text that is gone. Not raised by the first load, nor by this engine's own writes applied at once.
    /// </summary>
    public event Action? Erased;

    /// <summary>Reads and applies every change after the index's position (a snapshot when it has none, or on reload).</summary>
    public async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        var erased = false;
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (Position < 0)
            {
                await LoadAsync(cancellationToken).ConfigureAwait(false);
                return;
            }

            while (true)
            {
                var page = await _store.ReadChangesAsync(Position, _options.FeedPageSize, cancellationToken).ConfigureAwait(false);
                if (page.Reload)
                {
                    erased = true;
                    await LoadAsync(cancellationToken).ConfigureAwait(false);
                    return;
                }

                erased |= page.Deletes.Count > 0;
                ApplyPage(page.Deletes, page.Upserts, page.Position);
                if (!page.HasMore)
                {
                    return;
                }
            }
        }
        finally
        {
            _gate.Release();
            if (erased)
            {
                Erased?.Invoke();
            }
        }
    }

    /// <summary>
    /// Applies a write this engine committed, from its change set and receipt, when the index was exactly at the position
    /// before it; otherwise leaves the index where it is (the next search reads the feed, this write included).
    /// </summary>
    public async Task ApplyOwnAsync(MemoryChangeSet changes, MemoryChangeReceipt receipt)
    {
        // Not cancellable: the write has committed, and skipping this would only cost the next search a feed read.
        await _gate.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        try
        {
            if (Position < 0 || Position != receipt.PositionBefore || receipt.Position == receipt.PositionBefore)
            {
                return;
            }

            var upserts = new List<MemoryFeedEntry>(changes.Upserts.Count);
            foreach (var stored in changes.Upserts)
            {
                if (!receipt.Sequences.TryGetValue(stored.Item.Id, out var seq))
                {
                    return;
                }

                // An update with no embedding keeps the stored one (and its contextual one while the text is the same).
                var embedding = stored.Embedding.IsEmpty ? Own.VectorOf(seq) : stored.Embedding;
                if (embedding.IsEmpty)
                {
                    return;
                }

                var context = stored.ContextEmbedding;
                if (context.IsEmpty && HashOf(seq) is { } hash && string.Equals(hash, stored.Item.Hash, StringComparison.Ordinal))
                {
                    context = Context.VectorOf(seq);
                }

                upserts.Add(new MemoryFeedEntry(seq, stored with { Embedding = embedding, ContextEmbedding = context }));
            }

            ApplyPage(changes.Deletes, upserts, receipt.Position);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The store id of arrival sequence <paramref name="seq"/>, if indexed.</summary>
    public bool TryGetId(long seq, out Guid id)
    {
        lock (_idsLock)
        {
            var found = _bySeq.TryGetValue(seq, out var entry);
            id = entry.Id;
            return found;
        }
    }

    /// <summary>The arrival sequence of <paramref name="id"/>, if indexed.</summary>
    public bool TryGetSeq(Guid id, out long seq)
    {
        lock (_idsLock)
        {
            return _seqById.TryGetValue(id, out seq);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _subscription?.Dispose();
        Own.Dispose();
        Context.Dispose();
        Keywords.Dispose();
        _gate.Dispose();
    }

    private string? HashOf(long seq)
    {
        lock (_idsLock)
        {
            return _bySeq.TryGetValue(seq, out var entry) ? entry.Hash : null;
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var memories = new Dictionary<Guid, MemoryFeedEntry>();
        long position = 0;
        while (true)
        {
            var page = await _store.ReadChangesAsync(position, _options.FeedPageSize, cancellationToken).ConfigureAwait(false);
            if (page.Reload)
            {
                // Reset while loading: start over.
                memories.Clear();
                position = 0;
                continue;
            }

            foreach (var id in page.Deletes)
            {
                memories.Remove(id);
            }

            foreach (var entry in page.Upserts)
            {
                memories[entry.Memory.Item.Id] = entry;
            }

            position = page.Position;
            if (!page.HasMore)
            {
                break;
            }
        }

        var own = new List<VectorEntry>(memories.Count);
        var context = new List<VectorEntry>();
        lock (_idsLock)
        {
            _seqById.Clear();
            _bySeq.Clear();
            foreach (var (id, entry) in memories)
            {
                _seqById[id] = entry.Sequence;
                _bySeq[entry.Sequence] = (id, entry.Memory.Item.Hash);
            }
        }

        foreach (var entry in memories.Values)
        {
            own.Add(Entry(entry, entry.Memory.Embedding));
            if (!entry.Memory.ContextEmbedding.IsEmpty)
            {
                context.Add(Entry(entry, entry.Memory.ContextEmbedding));
            }
        }

        Keywords.Clear();
        var contexts = _keywordContext.Load(memories.Values);
        Keywords.ApplyWithContext([], memories.Values.Select(e => KeywordDocument(e, contexts)));
        Own.Load(_dimensions, position, own);
        Context.Load(_dimensions, position, context);

        // The rows were read to build the index anyway: keep them (the newest, up to the cache's bound), so the first
        // searches after a load read no row from the store.
        var budget = _options.RowCacheBytes;
        Own.CacheRows(position, [.. memories.Values
            .OrderByDescending(e => e.Sequence)
            .TakeWhile(e => (budget -= VectorIndex.RowBytes(e.Memory.Item)) >= 0)
            .Select(e => (e.Sequence, e.Memory.Item))]);
        Interlocked.Exchange(ref _position, position);
        Log.IndexLoaded(_logger, memories.Count, position, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    // The keyword index, with each memory's keyword context (KeywordContext; none when it is off): an upsert is indexed
    // with its context, and a memory whose context changed with the page (the one after a deleted or new memory) gets it
    // replaced.
    private void ApplyKeywords(IReadOnlyList<long> deleted, IReadOnlyList<MemoryFeedEntry> upserts)
    {
        var contexts = _keywordContext.Apply(deleted, upserts);
        Keywords.ApplyWithContext(deleted, upserts.Select(e => KeywordDocument(e, contexts)));
        if (contexts.Count > 0)
        {
            var written = upserts.Select(e => e.Sequence).ToHashSet();
            Keywords.SetContext(contexts.Where(c => !written.Contains(c.Key)).Select(c => (c.Key, c.Value)));
        }
    }

    private static (long Seq, string? Project, string Text, string Context) KeywordDocument(MemoryFeedEntry e, Dictionary<long, string> contexts) =>
        (e.Sequence, e.Memory.Item.Scope.ProjectId, e.Memory.Item.Text, contexts.GetValueOrDefault(e.Sequence, string.Empty));

    private void ApplyPage(IReadOnlyList<Guid> deletes, IReadOnlyList<MemoryFeedEntry> upserts, long position)
    {
        var before = Position;
        var deleted = new List<long>(deletes.Count);
        lock (_idsLock)
        {
            foreach (var id in deletes)
            {
                if (_seqById.Remove(id, out var seq))
                {
                    _bySeq.Remove(seq);
                    deleted.Add(seq);
                }
            }

            foreach (var entry in upserts)
            {
                // An id whose sequence changed (deleted and inserted again elsewhere) leaves its old slot.
                if (_seqById.TryGetValue(entry.Memory.Item.Id, out var old) && old != entry.Sequence)
                {
                    _bySeq.Remove(old);
                    deleted.Add(old);
                }

                _seqById[entry.Memory.Item.Id] = entry.Sequence;
                _bySeq[entry.Sequence] = (entry.Memory.Item.Id, entry.Memory.Item.Hash);
            }
        }

        var own = upserts.Select(e => Entry(e, e.Memory.Embedding)).ToList();
        var context = upserts.Where(e => !e.Memory.ContextEmbedding.IsEmpty).Select(e => Entry(e, e.Memory.ContextEmbedding)).ToList();
        var contextDropped = upserts.Where(e => e.Memory.ContextEmbedding.IsEmpty).Select(e => e.Sequence);
        ApplyKeywords(deleted, upserts);
        Own.Apply(before, position, own, deleted);
        Context.Apply(before, position, context, [.. deleted, .. contextDropped]);

        // The rows just written are current: keep them, so searching right after a write reads nothing.
        Own.CacheRows(position, [.. upserts.Select(e => (e.Sequence, e.Memory.Item))]);
        Interlocked.Exchange(ref _position, position);
    }

    private static VectorEntry Entry(MemoryFeedEntry entry, ReadOnlyMemory<float> vector)
    {
        var item = entry.Memory.Item;
        return new VectorEntry(
            entry.Sequence, item.Scope, item.ValidFrom.ToUnixTimeMilliseconds(), item.ValidTo?.ToUnixTimeMilliseconds(),
            item.ExpiresAt?.ToUnixTimeMilliseconds(), item.SupersededBy is not null, vector.ToArray(), item.CreatedAt.ToUnixTimeMilliseconds(),
            item.ActorId);
    }
}
