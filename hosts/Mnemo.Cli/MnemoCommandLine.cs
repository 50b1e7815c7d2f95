using System.CommandLine;
using System.CommandLine.Help;
using Mnemo.Cli.Commands;
using Mnemo.Cli.Hosting;

namespace Mnemo.Cli;

/// <summary>The <c>mnemo</c> command tree, and how one invocation runs (parse errors are usage errors, exit code 2).</summary>
internal sealed class MnemoCommandLine
{
    private readonly CliRuntime _runtime;
    private readonly Command _root;

    public MnemoCommandLine(CliContext context)
    {
        _runtime = new CliRuntime(context);
        // A plain Command named "mnemo", not RootCommand: RootCommand takes its name from the entry assembly
        // (Mnemo.Cli.dll), and help should show the name people type.
        _root = new Command("mnemo", "mnemo: long-term memory for AI agents, on your machine")
        {
            new HelpOption(),
            new VersionOption(),
            AddCommand.Create(_runtime),
            SearchCommand.Create(_runtime),
            ListCommand.Create(_runtime),
            GetCommand.Create(_runtime),
            UpdateCommand.Create(_runtime),
            DeleteCommand.Create(_runtime),
            DeleteAllCommand.Create(_runtime),
            HistoryCommand.Create(_runtime),
            ForgetCommand.Create(_runtime),
            ResetCommand.Create(_runtime),
            ImportCommand.Create(_runtime),
            ExportCommand.Create(_runtime),
            DemoCommand.Create(_runtime),
            EvalCommand.Create(_runtime),
            ChatCommand.Create(_runtime),
            EventsCommand.Create(_runtime),
            ServeCommand.Create(_runtime),
            KeysCommand.Create(_runtime),
            McpCommand.Create(_runtime),
        };
        _runtime.Globals.AddTo(_root);
    }

    /// <summary>The names of the top-level commands (for the test that keeps docs/cli.md's command table complete).</summary>
    internal IReadOnlyList<string> CommandNames => [.. _root.Subcommands.Select(c => c.Name)];

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken = default)
    {
        var context = _runtime.Context;
        var parseResult = _root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var error in parseResult.Errors)
            {
                await context.Error.WriteLineAsync($"error: {error.Message}");
            }

            await context.Error.WriteLineAsync($"Run '{string.Join(' ', CommandPath(parseResult))} --help' for usage.");
            return ExitCodes.Usage;
        }

        var invocation = new InvocationConfiguration
        {
            Output = context.Out,
            Error = context.Error,
            EnableDefaultExceptionHandler = false,
            ProcessTerminationTimeout = context.HandleTermination ? TimeSpan.FromSeconds(2) : null,
        };
        return await parseResult.InvokeAsync(invocation, cancellationToken);
    }

    private static IEnumerable<string> CommandPath(ParseResult parseResult)
    {
        var names = new List<string>();
        for (var result = parseResult.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Insert(0, result.Command.Name);
        }

        return names;
    }
}
