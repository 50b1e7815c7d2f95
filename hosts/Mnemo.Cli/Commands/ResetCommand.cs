using System.CommandLine;
using Mnemo.Cli.Hosting;
using Mnemo.Cli.Output;

namespace Mnemo.Cli.Commands;

/// <summary><c>mnemo reset</c>: erases every memory of every scope.</summary>
internal static class ResetCommand
{
    public static Command Create(CliRuntime runtime)
    {
        var yes = new Option<bool>("--yes", "-y") { Description = "Do not ask for confirmation (required when not on a terminal)" };
        var command = new Command("reset", "Erase every memory, history entry and cached embedding of the database") { yes };
        runtime.SetAction(command, async (run, cancellationToken) =>
        {
            if (!await Confirmation.ConfirmAsync(run.Context, run.Get(yes), $"Erase every memory in {run.Settings.StoreName}?", cancellationToken))
            {
                run.Output.Note("nothing was erased.");
                return ExitCodes.Cancelled;
            }

            var memory = await run.MemoryAsync();
            await memory.ResetAsync(cancellationToken);
            MessageResponse.Write(run.Output, "Memories reset successfully!");
            return ExitCodes.Ok;
        });
        return command;
    }
}
