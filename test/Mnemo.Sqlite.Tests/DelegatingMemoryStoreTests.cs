using Mnemo.StoreConformance;
using Xunit;

namespace Mnemo.Sqlite.Tests;

/// <summary>
/// The whole store conformance suite through a decorator that overrides nothing: every member must reach the SQLite
/// store, including the ones <see cref="IMemoryStore"/> gives a default (neighbours, actors, entities).
/// </summary>
public sealed class DelegatingMemoryStoreTests : MemoryStoreConformanceTests
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mnemo-delegating-").FullName;
    private int _files;

    protected override Task<IMemoryStore> CreateStoreAsync() =>
        Task.FromResult<IMemoryStore>(new PassThroughStore(SqliteMemoryStoreFactory.Create(new SqliteStoreOptions { Path = NewPath() })));

    [Fact]
    public void DelegatingMemoryStore_EveryInterfaceMember_IsImplementedByTheBaseClass()
    {
        // A member left to the interface's default would answer "nothing" for every decorated store.
        var map = typeof(DelegatingMemoryStore).GetInterfaceMap(typeof(IMemoryStore));

        Assert.All(map.TargetMethods, m => Assert.Equal(typeof(DelegatingMemoryStore), m.DeclaringType));
        Assert.All(map.TargetMethods, m => Assert.True(m.IsVirtual && !m.IsFinal, $"{m.Name} cannot be overridden"));
    }

    [Fact]
    public async Task GetService_ThroughTwoDecorators_FindsTheStoresQueueAndTheOuterDecoratorFirst()
    {
        var sqlite = SqliteMemoryStoreFactory.Create(new SqliteStoreOptions { Path = NewPath() });
        await using var outer = new PassThroughStore(new PassThroughStore(sqlite));

        Assert.Same(sqlite, outer.GetService<IIngestionQueue>());
        Assert.Same(outer, outer.GetService<DelegatingMemoryStore>());
        Assert.Same(outer, outer.GetService<IMemoryStore>());
        Assert.Null(outer.GetService<IIngestionQueue>(serviceKey: "other"));
        Assert.Null(outer.GetService<IDisposable>(serviceKey: "other"));
    }

    public override async ValueTask DisposeAsync()
    {
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

    private sealed class PassThroughStore(IMemoryStore inner) : DelegatingMemoryStore(inner);
}
