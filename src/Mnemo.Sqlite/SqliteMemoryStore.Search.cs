using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Mnemo;

/// <summary>Hybrid search candidates: exact cosine from the in-memory index, BM25 from FTS5, merged per memory.</summary>
internal sealed partial class SqliteMemoryStore
{
    /// <summary>How many vector candidates at least are checked against a filter before falling back to a SQL pre-filter.</summary>
    internal const int PostFilterPool = 400;

    public async Task<IReadOnlyList<StoreSearchHit>> SearchAsync(StoreSearchQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(query.Scope);
        query = query with { Filter = ScopeFilter.Simplify(query.Filter, query.Scope) };
        var model = EnsureInitialized();
        if (!query.Vector.IsEmpty && query.Vector.Length != model.Dimensions)
        {
            throw new MemoryValidationException(
                "vector", $"The query vector has {query.Vector.Length} dimensions; the store's model has {model.Dimensions}.");
        }

        var terms = FtsQueryBuilder.Terms(query.Keywords);
        if (query.Candidates <= 0 || (query.Vector.IsEmpty && terms.Count == 0))
        {
            return [];
        }

        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var signals = new Dictionary<long, (double? Similarity, double? Keyword)>();
        long? generation = null;

        if (!query.Vector.IsEmpty)
        {
            await EnsureIndexAsync(connection, model, cancellationToken).ConfigureAwait(false);
            generation = _index.Generation;

            var hits = query.Filter is null
                ? VectorSearch(
                    query.Vector.Span, query.Scope, SqliteCodec.ToMs(query.AsOf), query.IncludeSuperseded, query.IncludeExpired,
                    null, query.Candidates)
                : await FilteredVectorSearchAsync(connection, query, cancellationToken).ConfigureAwait(false);
            foreach (var hit in hits)
            {
                signals[hit.Seq] = (hit.Similarity, null);
            }
        }

        // Whether every candidate has passed the index's scope and activity checks, so the index's kept rows may serve.
        var verified = generation is not null && query.Filter is null;

        // The scope's FTS tokens only pay off when they exclude much (several tenants in one file); a scope holding most
        // memories would make FTS5 intersect with a near-complete posting list for nothing (the join checks scope anyway).
        if (terms.Count > 0)
        {
            var covered = _index.CoversMostOf(query.Scope);
            (terms, var common) = await _termStatistics.SelectAsync(connection, terms, _index.Count, cancellationToken).ConfigureAwait(false);
            var match = FtsQueryBuilder.Build(terms, query.Scope, restrictToScope: !covered);
            var parameters = new SqlParameters();
            var where = SearchWhere(query, parameters);

            // Three shapes, measured on 100k memories (SqliteFtsVariantsLatency): ranking inside FTS5 alone takes ~1 ms
            // where the same ranking joined to memories takes tens (SQLite then scores rows it discards). So without a
            // filter FTS5 ranks alone and the fetch below checks scope and activity; a filter, which may reject most of
            // the best rows, keeps the join. Only common terms (each in more than a few percent of memories) would
            // rank thousands of rows for a weak signal: they score the vector candidates only.
            var amongVectorHits = common && signals.Count > 0;
            var sql = amongVectorHits
                ? """
                    SELECT rowid, -bm25(memories_fts, 1.0, 0.0) AS score FROM memories_fts
                    WHERE memories_fts MATCH @match AND rowid IN (SELECT value FROM json_each(@seqs))
                    """
                : query.Filter is null
                ? """
                    SELECT rowid, -bm25(memories_fts, 1.0, 0.0) AS score FROM memories_fts
                    WHERE memories_fts MATCH @match ORDER BY score DESC LIMIT @inner
                    """
                : $"""
                    SELECT memories_fts.rowid, -bm25(memories_fts, 1.0, 0.0) AS score
                    FROM memories_fts JOIN memories m ON m.seq = memories_fts.rowid
                    WHERE memories_fts MATCH @match AND {where}
                    ORDER BY score DESC LIMIT @limit
                    """;
            using var command = Command(connection, null, sql);
            parameters.CopyTo(command);
            command.Parameters.AddWithValue("@match", match);
            command.Parameters.AddWithValue("@limit", query.Candidates);
            command.Parameters.AddWithValue("@inner", query.Candidates * 2);
            command.Parameters.AddWithValue("@seqs", JsonSerializer.Serialize(signals.Keys.ToList(), SqliteJsonContext.Default.ListInt64));
            var keyword = new List<(long Seq, double Score)>();
            using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    keyword.Add((reader.GetInt64(0), reader.GetDouble(1)));
                }
            }

