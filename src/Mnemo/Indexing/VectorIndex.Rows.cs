using Mnemo.Searching;

namespace Mnemo.Indexing;

/// <summary>
/// The rows searches read, kept beside the slots: a memory's <see cref="MemoryItem"/> lives exactly as long as its slot
/// (every write of the memory replaces or frees the slot, a reload starts empty), so no write, delete or forget can
/// leave a stale or erased row behind. Each kept row has its word count beside it, counted once when the row is kept:
/// the length prior reads it instead of scanning the whole text of every candidate on every search.
/// </summary>
internal sealed partial class VectorIndex
{
    private MemoryItem?[] _items = new MemoryItem?[1024];
    private int[] _wordCounts = new int[1024];
    private long _cachedBytes;

    /// <summary>
    /// An estimate of what keeping <paramref name="item"/> costs: its text (UTF-16) plus the record and its fields; the
    /// row cache holds up to <see cref="IndexOptions.RowCacheBytes"/> of them.
    /// </summary>
    public static long RowBytes(MemoryItem item) => 512 + (2L * item.Text.Length);

    /// <summary>
    /// Splits <paramref name="seqs"/> into the rows kept for them, each with its word count (added to
    /// <paramref name="found"/>), and the ones to read (added to <paramref name="missing"/>), under one read lock.
    /// </summary>
    public void CachedRows(IEnumerable<long> seqs, List<(long Seq, MemoryItem Item, int Words)> found, List<long> missing)
    {
        _lock.EnterReadLock();
        try
        {
            foreach (var seq in seqs)
            {
                // The count is written before the row is published (CacheRows), so a row read here has its own.
                if (_loaded && _slotBySeq.TryGetValue(seq, out var slot) && Volatile.Read(ref _items[slot]) is { } item)
                {
                    found.Add((seq, item, _wordCounts[slot]));
                }
                else
                {
                    missing.Add(seq);
                }
            }
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>
    /// For each of <paramref name="seqs"/>: the row kept for it (<see langword="null"/> when none is kept), its word count,
    /// and the cosine of <paramref name="query"/> with its vector, computed in place (NaN when no vector is kept or the
    /// dimensions differ); all under one read lock, nothing copied.
    /// </summary>
    public void CachedRowsWithSimilarities(ReadOnlySpan<float> query, ReadOnlySpan<long> seqs, MemoryItem?[] items, int[] words, Span<float> similarities)
    {
        _lock.EnterReadLock();
        try
        {
            for (var i = 0; i < seqs.Length; i++)
            {
                if (_loaded && _slotBySeq.TryGetValue(seqs[i], out var slot))
                {
                    var item = Volatile.Read(ref _items[slot]);
                    items[i] = item;
                    words[i] = item is null ? 0 : _wordCounts[slot];
                    similarities[i] = SimilarityAt(query, slot);
                }
                else
                {
                    items[i] = null;
                    similarities[i] = float.NaN;
                }
            }
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>
    /// Keeps <paramref name="rows"/>, read while the index was at <paramref name="generation"/>. Ignored when a write
    /// has moved the index on since: the rows may predate it. A row read after a write committed but before the index
    /// applied it is removed when the index applies it.
    /// </summary>
    public void CacheRows(long generation, IReadOnlyList<(long Seq, MemoryItem Item)> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var words = new int[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            words[i] = HybridScorer.CountWords(rows[i].Item.Text);
        }

        _lock.EnterReadLock();
        try
        {
            if (!_loaded || _generation != generation)
            {
                return;
            }

            for (var i = 0; i < rows.Count; i++)
            {
                var (seq, item) = rows[i];

                // Readers may race to the same slot with the same row; only the first counts. The count goes first: the
                // exchange publishes the row with it.
                if (Interlocked.Read(ref _cachedBytes) < Settings.RowCacheBytes
                    && _slotBySeq.TryGetValue(seq, out var slot)
                    && Volatile.Read(ref _items[slot]) is null)
                {
                    _wordCounts[slot] = words[i];
                    if (Interlocked.CompareExchange(ref _items[slot], item, null) is null)
                    {
                        Interlocked.Add(ref _cachedBytes, RowBytes(item));
                    }
                }
            }
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>
    /// Like <see cref="CachedRows"/>, with each kept row's vector (a copy of the index's float32 vector, which is the
    /// stored embedding): what a neighbour lookup returns, so rows kept need neither the row nor the vector read.
    /// </summary>
    public void CachedRowsWithVectors(IEnumerable<long> seqs, List<(long Seq, StoredMemory Memory)> found, List<long> missing) =>
        Collect(seqs, static (index, item, slot) => new StoredMemory(item, index._vectors.AsSpan(slot * index._dimensions, index._dimensions).ToArray()), found, missing);

    private void Collect<T>(IEnumerable<long> seqs, Func<VectorIndex, MemoryItem, int, T> make, List<(long Seq, T Value)> found, List<long> missing)
    {
        _lock.EnterReadLock();
        try
        {
            foreach (var seq in seqs)
            {
                if (_loaded && _slotBySeq.TryGetValue(seq, out var slot) && Volatile.Read(ref _items[slot]) is { } item)
                {
                    found.Add((seq, make(this, item, slot)));
                }
                else
                {
                    missing.Add(seq);
                }
            }
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>Drops the row kept for <paramref name="slot"/>; callers hold the write lock.</summary>
    private void ForgetRow(int slot)
    {
        if (slot < _items.Length && _items[slot] is { } item)
        {
            _items[slot] = null;
            _cachedBytes -= RowBytes(item);
        }
    }

    /// <summary>Drops every kept row and sizes the array for <paramref name="capacity"/> slots; callers hold the write lock.</summary>
    private void ResetRows(int capacity)
    {
        _items = new MemoryItem?[capacity];
        _wordCounts = new int[capacity];
        _cachedBytes = 0;
    }
}
