using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Mnemo;

/// <summary>Hybrid search candidates: exact cosine from the in-memory index, BM25 from FTS5, merged per memory.</summary>
internal sealed partial class SqliteMemoryStore
{
    public async Task<IReadOnlyList<StoreSearchHit>> SearchAsync(StoreSearchQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(query.Scope);
        var model = EnsureInitialized();
        if (!query.Vector.IsEmpty && query.Vector.Length != model.Dimensions)
        {
            throw new MemoryValidationException(
                "vector", $"The query vector has {query.Vector.Length} dimensions; the store's model has {model.Dimensions}.");
        }

        var match = FtsQueryBuilder.Build(query.Text, query.Scope);
        if (query.Candidates <= 0 || (query.Vector.IsEmpty && match is null))
        {
            return [];
        }

        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var signals = new Dictionary<long, (double? Similarity, double? Keyword)>();

        if (!query.Vector.IsEmpty)
        {
            await EnsureIndexAsync(connection, model, cancellationToken).ConfigureAwait(false);

            // The slots know scope and activity; a filter needs SQL, which yields the allowed rows to scan.
            List<long>? allowed = null;
            if (query.Filter is not null)
            {
                var parameters = new SqlParameters();
                using var command = Command(connection, null, $"SELECT m.seq FROM memories m WHERE {SearchWhere(query, parameters)}");
                parameters.CopyTo(command);
                allowed = await ReadSeqsAsync(command, cancellationToken).ConfigureAwait(false);
            }

            var hits = _index.Search(
                query.Vector.Span, query.Scope, SqliteCodec.ToMs(query.AsOf), query.IncludeSuperseded, query.IncludeExpired,
                allowed, query.Candidates);
            foreach (var hit in hits)
            {
                signals[hit.Seq] = (hit.Similarity, null);
            }
        }

        if (match is not null)
        {
            var parameters = new SqlParameters();
            var where = SearchWhere(query, parameters);
            using var command = Command(connection, null, $"""
                SELECT memories_fts.rowid, -bm25(memories_fts, 1.0, 0.0) AS score
                FROM memories_fts JOIN memories m ON m.seq = memories_fts.rowid
                WHERE memories_fts MATCH @match AND {where}
                ORDER BY score DESC LIMIT @limit
                """);
            parameters.CopyTo(command);
            command.Parameters.AddWithValue("@match", match);
            command.Parameters.AddWithValue("@limit", query.Candidates);
            using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var seq = reader.GetInt64(0);
                signals[seq] = (signals.TryGetValue(seq, out var s) ? s.Similarity : null, reader.GetDouble(1));
            }
        }

        if (signals.Count == 0)
        {
            return [];
        }

        using var fetch = Command(connection, null, $"SELECT {MemoryRows.Columns}, m.seq FROM memories m WHERE m.seq IN (SELECT value FROM json_each(@seqs))");
        fetch.Parameters.AddWithValue("@seqs", JsonSerializer.Serialize(signals.Keys.ToList(), SqliteJsonContext.Default.ListInt64));
        var results = new List<StoreSearchHit>(signals.Count);
        using (var reader = await fetch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var (similarity, keyword) = signals[reader.GetInt64(MemoryRows.Next)];
                results.Add(new StoreSearchHit(MemoryRows.Read(reader), similarity, keyword));
            }
        }

        return results;
    }

    private static string SearchWhere(StoreSearchQuery query, SqlParameters parameters) =>
        $"{ScopeSql.Where(query.Scope, parameters)} AND {ScopeSql.Active(query.AsOf, query.IncludeSuperseded, query.IncludeExpired, parameters)} AND {FilterSql.Where(query.Filter, parameters)}";

    /// <summary>Loads the vector index when it is missing or behind the file's write generation (another process wrote).</summary>
    private async Task EnsureIndexAsync(SqliteConnection connection, EmbeddingModelInfo model, CancellationToken cancellationToken)
    {
        if (_index.Generation == ReadGeneration(connection, null))
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
            if (_index.Generation == generation)
            {
                return;
            }

            var entries = new List<VectorEntry>();
            using (var command = Command(connection, transaction, """
                SELECT m.seq, m.project_id, m.user_id, m.agent_id, m.run_id, m.app_id, m.valid_from, m.valid_to,
                       m.superseded_by IS NOT NULL, m.expires_at, v.embedding
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
                        SqliteCodec.FromBlob((byte[])reader[10])));
                }
            }

            transaction.Commit();
            _index.Load(model.Dimensions, generation, entries);
            SqliteLog.IndexLoaded(_logger, entries.Count, generation, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        finally
        {
            _writeGate.Release();
        }
    }
}
