using Mnemo.StoreConformance;

namespace Mnemo.Postgres.Tests;

/// <summary>The store conformance suite over a real PostgreSQL, each store in a fresh schema.</summary>
public sealed partial class PostgresMemoryStoreTests : MemoryStoreConformanceTests
{
    private readonly TestDatabase _database = new();

    protected override async Task<IMemoryStore> CreateStoreAsync() =>
        PostgresMemoryStoreFactory.Create(new PostgresStoreOptions { ConnectionString = await _database.NewSchemaAsync() });

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }
}
