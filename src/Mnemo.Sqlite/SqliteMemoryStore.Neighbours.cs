using Microsoft.Data.Sqlite;
using System.Text.Json;

namespace Mnemo;

/// <summary>Neighbours in arrival order (created_at, then seq), for search context.</summary>
internal sealed partial class SqliteMemoryStore
{
    /// <summary>Most memories whose neighbours one call fetches; more is a caller bug, not a use.</summary>
    internal const int MaxNeighbourTargets = 1000;

    /// <summary>Most neighbours on each side one call fetches.</summary>
    internal const int MaxNeighbourRadius = 16;

    /// <summary>Largest scope (active memories passing the filter) whose order is scanned for neighbours.</summary>
    internal const int MaxNeighbourScan = 5000;

    public async Task<IReadOnlyList<StoreNeighbour>> GetNeighboursAsync(StoreNeighbourQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(query.Scope);
        ArgumentNullException.ThrowIfNull(query.Ids);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.Ids.Count, MaxNeighbourTargets);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.Radius, MaxNeighbourRadius);
        query = query with { Filter = ScopeFilter.Simplify(query.Filter, query.Scope) };
        EnsureInitialized();
        if (query.Ids.Count == 0 || query.Radius <= 0)
        {
            return [];
        }

        var parameters = new SqlParameters();
        var where = VisibleWhere(query.Scope, query.AsOf, query.IncludeSuperseded, query.IncludeExpired, query.Filter, parameters);
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);

        // One snapshot: positions and rows come from the same state of the file.
        using var transaction = connection.BeginTransaction(deferred: true);

        // The targets by id (CROSS JOIN fixes the join order: otherwise SQLite may scan a scope index to find 20 rows).
        var targets = new List<(Guid Id, long Seq)>(query.Ids.Count);
        using (var find = Command(connection, transaction, $"SELECT m.id, m.seq FROM json_each(@ids) j CROSS JOIN memories m ON m.id = j.value WHERE {where}"))
        {
            parameters.CopyTo(find);
            find.Parameters.AddWithValue("@ids", JsonSerializer.Serialize(query.Ids.Select(SqliteCodec.ToText).ToList(), SqliteJsonContext.Default.ListString));
            using var reader = await find.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                targets.Add((Guid.Parse(reader.GetString(0)), reader.GetInt64(1)));
            }
        }

        if (targets.Count == 0)
        {
            return [];
        }

        var generation = ReadGeneration(connection, transaction);
        var links = query.Filter is null
            ? _index.Neighbours(
                generation, query.Scope, SqliteCodec.ToMs(query.AsOf), query.IncludeSuperseded, query.IncludeExpired,
                [.. targets.Select(t => t.Seq)], query.Radius)
            : null;
        var fromIndex = links is not null;
        var ids = targets.ToDictionary(t => t.Seq, t => t.Id);
        links ??= ScanNeighbours(connection, transaction, where, parameters, targets, query.Radius);
        if (links is null)
        {
            return [];
        }

        var rows = new Dictionary<long, StoredMemory>();
        var wanted = links.Select(l => l.Seq).Distinct().ToList();
        var missing = wanted;
        if (fromIndex)
        {
            // The index found these neighbours at this snapshot's generation, so the rows it keeps are current.
            var kept = new List<(long Seq, StoredMemory Memory)>(wanted.Count);
            missing = new List<long>(wanted.Count);
            _index.CachedRowsWithVectors(wanted, kept, missing);
            foreach (var (seq, memory) in kept)
            {
                rows[seq] = memory;
            }
        }

        if (missing.Count > 0)
        {
            using var fetch = Command(connection, transaction, $"SELECT {MemoryRows.Columns}, v.embedding, m.seq FROM memories m LEFT JOIN memory_vectors v ON v.seq = m.seq WHERE m.seq IN (SELECT value FROM json_each(@seqs))");
            fetch.Parameters.AddWithValue("@seqs", JsonSerializer.Serialize(missing, SqliteJsonContext.Default.ListInt64));
            var read = new List<(long Seq, MemoryItem Item)>(missing.Count);
            using (var reader = await fetch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    var seq = reader.GetInt64(MemoryRows.Next + 1);
                    var embedding = reader.IsDBNull(MemoryRows.Next) ? ReadOnlyMemory<float>.Empty : SqliteCodec.FromBlob((byte[])reader[MemoryRows.Next]);
                    var item = MemoryRows.Read(reader);
                    rows[seq] = new StoredMemory(item, embedding);
                    read.Add((seq, item));
                }
            }

            if (fromIndex)
            {
                _index.CacheRows(generation, read);
            }
        }

        await AttachContextVectorsAsync(connection, transaction, rows, generation, cancellationToken).ConfigureAwait(false);
        transaction.Commit();
        return [.. links.Where(l => rows.ContainsKey(l.Seq)).Select(l => new StoreNeighbour(ids[l.Of], l.Offset, rows[l.Seq]))];
    }

    /// <summary>
    /// Neighbours from SQLite, for a filtered query (the vector index knows scope and activity, not metadata) or an index
    /// not at the file's generation; <see langword="null"/> when the scope is larger than <see cref="MaxNeighbourScan"/>.
    /// </summary>
    private static List<(long Of, int Offset, long Seq)>? ScanNeighbours(
        SqliteConnection connection, SqliteTransaction transaction, string where, SqlParameters parameters, List<(Guid Id, long Seq)> targets, int radius)
    {
        // The scope's order, two integers per memory. A seek per target looked cheaper but is not: SQLite ranges the
        // scope index on created_at only (not on the rowid after it), so each seek walked the rest of the scope, or other
        // tenants' rows when it picked the index of a shared field (3 to 13 ms for 20 targets on LoCoMo, against
        // about 0.5 ms for this scan). A scope larger than MaxNeighbourScan gets no context rather than a slow search.
        var order = new List<(long Created, long Seq)>();
        using (var scan = Command(connection, transaction, $"SELECT m.created_at, m.seq FROM memories m WHERE {where} LIMIT @cap"))
        {
            parameters.CopyTo(scan);
            scan.Parameters.AddWithValue("@cap", MaxNeighbourScan + 1);
            using var reader = scan.ExecuteReader();
            while (reader.Read())
            {
                order.Add((reader.GetInt64(0), reader.GetInt64(1)));
            }
        }

        if (order.Count > MaxNeighbourScan)
        {
            return null;
        }

        order.Sort();
        var position = new Dictionary<long, int>(order.Count);
        for (var i = 0; i < order.Count; i++)
        {
            position[order[i].Seq] = i;
        }

        var links = new List<(long Of, int Offset, long Seq)>(targets.Count * radius * 2);
        foreach (var (_, seq) in targets)
        {
            var at = position[seq];
            for (var offset = -radius; offset <= radius; offset++)
            {
                if (offset != 0 && at + offset >= 0 && at + offset < order.Count)
                {
                    links.Add((seq, offset, order[at + offset].Seq));
                }
            }
        }

        return links;
    }
}
