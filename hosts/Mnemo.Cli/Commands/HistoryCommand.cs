using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Mnemo.Cli.Hosting;
using Mnemo.Wire;
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
            var entries = await memory.HistoryAsync(memoryId, cancellationToken: cancellationToken);
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

            var table = new Table().Border(TableBorder.Rounded).AddColumns("when", "event", "old", "new", "other changes");
            foreach (var e in entries)
            {
                table.AddRow(
                    e.CreatedAt.ToString("u", CultureInfo.InvariantCulture),
                    MemoryDtoMapper.EventName(e.Event),
                    Markup.Escape(e.OldText ?? string.Empty),
                    Markup.Escape(e.NewText ?? string.Empty),
                    Markup.Escape(OtherChanges(e)));
            }

            run.Output.Data.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }

    // What an update changed besides the text (metadata, categories, expiry), one "field: old -> new" line each.
    private static string OtherChanges(MemoryHistoryEntry e)
    {
        var lines = new List<string>();
        if (e.NewMetadata is not null)
        {
            lines.Add($"metadata: {JsonSerializer.Serialize(e.OldMetadata ?? MemoryMetadata.Empty)} -> {JsonSerializer.Serialize(e.NewMetadata)}");
        }

        if (e.NewCategories is not null)
        {
            lines.Add($"categories: [{string.Join(", ", e.OldCategories ?? [])}] -> [{string.Join(", ", e.NewCategories)}]");
        }

        if (e.NewExpiresAt is { } expires)
        {
            lines.Add($"expires: {e.OldExpiresAt?.ToString("u", CultureInfo.InvariantCulture) ?? "never"} -> {expires.ToString("u", CultureInfo.InvariantCulture)}");
        }

        return string.Join('\n', lines);
    }
}
