using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Mnemo.TestUtilities;
using Xunit;

namespace Mnemo.Server.Tests;

/// <summary>
/// Stopping the host while writes are in flight: Kestrel stops accepting, the requests already running finish and are
/// answered, the ingestion worker finishes the add it holds, and the database has exactly what was confirmed.
/// </summary>
public sealed class GracefulShutdownTests
{
    private const int InFlight = 6;

    [Fact]
    public async Task StopAsync_SyncAddsInFlight_FinishesAndStoresEveryConfirmedAdd()
    {
        var ct = TestContext.Current.CancellationToken;
        var path = NewPath();
        var embedder = new GatedEmbeddingGenerator();
        var app = await StartAsync(path, embedder, background: false);
        var key = (await app.Services.GetRequiredService<IApiKeyStore>().CreateAsync("acme", cancellationToken: ct)).Key;
        using var client = Client(app, key);

        var adds = Enumerable.Range(0, InFlight).Select(i => SendAddAsync(client, $"{GatedEmbeddingGenerator.Marker} fact number {i}", asyncMode: false)).ToList();
        await WaitUntilAsync(() => embedder.Waiting == InFlight, ct);

        // Shutdown begins while every add waits for its embedding; the gate opens only once it has begun.
        var lifetime = app.Services.GetRequiredService<IHostApplicationLifetime>();
        lifetime.ApplicationStopping.Register(embedder.Open);
        await app.StopAsync(ct);
        await app.DisposeAsync();
        var responses = await Task.WhenAll(adds);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.Status));
        var stored = await ReadStoredAsync(path, ct);
        Assert.Equal(InFlight, stored.Count);
        Assert.Equal(
            responses.Select(r => r.Body).Order(StringComparer.Ordinal),
            stored.Select(m => m.Id.ToString()).Order(StringComparer.Ordinal));
        Assert.All(stored, m => Assert.StartsWith($"{GatedEmbeddingGenerator.Marker} fact number ", m.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task StopAsync_QueuedAddBeingProcessed_WorkerFinishesItBeforeStopping()
    {
        var ct = TestContext.Current.CancellationToken;
        var path = NewPath();
        var embedder = new GatedEmbeddingGenerator();
        var app = await StartAsync(path, embedder, background: true);
        var key = (await app.Services.GetRequiredService<IApiKeyStore>().CreateAsync("acme", cancellationToken: ct)).Key;
        using var client = Client(app, key);

        var accepted = await SendAddAsync(client, $"{GatedEmbeddingGenerator.Marker} queued fact", asyncMode: true);
        Assert.Equal(HttpStatusCode.OK, accepted.Status);
        await WaitUntilAsync(() => embedder.Waiting == 1, ct);
        app.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.Register(embedder.Open);
        await app.StopAsync(ct);
        await app.DisposeAsync();

        var ingestion = Open(path);
        await using (ingestion.Services)
        {
            var e = await ingestion.Services.GetRequiredService<IMemoryIngestion>().GetEventAsync(Guid.Parse(accepted.Body), ct);
            Assert.Equal(IngestionStatus.Succeeded, e!.Status);
        }

        var stored = Assert.Single(await ReadStoredAsync(path, ct));
        Assert.Equal($"{GatedEmbeddingGenerator.Marker} queued fact", stored.Text);
    }

    private static string NewPath() => Path.Combine(Path.GetTempPath(), "mnemo-server-tests", Guid.NewGuid().ToString("N") + ".db");

    private static async Task<WebApplication> StartAsync(string path, GatedEmbeddingGenerator embedder, bool background)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var mnemo = builder.Services.AddMnemo().WithSqliteStore(path).WithEmbeddingGenerator(embedder).WithSqliteApiKeys(path);
        if (background)
        {
            mnemo.WithBackgroundIngestion(o => o.PollInterval = TimeSpan.FromMilliseconds(50));
        }

        builder.Services.AddMnemoApi();
        var app = builder.Build();
        app.MapMnemoApi();
        await app.StartAsync();
        return app;
    }

    private static HttpClient Client(WebApplication app, string key)
    {
        var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Token", key);
        return client;
    }

    /// <summary>Adds one message (infer off); returns the status and the memory id (sync) or event id (async).</summary>
    private static async Task<(HttpStatusCode Status, string Body)> SendAddAsync(HttpClient client, string text, bool asyncMode)
    {
        var json = $$"""{"messages":[{"role":"user","content":"{{text}}"}],"user_id":"alex","infer":false,"async_mode":{{(asyncMode ? "true" : "false")}}}""";
        var (status, body) = await client.PostJsonAsync("/v1/memories/", json);
        var id = status != HttpStatusCode.OK ? string.Empty : asyncMode ? body![0]!["event_id"]!.GetValue<string>() : body![0]!["id"]!.GetValue<string>();
        return (status, id);
    }

    private static async Task WaitUntilAsync(Func<bool> condition, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        while (!condition())
        {
            await Task.Delay(10, timeout.Token);
        }
    }

    /// <summary>A fresh engine over the database, as after a restart (the hosted worker is not started).</summary>
    private static (ServiceProvider Services, IMemory Memory) Open(string path)
    {
        var services = new ServiceCollection();
        services.AddMnemo().WithSqliteStore(path).WithEmbeddingGenerator(new FakeEmbeddingGenerator()).WithBackgroundIngestion();
        var provider = services.BuildServiceProvider();
        return (provider, provider.GetRequiredService<IMemory>());
    }

    /// <summary>Reopens the database in a fresh engine and reads alex's memories in project acme.</summary>
    private static async Task<IReadOnlyList<MemoryItem>> ReadStoredAsync(string path, CancellationToken ct)
    {
        var (services, memory) = Open(path);
        await using (services)
        {
            var page = await memory.ListAsync(new ListOptions { Scope = new MemoryScope { ProjectId = "acme", UserId = "alex" }, PageSize = 100 }, ct);
            return page.Items;
        }
    }
}
