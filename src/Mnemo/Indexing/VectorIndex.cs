using System.Buffers;
using System.Numerics;
using System.Numerics.Tensors;
using System.Runtime.CompilerServices;

namespace Mnemo.Indexing;

/// <summary>
/// In-memory vector search. All vectors sit in one contiguous float32 array (slot-major) next to per-slot scope ids and
/// activity times, with posting lists per (field, value) so a scoped search visits only the smallest candidate set.
/// Vectors are unit length, so the dot product is the cosine. Guarded by a reader-writer lock: many searches, one writer.
/// </summary>
/// <remarks>
/// <para>
/// Two passes. Candidate selection is quantised: each vector also has an int8 copy (<see cref="Int8Dot"/>, a quarter of
/// the memory traffic of float32), and the first pass keeps the best <c>max(4 N, 256)</c> candidates by integer dot
/// product. Scores are exact: that shortlist is rescored in float32 and the top N returned carry the exact cosine.
/// A scope with no more candidates than the shortlist is scanned exactly in one pass.
/// </para>
/// <para>
/// From <see cref="BinaryThreshold"/> candidates (default 50k), a 1-bit pass comes first: each vector also has a sign
/// code (one bit per dimension, set when the component is above the index's mean vector: 48 bytes for 384 dimensions),
/// and only the <c>max(4096, candidates / 16)</c> nearest codes by Hamming distance go on to the int8 pass, which so
/// reads a sixteenth of the int8 codes. Measured recall@10 on 70k clustered, anisotropic 384-dim vectors: 0.99 (0.84
/// without the centring). The 1-bit pass checks scope and activity on every slot it reads (a sequential scan), so the
/// int8 pass over its shortlist reads codes only, prefetched a few candidates ahead because they lie scattered.
/// </para>
/// <para>
/// The cost is recall, not score accuracy: a memory whose quantised score falls outside the shortlist although its exact
/// score is in the top N is missed. Measured on 20k random 384-dim unit vectors, 50 queries, N = 10 and 50: recall@N
/// 1.000 (VectorIndexQuantisationTests). Random vectors have small score gaps near the top, which is the hard case;
/// clustered real embeddings separate more.
/// </para>
/// </remarks>
internal sealed partial class VectorIndex : IDisposable
{
    private const int ProjectField = 0;
    private const int FieldCount = 5;
    private const int CenterMinimum = 1_000;

    // How many candidates ahead the int8 pass prefetches codes. Measured at 100k memories (1-bit pass on): vector search
    // p50 1.84 ms without, 1.43 ms 4 ahead, 1.40 ms 8 ahead, 1.44 ms 16 ahead.
    private const int PrefetchAhead = 8;

