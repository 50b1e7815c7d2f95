namespace Mnemo.Indexing;

/// <summary>
/// Search candidates from the engine's index: exact cosine over the vector indexes and BM25 over the keyword index, both
/// restricted to the scope and activity on the index's slots; a metadata filter, which the slots cannot evaluate, is
/// asked of the store for the candidates in one round trip (<see cref="IMemoryFilterEvaluator"/>); rows come from the
/// index's row cache or one <see cref="IMemoryStore.GetManyAsync"/>. Also neighbours in arrival order and actor lists.
/// </summary>
internal sealed class IndexSearcher(MemoryIndex index, IMemoryStore store, CandidateOptions? candidates = null)
{
    private readonly CandidateOptions _candidates = candidates ?? new();

    /// <summary>Most memories whose neighbours one call fetches; more is a caller bug, not a use.</summary>
    public const int MaxNeighbourTargets = 1000;

    /// <summary>Most neighbours on each side one call fetches.</summary>
    public const int MaxNeighbourRadius = 16;

    /// <summary>The index searched.</summary>
    public MemoryIndex Index => index;

    // With a filter, neighbours are looked for this many times further out, then the filter keeps the nearest passing.
    private const int FilteredNeighbourReach = 4;

    /// <summary>
    /// The top <see cref="IndexQuery.Candidates"/> by cosine and the top <see cref="IndexQuery.Candidates"/> by BM25,
    /// merged by memory (each hit carries both signals where it has them), in no particular order.
    /// </summary>
    public async Task<IReadOnlyList<IndexHit>> SearchAsync(IndexQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(query.Scope);
        query = query with { Filter = ScopeFilter.Simplify(query.Filter, query.Scope) };
        if (!query.AssumeCurrent || index.Position < 0)
        {
            await index.EnsureCurrentAsync(cancellationToken).ConfigureAwait(false);
        }

        if (!query.Vector.IsEmpty && query.Vector.Length != index.Dimensions)
        {
            throw new MemoryValidationException(
                "vector", $"The query vector has {query.Vector.Length} dimensions; the store's model has {index.Dimensions}.");
        }

        var terms = query.Keywords.Where(k => !string.IsNullOrEmpty(k)).Distinct(StringComparer.Ordinal).ToList();
        if (query.Candidates <= 0 || (query.Vector.IsEmpty && terms.Count == 0))
        {
            return [];
        }

        var position = index.Position;
        var asOf = query.AsOf.ToUnixTimeMilliseconds();
        var n = query.Candidates;
        var filtered = query.Filter is not null;
        var pool = filtered ? Math.Max(n * _candidates.FilterPoolFactor, _candidates.MinFilterPool) : n;

        var vector = query.Vector.IsEmpty ? [] : VectorSearch(query.Vector.Span, query, asOf, null, pool);
        var keyword = terms.Count == 0 ? [] : KeywordSearch(terms, query, asOf, vector, filtered ? pool : n);

        if (filtered)
        {
            var candidates = vector.Select(h => h.Seq).Concat(keyword.Select(k => k.Seq)).Distinct().ToList();
            var passing = await PassingAsync(candidates, query.Filter!, cancellationToken).ConfigureAwait(false);
            var ranked = vector;
            vector = [.. ranked.Where(h => passing.Contains(h.Seq)).Take(n)];
            keyword = [.. keyword.Where(k => passing.Contains(k.Seq)).Take(n)];

            // Fewer than N of the pool pass while more memories lie beyond it: the filter is selective, so the whole
            // scope is checked and only the passing memories are scanned (exact, at the cost of a second round trip).
            if (vector.Count < n && ranked.Count == pool)
            {
                var scope = index.Own.ActiveSet(query.Scope, asOf, query.IncludeSuperseded, query.IncludeExpired)!;
                var allowed = await PassingAsync(scope, query.Filter!, cancellationToken).ConfigureAwait(false);
                vector = VectorSearch(query.Vector.Span, query, asOf, allowed, n);
            }
        }

        var signals = new Dictionary<long, (double? Similarity, double? Keyword)>();
        foreach (var hit in vector)
        {
            signals[hit.Seq] = (hit.Similarity, null);
        }

        foreach (var (seq, score) in keyword)
        {
            signals[seq] = (signals.TryGetValue(seq, out var s) ? s.Similarity : null, score);
        }

        if (signals.Count == 0)
        {
            return [];
        }

        var rows = await RowsAsync(signals.Keys, position, cancellationToken).ConfigureAwait(false);
        var results = new List<IndexHit>(signals.Count);
        foreach (var (seq, (similarity, score)) in signals)
        {
            if (rows.TryGetValue(seq, out var row))
            {
                results.Add(new IndexHit(row.Item, similarity, score) { Seq = seq, Words = row.Words, Vector = query.IncludeVectors ? index.Own.VectorOf(seq) : default });
            }
        }

        return results;
    }

