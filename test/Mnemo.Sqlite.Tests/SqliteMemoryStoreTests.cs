using Mnemo.StoreConformance;

namespace Mnemo.Sqlite.Tests;

/// <summary>The store conformance suite over a real SQLite file in a temporary folder.</summary>
public sealed partial class SqliteMemoryStoreTests : MemoryStoreConformanceTests
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mnemo-sqlite-").FullName;
    private readonly List<IMemoryStore> _opened = [];
    private int _files;

    protected override Task<IMemoryStore> CreateStoreAsync() =>
        Task.FromResult(SqliteMemoryStoreFactory.Create(new SqliteStoreOptions { Path = NewPath() }));

    public override async ValueTask DisposeAsync()
    {
        foreach (var store in _opened)
        {
            await ((IAsyncDisposable)store).DisposeAsync();
        }

        await base.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; never fail a test on cleanup.
        }
    }

    private string NewPath() => Path.Combine(_folder, $"store{Interlocked.Increment(ref _files)}", "mnemo.db");
}
