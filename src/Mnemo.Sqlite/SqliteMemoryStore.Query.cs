using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace Mnemo;

/// <summary>Reads: listing with paging and total, and streaming for export and bulk deletes.</summary>
internal sealed partial class SqliteMemoryStore
{
    public async Task<MemoryPage> ListAsync(MemoryListQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        EnsureInitialized();
        ArgumentOutOfRangeException.ThrowIfNegative(query.Offset);
        ArgumentOutOfRangeException.ThrowIfNegative(query.Limit);

        var parameters = new SqlParameters();
        var where = Where(query, parameters);
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);

        // One read transaction: the page and the count see the same snapshot.
        using var transaction = connection.BeginTransaction(deferred: true);
        using var count = Command(connection, transaction, $"SELECT count(*) FROM memories m WHERE {where}");
        parameters.CopyTo(count);
        var total = Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);

        var items = new List<MemoryItem>(Math.Min(query.Limit, Math.Max(0, total - query.Offset)));
        if (query.Limit > 0 && query.Offset < total)
        {
            using var page = Command(
                connection, transaction,
                $"SELECT {MemoryRows.Columns} FROM memories m WHERE {where} ORDER BY {MemoryRows.OrderBy(query.Order)} LIMIT @limit OFFSET @offset");
            parameters.CopyTo(page);
            page.Parameters.AddWithValue("@limit", query.Limit);
            page.Parameters.AddWithValue("@offset", query.Offset);
            using var reader = await page.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                items.Add(MemoryRows.Instance.Memory(reader));
            }
        }

        transaction.Commit();
        var pageNumber = query.Limit > 0 ? (query.Offset / query.Limit) + 1 : 1;
        return new MemoryPage(items, total, pageNumber, query.Limit);
    }

    public async IAsyncEnumerable<MemoryItem> StreamAsync(
        MemoryListQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        EnsureInitialized();
        var parameters = new SqlParameters();
        var where = Where(query, parameters);
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = Command(connection, null, $"SELECT {MemoryRows.Columns} FROM memories m WHERE {where} ORDER BY {MemoryRows.OrderBy(query.Order)}");
        parameters.CopyTo(command);
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return MemoryRows.Instance.Memory(reader);
        }
    }

    private static string Where(MemoryListQuery query, SqlParameters parameters) =>
        VisibleWhere(query.Scope, query.AsOf, query.IncludeSuperseded, query.IncludeExpired, query.Filter, parameters);

    /// <summary>The rows a read may see: in the scope, active at the given time (or kept by the flags), passing the filter.</summary>
    private static string VisibleWhere(
        MemoryScope? scope, DateTimeOffset asOf, bool includeSuperseded, bool includeExpired, MemoryFilter? filter, SqlParameters parameters) =>
        $"{SqliteDialect.Scopes.Where(scope, parameters)} AND {SqliteDialect.Scopes.Active(asOf, includeSuperseded, includeExpired, parameters)} AND {SqliteDialect.Filters.Where(filter, parameters)}";

    private static async Task<List<long>> ReadSeqsAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var seqs = new List<long>();
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            seqs.Add(reader.GetInt64(0));
        }

        return seqs;
    }
}
