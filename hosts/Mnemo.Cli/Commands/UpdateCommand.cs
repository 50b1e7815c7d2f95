using System.CommandLine;
using Mnemo.Cli.Hosting;
using Mnemo.Cli.Output;

namespace Mnemo.Cli.Commands;

/// <summary><c>mnemo update ID "new text"</c>: changes one memory (kept in its history).</summary>
internal static class UpdateCommand
{
    public static Command Create(CliRuntime runtime)
    {
        var id = IdArgument.Create("The memory id");
        var text = new Argument<string?>("text") { Description = "The new text (omit to change only metadata or categories)", Arity = ArgumentArity.ZeroOrOne };
        var metadata = new Option<string?>("--metadata") { Description = "Replace the metadata with this JSON object" };
        var categories = new Option<string[]>("--categories") { Description = "Replace the categories", AllowMultipleArgumentsPerToken = true };
        var command = new Command("update", "Change one memory") { id, text, metadata, categories };
        runtime.SetAction(command, async (run, cancellationToken) =>
        {
            var update = new MemoryUpdate
            {
                Text = run.Get(text),
                Metadata = JsonInput.Metadata(run.Get(metadata)),
                Categories = JsonInput.Categories(run.Get(categories)),
            };
            if (update.Text is null && update.Metadata is null && update.Categories is null)
            {
                throw CliException.Usage("nothing to update: give a new text, --metadata or --categories.");
            }

            var memory = await run.MemoryAsync();
            MemoryView.Write(run.Output, await memory.UpdateAsync(run.Get(id), update, cancellationToken: cancellationToken));
            return ExitCodes.Ok;
        });
        return command;
    }
}
