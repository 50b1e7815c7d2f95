using System.CommandLine;

namespace Mnemo.Cli.Hosting;

/// <summary>The scope options (--user, --agent, --run, --app) of one command.</summary>
internal sealed class ScopeOptions
{
    private readonly Option<string?> _user = new("--user", "-u") { Description = "User id (Mem0 user_id)" };
    private readonly Option<string?> _agent = new("--agent") { Description = "Agent id (Mem0 agent_id)" };
    private readonly Option<string?> _run = new("--run") { Description = "Run / session id (Mem0 run_id)" };
    private readonly Option<string?> _app = new("--app") { Description = "Application id (Mem0 app_id)" };

    public static ScopeOptions AddTo(Command command)
    {
        var scope = new ScopeOptions();
        command.Add(scope._user);
        command.Add(scope._agent);
        command.Add(scope._run);
        command.Add(scope._app);
        return scope;
    }

    /// <summary>The scope given; the engine rejects an empty one where a scope is required.</summary>
    public MemoryScope Read(ParseResult parseResult) => new()
    {
        UserId = parseResult.GetValue(_user),
        AgentId = parseResult.GetValue(_agent),
        RunId = parseResult.GetValue(_run),
        AppId = parseResult.GetValue(_app),
    };
}