    private static readonly HashSet<int> NoSlots = [];

    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);
    private readonly Dictionary<string, int> _interned = new(StringComparer.Ordinal);
    private readonly List<string> _internedValues = [];
    private readonly Dictionary<long, int> _slotBySeq = [];
    private readonly Dictionary<(int Field, int Value), HashSet<int>> _postings = [];
    private readonly Stack<int> _free = new();
    private int _dimensions;
    private float[] _vectors = [];
    private sbyte[] _codes = [];
    private float[] _factors = [];
    private ulong[] _bits = [];
    private float[] _center = [];
    private int _words;
    private int _centeredAt;
    private Slot[] _slots = [];
    private int _highWater;
    private int _live;
    private bool _loaded;
    private long _generation = -1;

    /// <summary>
    /// Candidate count from which the first pass is split over the cores. Default 30,000: below it the fork and join
    /// cost more than they save on a 2-core machine.
    /// </summary>
    public int ParallelThreshold { get; init; } = 30_000;

    /// <summary>Number of indexed memories (every scope), or 0 when not loaded.</summary>
    public long Count
    {
        get
        {
            _lock.EnterReadLock();
            try
            {
                return _loaded ? _live : 0;
            }
            finally
            {
                _lock.ExitReadLock();
            }
        }
    }

    /// <summary>A copy of the vector kept for <paramref name="seq"/>; empty when there is none or the index is not loaded.</summary>
    public ReadOnlyMemory<float> VectorOf(long seq)
    {
        _lock.EnterReadLock();
        try
        {
            return _loaded && _slotBySeq.TryGetValue(seq, out var slot) ? _vectors.AsSpan(slot * _dimensions, _dimensions).ToArray() : ReadOnlyMemory<float>.Empty;
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>
    /// Writes the cosine of <paramref name="query"/> with the vector kept for each of <paramref name="seqs"/> into
    /// <paramref name="similarities"/>, computed on the index's own float32 vectors under one read lock (no copy, unlike
    /// <see cref="VectorOf"/>): exactly the dot product a copy would give. NaN where no vector is kept, the index is not
    /// loaded, or the dimensions differ.
    /// </summary>
    public void Similarities(ReadOnlySpan<float> query, ReadOnlySpan<long> seqs, Span<float> similarities)
    {
        _lock.EnterReadLock();
        try
        {
            for (var i = 0; i < seqs.Length; i++)
            {
                similarities[i] = _loaded && _slotBySeq.TryGetValue(seqs[i], out var slot) ? SimilarityAt(query, slot) : float.NaN;
            }
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    // The cosine of query with the unit vector in slot, read in place (the caller holds the lock); NaN when the
    // dimensions differ.
    private float SimilarityAt(ReadOnlySpan<float> query, int slot) =>
        query.Length == _dimensions ? TensorPrimitives.Dot(query, new ReadOnlySpan<float>(_vectors, slot * _dimensions, _dimensions)) : float.NaN;

    /// <summary>
    /// Candidate count from which a 1-bit pass picks the int8 pass's candidates. Default 50,000: below it the int8 scan
    /// of every candidate is fast enough. <see cref="int.MaxValue"/> turns the 1-bit pass off.
    /// </summary>
    public int BinaryThreshold { get; init; } = 50_000;

    /// <summary>
    /// How many times fewer candidates each approximate pass keeps for a near-duplicate check (<c>nearOnly</c> in
    /// <see cref="Search"/>) than for a search: 8. At 100k memories the int8 pass then reads 781 vectors instead of 6,250,
    /// and of the default 10 near-duplicate candidates' shortlist 40 are rescored exactly instead of 256.
    /// </summary>
    public const int NearShortlist = 8;

    /// <summary>The sizes of the approximate passes (shortlist, 1-bit keep); the engine's <see cref="MnemoOptions.Candidates"/>.</summary>
    public CandidateOptions Candidates { get; init; } = new();

    /// <summary>The row cache's bound and the actor cache's size; the engine's <see cref="MnemoOptions.Index"/>.</summary>
    public IndexOptions Settings { get; init; } = new();

    /// <summary>The change-feed position the index reflects, or <see langword="null"/> when not loaded.</summary>
    public long? Generation
    {
        get
        {
            _lock.EnterReadLock();
            try
            {
                return _loaded ? _generation : null;
            }
            finally
            {
                _lock.ExitReadLock();
            }
        }
    }

    /// <summary>
    /// The row ids of every memory of <paramref name="scope"/> active at <paramref name="asOf"/>, as a set, when the
    /// scope's smallest posting list holds at most <paramref name="maxScope"/> memories; <see langword="null"/> when it
    /// holds more (the caller then works without the set; never without a bound). Empty when the index is not loaded or
    /// nothing can match. Used for keyword scoring within a small scope, and for a filter only the store can evaluate
    /// over the whole scope.
    /// </summary>
    public HashSet<long>? ActiveSet(MemoryScope scope, long asOf, bool includeSuperseded, bool includeExpired, long maxScope = long.MaxValue)
    {
        _lock.EnterReadLock();
        try
        {
            var want = new int[FieldCount];
            if (!_loaded || !TryResolve(scope, want))
            {
                return [];
            }

            var posting = SmallestPosting(want);
            if (posting.Count > maxScope)
            {
                return null;
            }

            var filter = new SlotFilter(want, asOf, includeSuperseded, includeExpired);
            var seqs = new HashSet<long>(posting.Count);
            foreach (var slot in posting)
            {
                if (filter.Matches(in _slots[slot]))
                {
                    seqs.Add(_slots[slot].Seq);
                }
            }

            return seqs;
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>
    /// The first <paramref name="take"/> of <paramref name="seqs"/>, in their order, that are memories of
    /// <paramref name="scope"/> active at <paramref name="asOf"/>; <see langword="null"/> when the index is not loaded
    /// (the caller then relies on its SQL checks alone). Lets keyword hits ranked by BM25 alone be checked without
    /// reading their rows.
    /// </summary>
    public List<long>? TakeActive(IEnumerable<long> seqs, MemoryScope scope, long asOf, bool includeSuperseded, bool includeExpired, int take)
    {
        _lock.EnterReadLock();
        try
        {
            if (!_loaded)
            {
                return null;
            }

            var want = new int[FieldCount];
            if (!TryResolve(scope, want))
            {
                return [];
            }

            var filter = new SlotFilter(want, asOf, includeSuperseded, includeExpired);
            var kept = new List<long>(take);
            foreach (var seq in seqs)
            {
                if (kept.Count >= take)
                {
                    break;
                }

                if (_slotBySeq.TryGetValue(seq, out var slot) && filter.Matches(in _slots[slot]))
                {
                    kept.Add(seq);
                }
            }

            return kept;
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>Replaces the whole content with <paramref name="entries"/> as of <paramref name="generation"/>.</summary>
    public void Load(int dimensions, long generation, IReadOnlyCollection<VectorEntry> entries)
    {
        _lock.EnterWriteLock();
        try
        {
            _dimensions = dimensions;
            _slotBySeq.Clear();
            _postings.Clear();
            _free.Clear();
            var capacity = Math.Max(1024, entries.Count + (entries.Count / 4));
            _vectors = new float[(long)capacity * dimensions <= Array.MaxLength ? capacity * dimensions : throw new InvalidOperationException("Too many vectors for one index.")];
            _codes = new sbyte[capacity * dimensions];
            _factors = new float[capacity];
            _words = (dimensions + 63) / 64;
            _bits = new ulong[capacity * _words];
            _center = new float[dimensions];
            _centeredAt = 0;
            _slots = new Slot[capacity];
            ResetRows(capacity);
            _actorsByScope.Clear();
            _highWater = 0;
            _live = 0;
            foreach (var entry in entries)
            {
                Upsert(entry);
            }

            RebuildOrder();
            Recenter();

            _generation = generation;
            _loaded = true;
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>
    /// Applies one committed write. When the index did not reflect exactly the generation before it (another process
    /// wrote in between), it is dropped instead and reloads on the next search.
    /// </summary>
    public void Apply(long generationBefore, long generationAfter, IReadOnlyList<VectorEntry> upserts, IReadOnlyCollection<long> deletes)
    {
        _lock.EnterWriteLock();
        try
        {
            if (!_loaded)
            {
                return;
            }

            if (_generation != generationBefore)
            {
                _loaded = false;
                return;
            }

            foreach (var seq in deletes)
            {
                if (_slotBySeq.ContainsKey(seq))
                {
                    _orderStale++;
                }

                Remove(seq);
            }

            foreach (var entry in upserts)
            {
                long? created = _slotBySeq.TryGetValue(entry.Seq, out var old) ? _slots[old].Created : null;
                Upsert(entry);
                if (created != entry.Created && _slotBySeq.ContainsKey(entry.Seq))
                {
                    _orderStale += created is null ? 0 : 1;
                    InsertOrder(entry.Created, entry.Seq);
                }
            }

            if (_orderStale > 1024 && _orderStale * 4 > _orderCount)
            {
                RebuildOrder();
            }

            Recenter();
            _generation = generationAfter;
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>Forgets everything; the next search reloads.</summary>
    public void Invalidate()
    {
        _lock.EnterWriteLock();
        try
        {
            _loaded = false;
            _slotBySeq.Clear();
            _postings.Clear();
            _free.Clear();
            _vectors = [];
            _codes = [];
            _factors = [];
            _bits = [];
            _center = [];
            _centeredAt = 0;
            _slots = [];
            ResetRows(0);
            _actorsByScope.Clear();
            _highWater = 0;
            _live = 0;
            _order = [];
            _orderCount = 0;
            _orderStale = 0;
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>
    /// The top <paramref name="count"/> memories of <paramref name="scope"/> active at <paramref name="asOf"/> by
    /// similarity to <paramref name="query"/>, best first. <paramref name="allowed"/>, when given, limits the scan to
    /// those row ids (a filter computed in SQL). With <paramref name="nearOnly"/> only memories nearly identical to the
    /// query are wanted (a near-duplicate check): they lead the 1-bit and int8 rankings, so both passes keep
    /// <see cref="NearShortlist"/> times fewer candidates; hits further away may be missing.
    /// </summary>
    public IReadOnlyList<VectorHit> Search(
        ReadOnlySpan<float> query, MemoryScope scope, long asOf, bool includeSuperseded, bool includeExpired,
        IReadOnlyCollection<long>? allowed, int count, bool nearOnly = false)
    {
        if (count <= 0)
        {
            return [];
        }

        var q = query.ToArray();
        _lock.EnterReadLock();
        try
        {
            if (!_loaded || q.Length != _dimensions)
            {
                return [];
            }

            var want = new int[FieldCount];
            if (!TryResolve(scope, want))
            {
                return [];
            }

            int[]? candidates = null;
            if (allowed is not null)
            {
                candidates = allowed.Select(s => _slotBySeq.TryGetValue(s, out var slot) ? slot : -1).Where(s => s >= 0).ToArray();
            }
            else
            {
                var smallest = SmallestPosting(want);
                if (smallest.Count == 0)
                {
                    return [];
                }

                // A posting list covering most of the index is cheaper to scan in slot order (sequential memory).
                if (smallest.Count * 2 < _live)
                {
                    candidates = [.. smallest];
                }
            }

            var filter = new SlotFilter(want, asOf, includeSuperseded, includeExpired);
            var total = candidates?.Length ?? _highWater;
            var shortlist = Math.Max(Candidates.ShortlistFactor * count, Candidates.MinShortlist);
            var binaryKeep = Math.Max(Candidates.BinaryKeepMin, total / Candidates.BinaryKeepDivisor);
            if (nearOnly)
            {
                shortlist = Math.Max(Candidates.ShortlistFactor * count, Candidates.MinShortlist / NearShortlist);
                binaryKeep /= NearShortlist;
            }

            if (total <= shortlist)
            {
                return Sorted(ScanExact(q, filter, candidates, total, count));
            }

            // Candidates of the 1-bit pass have passed the filter already: the int8 pass then reads codes, not slots.
            var checkFilter = true;
            if (total >= BinaryThreshold)
            {
                // 1-bit pass: the int8 pass then scans only the nearest fraction by Hamming distance.
                candidates = BinaryShortlist(q, filter, candidates, total, binaryKeep);
                total = candidates.Length;
                checkFilter = false;
            }

            var codes = new sbyte[q.Length];
            Int8Dot.Quantize(q, codes);
            var wide = Int8Dot.Widen(codes);
            var workers = total >= ParallelThreshold ? Math.Min(Environment.ProcessorCount, 16) : 1;
            PriorityQueue<int, float> approximate;
            if (workers <= 1)
            {
                approximate = ScanQuantised(wide, checkFilter, filter, candidates, 0, total, shortlist);
            }
            else
            {
                var partial = new PriorityQueue<int, float>[workers];
                var chunk = (total + workers - 1) / workers;
                Parallel.For(0, workers, w =>
                {
                    var start = w * chunk;
                    partial[w] = ScanQuantised(wide, checkFilter, filter, candidates, start, Math.Min(total, start + chunk), shortlist);
                });

                approximate = partial[0];
                for (var w = 1; w < workers; w++)
                {
                    while (partial[w].TryDequeue(out var slot, out var score))
                    {
                        Offer(approximate, slot, score, shortlist);
                    }
                }
            }

            // Exact rescoring of the shortlist: the returned order and scores are float32 cosine.
            var dims = _dimensions;
            var exact = new PriorityQueue<long, float>(count + 1);
            while (approximate.TryDequeue(out var slot, out _))
            {
                Offer(exact, _slots[slot].Seq, TensorPrimitives.Dot(new ReadOnlySpan<float>(_vectors, slot * dims, dims), q), count);
            }

            return Sorted(exact);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _lock.Dispose();

    /// <summary>
    /// The candidates whose sign codes are nearest to the query's, at least <paramref name="keep"/> of them (every
    /// candidate at the cut-off distance is kept), in slot order.
    /// </summary>
    private int[] BinaryShortlist(float[] query, SlotFilter filter, int[]? candidates, int total, int keep)
    {
        var words = _words;
        var q = new ulong[words];
        SignBits(query, q);
        var distances = ArrayPool<ushort>.Shared.Rent(total);
        var histogram = new int[(words * 64) + 1];
        try
        {
            // Hamming distances, split over the cores like the int8 pass; each part counts into its own histogram.
            var workers = total >= ParallelThreshold ? Math.Min(Environment.ProcessorCount, 16) : 1;
            if (workers <= 1)
            {
                Distances(q, filter, candidates, distances, 0, total, histogram);
            }
            else
            {
                var chunk = (total + workers - 1) / workers;
                var partial = new int[workers][];
                Parallel.For(0, workers, w =>
                {
                    partial[w] = new int[histogram.Length];
                    Distances(q, filter, candidates, distances, w * chunk, Math.Min(total, (w + 1) * chunk), partial[w]);
                });
                foreach (var part in partial)
                {
                    for (var d = 0; d < histogram.Length; d++)
                    {
                        histogram[d] += part[d];
                    }
                }
            }

            var cutoff = 0;
            var count = 0;
            while (cutoff < histogram.Length && count < keep)
            {
                count += histogram[cutoff++];
            }

            var shortlist = new int[count];
            var n = 0;
            for (var i = 0; i < total && n < count; i++)
            {
                if (distances[i] < cutoff)
                {
                    shortlist[n++] = candidates is null ? i : candidates[i];
                }
            }

            return shortlist;
        }
        finally
        {
            ArrayPool<ushort>.Shared.Return(distances);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Distances(ulong[] q, SlotFilter filter, int[]? candidates, ushort[] distances, int start, int end, int[] histogram)
    {
        var words = _words;
        var bits = _bits;
        for (var i = start; i < end; i++)
        {
            var slot = candidates is null ? i : candidates[i];
            if (!filter.Matches(in _slots[slot]))
            {
                distances[i] = ushort.MaxValue;
                continue;
            }

            var distance = 0;
            var offset = slot * words;
            for (var w = 0; w < words; w++)
            {
                distance += BitOperations.PopCount(bits[offset + w] ^ q[w]);
            }

            distances[i] = (ushort)distance;
            histogram[distance]++;
        }
    }

    /// <summary>Bit i set when component i is above the index's mean vector (centering spreads the codes).</summary>
    private void SignBits(ReadOnlySpan<float> vector, Span<ulong> bits)
    {
        bits.Clear();
        for (var i = 0; i < vector.Length; i++)
        {
            if (vector[i] > _center[i])
            {
                bits[i >> 6] |= 1UL << (i & 63);
            }
        }
    }

    /// <summary>
    /// Recomputes the mean vector and every sign code once the index holds <see cref="CenterMinimum"/> vectors, then
    /// each time it has doubled since: the codes stay centred as memories accumulate, at a cost amortised over the writes.
    /// </summary>
    private void Recenter()
    {
        if (_live < CenterMinimum || _live < 2L * _centeredAt)
        {
            return;
        }

        var dims = _dimensions;
        var sum = new double[dims];
        for (var slot = 0; slot < _highWater; slot++)
        {
            if (_slots[slot].Used)
            {
                var vector = new ReadOnlySpan<float>(_vectors, slot * dims, dims);
                for (var i = 0; i < dims; i++)
                {
                    sum[i] += vector[i];
                }
            }
        }

        for (var i = 0; i < dims; i++)
        {
            _center[i] = (float)(sum[i] / _live);
        }

        for (var slot = 0; slot < _highWater; slot++)
        {
            if (_slots[slot].Used)
            {
                SignBits(new ReadOnlySpan<float>(_vectors, slot * dims, dims), _bits.AsSpan(slot * _words, _words));
            }
        }

        _centeredAt = _live;
    }

    // The scan loops are compiled optimised at their first call (AggressiveOptimization), not first as tier-0 code:
    // a process that searches a few times (the CLI, a fresh server) would else run them unoptimised, with every
    // vector intrinsic a call (LongMemEval dev, 60 searches in one process: vector candidates p50 1.3 -> 0.2 ms).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private PriorityQueue<long, float> ScanExact(float[] query, SlotFilter filter, int[]? candidates, int total, int count)
    {
        var heap = new PriorityQueue<long, float>(count + 1);
        var dims = _dimensions;
        var vectors = _vectors;
        for (var i = 0; i < total; i++)
        {
            var slot = candidates is null ? i : candidates[i];
            ref readonly var s = ref _slots[slot];
            if (filter.Matches(in s))
            {
                Offer(heap, s.Seq, TensorPrimitives.Dot(new ReadOnlySpan<float>(vectors, slot * dims, dims), query), count);
            }
        }

        return heap;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private PriorityQueue<int, float> ScanQuantised(short[] query, bool checkFilter, SlotFilter filter, int[]? candidates, int start, int end, int count)
    {
        var heap = new PriorityQueue<int, float>(count + 1);
        var dims = _dimensions;
        var codes = _codes;
        var factors = _factors;
        var worst = float.NegativeInfinity;
        for (var i = start; i < end; i++)
        {
            var slot = candidates is null ? i : candidates[i];
            // Candidates from the 1-bit pass or a posting list lie scattered over the codes: asking for a row's cache
            // lines a few candidates ahead overlaps their memory latency with the dot products in between.
            if (candidates is not null && i + PrefetchAhead < end)
            {
                Int8Dot.Prefetch(codes, candidates[i + PrefetchAhead] * dims, dims);
            }

            if (checkFilter && !filter.Matches(in _slots[slot]))
            {
                continue;
            }

            var score = Int8Dot.Dot(query, new ReadOnlySpan<sbyte>(codes, slot * dims, dims)) * factors[slot];
            if (heap.Count < count)
            {
                heap.Enqueue(slot, score);
                if (heap.Count == count)
                {
                    heap.TryPeek(out _, out worst);
                }
            }
            else if (score > worst)
            {
                heap.DequeueEnqueue(slot, score);
                heap.TryPeek(out _, out worst);
            }
        }

        return heap;
    }

    private static void Offer<T>(PriorityQueue<T, float> heap, T item, float score, int count)
    {
        if (heap.Count < count)
        {
            heap.Enqueue(item, score);
        }
        else if (heap.TryPeek(out _, out var worst) && score > worst)
        {
            heap.DequeueEnqueue(item, score);
        }
    }

    private static List<VectorHit> Sorted(PriorityQueue<long, float> heap)
    {
        var hits = new List<VectorHit>(heap.Count);
        while (heap.TryDequeue(out var seq, out var score))
        {
            hits.Add(new VectorHit(seq, score));
        }

        hits.Reverse();
        return hits;
    }

    /// <summary>
    /// The most selective posting list among the scope's fields (the project field is always one), or an empty set when
    /// one of them has none: no memory can match then.
    /// </summary>
    private HashSet<int> SmallestPosting(int[] want)
    {
        HashSet<int>? smallest = null;
        for (var field = 0; field < FieldCount; field++)
        {
            if (want[field] < 0)
            {
                continue;
            }

            if (!_postings.TryGetValue((field, want[field]), out var posting))
            {
                return NoSlots;
            }

            if (smallest is null || posting.Count < smallest.Count)
            {
                smallest = posting;
            }
        }

        return smallest ?? NoSlots;
    }

    private bool TryResolve(MemoryScope scope, int[] want)
    {
        var values = Values(scope);
        for (var field = 0; field < FieldCount; field++)
        {
            if (values[field] is null)
            {
                want[field] = -1;
            }
            else if (_interned.TryGetValue(values[field]!, out var id))
            {
                want[field] = id;
            }
            else
            {
                return false;
            }
        }

        return true;
    }

    private static string?[] Values(MemoryScope scope) =>
        [scope.ProjectId ?? string.Empty, scope.UserId, scope.AgentId, scope.RunId, scope.AppId];

    private int Intern(string? value)
    {
        if (value is null)
        {
            return -1;
        }

        if (!_interned.TryGetValue(value, out var id))
        {
            id = _interned.Count;
            _interned[value] = id;
            _internedValues.Add(value);
        }

        return id;
    }

    private void Upsert(VectorEntry entry)
    {
        if (entry.Vector.Length != _dimensions)
        {
            return;
        }

        // A replaced memory gives its slot back first (Remove puts it on the free list).
        Remove(entry.Seq);

        var slot = _free.Count > 0 ? _free.Pop() : _highWater++;
        EnsureCapacity(slot + 1);
        var values = Values(entry.Scope);
        var ids = new int[FieldCount];
        for (var field = 0; field < FieldCount; field++)
        {
            ids[field] = Intern(values[field]);
            if (ids[field] >= 0)
            {
                if (!_postings.TryGetValue((field, ids[field]), out var posting))
                {
                    _postings[(field, ids[field])] = posting = [];
                }

                posting.Add(slot);
            }
        }

        _slots[slot] = new Slot
        {
            Seq = entry.Seq,
            Used = true,
            Project = ids[ProjectField],
            User = ids[1],
            Agent = ids[2],
            Run = ids[3],
            App = ids[4],
            ValidFrom = entry.ValidFrom,
            ValidTo = entry.ValidTo ?? long.MaxValue,
            ExpiresAt = entry.ExpiresAt ?? long.MaxValue,
            Superseded = entry.Superseded,
            Created = entry.Created,
            Actor = Intern(entry.Actor),
        };
        entry.Vector.CopyTo(_vectors.AsSpan(slot * _dimensions, _dimensions));
        _factors[slot] = Int8Dot.Quantize(entry.Vector, _codes.AsSpan(slot * _dimensions, _dimensions));
        SignBits(entry.Vector, _bits.AsSpan(slot * _words, _words));
        _slotBySeq[entry.Seq] = slot;
        _live++;
    }

    private void Remove(long seq)
    {
        if (!_slotBySeq.Remove(seq, out var slot))
        {
            return;
        }

        ref var s = ref _slots[slot];
        ReadOnlySpan<int> ids = [s.Project, s.User, s.Agent, s.Run, s.App];
        for (var field = 0; field < FieldCount; field++)
        {
            if (ids[field] >= 0 && _postings.TryGetValue((field, ids[field]), out var posting))
            {
                posting.Remove(slot);
                if (posting.Count == 0)
                {
                    _postings.Remove((field, ids[field]));
                }
            }
        }

        ForgetRow(slot);
        s = default;
        _free.Push(slot);
        _live--;
    }

    private void EnsureCapacity(int slots)
    {
        if (slots <= _slots.Length)
        {
            return;
        }

        var capacity = Math.Max(slots, _slots.Length * 2);
        Array.Resize(ref _slots, capacity);
        Array.Resize(ref _items, capacity);
        Array.Resize(ref _wordCounts, capacity);
        Array.Resize(ref _vectors, capacity * _dimensions);
        Array.Resize(ref _codes, capacity * _dimensions);
        Array.Resize(ref _factors, capacity);
        Array.Resize(ref _bits, capacity * _words);
    }

    private struct Slot
    {
        public long Seq;
        public bool Used;
        public bool Superseded;
        public int Project;
        public int User;
        public int Agent;
        public int Run;
        public int App;
        public long ValidFrom;
        public long ValidTo;
        public long ExpiresAt;
        public long Created;
        public int Actor;
    }

    private readonly struct SlotFilter(int[] want, long asOf, bool includeSuperseded, bool includeExpired)
    {
        // Mirrors ScopeSql.Active; a superseded memory without valid_to (stored as MaxValue) is never active.
        public bool Matches(in Slot s)
        {
            if (!s.Used || s.Project != want[0]
                || (want[1] >= 0 && s.User != want[1])
                || (want[2] >= 0 && s.Agent != want[2])
                || (want[3] >= 0 && s.Run != want[3])
                || (want[4] >= 0 && s.App != want[4]))
            {
                return false;
            }

            if (!includeSuperseded
                && (s.ValidFrom > asOf || s.ValidTo <= asOf || (s.Superseded && (s.ValidTo == long.MaxValue || s.ValidTo <= asOf))))
            {
                return false;
            }

            return includeExpired || s.ExpiresAt > asOf;
        }
    }
}
