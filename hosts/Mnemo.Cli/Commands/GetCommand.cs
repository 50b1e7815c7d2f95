using System.CommandLine;
using Mnemo.Cli.Hosting;
using Mnemo.Cli.Output;

namespace Mnemo.Cli.Commands;

/// <summary><c>mnemo get ID</c>: one memory with all its fields.</summary>
internal static class GetCommand
{
    public static Command Create(CliRuntime runtime)
    {
        var id = IdArgument.Create("The memory id");
        var command = new Command("get", "Show one memory") { id };
        runtime.SetAction(command, async (run, cancellationToken) =>
        {
            var memoryId = run.Get(id);
            var memory = await run.MemoryAsync();
            var item = await memory.GetAsync(memoryId, cancellationToken: cancellationToken) ?? throw new MemoryNotFoundException(memoryId);
            MemoryView.Write(run.Output, item);
            return ExitCodes.Ok;
        });
        return command;
    }
}
