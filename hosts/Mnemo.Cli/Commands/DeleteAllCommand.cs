using System.CommandLine;
using Mnemo.Cli.Hosting;
using Mnemo.Cli.Output;

namespace Mnemo.Cli.Commands;

/// <summary><c>mnemo delete-all --user alice</c>: deletes every memory of a scope (history kept).</summary>
internal static class DeleteAllCommand
{
    public static Command Create(CliRuntime runtime)
    {
        var command = new Command("delete-all", "Delete every memory of a scope (at least one of --user/--agent/--run/--app)");
        var scope = ScopeOptions.AddTo(command);
        runtime.SetAction(command, async (run, cancellationToken) =>
        {
            var memory = await run.MemoryAsync();
            var deleted = await memory.DeleteAllAsync(scope.Read(run.Parse), cancellationToken);
            MessageResponse.Write(run.Output, $"Deleted {deleted} {(deleted == 1 ? "memory" : "memories")}.", "deleted", deleted);
            return ExitCodes.Ok;
        });
        return command;
    }
}
