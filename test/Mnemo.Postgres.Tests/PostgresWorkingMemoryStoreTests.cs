using Mnemo.StoreConformance;

namespace Mnemo.Postgres.Tests;

/// <summary>The working memory conformance suite over a real PostgreSQL; a second instance on the same schema stands in for a restart.</summary>
public sealed class PostgresWorkingMemoryStoreTests : WorkingMemoryStoreConformanceTests
{
    private readonly TestDatabase _database = new();
    private readonly Dictionary<IMemoryStore, string> _connections = [];

    protected override async Task<IMemoryStore> CreateStoreAsync() => Open(await _database.NewSchemaAsync());

    protected override Task<IMemoryStore> OpenAgainAsync(IMemoryStore store) => Task.FromResult(Open(_connections[store]));

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }

    private IMemoryStore Open(string connection)
    {
        var store = PostgresMemoryStoreFactory.Create(new PostgresStoreOptions { ConnectionString = connection });
        _connections[store] = connection;
        return store;
    }
}
