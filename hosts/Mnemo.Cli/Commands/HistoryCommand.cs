using System.CommandLine;
using System.Globalization;
using Mnemo.Cli.Hosting;
using Spectre.Console;

namespace Mnemo.Cli.Commands;

/// <summary><c>mnemo history ID</c>: the changes to one memory, oldest first.</summary>
internal static class HistoryCommand
{
    public static Command Create(CliRuntime runtime)
    {
        var id = IdArgument.Create("The memory id");
        var command = new Command("history", "Show the changes to one memory") { id };
        runtime.SetAction(command, async (run, cancellationToken) =>
        {
            var memoryId = run.Get(id);
            var memory = await run.MemoryAsync();
            var entries = await memory.HistoryAsync(memoryId, cancellationToken);
            if (entries.Count == 0)
            {
                // Like get, update and delete: an id with no history is an id Mnemo does not know (or has forgotten).
                throw new MemoryNotFoundException(memoryId);
            }

            if (run.Output.Json)
            {
                run.Output.WriteJson(entries.Select(MemoryDtoMapper.ToDto).ToList());
                return ExitCodes.Ok;
            }

            var table = new Table().Border(TableBorder.Rounded).AddColumns("when", "event", "old", "new");
            foreach (var e in entries)
            {
                table.AddRow(
                    e.CreatedAt.ToString("u", CultureInfo.InvariantCulture),
                    MemoryDtoMapper.EventName(e.Event),
                    Markup.Escape(e.OldText ?? string.Empty),
                    Markup.Escape(e.NewText ?? string.Empty));
            }

            run.Output.Data.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }
}
