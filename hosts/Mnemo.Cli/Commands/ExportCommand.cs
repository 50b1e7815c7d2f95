using System.CommandLine;
using System.Text;
using System.Text.Json;
using Mnemo.Cli.Hosting;
using Mnemo.Wire;

namespace Mnemo.Cli.Commands;

/// <summary><c>mnemo export [FILE]</c>: every memory as JSONL (Mem0 memory objects), oldest first.</summary>
internal static class ExportCommand
{
    public static Command Create(CliRuntime runtime)
    {
        var file = new Argument<FileInfo?>("file") { Description = "Where to write (default: stdout)", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("export", "Export memories as JSONL (all scopes unless --user/--agent/--run/--app)") { file };
        var scope = ScopeOptions.AddTo(command);
        runtime.SetAction(command, async (run, cancellationToken) =>
        {
            var requested = scope.Read(run.Parse);
            var transfer = await run.TransferAsync();
            var target = run.Get(file);
            var count = 0;
            if (target is null)
            {
                count = await WriteAsync(transfer, requested, run.Context.Out, cancellationToken);
            }
            else
            {
                // Write beside the target and rename, so a failed export never leaves a truncated file in its place.
                var temporary = target.FullName + ".partial";
                await using (var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
                {
                    count = await WriteAsync(transfer, requested, writer, cancellationToken);
                }

                File.Move(temporary, target.FullName, overwrite: true);
            }

            run.Output.Note($"exported {count} memories{(target is null ? string.Empty : $" to {target.FullName}")}.");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static async Task<int> WriteAsync(IMemoryTransfer transfer, MemoryScope scope, TextWriter writer, CancellationToken cancellationToken)
    {
        var count = 0;
        await foreach (var item in transfer.ExportAsync(scope.IsEmpty ? null : scope, cancellationToken))
        {
            await writer.WriteLineAsync(JsonSerializer.Serialize(MemoryDtoMapper.ToDto(item), WireJson.Compact));
            count++;
        }

        await writer.FlushAsync(cancellationToken);
        return count;
    }
}
