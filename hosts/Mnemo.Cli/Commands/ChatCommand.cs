using System.CommandLine;
using System.Text;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Mnemo.Cli.Hosting;

namespace Mnemo.Cli.Commands;

/// <summary>
/// <c>mnemo chat --user alice</c>: for each line on stdin, recalls the relevant memories, answers with the configured
/// LLM (stdout), and records the turn in the background. Ends at end of input or <c>/exit</c>.
/// </summary>
internal static class ChatCommand
{
    private const int HistoryTurns = 10;

    public static Command Create(CliRuntime runtime)
    {
        var limit = new Option<int>("--limit", "-k") { Description = "Memories recalled per message (default 5)", DefaultValueFactory = _ => 5 };
        var command = new Command("chat", "Chat with the configured LLM, using and recording memories (reads stdin until EOF or /exit)") { limit };
        var cuts = ScoreCutOptions.AddTo(command, "a recalled memory", threshold: 0.2, relative: SearchOptions.RecommendedRelativeThreshold, spread: SearchOptions.RecommendedSpreadThreshold);
        var scope = ScopeOptions.AddTo(command);

        runtime.SetAction(command, async (run, cancellationToken) =>
        {
            var context = run.Context;
            var memory = await run.MemoryAsync();
            var services = await run.ServiceAsync<IServiceProvider>();
            var chat = services.GetService<IChatClient>() ?? throw CliException.Configuration(
                "no LLM is configured: set MNEMO_LLM_BASE_URL and MNEMO_LLM_MODEL (any OpenAI-compatible server), OPENAI_API_KEY, "
                + "GROQ_API_KEY or OLLAMA_HOST, or an \"llm\" section in $MNEMO_HOME/mnemo.json (docs/configuration.md).");
            var recorder = new TurnRecorder(memory, services.GetService<IMemoryIngestion>(), context);
            var memoryScope = scope.Read(run.Parse);
            var history = new List<ChatMessage>();

            while (true)
            {
                if (context.IsInteractive)
                {
                    await context.Error.WriteAsync("you> ");
                    await context.Error.FlushAsync(cancellationToken);
                }

                var line = (await context.In.ReadLineAsync(cancellationToken))?.Trim();
                if (line is null or "/exit" or "/quit")
                {
                    break;
                }

                if (line.Length == 0)
                {
                    continue;
                }

                var recalled = await memory.SearchAsync(
                    line, cuts.Apply(new SearchOptions { Scope = memoryScope, Limit = run.Get(limit) }, run.Parse, run.Settings.CalibratedCut), cancellationToken);
                var user = new ChatMessage(ChatRole.User, line);
                List<ChatMessage> messages = [new(ChatRole.System, SystemPrompt(recalled)), .. history, user];
                var response = await chat.GetResponseAsync(messages, cancellationToken: cancellationToken);
                var answer = response.Text.Trim();
                await context.Out.WriteLineAsync(answer);
                await context.Out.FlushAsync(cancellationToken);

                var assistant = new ChatMessage(ChatRole.Assistant, answer);
                history.AddRange([user, assistant]);
                if (history.Count > HistoryTurns * 2)
                {
                    history.RemoveRange(0, history.Count - (HistoryTurns * 2));
                }

                await recorder.RecordAsync([user, assistant], new AddOptions { Scope = memoryScope }, cancellationToken);
            }

            if (recorder.Recorded > 0)
            {
                run.Output.Note($"saving what was learned from {recorder.Recorded} turn(s)...");
            }

            await recorder.DrainAsync();
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The system prompt: who the assistant is, and what it remembers that bears on this message.</summary>
    public static string SystemPrompt(SearchResult recalled)
    {
        var prompt = new StringBuilder("You are a helpful assistant with a long-term memory of the person you talk to.\n");
        if (recalled.Results.Count == 0)
        {
            prompt.Append("You remember nothing relevant to this message yet.\n");
        }
        else
        {
            prompt.Append("What you remember about them, most relevant first:\n");
            foreach (var hit in recalled.Results)
            {
                prompt.Append("- ").Append(hit.Memory.Text.ReplaceLineEndings(" ")).Append('\n');
            }

            prompt.Append("Use these memories when they help; do not list them unless asked.\n");
        }

        return prompt.ToString();
    }
}
