using Mnemo.StoreConformance;

namespace Mnemo.Sqlite.Tests;

/// <summary>The working memory conformance suite over a real SQLite file; a second instance on the same file stands in for a restart.</summary>
public sealed class SqliteWorkingMemoryStoreTests : WorkingMemoryStoreConformanceTests
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mnemo-working-").FullName;
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

    private IMemoryStore Open(string path)
    {
        var store = SqliteMemoryStoreFactory.Create(new SqliteStoreOptions { Path = path });
        _paths[store] = path;
        return store;
    }
}
