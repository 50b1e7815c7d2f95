using Microsoft.Extensions.DependencyInjection;
using Mnemo.StoreConformance;
using Xunit;

namespace Mnemo.Sqlite.Tests;

/// <summary>The ingestion queue conformance suite over a real SQLite file; a second instance on the same file stands in for another process.</summary>
public sealed class SqliteIngestionQueueTests : IngestionQueueConformanceTests
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mnemo-queue-").FullName;
    private readonly Dictionary<IMemoryStore, string> _paths = [];
    private int _files;

    protected override Task<IMemoryStore> CreateStoreAsync() =>
        Task.FromResult(Open(Path.Combine(_folder, $"store{Interlocked.Increment(ref _files)}", "mnemo.db")));

    protected override Task<IMemoryStore> OpenAgainAsync(IMemoryStore store) => Task.FromResult(Open(_paths[store]));

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; never fail a test on cleanup.
        }
    }

    [Fact]
    public async Task WithSqliteStore_ResolvesQueue_AsTheSameStoreInstance()
    {
        var services = new ServiceCollection();
        new Builder(services).WithSqliteStore(Path.Combine(_folder, "di", "mnemo.db"));
        await using var provider = services.BuildServiceProvider();

        Assert.Same(provider.GetRequiredService<IMemoryStore>(), provider.GetRequiredService<IIngestionQueue>());
    }

    private IMemoryStore Open(string path)
    {
        var store = SqliteMemoryStoreFactory.Create(new SqliteStoreOptions { Path = path });
        _paths[store] = path;
        return store;
    }

    private sealed class Builder(IServiceCollection services) : IMnemoBuilder
    {
        public IServiceCollection Services { get; } = services;
    }
}
