namespace Mnemo;

/// <summary>
/// The rows searches read, kept beside the slots: a memory's <see cref="MemoryItem"/> lives exactly as long as its slot
/// (every write of the memory replaces or frees the slot, a reload starts empty), so no write, delete or forget can
/// leave a stale or erased row behind.
/// </summary>
internal sealed partial class VectorIndex
{
    /// <summary>Rows kept at most; past it, rows are read from SQLite every time. About 1 KB each.</summary>
    public const int MaxCachedRows = 50_000;

    private MemoryItem?[] _items = new MemoryItem?[1024];
    private int _cachedRows;

    /// <summary>The row of <paramref name="seq"/> as a search read it at this generation, or <see langword="null"/>.</summary>
    public MemoryItem? CachedRow(long seq)
    {
        _lock.EnterReadLock();
        try
        {
            return _loaded && _slotBySeq.TryGetValue(seq, out var slot) ? Volatile.Read(ref _items[slot]) : null;
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>
    /// Keeps <paramref name="item"/>, the row of <paramref name="seq"/> read while the index was at
    /// <paramref name="generation"/>. Ignored when a write has moved the index on since: the row may predate it. A row
    /// read after a write committed but before the index applied it is removed when the index applies it.
    /// </summary>
    public void CacheRow(long generation, long seq, MemoryItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        _lock.EnterReadLock();
        try
        {
            if (!_loaded || _generation != generation || !_slotBySeq.TryGetValue(seq, out var slot) || Volatile.Read(ref _cachedRows) >= MaxCachedRows)
            {
                return;
            }

            // Readers may race to the same slot with the same row; only the first counts.
            if (Interlocked.CompareExchange(ref _items[slot], item, null) is null)
            {
                Interlocked.Increment(ref _cachedRows);
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
        if (slot < _items.Length && _items[slot] is not null)
        {
            _items[slot] = null;
            _cachedRows--;
        }
    }

    /// <summary>Drops every kept row and sizes the array for <paramref name="capacity"/> slots; callers hold the write lock.</summary>
    private void ResetRows(int capacity)
    {
        _items = new MemoryItem?[capacity];
        _cachedRows = 0;
    }
}
