using System.CommandLine;
using System.Globalization;
using Mnemo.Cli.Hosting;
using Mnemo.Cli.Output;
using Mnemo.Wire;
using Spectre.Console;

namespace Mnemo.Cli.Commands;

/// <summary>
/// <c>mnemo demo</c>: remembers two facts about alice, asks a question only one of them answers, explains the ranking,
/// then forgets alice. Exits 0 only when the right memory ranks first, so it doubles as a smoke test.
/// </summary>
internal static class DemoCommand
{
    public const string Cat = "I have a cat named Pixel and I work as a senior architect";
    public const string Markdown = "For my architecture reports I hate PDFs, always send me Markdown files";
    public const string Question = "how should I send the weekly project summary?";

    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "and", "as", "for", "how", "i", "me", "my", "of", "should", "the", "to",
    };

    public static Command Create(CliRuntime runtime)
    {
        var command = new Command("demo", "Show what Mnemo does in 10 seconds (uses a temporary database unless --db is given)");
        runtime.SetAction(command, async (run, cancellationToken) =>
        {
            var temporaryDirectory = run.Parse.GetValue(runtime.Globals.Db) is null
                ? Directory.CreateTempSubdirectory("mnemo-demo-").FullName
                : null;
            var settings = temporaryDirectory is null ? run.Settings : run.Settings with { DatabasePath = Path.Combine(temporaryDirectory, "mnemo.db"), Postgres = null };
            try
            {
                await using var session = await EngineSession.OpenAsync(settings, run.Context);
                return await PlayAsync(session, run.Output, settings, cancellationToken);
            }
            finally
            {
                if (temporaryDirectory is not null)
                {
                    Directory.Delete(temporaryDirectory, recursive: true);
                }
            }
        });
        return command;
    }

    private static async Task<int> PlayAsync(EngineSession session, CliOutput output, CliSettings settings, CancellationToken cancellationToken)
    {
        var alice = MemoryScope.User("alice");
        if (output.Json)
        {
            return await PlayJsonAsync(session, output, alice, cancellationToken);
        }

        var console = output.Data;
        console.MarkupLine($"[bold]Mnemo demo[/] [grey](database {Markup.Escape(settings.DatabasePath)}, model {settings.ModelName})[/]");
        console.WriteLine();

        console.MarkupLine("[bold]1. Remember two things alice said[/] [grey](one message can hold more than one fact)[/]");
        foreach (var text in new[] { Cat, Markdown })
        {
            var added = await session.Memory.AddAsync(text, new AddOptions { Scope = alice }, cancellationToken);
            foreach (var e in added.Results)
            {
                console.MarkupLineInterpolated($"   {MemoryDtoMapper.EventName(e.Event)}  {e.Memory}");
            }
        }

        console.WriteLine();
        console.MarkupLineInterpolated($"[bold]2. Search:[/] \"{Question}\"");
        var result = await session.Memory.SearchAsync(Question, new SearchOptions { Scope = alice, Explain = true }, cancellationToken);
        console.Write(SearchCommand.ResultsTable(result, explain: true));

        var first = result.Results.FirstOrDefault();
        if (first is not null)
        {
            Explain(console, first);
        }

        console.WriteLine();
        console.MarkupLine("[bold]3. Forget alice[/] (memories with their vectors, history, keyword index, queued adds)");
        var receipt = await session.Memory.ForgetAsync(alice, cancellationToken);
        ReceiptView.Write(new CliOutput(output.Context, json: false), receipt);
        var left = await session.Memory.ListAsync(new ListOptions { Scope = alice }, cancellationToken);
        console.MarkupLineInterpolated($"   memories left for alice: {left.TotalCount}");

        if (first?.Memory.Text != Markdown)
        {
            output.Note("error: demo failed: the Markdown preference did not rank first.");
            return ExitCodes.Unexpected;
        }

        console.WriteLine();
        console.MarkupLine("[green]The Markdown preference ranked first: Mnemo connected 'send the weekly project summary' to 'send me Markdown files'.[/]");
        return ExitCodes.Ok;
    }

    // --json: the same steps as one JSON document on stdout ({"added", "search", "forget"}), nothing else.
    private static async Task<int> PlayJsonAsync(EngineSession session, CliOutput output, MemoryScope alice, CancellationToken cancellationToken)
    {
        var added = new List<MemoryEventDto>();
        foreach (var text in new[] { Cat, Markdown })
        {
            added.AddRange((await session.Memory.AddAsync(text, new AddOptions { Scope = alice }, cancellationToken)).Results.Select(MemoryDtoMapper.ToDto));
        }

        var result = await session.Memory.SearchAsync(Question, new SearchOptions { Scope = alice, Explain = true }, cancellationToken);
        var receipt = await session.Memory.ForgetAsync(alice, cancellationToken);
        var left = await session.Memory.ListAsync(new ListOptions { Scope = alice }, cancellationToken);
        var ok = result.Results.FirstOrDefault()?.Memory.Text == Markdown;
        output.WriteJson(new System.Text.Json.Nodes.JsonObject
        {
            ["question"] = Question,
            ["added"] = System.Text.Json.JsonSerializer.SerializeToNode(added, WireJson.Compact),
            ["search"] = System.Text.Json.JsonSerializer.SerializeToNode(MemoryDtoMapper.ToDto(result), WireJson.Compact),
            ["forget"] = new System.Text.Json.Nodes.JsonObject
            {
                ["receipt"] = System.Text.Json.JsonSerializer.SerializeToNode(MemoryDtoMapper.ToDto(receipt), WireJson.Compact),
                ["memories_left"] = left.TotalCount,
            },
            ["markdown_ranked_first"] = ok,
        });
        return ok ? ExitCodes.Ok : ExitCodes.Unexpected;
    }

    // Reads the engine's own explanation: each signal's value and its part of the score (weights, length prior and
    // neighbour share already applied by the engine), so the arithmetic shown is the engine's, whatever its settings.
    private static void Explain(IAnsiConsole console, ScoredMemory first)
    {
        var e = first.Explanation;
        if (e is null)
        {
            return;
        }

        double Part(string name) => e.Contributions.GetValueOrDefault(name);
        var shared = Words(Question).Intersect(Words(first.Memory.Text), StringComparer.OrdinalIgnoreCase).ToList();
        console.MarkupLine("   [bold]Why #1 matched[/] (each signal and its part of the score):");
        console.MarkupLineInterpolated(
            $"   - semantic:  cosine {SearchCommand.Format(e.Semantic)} -> {F(e.SemanticNormalized)}, part {F(Part("semantic"))}");
        var words = shared.Count == 0 ? "no shared words"
            : e.KeywordNormalized < 0.01 ? $"shared words: {string.Join(", ", shared)}; BM25 rewards rare words, and with two memories none is rare"
            : $"shared words: {string.Join(", ", shared)}";
        console.MarkupLineInterpolated(
            $"   - keyword:   BM25 {SearchCommand.Format(e.Keyword)} -> {F(e.KeywordNormalized)}, part {F(Part("keyword"))} ({words})");
        var entity = e.Other.GetValueOrDefault("entity");
        console.MarkupLineInterpolated(
            $"   - entity:    {(entity > 0 ? "the question names the speaker" : "the question names no speaker")} -> {F(entity)}, part {F(Part("entity"))}");
        if (e.Contributions.ContainsKey("time"))
        {
            console.MarkupLineInterpolated($"   - time:      the question names a date -> {F(e.Other.GetValueOrDefault("time"))}, part {F(Part("time"))}");
        }

        if (e.Contributions.ContainsKey("neighbour"))
        {
            console.MarkupLineInterpolated(
                $"   - neighbour: the best memory stored next to it scored {F(e.Other.GetValueOrDefault("neighbour"))}, part {F(Part("neighbour"))}");
        }

        if (e.Other.TryGetValue("length", out var length))
        {
            console.MarkupLineInterpolated(
                $"   - length:    the length prior keeps {F(length)} of its signals for a memory this long (applied in the parts above)");
        }

        var sum = e.Contributions.Values.Sum();
        console.MarkupLineInterpolated($"   = {string.Join(" + ", e.Contributions.Values.Select(F))} = {F(sum)}, the score {F(first.Score)}");
        console.MarkupLineInterpolated(
            $"   - {(Part("semantic") >= Part("keyword") ? "meaning" : "wording")} carried it: the memory is about how to send alice documents, which is what the question asks.");
    }

    private static IEnumerable<string> Words(string text) =>
        text.Split([' ', ',', '.', '?', '!'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.ToLowerInvariant())
            .Where(w => !StopWords.Contains(w))
            .Distinct();

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
