using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Mnemo.Cli.Hosting;
using Spectre.Console;

namespace Mnemo.Cli.Commands;

/// <summary>
/// <c>mnemo eval locomo --data FILE</c>: LoCoMo retrieval quality (turn_frac@K, session recall, MRR) and query latency,
/// in a throw-away database so the user's memories are never touched.
/// </summary>
internal static class EvalCommand
{
    public static Command Create(CliRuntime runtime)
    {
        var data = new Option<FileInfo>("--data") { Description = "LoCoMo JSON file (e.g. ../shared/data/locomo/locomo-dev.json)", Required = true };
        var cutoffs = new Option<string>("--k") { Description = "Cut-offs to report, among 1,5,10,20", DefaultValueFactory = _ => "1,5,10,20" };
        var samples = new Option<string?>("--samples") { Description = "Only these sample ids (comma-separated)" };
        var locomo = new Command("locomo", "Retrieval quality on LoCoMo: one memory per turn, raw questions, categories 1-4") { data, cutoffs, samples };
        runtime.SetAction(locomo, async (run, cancellationToken) =>
        {
            var file = run.Get(data);
            if (!file.Exists)
            {
                throw CliException.Usage($"no LoCoMo file at {file.FullName}.");
            }

            var ks = ParseCutoffs(run.Get(cutoffs));
            var dataset = await LocomoDataset.LoadAsync(file.FullName, cancellationToken);
            var directory = Directory.CreateTempSubdirectory("mnemo-eval-");
            try
            {
                await using var session = await EngineSession.OpenAsync(run.Settings with { DatabasePath = Path.Combine(directory.FullName, "eval.db") }, run.Context);
                var evaluator = new LocomoEvaluator(
                    session.Memory,
                    session.Transfer,
                    session.Services.GetService<IEmbeddingGenerator<string, Embedding<float>>>(),
                    run.Context.Time);
                var options = new LocomoEvaluationOptions
                {
                    SampleIds = run.Get(samples)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                };
                var result = await RunAsync(run, evaluator, dataset, options, cancellationToken);
                if (run.Settings.Json)
                {
                    await run.Context.Out.WriteLineAsync(result.ToJson(indented: false));
                }
                else
                {
                    Render(run, result, ks);
                }
            }
            finally
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                directory.Delete(recursive: true);
            }

            return ExitCodes.Ok;
        });
        return new Command("eval", "Measure retrieval quality") { locomo };
    }

    private static async Task<LocomoResult> RunAsync(
        CommandRun run, LocomoEvaluator evaluator, LocomoDataset dataset, LocomoEvaluationOptions options, CancellationToken cancellationToken)
    {
        if (!run.Context.IsInteractive)
        {
            return await evaluator.EvaluateAsync(dataset, options, progress: null, cancellationToken);
        }

        LocomoResult? result = null;
        await run.Output.Messages.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("loading");
                var progress = new Progress<LocomoProgress>(p =>
                {
                    task.Description = $"{p.Stage.ToString().ToLowerInvariant()} {p.SampleId} ({p.Sample}/{p.Samples})";
                    task.MaxValue = Math.Max(1, p.Total);
                    task.Value = p.Done;
                });
                result = await evaluator.EvaluateAsync(dataset, options, progress, cancellationToken);
            });
        return result!;
    }

    private static void Render(CommandRun run, LocomoResult result, IReadOnlyList<int> ks)
    {
        var table = new Table().AddColumn("category").AddColumn("questions");
        foreach (var k in ks)
        {
            table.AddColumn(new TableColumn($"turn_frac@{k}").RightAligned());
        }

        string Percent(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);
        foreach (var (category, scores) in result.ByCategory.OrderBy(c => c.Key))
        {
            table.AddRow([Category(category), scores.Count.ToString(CultureInfo.InvariantCulture), .. ks.Select(k => Percent(scores.Recall[k]))]);
        }

        table.AddRow(["[bold]all[/]", result.Questions.ToString(CultureInfo.InvariantCulture), .. ks.Select(k => $"[bold]{Percent(result.Recall[k])}[/]")]);
        run.Output.Data.Write(table);
        var latency = result.LatencyMs;
        run.Output.Data.MarkupLine(CultureInfo.InvariantCulture,
            "session recall@5 {0}, @10 {1}; MRR {2:0.000}; query embedding p50 {3} / p95 {4} ms; search p50 {5} / p95 {6} ms",
            Percent(result.SessionRecall[5]), Percent(result.SessionRecall[10]), result.Mrr,
            Ms(latency.EmbedP50), Ms(latency.EmbedP95), Ms(latency.SearchP50), Ms(latency.SearchP95));
    }

    private static string Ms(double? value) => value?.ToString("0.0", CultureInfo.InvariantCulture) ?? "n/a";

    private static string Category(int category) => category switch
    {
        1 => "1 multi-hop",
        2 => "2 temporal",
        3 => "3 open-domain",
        4 => "4 single-hop",
        _ => category.ToString(CultureInfo.InvariantCulture),
    };

    private static List<int> ParseCutoffs(string text)
    {
        var ks = new List<int>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var k) || !LocomoEvaluator.Cutoffs.Contains(k))
            {
                throw CliException.Usage($"--k takes cut-offs among {string.Join(',', LocomoEvaluator.Cutoffs)}; got '{part}'.");
            }

            ks.Add(k);
        }

        return ks.Count > 0 ? ks : throw CliException.Usage("--k needs at least one cut-off.");
    }
}
