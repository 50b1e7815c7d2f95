using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Mnemo.TestUtilities;

using Xunit;

namespace Mnemo.Server.Tests;

/// <summary>A real Kestrel on 127.0.0.1 (random port) over a real SQLite file and the fake embedder.</summary>
internal sealed class TestServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestServer(WebApplication app, string path)
    {
        _app = app;
        DatabasePath = path;
        BaseAddress = new Uri(app.Urls.First());
        Keys = app.Services.GetRequiredService<IApiKeyStore>();
    }

    public string DatabasePath { get; }

    public Uri BaseAddress { get; }

    public IApiKeyStore Keys { get; }

    public static async Task<TestServer> StartAsync(string? path = null, bool background = true, Action<MnemoApiOptions>? configure = null, bool mcp = false, Microsoft.Extensions.AI.IChatClient? chat = null, ILoggerProvider? logs = null)
    {
        path ??= Path.Combine(Path.GetTempPath(), "mnemo-server-tests", Guid.NewGuid().ToString("N") + ".db");
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        if (logs is not null)
        {
            builder.Logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace);
        }
        var mnemo = builder.Services.AddMnemo()
            .WithSqliteStore(path)
            .WithEmbeddingGenerator(new FakeEmbeddingGenerator())
            .WithSqliteApiKeys(path);
        if (chat is not null)
        {
            // Before AddMnemoApi(), which wraps the registered LLM to count its tokens per project.
            builder.Services.AddSingleton(chat);
        }

        if (background)
        {
            mnemo.WithBackgroundIngestion(o => o.PollInterval = TimeSpan.FromMilliseconds(50));
        }

        builder.Services.AddMnemoApi(configure);
        if (mcp)
        {
            builder.Services.AddMnemoMcp();
        }

        var app = builder.Build();
        app.MapMnemoApi();
        if (mcp)
        {
            app.MapMnemoMcp();
        }

        await app.StartAsync();
        return new TestServer(app, path);
    }

    /// <summary>A client authenticated with a new key of <paramref name="project"/>.</summary>
    public async Task<HttpClient> ClientAsync(string project)
    {
        var key = await Keys.CreateAsync(project);
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Token", key.Key);
        return client;
    }

    public HttpClient Anonymous() => new() { BaseAddress = BaseAddress };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
