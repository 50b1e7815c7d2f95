using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Mnemo.Cli.Hosting;
using Spectre.Console;

namespace Mnemo.Cli.Commands;

/// <summary>
/// <c>mnemo eval longmemeval --data FILE</c>: LongMemEval retrieval quality (turn and session frac, recall_any,
/// recall_all, ndcg_any at 1/5/10/20/50, by question type) and latency, in a throw-away store (<see cref="EvalStore"/>). Each question is
/// searched at its <c>question_date</c>. With <c>--infer</c>, each turn goes through the default add instead, and a
/// formation line says what was kept. Progress goes to stderr, one line per question ingested.
/// </summary>
internal static class LongMemEvalCommand
{
    public static Command Create(CliRuntime runtime)
    {
        var data = new Option<FileInfo>("--data")
        {
            Description = "LongMemEval JSON, plain or .json.gz (e.g. ../shared/data/longmemeval/longmemeval-s-dev60.json.gz)",
            Required = true,
        };
        var cutoffs = new Option<string>("--k") { Description = "Cut-offs to show, among 1,5,10,20,50 (--json has all)", DefaultValueFactory = _ => "1,5,10,20,50" };
        var questions = new Option<string?>("--questions") { Description = "Only these question ids (comma-separated)" };
        var limit = new Option<int?>("--limit") { Description = "Only the first N questions (after --questions)" };
        var cache = EvalCommand.EmbeddingCacheOption();
        var set = EvalCommand.SetOption();
        var scores = EvalCommand.ScoresOption();
        var infer = new Option<bool>("--infer")
        {
            Description = "Ingest each turn through the default add (infer on; the offline rules when no LLM is configured) and report what formation kept",
        };
        var command = new Command("longmemeval", "Retrieval quality on LongMemEval: one memory per turn, each question asked at its date")
        {
            data, cutoffs, questions, limit, cache, set, scores, infer,
        };
        runtime.SetAction(command, async (run, cancellationToken) =>
        {
            var file = run.Get(data);
            if (!file.Exists)
            {
                throw CliException.Usage(EvalCommand.MissingDataset("LongMemEval", file, EvalCommand.LongMemEvalOrigin));
            }

            var ks = EvalCommand.ParseCutoffs(run.Get(cutoffs), LongMemEvalEvaluator.Cutoffs);
            var max = run.Get(limit);
            if (max is < 1)
            {
                throw CliException.Usage($"--limit takes a number of at least 1; got {max}.");
            }

            var options = new LongMemEvalOptions
            {
                QuestionIds = run.Get(questions)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                MaxQuestions = max,
                Infer = run.Get(infer),
            };

            var overrides = EngineOverrides.Parse(run.Get(set));
            LongMemEvalDataset dataset;
            try
            {
                dataset = await LongMemEvalDataset.LoadAsync(file.FullName, cancellationToken);
            }
            catch (Exception ex) when (ex is FormatException or System.Text.Json.JsonException or InvalidDataException)
            {
                throw CliException.Usage($"{file.FullName} is not a LongMemEval file: {ex.Message}");
            }

            // Disposed after the session (declared before it): the file is deleted, or the throw-away database dropped.
            await using var store = await EvalCommand.OpenStoreAsync(run, cancellationToken);
            var cacheDirectory = EvalCommand.EmbeddingCacheDirectory(run, cache);
            await using var session = await EngineSession.OpenAsync(store.Settings, run.Context, cacheDirectory, overrides);
            var evaluator = new LongMemEvalEvaluator(
                session.Memory,
                session.Transfer,
                EvalCommand.TimingGenerator(session),
                run.Context.Time);
            var progress = new SynchronousProgress(p =>
            {
                // One line per question: ingesting ~500 long turns takes seconds each.
                if (p.Stage == LocomoStage.Ingesting && p.Done == p.Total)
                {
                    run.Context.Error.WriteLine($"ingested {p.Sample}/{p.Samples} ({p.SampleId}, {p.Total} turns)");
                }
                else if (p.Stage == LocomoStage.Searching && (p.Sample == p.Samples || p.Sample % 10 == 0))
                {
                    run.Context.Error.WriteLine($"searched {p.Sample}/{p.Samples}");
                }
            });
            var result = await evaluator.EvaluateAsync(dataset, options, progress, cancellationToken);
            result = result with { LatencyMs = result.LatencyMs with { EmbeddingCache = cacheDirectory is not null } };
            if (run.Get(scores) is { } scoresFile)
            {
                await EvalCommand.WriteScoresAsync(scoresFile, result.Details.Where(q => q.Turn is not null).Select(q =>
                {
                    var evidence = q.Question.EvidenceTurnIds.ToHashSet(StringComparer.Ordinal);
                    return new EvalCommand.RankedScores(q.Question.Id, q.Question.Type, q.Scores, [.. q.RankedTurns.Select(t => t is not null && evidence.Contains(t))]);
                }), cancellationToken);
            }

            if (run.Settings.Json)
            {
                await run.Context.Out.WriteLineAsync(result.ToJson(indented: false));
            }
            else
            {
                Render(run, result, ks);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Render(CommandRun run, LongMemEvalResult result, IReadOnlyList<int> ks)
    {
        string Percent(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);
        var table = new Table().AddColumn("question type").AddColumn("questions");
        foreach (var k in ks)
        {
            table.AddColumn(new TableColumn($"turn frac@{k}").RightAligned());
        }

        foreach (var k in ks)
        {
            table.AddColumn(new TableColumn($"session all@{k}").RightAligned());
        }

        foreach (var (type, scores) in result.ByType)
        {
            table.AddRow([
                Markup.Escape(type), scores.Count.ToString(CultureInfo.InvariantCulture),
                .. ks.Select(k => Percent(scores.Turn.Frac[k])), .. ks.Select(k => Percent(scores.Session.RecallAll[k])),
            ]);
        }

        table.AddRow([
            "[bold]all[/]", result.Questions.ToString(CultureInfo.InvariantCulture),
            .. ks.Select(k => $"[bold]{Percent(result.Turn.Frac[k])}[/]"), .. ks.Select(k => $"[bold]{Percent(result.Session.RecallAll[k])}[/]"),
        ]);
        run.Output.Data.Write(table);
        var latency = result.LatencyMs;
        run.Output.Data.MarkupLine(CultureInfo.InvariantCulture,
            "turn recall_any@5 {0}, ndcg_any@10 {1}; session recall_any@5 {2}, ndcg_any@10 {3}; query embedding p50 {4} / p95 {5} ms; search p50 {6} / p95 {7} ms{8}",
            Percent(result.Turn.RecallAny[5]), Percent(result.Turn.NdcgAny[10]), Percent(result.Session.RecallAny[5]), Percent(result.Session.NdcgAny[10]),
            EvalCommand.Ms(latency.EmbedP50), EvalCommand.Ms(latency.EmbedP95), EvalCommand.Ms(latency.SearchP50), EvalCommand.Ms(latency.SearchP95), EvalCommand.CacheNote(latency));
        if (result.Formation is { } formation)
        {
            run.Output.Data.MarkupLine(CultureInfo.InvariantCulture,
                "formation: {0} turns; user turns kept {1}% of {2}; evidence kept: the user's {3}% of {4}, the assistant's {5}% of {6}; {7:0.00} memories per turn; {8:0.#} turns/s",
                formation.Turns, Percent(formation.UserTurnsKept), formation.UserTurns, Percent(formation.UserEvidenceKept), formation.UserEvidenceTurns,
                Percent(formation.AssistantEvidenceKept), formation.AssistantEvidenceTurns, formation.MemoriesPerTurn, formation.TurnsPerSecond);
        }
    }

    // Progress<T> posts to the thread pool, so lines could arrive after the result; this reports in the caller's order.
    private sealed class SynchronousProgress(Action<LocomoProgress> report) : IProgress<LocomoProgress>
    {
        public void Report(LocomoProgress value) => report(value);
    }
}
