using System.Runtime.CompilerServices;

namespace Mnemo.Indexing;

/// <summary>
/// Neighbours in arrival order, answered from the slots the index already holds. Besides the slots, the index keeps
/// every memory's (created, seq) key in one sorted array, maintained on writes: appended in the usual case (a new
/// memory is the latest), inserted otherwise (an import of older memories). Removed or re-timed memories leave stale
/// keys behind, recognised by their slot no longer holding that key, and compacted away once they reach a quarter.
/// </summary>
internal sealed partial class VectorIndex
{
    private (long Created, long Seq)[] _order = [];
    private int _orderCount;
    private int _orderStale;

    /// <summary>
    /// For each of <paramref name="targets"/> (row ids) that is an active memory of <paramref name="scope"/>, the up to
    /// <paramref name="radius"/> active memories of the scope on each side of it in arrival order (created, then seq).
    /// One pass over the scope's slots: each slot is offered only to the targets it can be within
    /// <paramref name="radius"/> of, found by binary search among the sorted targets, so the cost is the scope's size,
    /// not its size times the targets. <see langword="null"/> when the index is not loaded or not at
    /// <paramref name="generation"/> (its change-feed position).
    /// </summary>
    /// <returns>(target row id, offset: negative before it, positive after it, neighbour row id).</returns>
    // Compiled optimised at the first call, as the vector scans are (VectorIndex.cs): as tier-0 code the posting scan
    // below took 1-3 ms per search with 50 targets in a 500-memory scope, against 0.2-0.5 ms optimised.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public List<(long Of, int Offset, long Seq)>? Neighbours(
        long generation, MemoryScope scope, long asOf, bool includeSuperseded, bool includeExpired, IReadOnlyCollection<long> targets, int radius)
    {
        _lock.EnterReadLock();
        try
        {
            if (!_loaded || _generation != generation)
            {
                return null;
            }

            var want = new int[FieldCount];
            if (!TryResolve(scope, want))
            {
                return [];
            }

            var filter = new SlotFilter(want, asOf, includeSuperseded, includeExpired);
            var keys = new List<(long Created, long Seq)>(targets.Count);
            foreach (var seq in targets)
            {
                if (_slotBySeq.TryGetValue(seq, out var slot) && filter.Matches(in _slots[slot]))
                {
                    keys.Add((_slots[slot].Created, seq));
                }
            }

            if (keys.Count == 0 || radius <= 0)
            {
                return [];
            }

            keys.Sort();
            var sorted = keys.ToArray();
            var before = new Nearest[sorted.Length];
            var after = new Nearest[sorted.Length];
            for (var i = 0; i < sorted.Length; i++)
            {
                before[i] = new Nearest(radius, descending: true);
                after[i] = new Nearest(radius, descending: false);
            }

            // Either walk outwards from each target in the arrival order, which passes other scopes' memories (about
            // live / scope of them per step), or scan the scope's posting list once: whichever visits fewer slots.
            var posting = SmallestPosting(want);
            if ((double)posting.Count * posting.Count >= 2.0 * sorted.Length * radius * _live)
            {
                for (var i = 0; i < sorted.Length; i++)
                {
                    Walk(i);
                }
            }
            else
            {
                foreach (var slot in posting)
                {
                    OfferSlot(slot);
                }
            }

            var links = new List<(long Of, int Offset, long Seq)>(sorted.Length * radius * 2);
            for (var i = 0; i < sorted.Length; i++)
            {
                var offset = 0;
                foreach (var key in before[i].Ordered())
                {
                    links.Add((sorted[i].Seq, --offset, key.Seq));
                }

                offset = 0;
                foreach (var key in after[i].Ordered())
                {
                    links.Add((sorted[i].Seq, ++offset, key.Seq));
                }
            }

            return links;

            [MethodImpl(MethodImplOptions.AggressiveOptimization)]
            void Walk(int target)
            {
                var at = LowerBound(_order, _orderCount, sorted[target]);
                var found = 0;
                for (var i = at - 1; i >= 0 && found < radius; i--)
                {
                    if (Live(i, out var slot) && filter.Matches(in _slots[slot]))
                    {
                        before[target].Offer(_order[i]);
                        found++;
                    }
                }

                found = 0;
                for (var i = at; i < _orderCount && found < radius; i++)
                {
                    if (_order[i] != sorted[target] && Live(i, out var slot) && filter.Matches(in _slots[slot]))
                    {
                        after[target].Offer(_order[i]);
                        found++;
                    }
                }
            }

            [MethodImpl(MethodImplOptions.AggressiveOptimization)]
            void OfferSlot(int slot)
            {
                ref readonly var s = ref _slots[slot];
                if (!filter.Matches(in s))
                {
                    return;
                }

                var key = (s.Created, s.Seq);

                // lower: targets before this slot; upper: targets up to and including it (itself, when it is a target).
                var lower = LowerBound(sorted, sorted.Length, key);
                var upper = lower < sorted.Length && sorted[lower] == key ? lower + 1 : lower;

                // A slot is within radius after target j only if fewer than radius targets lie between them (each target
                // is itself a memory of the scope), so only the radius targets on either side can take it.
                for (var j = lower - 1; j >= 0 && j >= lower - radius; j--)
                {
                    after[j].Offer(key);
                }

                for (var j = upper; j < sorted.Length && j < upper + radius; j++)
                {
                    before[j].Offer(key);
                }
            }
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    // Whether the order's entry i is a memory's current key (not one left by a removal, a re-timing or a repeat).
    private bool Live(int i, out int slot)
    {
        var (created, seq) = _order[i];
        return _slotBySeq.TryGetValue(seq, out slot) && _slots[slot].Created == created && (i == 0 || _order[i - 1] != _order[i]);
    }

    private void RebuildOrder()
    {
        var order = new (long Created, long Seq)[Math.Max(1024, _live + (_live / 4))];
        var n = 0;
        for (var slot = 0; slot < _highWater; slot++)
        {
            if (_slots[slot].Used)
            {
                order[n++] = (_slots[slot].Created, _slots[slot].Seq);
            }
        }

        Array.Sort(order, 0, n);
        _order = order;
        _orderCount = n;
        _orderStale = 0;
    }

    private void InsertOrder(long created, long seq)
    {
        if (_orderCount == _order.Length)
        {
            Array.Resize(ref _order, Math.Max(1024, _order.Length * 2));
        }

        var key = (created, seq);
        var at = _orderCount > 0 && Compare(_order[_orderCount - 1], key) < 0 ? _orderCount : LowerBound(_order, _orderCount, key);
        Array.Copy(_order, at, _order, at + 1, _orderCount - at);
        _order[at] = key;
        _orderCount++;
    }

    private static int Compare((long Created, long Seq) a, (long Created, long Seq) b) =>
        a.Created != b.Created ? a.Created.CompareTo(b.Created) : a.Seq.CompareTo(b.Seq);

    private static int LowerBound((long Created, long Seq)[] sorted, int length, (long Created, long Seq) key)
    {
        int lo = 0, hi = length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Compare(sorted[mid], key) < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>
    /// The <c>radius</c> keys nearest to a target on one side: the largest ones below it (before) or the smallest ones
    /// above it (after). Order-independent, so the single pass may offer keys in any slot order.
    /// </summary>
    private sealed class Nearest(int capacity, bool descending)
    {
        private readonly List<(long Created, long Seq)> _keys = new(capacity);

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Offer((long Created, long Seq) key)
        {
            // Kept sorted nearest first; capacity is small (the radius), so insertion is cheap.
            var at = _keys.Count;
            while (at > 0 && Closer(key, _keys[at - 1]))
            {
                at--;
            }

            if (at >= capacity)
            {
                return;
            }

            if (_keys.Count == capacity)
            {
                _keys.RemoveAt(_keys.Count - 1);
            }

            _keys.Insert(at, key);
        }

        public List<(long Created, long Seq)> Ordered() => _keys;

        private bool Closer((long, long) a, (long, long) b) => descending ? a.CompareTo(b) > 0 : a.CompareTo(b) < 0;
    }
}
