using System.CommandLine;
using Mnemo.Cli.Hosting;
using Mnemo.Cli.Output;

namespace Mnemo.Cli.Commands;

/// <summary><c>mnemo forget --user alice</c>: erases a subject completely and prints the receipt.</summary>
internal static class ForgetCommand
{
    public static Command Create(CliRuntime runtime)
    {
        var yes = new Option<bool>("--yes", "-y") { Description = "Do not ask for confirmation (required when not on a terminal)" };
        var command = new Command("forget", "Erase everything about a subject: memories, history, index entries, cached embeddings") { yes };
        var scope = ScopeOptions.AddTo(command);
        runtime.SetAction(command, async (run, cancellationToken) =>
        {
            var subject = scope.Read(run.Parse);
            subject.Validate();
            if (!await Confirmation.ConfirmAsync(run.Context, run.Get(yes), $"Forget everything about {subject}?", cancellationToken))
            {
                run.Output.Note("nothing was forgotten.");
                return ExitCodes.Cancelled;
            }

            var memory = await run.MemoryAsync();
            ReceiptView.Write(run.Output, await memory.ForgetAsync(subject, cancellationToken));
            return ExitCodes.Ok;
        });
        return command;
    }
}
