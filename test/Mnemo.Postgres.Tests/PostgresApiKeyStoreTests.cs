using Mnemo.StoreConformance;
using Npgsql;

namespace Mnemo.Postgres.Tests;

/// <summary>The API key conformance suite over PostgreSQL (the key store of the memory store's database).</summary>
public sealed class PostgresApiKeyStoreTests : ApiKeyStoreConformanceTests
{
    private readonly TestDatabase _database = new();
    private readonly Dictionary<IApiKeyStore, string> _connections = [];
    private readonly List<IAsyncDisposable> _opened = [];

    protected override async Task<IApiKeyStore> CreateStoreAsync() => Open(await _database.NewSchemaAsync());

    protected override Task<IApiKeyStore> OpenAgainAsync(IApiKeyStore store) => Task.FromResult(Open(_connections[store]));

    protected override async Task<IReadOnlyList<string>> ReadStoredValuesAsync(IApiKeyStore store)
    {
        await using var connection = new NpgsqlConnection(_connections[store]);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand("SELECT * FROM api_keys", connection);
        await using var reader = await command.ExecuteReaderAsync(Ct);
        var values = new List<string>();
        while (await reader.ReadAsync(Ct))
        {
            values.AddRange(Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? string.Empty : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!));
        }

        return values;
    }

    public override async ValueTask DisposeAsync()
    {
        foreach (var opened in _opened)
        {
            await opened.DisposeAsync();
        }

        await base.DisposeAsync();
        await _database.DisposeAsync();
    }

    private IApiKeyStore Open(string connection)
    {
        // Half through the memory store's capability, half standalone: both are how hosts get it.
        IApiKeyStore keys;
        if (_connections.Count % 2 == 0)
        {
            var store = PostgresMemoryStoreFactory.Create(new PostgresStoreOptions { ConnectionString = connection }, Time);
            _opened.Add((IAsyncDisposable)store);
            keys = store.GetService<IApiKeyStore>()!;
        }
        else
        {
            keys = PostgresMemoryStoreFactory.CreateApiKeyStore(connection, Time);
            _opened.Add((IAsyncDisposable)keys);
        }

        _connections[keys] = connection;
        return keys;
    }
}
