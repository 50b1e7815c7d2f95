using System.CommandLine;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Mnemo.Cli.Hosting;

namespace Mnemo.Cli.Commands;

/// <summary>
/// <c>mnemo serve</c>: the REST API (Mem0-compatible) and the MCP server (streamable HTTP at <c>/mcp</c>), behind the same
/// API keys, over the same store and configuration as the CLI.
/// </summary>
internal static class ServeCommand
{
    public static Command Create(CliRuntime runtime)
    {
        var urls = new Option<string>("--urls") { Description = "Addresses to listen on, ';'-separated (default http://127.0.0.1:8700)", DefaultValueFactory = _ => "http://127.0.0.1:8700" };
        var noAuth = new Option<bool>("--no-auth") { Description = "Development only: serve requests without an API key as the default project (loopback addresses only)" };
        var maxBody = new Option<long>("--max-body-bytes") { Description = "Largest request body in bytes; larger get 413 (default 1048576)", DefaultValueFactory = _ => 1024 * 1024 };
        var rateLimit = new Option<int>("--rate-limit") { Description = "Requests per minute per API key, 0 for none; over it, 429 with Retry-After (default 600)", DefaultValueFactory = _ => 600 };
        var command = new Command("serve", "Run the REST API (Mem0 platform and open-source routes, OpenAPI at /openapi/v1.json, reference at /docs) and the MCP server at /mcp") { urls, noAuth, maxBody, rateLimit };
        runtime.SetAction(command, async (run, cancellationToken) =>
        {
            var addresses = run.Get(urls).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (run.Get(noAuth) && !addresses.All(IsLoopback))
            {
                throw CliException.Usage("--no-auth is for development and only allowed on loopback addresses (127.0.0.1, [::1], localhost).");
            }

            var context = run.Context;
            var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
            builder.WebHost.UseUrls(addresses);
            builder.Logging.ClearProviders();

            // stdout is for data: request logs go to stderr.
            builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
            builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
            builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);

            // The MCP SDK logs every JSON-RPC call at Information; our own request line already covers /mcp.
            builder.Logging.AddFilter("ModelContextProtocol", LogLevel.Warning);
            builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(30));
            builder.Services.AddSingleton(context.Time);
            var mnemo = run.Settings.UseStore(builder.Services.AddMnemo(o => o.Embedding.ContextMemories = run.Settings.EmbeddingContext), withApiKeys: true)
                .WithOnnxEmbeddings(run.Settings.ConfigureEmbeddings)
                .WithBackgroundIngestion();
            if (LlmConfiguration.Resolve(context) is { } llm)
            {
                mnemo.WithOpenAIChat(llm);
            }

            context.ConfigureEngine?.Invoke(mnemo);
            builder.Services.AddMnemoApi(o =>
            {
                o.AllowAnonymous = run.Get(noAuth);
                o.MaxRequestBodyBytes = run.Get(maxBody);
                o.RateLimitPerWindow = run.Get(rateLimit);
            });
            builder.Services.AddMnemoMcp();

            await using var app = builder.Build();
            app.MapMnemoApi();
            app.MapMnemoMcp();
            await app.StartAsync(cancellationToken);
            await context.Error.WriteLineAsync($"mnemo serve: listening on {string.Join(", ", app.Urls)}, MCP at /mcp (store {run.Settings.StoreName}){(run.Get(noAuth) ? "; --no-auth: requests without a key use the default project" : string.Empty)}");
            try
            {
                await app.WaitForShutdownAsync(cancellationToken);
            }
            finally
            {
                // Graceful: stop accepting, let in-flight requests and the ingestion worker's current add finish.
                await app.StopAsync(CancellationToken.None);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static bool IsLoopback(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Host is "localhost" || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip)));
}
