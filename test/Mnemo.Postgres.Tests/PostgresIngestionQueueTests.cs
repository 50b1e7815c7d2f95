using Microsoft.Extensions.DependencyInjection;
using Mnemo.StoreConformance;
using Xunit;

namespace Mnemo.Postgres.Tests;

/// <summary>The ingestion queue conformance suite over a real PostgreSQL; a second instance on the same schema stands in for another replica.</summary>
public sealed class PostgresIngestionQueueTests : IngestionQueueConformanceTests
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

    [Fact]
    public async Task ClaimNext_ClaimerDisposedWhileRunning_AnotherInstanceReclaimsIt()
    {
        // A replica killed mid-add: its session ends, so its liveness lock is free and the claim can be taken over.
        var connection = await _database.NewSchemaAsync();
        var dying = Open(connection);
        var survivor = Open(connection);
        await dying.InitializeAsync(Model, Ct);
        await survivor.InitializeAsync(Model, Ct);
        var queued = await ((IIngestionQueue)dying).EnqueueAsync(MemoryScope.User("alice"), "p", Ct);
        Assert.Equal(queued.Id, (await ((IIngestionQueue)dying).ClaimNextAsync(Ct))?.Id);

        // While the claimer lives, its claim stays its own.
        Assert.Null(await ((IIngestionQueue)survivor).ClaimNextAsync(Ct));

        // The server ends the closed session asynchronously: poll, as a worker does every PollInterval.
        await ((IAsyncDisposable)dying).DisposeAsync();
        IngestionEvent? reclaimed = null;
        for (var i = 0; i < 50 && reclaimed is null; i++)
        {
            reclaimed = await ((IIngestionQueue)survivor).ClaimNextAsync(Ct);
            if (reclaimed is null)
            {
                await Task.Delay(100, Ct);
            }
        }

        Assert.Equal(queued.Id, reclaimed?.Id);
        Assert.Equal(2, reclaimed?.Attempts);
        Assert.Null(await ((IIngestionQueue)survivor).ClaimNextAsync(Ct));
    }

    [Fact]
    public async Task RequeueRunning_AnotherReplicaStarts_LiveClaimStaysWithItsWorker()
    {
        // A replica starting beside a live one mid-add: its start-up requeue must not hand that add out a second time.
        var connection = await _database.NewSchemaAsync();
        var working = Open(connection);
        var starting = Open(connection);
        await working.InitializeAsync(Model, Ct);
        await starting.InitializeAsync(Model, Ct);
        var queued = await ((IIngestionQueue)working).EnqueueAsync(MemoryScope.User("alice"), "p", Ct);
        Assert.Equal(queued.Id, (await ((IIngestionQueue)working).ClaimNextAsync(Ct))?.Id);

        Assert.Equal(0, await ((IIngestionQueue)starting).RequeueRunningAsync(Ct));

        Assert.Equal(IngestionStatus.Running, (await ((IIngestionQueue)starting).GetEventAsync(queued.Id, Ct))?.Status);
        Assert.Null(await ((IIngestionQueue)starting).ClaimNextAsync(Ct));
        await ((IAsyncDisposable)working).DisposeAsync();
        await ((IAsyncDisposable)starting).DisposeAsync();
    }

    [Fact]
    public async Task WithPostgresStore_ResolvesQueue_AsTheSameStoreInstance()
    {
        var services = new ServiceCollection();
        new Builder(services).WithPostgresStore(await _database.NewSchemaAsync());
        await using var provider = services.BuildServiceProvider();

        Assert.Same(provider.GetRequiredService<IMemoryStore>(), provider.GetRequiredService<IIngestionQueue>());
    }

    private IMemoryStore Open(string connection)
    {
        var store = PostgresMemoryStoreFactory.Create(new PostgresStoreOptions { ConnectionString = connection });
        _connections[store] = connection;
        return store;
    }

    private sealed class Builder(IServiceCollection services) : IMnemoBuilder
    {
        public IServiceCollection Services { get; } = services;
    }
}
