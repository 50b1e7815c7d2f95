using System.CommandLine;

namespace Mnemo.Cli.Hosting;

/// <summary>Shared by every command: the context, the global options, and the one place errors become exit codes.</summary>
internal sealed class CliRuntime(CliContext context)
{
    public CliContext Context { get; } = context;

    public GlobalOptions Globals { get; } = new();

    /// <summary>Sets <paramref name="command"/>'s action to <paramref name="action"/>, wrapped in settings and error handling.</summary>
    public void SetAction(Command command, Func<CommandRun, CancellationToken, Task<int>> action) =>
        command.SetAction((parseResult, cancellationToken) => RunAsync(parseResult, action, cancellationToken));

    private async Task<int> RunAsync(ParseResult parseResult, Func<CommandRun, CancellationToken, Task<int>> action, CancellationToken cancellationToken)
    {
        CommandRun? run = null;
        try
        {
            run = new CommandRun(parseResult, CliSettings.Resolve(parseResult, Globals, Context), Context);
            return await action(run, cancellationToken);
        }
        catch (Exception ex)
        {
            return ErrorReporter.Report(ex, Context, run?.Settings.StoreName, cancellationToken);
        }
        finally
        {
            if (run is not null)
            {
                await run.DisposeAsync();
            }

            await Context.Out.FlushAsync(CancellationToken.None);
        }
    }
}
