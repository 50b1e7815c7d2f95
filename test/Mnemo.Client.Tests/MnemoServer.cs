using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Mnemo.TestUtilities;

namespace Mnemo.Client.Tests;

/// <summary>
/// What <c>mnemo serve</c> runs, in process: a real Kestrel on 127.0.0.1 (a free port) over a real SQLite file and the
/// fake embedder, with API keys in the same file. Clients get keys of their own projects.
/// </summary>
public sealed class MnemoServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _directory;

    private MnemoServer(WebApplication app, string directory)
    {
        _app = app;
        _directory = directory;
        BaseAddress = new Uri(app.Urls.First());
        Keys = app.Services.GetRequiredService<IApiKeyStore>();
    }

    public Uri BaseAddress { get; }

    public IApiKeyStore Keys { get; }

    /// <summary>Starts a server; <paramref name="chat"/> is its language model (none: the rule-based extractor).</summary>
    public static async Task<MnemoServer> StartAsync(Microsoft.Extensions.AI.IChatClient? chat = null)
    {
        var directory = Directory.CreateTempSubdirectory("mnemo-client-tests-").FullName;
        var path = Path.Combine(directory, "mnemo.db");
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddMnemo().WithSqliteStore(path).WithEmbeddingGenerator(new FakeEmbeddingGenerator()).WithSqliteApiKeys(path);
        builder.Services.AddMnemoApi(o => o.RateLimitPerWindow = 0);
        if (chat is not null)
        {
            builder.Services.AddSingleton(chat);
        }

        var app = builder.Build();
        app.MapMnemoApi();
        await app.StartAsync();
        return new MnemoServer(app, directory);
    }

    /// <summary>A new API key of <paramref name="project"/>.</summary>
    public async Task<string> KeyAsync(string project) => (await Keys.CreateAsync(project)).Key;

    /// <summary>
    /// An application's container switched to this server with one line, <c>AddMnemo().WithRemoteServer(url, key)</c>;
    /// <paramref name="configure"/> adds to it (handlers of the named HTTP client, options).
    /// </summary>
    public ServiceProvider Application(string apiKey, Action<MnemoClientOptions>? options = null, Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddMnemo().WithRemoteServer(BaseAddress, apiKey, options);
        configure?.Invoke(services);
        return services.BuildServiceProvider();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; never fail a test over clean-up.
        }
    }
}