    /// <summary>
    /// The neighbours of some memories in arrival order (see <see cref="NeighbourQuery"/>), each with its embeddings, in no
    /// particular order; a memory that is a neighbour of two requested ones appears twice. Copies every vector: search
    /// uses <see cref="NeighbourLinksAsync"/> and <see cref="NeighbourHitsAsync"/> instead.
    /// </summary>
    public async Task<IReadOnlyList<IndexNeighbour>> NeighboursAsync(NeighbourQuery query, CancellationToken cancellationToken)
    {
        var found = await NeighbourLinksAsync(query, cancellationToken).ConfigureAwait(false);
        var rows = await RowsAsync(found.Links.Select(l => l.Seq).Distinct().ToList(), found.Position, cancellationToken).ConfigureAwait(false);
        var neighbours = new List<IndexNeighbour>(found.Links.Count);
        foreach (var (of, offset, seq) in found.Links)
        {
            if (rows.TryGetValue(seq, out var row) && found.Targets.TryGetValue(of, out var ofId))
            {
                var memory = new StoredMemory(row.Item, index.Own.VectorOf(seq)) { ContextEmbedding = index.Context.VectorOf(seq) };
                neighbours.Add(new IndexNeighbour(ofId, offset, memory) { Words = row.Words });
            }
        }

        return neighbours;
    }

