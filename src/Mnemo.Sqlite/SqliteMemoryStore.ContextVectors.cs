using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Mnemo;

/// <summary>
/// Contextual vectors (<see cref="StoredMemory.ContextEmbedding"/>): a second vector index over the memories that have
/// one, loaded and written with the first under the same generation. A search takes the best of each index and scores a
/// memory by the closer of its two vectors; a store without contextual vectors searches one index, as before.
/// </summary>
internal sealed partial class SqliteMemoryStore
{
    private readonly VectorIndex _contextIndex = new();

    /// <summary>
    /// The top <paramref name="count"/> memories by similarity, each by the closer of its own and its contextual vector
    /// (a memory found by one index only is scored by that one: the other did not rank it among its best).
    /// </summary>
    private IReadOnlyList<VectorHit> VectorSearch(
        ReadOnlySpan<float> query, MemoryScope scope, long asOf, bool includeSuperseded, bool includeExpired, IReadOnlyCollection<long>? allowed, int count)
    {
        var own = _index.Search(query, scope, asOf, includeSuperseded, includeExpired, allowed, count);
        if (_contextIndex.Count == 0)
        {
            return own;
        }

        var contextual = _contextIndex.Search(query, scope, asOf, includeSuperseded, includeExpired, allowed, count);
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
    /// Gives the neighbour rows their contextual vectors: from the context index when it is at
    /// <paramref name="generation"/> (the snapshot's), else from the table.
    /// </summary>
    private async Task AttachContextVectorsAsync(
        SqliteConnection connection, SqliteTransaction transaction, Dictionary<long, StoredMemory> rows, long generation, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        if (_contextIndex.Generation == generation)
        {
            if (_contextIndex.Count == 0)
            {
                return;
            }

            foreach (var seq in rows.Keys.ToList())
            {
                var vector = _contextIndex.VectorOf(seq);
                if (!vector.IsEmpty)
                {
                    rows[seq] = rows[seq] with { ContextEmbedding = vector };
                }
            }

            return;
        }

        using var command = Command(connection, transaction, "SELECT seq, embedding FROM memory_context_vectors WHERE seq IN (SELECT value FROM json_each(@seqs))");
        command.Parameters.AddWithValue("@seqs", JsonSerializer.Serialize(rows.Keys.ToList(), SqliteJsonContext.Default.ListInt64));
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var seq = reader.GetInt64(0);
            rows[seq] = rows[seq] with { ContextEmbedding = SqliteCodec.FromBlob((byte[])reader[1]) };
        }
    }

    /// <summary>The context index's entries: the memories' own entries with their contextual vectors.</summary>
    private static async Task<List<VectorEntry>> ReadContextEntriesAsync(
        SqliteConnection connection, SqliteTransaction transaction, List<VectorEntry> entries, CancellationToken cancellationToken)
    {
        var vectors = new Dictionary<long, float[]>();
        using (var command = Command(connection, transaction, "SELECT seq, embedding FROM memory_context_vectors"))
        using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                vectors[reader.GetInt64(0)] = SqliteCodec.FromBlob((byte[])reader[1]);
            }
        }

        return vectors.Count == 0
            ? []
            : [.. entries.Where(e => vectors.ContainsKey(e.Seq)).Select(e => e with { Vector = vectors[e.Seq] })];
    }
}
