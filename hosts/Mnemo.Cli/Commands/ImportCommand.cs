using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Mnemo.Cli.Hosting;
using Mnemo.Cli.Output;
using Mnemo.Wire;
using Spectre.Console;

namespace Mnemo.Cli.Commands;

/// <summary>
/// <c>mnemo import FILE.jsonl</c>: Mem0-shaped memory objects, one per line, keeping ids and timestamps. Each batch is
/// one transaction, so an interrupted import leaves whole batches and nothing half-written.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(CliRuntime runtime)
    {
        var file = new Argument<FileInfo>("file") { Description = "JSONL file: one memory object per line ({\"id\", \"memory\", \"user_id\", \"created_at\", ...})" };
        var batchSize = new Option<int>("--batch-size") { Description = "Memories per transaction (default 256)", DefaultValueFactory = _ => 256 };
        var command = new Command("import", "Import memories from a JSONL file (ids and timestamps kept)") { file, batchSize };
        runtime.SetAction(command, async (run, cancellationToken) =>
        {
            var source = run.Get(file);
            var size = run.Get(batchSize);
            if (!source.Exists)
            {
                throw CliException.Usage($"'{source.FullName}' does not exist.");
            }

            if (size is < 1 or > 10_000)
            {
                throw CliException.Usage("--batch-size must be between 1 and 10000.");
            }

            var transfer = await run.TransferAsync();
            var started = Stopwatch.GetTimestamp();
            var imported = new ImportCount();
            if (run.Context.IsInteractive)
            {
                await run.Output.Messages.Progress()
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                    .StartAsync(async progress =>
                    {
                        var task = progress.AddTask("importing", maxValue: Math.Max(1, source.Length));
                        await ImportAsync(transfer, source, size, run.Context.Time, imported, read => task.Value = read, cancellationToken);
                    });
            }
            else
            {
                await ImportAsync(transfer, source, size, run.Context.Time, imported, _ => { }, cancellationToken);
            }

            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            // A repeated id replaces the earlier line (ids are kept), so the count is of distinct memories, not lines.
            var memories = imported.Ids.Count;
            var repeats = imported.Lines - memories;
            var repeated = repeats == 0 ? string.Empty : $" ({repeats} {(repeats == 1 ? "line" : "lines")} repeated an earlier id and replaced it)";
            MessageResponse.Write(
                run.Output,
                $"Imported {memories} {(memories == 1 ? "memory" : "memories")} from {source.Name} in {seconds.ToString("0.0", CultureInfo.InvariantCulture)} s{repeated}.",
                "imported",
                memories);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static async Task ImportAsync(
        IMemoryTransfer transfer, FileInfo source, int batchSize, TimeProvider time, ImportCount count, Action<long> reportBytes, CancellationToken cancellationToken)
    {
        var lineNumber = 0;
        var batch = new List<MemoryItem>(batchSize);
        await using var stream = source.OpenRead();
        using var reader = new StreamReader(stream);
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            batch.Add(ParseLine(line, lineNumber, count.Ids.Count, time));
            if (batch.Count == batchSize)
            {
                await ImportBatchAsync(transfer, batch, count, cancellationToken);
                batch.Clear();
                reportBytes(stream.Position);
            }
        }

        if (batch.Count > 0)
        {
            await ImportBatchAsync(transfer, batch, count, cancellationToken);
        }

        reportBytes(stream.Length);
    }

    private static async Task ImportBatchAsync(IMemoryTransfer transfer, List<MemoryItem> batch, ImportCount count, CancellationToken cancellationToken)
    {
        count.Lines += await transfer.ImportAsync(batch, cancellationToken);
        count.Ids.UnionWith(batch.Select(m => m.Id));
    }

    /// <summary>Lines written and the distinct ids among them.</summary>
    private sealed class ImportCount
    {
        public int Lines { get; set; }

        public HashSet<Guid> Ids { get; } = [];
    }

    private static MemoryItem ParseLine(string line, int lineNumber, int importedSoFar, TimeProvider time)
    {
        try
        {
            var dto = JsonSerializer.Deserialize<MemoryDto>(line, WireJson.Compact)
                ?? throw CliException.Usage($"line {lineNumber}: null is not a memory object.");
            return MemoryDtoMapper.ToItem(dto, time.GetUtcNow());
        }
        catch (Exception ex) when (ex is JsonException or MemoryValidationException)
        {
            throw CliException.Usage($"line {lineNumber}: {ex.Message} ({importedSoFar} memories were imported before it).");
        }
    }
}
