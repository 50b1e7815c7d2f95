using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Mnemo.Cli.Hosting;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace Mnemo.Cli.Commands;

/// <summary>
/// <c>mnemo mcp --user alice</c>: serves the memory tools to an MCP client (Claude Desktop, Claude Code, Cursor) over
/// stdio until the client closes stdin. stdout carries only the protocol; the one status line goes to stderr.
/// </summary>
internal static class McpCommand
{
    public const string UserVariable = "MNEMO_USER_ID";
    public const string AgentVariable = "MNEMO_AGENT_ID";

    public static Command Create(CliRuntime runtime)
    {
        var user = new Option<string?>("--user", "-u") { Description = $"The user whose memories the tools read and write (or {UserVariable})" };
        var agent = new Option<string?>("--agent") { Description = $"The agent whose memories the tools read and write (or {AgentVariable})" };
        var allowAnyUser = new Option<bool>("--allow-any-user") { Description = "Let tool calls choose another user_id/agent_id (off: the model cannot read other users' memories)" };
        var command = new Command("mcp", "Serve memory to MCP clients (Claude Desktop, Claude Code, Cursor) over stdio") { user, agent, allowAnyUser };

        runtime.SetAction(command, async (run, cancellationToken) =>
        {
            var userId = FirstSet(run.Get(user), run.Context.Environment(UserVariable));
            var agentId = FirstSet(run.Get(agent), run.Context.Environment(AgentVariable));
            var anyUser = run.Get(allowAnyUser);
            if (userId is null && agentId is null && !anyUser)
            {
                throw CliException.Usage($"mnemo mcp needs whose memories to serve: --user <id> (or {UserVariable}), --agent <id> (or {AgentVariable}), or --allow-any-user.");
            }

            var services = new ServiceCollection();
            services.AddSingleton(await run.MemoryAsync());

            // A long-running server: run the engine's hosted services as `mnemo serve`'s host does (the local model's
            // background load at start, OnnxWarmUp), so the client's first search does not wait for the model.
            var hosted = (await run.ServiceAsync<IEnumerable<IHostedService>>()).ToList();
            foreach (var service in hosted)
            {
                await service.StartAsync(cancellationToken);
            }

            services.AddMcpServer(o => o.ServerInfo = new Implementation { Name = "mnemo", Version = typeof(McpCommand).Assembly.GetName().Version?.ToString(3) ?? "0.0.0" })
                .WithMnemoTools(o =>
                {
                    o.UserId = userId;
                    o.AgentId = agentId;
                    o.AllowAnyUser = anyUser;
                });
            await using var provider = services.BuildServiceProvider();
            var options = provider.GetRequiredService<IOptions<McpServerOptions>>().Value;
            await using var transport = new StdioServerTransport(options);
            await using var server = McpServer.Create(transport, options, loggerFactory: null, provider);

            var scope = new MemoryScope { UserId = userId, AgentId = agentId };
            await run.Context.Error.WriteLineAsync(
                $"mnemo mcp: serving {(scope.IsEmpty ? "any user" : scope.ToString())}{(anyUser ? " (any user allowed)" : string.Empty)} from {run.Settings.StoreName} over stdio");
            try
            {
                await server.RunAsync(cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Ctrl+C or the client stopping the process: a normal end for a server.
            }
            finally
            {
                for (var i = hosted.Count - 1; i >= 0; i--)
                {
                    await hosted[i].StopAsync(CancellationToken.None);
                }
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static string? FirstSet(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();
}
