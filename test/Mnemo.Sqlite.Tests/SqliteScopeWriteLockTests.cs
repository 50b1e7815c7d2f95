using Xunit;
using Mnemo.StoreConformance;

namespace Mnemo.Sqlite.Tests;

/// <summary>
/// The scope write lock conformance suite over SQLite's file locks; two store instances over one file stand in for two
/// processes (the locks are per open file, so they exclude each other exactly as two processes do).
/// </summary>
public sealed class SqliteScopeWriteLockTests : ScopeWriteLockConformanceTests
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mnemo-locks-").FullName;

    protected override Task<IMemoryStore> CreateStoreAsync() => Task.FromResult(Open());

    protected override Task<IMemoryStore> OpenAgainAsync(IMemoryStore store) => Task.FromResult(Open());

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task LockFiles_AreEmptyPrivateAndNamedBySlotOnly()
    {
        var store = Open();
        await store.InitializeAsync(Model, Ct);
        var locks = Assert.IsAssignableFrom<IScopeWriteLock>(store.GetService(typeof(IScopeWriteLock)));
        using (await locks.AcquireAsync([new("i\u001f\u001fuser\u001falice-secret-name", true), new("p\u001f", false)], Ct))
        {
        }

        var folder = Path.Combine(_folder, "mnemo.db.locks");
        var files = Directory.GetFiles(folder);
        Assert.NotEmpty(files);
        Assert.All(files, f =>
        {
            Assert.Matches("^[0-9a-f]{2}\\.(gate|lock)$", Path.GetFileName(f));
            Assert.Equal(0, new FileInfo(f).Length);
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(f));
            }
        });
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(folder));
        }

        await ((IAsyncDisposable)store).DisposeAsync();
    }

    private IMemoryStore Open() => SqliteMemoryStoreFactory.Create(new SqliteStoreOptions { Path = Path.Combine(_folder, "mnemo.db") });
}