            // FTS5 alone ranked twice the candidates, some of them other scopes' or inactive: the vector index (loaded
            // for this search) checks scope and activity in memory, so only the best candidates' rows are read below.
            var active = !common && query.Filter is null && !query.Vector.IsEmpty
                ? _index.TakeActive(keyword.Select(k => k.Seq), query.Scope, SqliteCodec.ToMs(query.AsOf), query.IncludeSuperseded, query.IncludeExpired, query.Candidates)?.ToHashSet()
                : null;
            verified &= amongVectorHits || active is not null;
            foreach (var (seq, score) in keyword)
            {
                if (active is null || active.Contains(seq))
                {
                    signals[seq] = (signals.TryGetValue(seq, out var s) ? s.Similarity : null, score);
                }
            }
        }

        if (signals.Count == 0)
        {
            return [];
        }

        // When every candidate has passed the index's checks (vector hits by the search, keyword hits by TakeActive or by
        // being vector hits), rows the index keeps need no SQL; the rest are read, checked in SQL and kept.
        var kept = new List<(long Seq, MemoryItem Item)>(signals.Count);
        var missing = new List<long>(signals.Count);
        if (verified)
        {
            _index.CachedRows(signals.Keys, kept, missing);
        }
        else
        {
            missing.AddRange(signals.Keys);
        }

        var results = new List<StoreSearchHit>(signals.Count);
        foreach (var (seq, item) in kept)
        {
            var (similarity, keyword) = signals[seq];
            results.Add(new StoreSearchHit(item, similarity, keyword));
        }

        if (missing.Count > 0)
        {
            await FetchRowsAsync(connection, query, missing, signals, verified ? generation : null, results, cancellationToken).ConfigureAwait(false);
        }

        return TrimKeywordSignal(results, query.Candidates);
    }

    /// <summary>
    /// Reads the rows of <paramref name="seqs"/> into <paramref name="results"/>, checking scope, activity and filter again
    /// (keyword candidates ranked by FTS5 alone have not been), and hands them to the index's row cache when
    /// <paramref name="generation"/> is given.
    /// </summary>
    private async Task FetchRowsAsync(
        SqliteConnection connection, StoreSearchQuery query, List<long> seqs, Dictionary<long, (double? Similarity, double? Keyword)> signals,
        long? generation, List<StoreSearchHit> results, CancellationToken cancellationToken)
    {
        var fetchParameters = new SqlParameters();
        // CROSS JOIN fixes the order: one primary-key lookup per candidate, never a scan of the scope's index.
        using var fetch = Command(connection, null, $"SELECT {MemoryRows.Columns}, m.seq FROM json_each(@seqs) AS c CROSS JOIN memories m ON m.seq = c.value WHERE {SearchWhere(query, fetchParameters)}");
        fetchParameters.CopyTo(fetch);
        fetch.Parameters.AddWithValue("@seqs", JsonSerializer.Serialize(seqs, SqliteJsonContext.Default.ListInt64));
        var read = new List<(long Seq, MemoryItem Item)>(seqs.Count);
        using (var reader = await fetch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var seq = reader.GetInt64(MemoryRows.Next);
                var (similarity, keyword) = signals[seq];
                var item = MemoryRows.Read(reader);
                read.Add((seq, item));
                results.Add(new StoreSearchHit(item, similarity, keyword));
            }
        }

        if (generation is { } at)
        {
            _index.CacheRows(at, read);
        }
    }

    /// <summary>
    /// Keeps the keyword signal of the best <paramref name="candidates"/> keyword hits that passed the fetch's checks
    /// (FTS5 ranked more, as some may fail them); a hit left with no signal is dropped.
    /// </summary>
    private static List<StoreSearchHit> TrimKeywordSignal(List<StoreSearchHit> hits, int candidates)
    {
        var keyword = hits.Where(h => h.Keyword is not null).ToList();
        if (keyword.Count <= candidates)
        {
            return hits;
        }

        var kept = keyword.OrderByDescending(h => h.Keyword).Take(candidates).ToHashSet();
        return [.. hits
            .Select(h => h.Keyword is null || kept.Contains(h) ? h : h with { Keyword = null })
            .Where(h => h.Similarity is not null || h.Keyword is not null)];
    }

    /// <summary>
    /// Exact top-N under a filter the slots cannot evaluate. First the top <see cref="PostFilterPool"/> by similarity
    /// are checked in SQL: when at least N pass, they are exactly the filtered top-N (every memory outside the pool
    /// scores lower). Otherwise the allowed rows are computed in SQL and only those are scanned.
    /// </summary>
    private async Task<IReadOnlyList<VectorHit>> FilteredVectorSearchAsync(
        SqliteConnection connection, StoreSearchQuery query, CancellationToken cancellationToken)
    {
        var asOf = SqliteCodec.ToMs(query.AsOf);
        var pool = Math.Max(query.Candidates * 8, PostFilterPool);
        var ranked = VectorSearch(query.Vector.Span, query.Scope, asOf, query.IncludeSuperseded, query.IncludeExpired, null, pool);

        var parameters = new SqlParameters();
        var where = SearchWhere(query, parameters);
        List<long> passing;
        using (var check = Command(connection, null, $"SELECT m.seq FROM json_each(@pool) AS c CROSS JOIN memories m ON m.seq = c.value WHERE {where}"))
        {
            parameters.CopyTo(check);
            check.Parameters.AddWithValue("@pool", JsonSerializer.Serialize(ranked.Select(h => h.Seq).ToList(), SqliteJsonContext.Default.ListInt64));
            passing = await ReadSeqsAsync(check, cancellationToken).ConfigureAwait(false);
        }

        if (passing.Count >= query.Candidates || ranked.Count < pool)
        {
            var allowed = passing.ToHashSet();
            return [.. ranked.Where(h => allowed.Contains(h.Seq)).Take(query.Candidates)];
        }

        List<long> allowedRows;
        using (var command = Command(connection, null, $"SELECT m.seq FROM memories m WHERE {where}"))
        {
            parameters.CopyTo(command);
            allowedRows = await ReadSeqsAsync(command, cancellationToken).ConfigureAwait(false);
        }

        return VectorSearch(query.Vector.Span, query.Scope, asOf, query.IncludeSuperseded, query.IncludeExpired, allowedRows, query.Candidates);
    }

    private static string SearchWhere(StoreSearchQuery query, SqlParameters parameters) =>
        VisibleWhere(query.Scope, query.AsOf, query.IncludeSuperseded, query.IncludeExpired, query.Filter, parameters);

    /// <summary>Loads the vector index when it is missing or behind the file's write generation (another process wrote).</summary>
    private async Task EnsureIndexAsync(SqliteConnection connection, EmbeddingModelInfo model, CancellationToken cancellationToken)
    {
        if (_index.Generation == ReadGeneration(connection, null) && _contextIndex.Generation == _index.Generation)
        {
            return;
        }

        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var started = Stopwatch.GetTimestamp();

            // One snapshot for the generation and the rows, so the index is exactly that generation.
            using var transaction = connection.BeginTransaction(deferred: true);
            var generation = ReadGeneration(connection, transaction);
            if (_index.Generation == generation && _contextIndex.Generation == generation)
            {
                return;
            }

            var entries = new List<VectorEntry>();
            using (var command = Command(connection, transaction, """
                SELECT m.seq, m.project_id, m.user_id, m.agent_id, m.run_id, m.app_id, m.valid_from, m.valid_to,
                       m.superseded_by IS NOT NULL, m.expires_at, v.embedding, m.created_at, m.actor_id
                FROM memories m JOIN memory_vectors v ON v.seq = m.seq
                """))
            using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    var project = reader.GetString(1);
                    entries.Add(new VectorEntry(
                        reader.GetInt64(0),
                        new MemoryScope
                        {
                            ProjectId = project.Length == 0 ? null : project,
                            UserId = MemoryRows.String(reader, 2),
                            AgentId = MemoryRows.String(reader, 3),
                            RunId = MemoryRows.String(reader, 4),
                            AppId = MemoryRows.String(reader, 5),
                        },
                        reader.GetInt64(6),
                        reader.IsDBNull(7) ? null : reader.GetInt64(7),
                        reader.IsDBNull(9) ? null : reader.GetInt64(9),
                        reader.GetInt64(8) != 0,
                        SqliteCodec.FromBlob((byte[])reader[10]),
                        reader.GetInt64(11),
                        MemoryRows.String(reader, 12)));
                }
            }

            var contextEntries = await ReadContextEntriesAsync(connection, transaction, entries, cancellationToken).ConfigureAwait(false);
            transaction.Commit();
            _index.Load(model.Dimensions, generation, entries);
            _contextIndex.Load(model.Dimensions, generation, contextEntries);
            SqliteLog.IndexLoaded(_logger, entries.Count, generation, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        finally
        {
            _writeGate.Release();
        }
    }
}
