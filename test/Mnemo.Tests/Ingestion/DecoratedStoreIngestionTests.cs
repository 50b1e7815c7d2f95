using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Mnemo.TestUtilities;
using Xunit;

namespace Mnemo.Tests.Ingestion;

public sealed class DecoratedStoreIngestionTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mnemo-decorated-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EnqueueAddAsync_StoreBehindADecorator_FindsTheQueueThroughGetService()
    {
        var services = new ServiceCollection();
        services.AddMnemo().WithSqliteStore(Path.Combine(_folder, "mnemo.db")).WithEmbeddingGenerator(new FakeEmbeddingGenerator());
        var sqlite = services.Last(d => d.ServiceType == typeof(IMemoryStore));
        services.Remove(sqlite);
        services.AddSingleton<IMemoryStore>(sp => new PassThroughStore((IMemoryStore)sqlite.ImplementationFactory!(sp)));
        services.RemoveAll<IIngestionQueue>();
        await using var provider = services.BuildServiceProvider();

        var ingestion = provider.GetRequiredService<IMemoryIngestion>();
        var queued = await ingestion.EnqueueAddAsync([new ChatMessage(ChatRole.User, "I like green tea")], new AddOptions { Scope = MemoryScope.User("alice") }, Ct);

        Assert.Equal(IngestionStatus.Pending, queued.Status);
        Assert.Equal(IngestionStatus.Pending, (await ingestion.GetEventAsync(queued.Id, Ct))?.Status);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; never fail a test on cleanup.
        }
    }

    private sealed class PassThroughStore(IMemoryStore inner) : DelegatingMemoryStore(inner);
}
