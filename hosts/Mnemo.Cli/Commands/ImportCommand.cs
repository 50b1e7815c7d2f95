using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Mnemo.Cli.Hosting;
using Mnemo.Cli.Output;
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
            var imported = 0;
            if (run.Context.IsInteractive)
            {
                await run.Output.Messages.Progress()
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                    .StartAsync(async progress =>
                    {
                        var task = progress.AddTask("importing", maxValue: Math.Max(1, source.Length));
                        imported = await ImportAsync(transfer, source, size, run.Context.Time, read => task.Value = read, cancellationToken);
                    });
            }
            else
            {
                imported = await ImportAsync(transfer, source, size, run.Context.Time, _ => { }, cancellationToken);
            }

            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            MessageResponse.Write(run.Output, $"Imported {imported} memories from {source.Name} in {seconds.ToString("0.0", CultureInfo.InvariantCulture)} s.", "imported", imported);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static async Task<int> ImportAsync(
        IMemoryTransfer transfer, FileInfo source, int batchSize, TimeProvider time, Action<long> reportBytes, CancellationToken cancellationToken)
    {
        var imported = 0;
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

            batch.Add(ParseLine(line, lineNumber, imported, time));
            if (batch.Count == batchSize)
            {
                imported += await transfer.ImportAsync(batch, cancellationToken);
                batch.Clear();
                reportBytes(stream.Position);
            }
        }

        if (batch.Count > 0)
        {
            imported += await transfer.ImportAsync(batch, cancellationToken);
        }

        reportBytes(stream.Length);
        return imported;
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
