using System.IO.Pipelines;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using Mnemo.TestUtilities;

namespace Mnemo.Mcp.Tests;

/// <summary>
/// A real engine over a temp SQLite file (fake embedder), served by a real MCP server with the Mnemo tools, and the SDK's
/// client connected to it over in-process pipes: the same JSON-RPC a stdio client sends, without a process.
/// </summary>
public sealed class McpFixture : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly McpServer _server;
    private readonly Task _serverRun;
    private readonly CancellationTokenSource _stop;
    private readonly string _directory;

    private McpFixture(ServiceProvider services, McpServer server, Task serverRun, CancellationTokenSource stop, McpClient client, string directory)
    {
        _services = services;
        _server = server;
        _serverRun = serverRun;
        _stop = stop;
        Client = client;
        _directory = directory;
        Memory = services.GetRequiredService<IMemory>();
    }

    public McpClient Client { get; }

    /// <summary>The engine behind the server, to seed memories of other users and check what the tools did.</summary>
    public IMemory Memory { get; }

    public static async Task<McpFixture> StartAsync(Action<MnemoMcpOptions> configure)
    {
        var directory = Directory.CreateTempSubdirectory("mnemo-mcp-tests-").FullName;
        var services = new ServiceCollection();
        services.AddMnemo().WithSqliteStore(Path.Combine(directory, "mnemo.db")).WithEmbeddingGenerator(new FakeEmbeddingGenerator());
        services.AddMcpServer().WithMnemoTools(configure);
        var provider = services.BuildServiceProvider();

        var toServer = new Pipe();
        var toClient = new Pipe();
        var options = provider.GetRequiredService<IOptions<McpServerOptions>>().Value;
        var server = McpServer.Create(new StreamServerTransport(toServer.Reader.AsStream(), toClient.Writer.AsStream()), options, loggerFactory: null, provider);
        var stop = new CancellationTokenSource();
        var run = server.RunAsync(stop.Token);
        var client = await McpClient.CreateAsync(
            new StreamClientTransport(toServer.Writer.AsStream(), toClient.Reader.AsStream()),
            cancellationToken: TestContext.Current.CancellationToken);
        return new McpFixture(provider, server, run, stop, client, directory);
    }

    /// <summary>Calls a tool and returns its result with the text content parsed as JSON (or as a JSON string when it is not JSON).</summary>
    public async Task<ToolCall> CallAsync(string tool, Dictionary<string, object?>? arguments = null)
    {
        var result = await Client.CallToolAsync(tool, arguments ?? [], cancellationToken: TestContext.Current.CancellationToken);
        var text = Assert.IsType<TextContentBlock>(Assert.Single(result.Content)).Text;
        JsonElement json;
        try
        {
            json = JsonDocument.Parse(text).RootElement.Clone();
        }
        catch (JsonException)
        {
            json = JsonSerializer.SerializeToElement(text);
        }

        return new ToolCall(result.IsError == true, text, json);
    }

    public async ValueTask DisposeAsync()
    {
        await Client.DisposeAsync();
        await _stop.CancelAsync();
        try
        {
            await _serverRun;
        }
        catch (OperationCanceledException)
        {
        }

        await _server.DisposeAsync();
        await _services.DisposeAsync();
        _stop.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
