using System.CommandLine;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using Mnemo.Cli.Hosting;
using Mnemo.Wire;

namespace Mnemo.Cli.Commands;

/// <summary><c>mnemo add "text" --user alice</c>: remembers a text or a conversation.</summary>
internal static class AddCommand
{
    public static Command Create(CliRuntime runtime)
    {
        var text = new Argument<string?>("text") { Description = "What to remember (said by the user); - reads it from standard input", Arity = ArgumentArity.ZeroOrOne };
        var messagesFile = new Option<FileInfo?>("--messages-file") { Description = "A JSON file of [{\"role\", \"content\"}] messages, instead of text" };
        var metadata = new Option<string?>("--metadata") { Description = "Metadata as a JSON object, e.g. '{\"topic\": \"work\"}'" };
        var categories = new Option<string[]>("--categories") { Description = "Categories, comma-separated or repeated", AllowMultipleArgumentsPerToken = true };
        var infer = new Option<bool>("--infer") { Description = "Extract facts (true, default) or store messages verbatim (false)", DefaultValueFactory = _ => true };
        var observedAt = new Option<DateTimeOffset?>("--observed-at") { Description = "When the conversation happened (ISO 8601; default now)" };
        var expiresAt = new Option<DateTimeOffset?>("--expires-at") { Description = "When the memories stop being returned (ISO 8601)" };
        var immutable = new Option<bool>("--immutable") { Description = "Store the memories as immutable" };
        var queue = new Option<bool>("--async") { Description = "Queue the add for background processing and print its event id (see 'mnemo events')" };

        var command = new Command("add", "Remember a text or a conversation") { text, messagesFile, metadata, categories, infer, observedAt, expiresAt, immutable, queue };
        var scope = ScopeOptions.AddTo(command);

        runtime.SetAction(command, async (run, cancellationToken) =>
        {
            var messages = await ReadMessagesAsync(run.Get(text), run.Get(messagesFile), run.Context.In, cancellationToken);
            var options = new AddOptions
            {
                Scope = scope.Read(run.Parse),
                Infer = run.Get(infer),
                Metadata = JsonInput.Metadata(run.Get(metadata)),
                Categories = JsonInput.Categories(run.Get(categories)),
                ObservedAt = run.Get(observedAt),
                ExpiresAt = run.Get(expiresAt),
                Immutable = run.Get(immutable),
            };

            if (run.Get(queue))
            {
                var ingestion = await run.ServiceAsync<IMemoryIngestion>();
                var queued = await ingestion.EnqueueAddAsync(messages, options, cancellationToken);
                WriteQueued(run, queued);
                return ExitCodes.Ok;
            }

            var memory = await run.MemoryAsync();
            AddResult result;
            try
            {
                result = await memory.AddAsync(messages, options, cancellationToken);
            }
            catch (MemoryExtractionException ex) when (ex.InnerException is not LlmException && ex.Messages.Count > 0)
            {
                // The LLM's answer was unusable: keep the messages where 'mnemo events' shows them, and say so.
                var ingestion = await run.ServiceAsync<IMemoryIngestion>();
                var kept = await ingestion.EnqueueAddAsync(messages, options, cancellationToken);
                throw new CliException(
                    ExitCodes.Unexpected,
                    $"{ex.Message.Replace(" the messages are kept for a retry.", string.Empty, StringComparison.Ordinal)} The messages are kept in the ingestion queue as event {kept.Id}: see 'mnemo events show {kept.Id}', retry with 'mnemo events process'.");
            }

            if (run.Output.Json)
            {
                run.Output.WriteJson(MemoryDtoMapper.ToDto(result));
                return ExitCodes.Ok;
            }

            foreach (var e in result.Results)
            {
                run.Output.WriteLine(e.Note is null
                    ? $"{MemoryDtoMapper.EventName(e.Event),-9} {e.Id}  {e.Memory}"
                    : $"{MemoryDtoMapper.EventName(e.Event),-9} {e.Id}  {e.Memory}  ({e.Note})");
            }

            foreach (var skipped in result.Skipped)
            {
                run.Output.Note(messages.Count == 1
                    ? $"skipped: {MemoryDtoMapper.Describe(skipped.Reason)}."
                    : $"message {skipped.Index + 1} skipped: {MemoryDtoMapper.Describe(skipped.Reason)}.");
            }

            foreach (var warning in result.Warnings)
            {
                run.Output.Note(warning);
            }

            if (result.Results.Count == 0 && result.Skipped.Count == 0 && result.Warnings.Count == 0)
            {
                run.Output.Note("nothing new to remember.");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    // Mem0's answer to an async add, so clients written for it read ours unchanged.
    private static void WriteQueued(CommandRun run, IngestionEvent queued)
    {
        if (run.Output.Json)
        {
            run.Output.WriteJson(new JsonObject
            {
                ["results"] = new JsonArray(new JsonObject
                {
                    ["message"] = "Memory processing has been queued for background execution",
                    ["status"] = "PENDING",
                    ["event_id"] = queued.Id.ToString(),
                }),
            });
            return;
        }

        run.Output.WriteLine(queued.Id.ToString());
        run.Output.Note("queued; run 'mnemo events process' (or a server with background ingestion) to apply it.");
    }

    private static async Task<IReadOnlyList<ChatMessage>> ReadMessagesAsync(string? text, FileInfo? file, TextReader standardInput, CancellationToken cancellationToken)
    {
        if (text is not null && file is not null)
        {
            throw CliException.Usage("give either a text or --messages-file, not both.");
        }

        if (file is not null)
        {
            var messages = await JsonInput.MessagesAsync(file, cancellationToken);
            return messages.Select(MemoryDtoMapper.ToChatMessage).ToList();
        }

        if (text is null)
        {
            throw CliException.Usage("nothing to add: give a text argument or --messages-file.");
        }

        if (text == "-")
        {
            // A long text (a document, a transcript) does not fit in an argument list; "-" is the usual "read stdin".
            text = await standardInput.ReadToEndAsync(cancellationToken);
        }

        return [new ChatMessage(ChatRole.User, text)];
    }
}
