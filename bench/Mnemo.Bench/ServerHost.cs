using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Mnemo.Bench;

/// <summary>
/// A real Kestrel on 127.0.0.1 (random port) composed like <c>mnemo serve</c>: SQLite store and API keys in one file,
/// the ONNX embedder, background ingestion. The rate limit is off, so the load is not throttled into 429s.
/// </summary>
internal sealed class ServerHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ServerHost(WebApplication app)
    {
        _app = app;
        BaseAddress = new Uri(app.Urls.First());
    }

    public Uri BaseAddress { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<ServerHost> StartAsync(string databasePath, Embedder embedder, int? intraOpThreads = null, int? maxConcurrentSearches = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var mnemo = builder.Services.AddMnemo(o => o.MaxConcurrentSearches = maxConcurrentSearches ?? o.MaxConcurrentSearches)
            .WithSqliteStore(databasePath)
            .WithBackgroundIngestion()
            .WithSqliteApiKeys(databasePath);
        if (embedder.Model is not null)
        {
            mnemo.WithOnnxEmbeddings(o =>
            {
                embedder.Configure(o);
                o.IntraOpThreads = intraOpThreads;
            });
        }
        else
        {
            mnemo.WithEmbeddingGenerator(new HashEmbeddingGenerator());
        }

        builder.Services.AddMnemoApi(o => o.RateLimitPerWindow = 0);
        var app = builder.Build();
        app.MapMnemoApi();
        await app.StartAsync();
        return new ServerHost(app);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