    /// <summary>
    /// The neighbours of some memories in arrival order (see <see cref="NeighbourQuery"/>) as links between row ids, with
    /// the row id of each target found; rows are read apart (<see cref="NeighbourHitsAsync"/>), only for the
    /// neighbours the caller does not hold yet.
    /// </summary>
    public async Task<NeighbourLinks> NeighbourLinksAsync(NeighbourQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(query.Scope);
        ArgumentNullException.ThrowIfNull(query.Ids);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.Ids.Count, MaxNeighbourTargets);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.Radius, MaxNeighbourRadius);
        query = query with { Filter = ScopeFilter.Simplify(query.Filter, query.Scope) };
        if (query.Ids.Count == 0 || query.Radius <= 0)
        {
            return NeighbourLinks.None;
        }

        if (!query.AssumeCurrent || index.Position < 0)
        {
            await index.EnsureCurrentAsync(cancellationToken).ConfigureAwait(false);
        }

        var position = index.Position;
        var targets = new Dictionary<long, Guid>(query.Ids.Count);
        foreach (var id in query.Ids)
        {
            if (index.TryGetSeq(id, out var seq))
            {
                targets[seq] = id;
            }
        }

        if (query.Filter is not null)
        {
            var passing = await PassingAsync(targets.Keys, query.Filter, cancellationToken).ConfigureAwait(false);
            foreach (var seq in targets.Keys.Where(t => !passing.Contains(t)).ToList())
            {
                targets.Remove(seq);
            }
        }

        var radius = query.Filter is null ? query.Radius : Math.Min(MaxNeighbourRadius * FilteredNeighbourReach, query.Radius * FilteredNeighbourReach);
        var links = index.Own.Neighbours(
            index.Own.Generation ?? -1, query.Scope, query.AsOf.ToUnixTimeMilliseconds(), query.IncludeSuperseded, query.IncludeExpired, targets.Keys, radius);
        if (links is null || links.Count == 0)
        {
            return NeighbourLinks.None;
        }

        if (query.Filter is not null)
        {
            var passing = await PassingAsync(links.Select(l => l.Seq).Distinct().ToList(), query.Filter, cancellationToken).ConfigureAwait(false);
            links = [.. links
                .Where(l => passing.Contains(l.Seq))
                .GroupBy(l => (l.Of, Side: Math.Sign(l.Offset)))
                .SelectMany(g => g.OrderBy(l => Math.Abs(l.Offset)).Take(query.Radius).Select((l, i) => (l.Of, g.Key.Side * (i + 1), l.Seq)))];
        }

        return new NeighbourLinks(links, targets, position);
    }

    /// <summary>
    /// The neighbours <paramref name="seqs"/> as search candidates found by the vector signal alone: each one's row
    /// (from the row cache under one lock, the rest in one read) and its similarity to <paramref name="vector"/> as
    /// search scores it (the closer of its own and its contextual vector), computed in place; in the order of <paramref name="seqs"/>, a memory removed
    /// meanwhile left out.
    /// </summary>
    public async Task<List<IndexHit>> NeighbourHitsAsync(ReadOnlyMemory<float> vector, long[] seqs, long position, CancellationToken cancellationToken)
    {
        var items = new MemoryItem?[seqs.Length];
        var words = new int[seqs.Length];
        var own = new float[seqs.Length];
        index.Own.CachedRowsWithSimilarities(vector.Span, seqs, items, words, own);
        float[]? contextual = null;
        if (index.Context.Count > 0)
        {
            contextual = new float[seqs.Length];
            index.Context.Similarities(vector.Span, seqs, contextual);
        }

        var missing = new List<long>();
        for (var i = 0; i < seqs.Length; i++)
        {
            if (items[i] is null)
            {
                missing.Add(seqs[i]);
            }
        }

        var read = missing.Count == 0 ? null : await RowsAsync(missing, position, cancellationToken).ConfigureAwait(false);
        var hits = new List<IndexHit>(seqs.Length);
        for (var i = 0; i < seqs.Length; i++)
        {
            int? count = words[i];
            if (items[i] is not { } item)
            {
                if (read is null || !read.TryGetValue(seqs[i], out var row))
                {
                    continue;
                }

                (item, count) = row;
            }

            double? similarity = vector.IsEmpty || float.IsNaN(own[i]) ? null
                : contextual is null || float.IsNaN(contextual[i]) ? own[i]
                : Math.Max(own[i], contextual[i]);
            hits.Add(new IndexHit(item, similarity, null) { Seq = seqs[i], Words = count });
        }

        return hits;
    }

    /// <summary>
    /// The distinct actor ids of the memories of <paramref name="scope"/> and its sub-scopes, whatever their activity, in
    /// ordinal order.
    /// </summary>
    public async Task<IReadOnlyList<string>> ActorsAsync(MemoryScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await index.EnsureCurrentAsync(cancellationToken).ConfigureAwait(false);
        return index.Own.Actors(scope) ?? [];
    }

    /// <summary>
    /// The top <paramref name="count"/> memories by similarity, each by the closer of its own and its contextual vector
    /// (a memory found by one index only is scored by that one: the other did not rank it among its best).
    /// </summary>
    private IReadOnlyList<VectorHit> VectorSearch(ReadOnlySpan<float> vector, IndexQuery query, long asOf, IReadOnlyCollection<long>? allowed, int count)
    {
        var own = index.Own.Search(vector, query.Scope, asOf, query.IncludeSuperseded, query.IncludeExpired, allowed, count, query.NearDuplicates);
        if (index.Context.Count == 0 || query.NearDuplicates)
        {
            return own;
        }

        var contextual = index.Context.Search(vector, query.Scope, asOf, query.IncludeSuperseded, query.IncludeExpired, allowed, count);
        if (contextual.Count == 0)
        {
            return own;
        }

        var best = new Dictionary<long, float>(own.Count + contextual.Count);
        foreach (var hit in own.Concat(contextual))
        {
            best[hit.Seq] = best.TryGetValue(hit.Seq, out var similarity) ? Math.Max(similarity, hit.Similarity) : hit.Similarity;
        }

        return [.. best
            .Select(p => new VectorHit(p.Key, p.Value))
            .OrderByDescending(h => h.Similarity)
            .ThenBy(h => h.Seq)
            .Take(count)];
    }

    /// <summary>
    /// The best <paramref name="count"/> memories of the scope, active, by BM25. When every query term is common, only
    /// the vector candidates are scored (ranking thousands of memories by a near-zero idf tells little and costs much).
    /// Otherwise only the scope's active memories are scored when the scope holds fewer memories than the terms'
    /// postings over the whole index (one index serves every scope: a small scope's query would else score and sort
    /// every other scope's matches first); a large scope scores the postings and checks its hits afterwards.
    /// </summary>
    private List<(long Seq, double Score)> KeywordSearch(List<string> terms, IndexQuery query, long asOf, IReadOnlyList<VectorHit> vector, int count)
    {
        var among = vector.Count > 0 ? vector.Select(h => h.Seq).ToList() : null;
        var (scores, _) = index.Keywords.Score(
            terms,
            query.Scope.ProjectId,
            postings => index.Own.ActiveSet(query.Scope, asOf, query.IncludeSuperseded, query.IncludeExpired, maxScope: postings),
            whenCommon: among);

        // One array sort (score descending, then arrival) instead of LINQ's OrderBy/ThenBy over every scored memory.
        var order = new (double Score, long Seq)[scores.Count];
        var i = 0;
        foreach (var (seq, score) in scores)
        {
            order[i++] = (score, seq);
        }

        Array.Sort(order, static (a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Seq.CompareTo(b.Seq));
        var ranked = order.Select(o => o.Seq);
        var active = index.Own.TakeActive(ranked, query.Scope, asOf, query.IncludeSuperseded, query.IncludeExpired, count) ?? [];
        return [.. active.Select(seq => (seq, scores[seq]))];
    }

    private async Task<HashSet<long>> PassingAsync(IReadOnlyCollection<long> seqs, MemoryFilter filter, CancellationToken cancellationToken)
    {
        var ids = new Dictionary<Guid, long>(seqs.Count);
        foreach (var seq in seqs)
        {
            if (index.TryGetId(seq, out var id))
            {
                ids[id] = seq;
            }
        }

        var passing = ids.Count == 0 ? new HashSet<Guid>() : await store.FilterAsync(ids.Keys, filter, cancellationToken).ConfigureAwait(false);
        return [.. passing.Where(ids.ContainsKey).Select(id => ids[id])];
    }

    /// <summary>
    /// The rows of <paramref name="seqs"/>: from the row cache (with their word counts), the rest in one read (then
    /// kept; no count: the scorer counts their text).
    /// </summary>
    private async Task<Dictionary<long, (MemoryItem Item, int? Words)>> RowsAsync(IEnumerable<long> seqs, long position, CancellationToken cancellationToken)
    {
        var found = new List<(long Seq, MemoryItem Item, int Words)>();
        var missing = new List<long>();
        index.Own.CachedRows(seqs, found, missing);
        var rows = found.ToDictionary(f => f.Seq, f => (f.Item, (int?)f.Words));
        if (missing.Count == 0)
        {
            return rows;
        }

        var ids = new Dictionary<Guid, long>(missing.Count);
        foreach (var seq in missing)
        {
            if (index.TryGetId(seq, out var id))
            {
                ids[id] = seq;
            }
        }

        var read = new List<(long Seq, MemoryItem Item)>(ids.Count);
        foreach (var item in await store.GetManyAsync(ids.Keys, cancellationToken).ConfigureAwait(false))
        {
            if (ids.TryGetValue(item.Id, out var seq))
            {
                rows[seq] = (item, null);
                read.Add((seq, item));
            }
        }

        // Kept only if no change was applied since the search began: the rows may predate it.
        index.Own.CacheRows(position, read);
        return rows;
    }
}
