using System.CommandLine;
using Mnemo.Cli.Hosting;
using Mnemo.Cli.Output;

namespace Mnemo.Cli.Commands;

/// <summary><c>mnemo delete ID</c>: deletes one memory (its history keeps a DELETE entry).</summary>
internal static class DeleteCommand
{
    public static Command Create(CliRuntime runtime)
    {
        var id = IdArgument.Create("The memory id");
        var command = new Command("delete", "Delete one memory") { id };
        runtime.SetAction(command, async (run, cancellationToken) =>
        {
            var memory = await run.MemoryAsync();
            await memory.DeleteAsync(run.Get(id), cancellationToken: cancellationToken);
            MessageResponse.Write(run.Output, "Memory deleted successfully!");
            return ExitCodes.Ok;
        });
        return command;
    }
}
