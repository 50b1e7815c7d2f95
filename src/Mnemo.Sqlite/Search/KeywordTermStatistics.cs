using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace Mnemo;

/// <summary>
/// Document frequencies of keyword-query terms, used to leave out of the FTS5 query the terms so common that ranking
/// their matches costs more than it tells.
/// </summary>
/// <remarks>
/// <para>
/// FTS5's <c>bm25()</c> scores every row matching any query term: one term found in half of 100k memories makes the
/// query rank 50k rows (tens of milliseconds), for a term whose inverse document frequency is close to zero. A term is
/// dropped when its document frequency exceeds <c>max(<see cref="MinPrunedFrequency"/>, <see cref="PrunedFraction"/>
/// × memories)</c>; when every term is that common, the rarest one is kept, so a query never loses its keyword signal
/// entirely. Below <see cref="MinPrunedFrequency"/> memories nothing is ever dropped.
/// </para>
/// <para>
/// Frequencies come from an <c>fts5vocab</c> table over the index, which holds Porter stems; a term's stem is read by
/// tokenizing it with the index's own tokenizer in a temporary FTS5 table, so stems always match the index. Both are
/// cached in memory: stems forever (bounded), frequencies until the store's size drifts by a tenth. The caches hold
/// query words only, never stored text, and are cleared with the query cache on forget and reset.
/// </para>
/// </remarks>
internal sealed class KeywordTermStatistics
{
    /// <summary>
    /// A term found in at most this many memories is never dropped. Chosen on LoCoMo (3,435 turns, turn_frac@10):
    /// 1,000 → 72.3, 500 → 72.3, 250 → 72.9, 200 → 73.2, 150 → 73.1, 100 → 72.9: the terms a lower floor drops there are
    /// the speakers' names and chat fillers ("great", "thanks", "photo"), which match half a conversation and pulled
    /// those turns into the keyword candidates in place of the ones sharing the query's rare words.
    /// </summary>
    public const long MinPrunedFrequency = 200;

    /// <summary>Fraction of all memories above which (and above <see cref="MinPrunedFrequency"/>) a term is dropped.</summary>
    public const double PrunedFraction = 0.01;

    private const int MaxCached = 20_000;
    private const string Tokenizer = "porter unicode61 remove_diacritics 2";

    private readonly ConcurrentDictionary<string, string?> _stems = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (long Frequency, long Total)> _frequencies = new(StringComparer.Ordinal);

    /// <summary>The document frequency above which a term is dropped, for an index of <paramref name="total"/> memories.</summary>
    public static long Threshold(long total) => Math.Max(MinPrunedFrequency, (long)(total * PrunedFraction));

    /// <summary>
    /// The terms worth sending to FTS5, in their original order, and whether they are all common (every term was above
    /// the threshold and the rarest was kept).
    /// </summary>
    public async Task<(IReadOnlyList<string> Terms, bool Common)> SelectAsync(
        SqliteConnection connection, IReadOnlyList<string> terms, long total, CancellationToken cancellationToken)
    {
        if (total <= MinPrunedFrequency || terms.Count == 0)
        {
            return (terms, false);
        }

        var stems = await StemsAsync(connection, terms, cancellationToken).ConfigureAwait(false);
        var frequencies = new long[terms.Count];
        for (var i = 0; i < terms.Count; i++)
        {
            frequencies[i] = stems[i] is null ? 0 : await FrequencyAsync(connection, stems[i]!, total, cancellationToken).ConfigureAwait(false);
        }

        var threshold = Threshold(total);
        var kept = terms.Where((_, i) => frequencies[i] <= threshold).ToList();
        if (kept.Count > 0)
        {
            return (kept, false);
        }

        var rarest = 0;
        for (var i = 1; i < terms.Count; i++)
        {
            rarest = frequencies[i] < frequencies[rarest] ? i : rarest;
        }

        return ([terms[rarest]], true);
    }

    /// <summary>Drops every cached stem and frequency.</summary>
    public void Clear()
    {
        _stems.Clear();
        _frequencies.Clear();
    }

    private async Task<string?[]> StemsAsync(SqliteConnection connection, IReadOnlyList<string> terms, CancellationToken cancellationToken)
    {
        var stems = new string?[terms.Count];
        var missing = new List<int>();
        for (var i = 0; i < terms.Count; i++)
        {
            if (!_stems.TryGetValue(terms[i], out stems[i]))
            {
                missing.Add(i);
            }
        }

        if (missing.Count == 0)
        {
            return stems;
        }

        // Temporary objects live in the connection's own temp schema: nothing is written to the database file.
        using (var setup = connection.CreateCommand())
        {
            setup.CommandText = $"""
                CREATE VIRTUAL TABLE IF NOT EXISTS temp.mnemo_stem USING fts5(t, tokenize = '{Tokenizer}');
                CREATE VIRTUAL TABLE IF NOT EXISTS temp.mnemo_stem_terms USING fts5vocab(temp, mnemo_stem, 'instance');
                DELETE FROM temp.mnemo_stem;
                """;
            await setup.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        using (var insert = connection.CreateCommand())
        {
            insert.CommandText = "INSERT INTO temp.mnemo_stem(rowid, t) VALUES (@row, @term)";
            var row = insert.Parameters.Add("@row", SqliteType.Integer);
            var term = insert.Parameters.Add("@term", SqliteType.Text);
            foreach (var i in missing)
            {
                row.Value = i;
                term.Value = terms[i];
                await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        // A term the tokenizer splits in several tokens is matched as a phrase: its first token stands for it (the
        // phrase is at most as frequent, so the estimate errs towards keeping the term).
        var found = new Dictionary<long, string>();
        using (var read = connection.CreateCommand())
        {
            read.CommandText = "SELECT doc, term FROM temp.mnemo_stem_terms ORDER BY doc, offset";
            using var reader = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                found.TryAdd(reader.GetInt64(0), reader.GetString(1));
            }
        }

        if (_stems.Count > MaxCached)
        {
            _stems.Clear();
        }

        foreach (var i in missing)
        {
            stems[i] = found.GetValueOrDefault(i);
            _stems[terms[i]] = stems[i];
        }

        return stems;
    }

    private async Task<long> FrequencyAsync(SqliteConnection connection, string stem, long total, CancellationToken cancellationToken)
    {
        if (_frequencies.TryGetValue(stem, out var cached) && Math.Abs(total - cached.Total) * 10 <= cached.Total)
        {
            return cached.Frequency;
        }

        using (var setup = connection.CreateCommand())
        {
            setup.CommandText = "CREATE VIRTUAL TABLE IF NOT EXISTS temp.mnemo_index_terms USING fts5vocab(main, memories_fts, 'row')";
            await setup.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        using var command = connection.CreateCommand();
        command.CommandText = "SELECT doc FROM temp.mnemo_index_terms WHERE term = @term";
        command.Parameters.AddWithValue("@term", stem);
        var frequency = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is long value ? value : 0;
        if (_frequencies.Count > MaxCached)
        {
            _frequencies.Clear();
        }

        _frequencies[stem] = (frequency, total);
        return frequency;
    }
}
