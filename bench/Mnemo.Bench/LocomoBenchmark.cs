using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Mnemo.Bench;

/// <summary>
/// LoCoMo retrieval through <see cref="LocomoEvaluator"/>, for each ONNX model and a few fusion settings. Each model
/// ingests once; the other fusion settings re-ask the same database with a fresh engine.
/// </summary>
internal static class LocomoBenchmark
{
    // The first row re-asks with the default settings on the re-opened database: it must match the ingesting run.
    private static readonly (string Name, double? Semantic, double Keyword, double Half)[] _fusions =
    [
        ("default, store re-opened", null, 0, 0),
        ("semantic only", 1, 0, 6),
        ("keyword only", 0, 1, 6),
        ("0.70 / 0.30, half 6", 0.70, 0.30, 6),
        ("0.75 / 0.25, half 4", 0.75, 0.25, 4),
        ("0.75 / 0.25, half 10", 0.75, 0.25, 10),
        ("0.80 / 0.20, half 6", 0.80, 0.20, 6),
    ];

    public static async Task<string> RunAsync(BenchSettings settings)
    {
        if (!File.Exists(settings.LocomoPath))
        {
            Log.Info($"locomo: {settings.LocomoPath} not found, skipped");
            return $"_Skipped: {settings.LocomoPath} not found._\n";
        }

        var dataset = await LocomoDataset.LoadAsync(settings.LocomoPath);
        var defaults = new MnemoOptions();
        var results = new List<(string Model, string Fusion, LocomoResult Result)>();
        var ingestion = new List<IReadOnlyList<string>>();
        foreach (var model in settings.Models)
        {
            var path = MnemoStack.TempDatabase("locomo");
            try
            {
                var defaultName = $"{defaults.Fusion.SemanticWeight:0.00} / {defaults.Fusion.KeywordWeight:0.00}, half {defaults.Keywords.HalfScore:0.#} (default)";
                var started = Stopwatch.GetTimestamp();
                var result = await EvaluateAsync(path, model, dataset, ingest: true, configure: null);
                var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
                var turns = dataset.Samples.Sum(s => s.Turns.Count());
                ingestion.Add([model.Name, turns.ToString("N0", CultureInfo.InvariantCulture), Markdown.F(seconds, 0)]);
                results.Add((model.Name, defaultName, result));
                Report(model, defaultName, result, settings);

                foreach (var (name, semantic, keyword, half) in _fusions.Take(settings.Fusions))
                {
                    var fused = await EvaluateAsync(path, model, dataset, ingest: false, configure: o =>
                    {
                        if (semantic is { } weight)
                        {
                            o.Fusion.SemanticWeight = weight;
                            o.Fusion.KeywordWeight = keyword;
                            o.Keywords.HalfScore = half;
                        }
                    });
                    results.Add((model.Name, name, fused));
                    Report(model, name, fused, settings);
                }
            }
            finally
            {
                MnemoStack.Delete(path);
            }
        }

        // Contextual embedding changes the stored vectors, so each setting ingests on its own (first model only).
        foreach (var context in settings.Fusions > 0 ? new[] { 1, 2 } : [])
        {
            var model = settings.Models[0];
            var path = MnemoStack.TempDatabase("locomo");
            try
            {
                var name = $"default, embedding context {context}";
                var started = Stopwatch.GetTimestamp();
                var result = await EvaluateAsync(path, model, dataset, ingest: true, configure: o => o.Embedding.ContextMemories = context);
                var turns = dataset.Samples.Sum(s => s.Turns.Count());
                ingestion.Add([$"{model.Name}, embedding context {context}", turns.ToString("N0", CultureInfo.InvariantCulture), Markdown.F(Stopwatch.GetElapsedTime(started).TotalSeconds, 0)]);
                results.Add((model.Name, name, result));
                Report(model, name, result, settings);
            }
            finally
            {
                MnemoStack.Delete(path);
            }
        }

        return Render(dataset, results, ingestion);
    }

    private static async Task<LocomoResult> EvaluateAsync(string path, Embedder model, LocomoDataset dataset, bool ingest, Action<MnemoOptions>? configure)
    {
        await using var stack = MnemoStack.Open(path, model, configure);
        var evaluator = new LocomoEvaluator(stack.Memory, stack.Transfer, stack.Generator);
        return await evaluator.EvaluateAsync(dataset, new LocomoEvaluationOptions { Ingest = ingest }, new ConsoleProgress());
    }

    private static void Report(Embedder model, string fusion, LocomoResult result, BenchSettings settings)
    {
        Log.Info($"locomo: {model.Name}, {fusion}: @1 {result.Recall[1]} @5 {result.Recall[5]} @10 {result.Recall[10]} @20 {result.Recall[20]} mrr {result.Mrr}");
        if (settings.JsonDirectory is { } directory)
        {
            Directory.CreateDirectory(directory);
            var file = $"locomo-{new string(model.Name.Where(char.IsLetterOrDigit).ToArray())}-{new string(fusion.Where(char.IsLetterOrDigit).ToArray())}.json";
            File.WriteAllText(Path.Combine(directory, file), result.ToJson());
        }
    }

    private static string Render(LocomoDataset dataset, List<(string Model, string Fusion, LocomoResult Result)> results, List<IReadOnlyList<string>> ingestion)
    {
        var text = new StringBuilder();
        var questions = results.Count > 0 ? results[0].Result.Questions : 0;
        text.AppendLine(CultureInfo.InvariantCulture, $"Dataset `{dataset.Name}`: {dataset.Samples.Count} conversations, {questions} scored questions (categories 1-4). Recall = turn_frac@K in percent; S@K = session recall; weights are semantic / keyword, half = Keywords.HalfScore. Embed = the query embedding alone; search = the whole `SearchAsync` call (query embedding included).");
        text.AppendLine();
        text.Append(Markdown.Table(
            ["Model", "Fusion", "@1", "@5", "@10", "@20", "S@5", "S@10", "MRR", "Embed p50/p95 (ms)", "Search p50/p95 (ms)"],
            results.Select(r => (IReadOnlyList<string>)
            [
                r.Model, r.Fusion, Markdown.F(r.Result.Recall[1]), Markdown.F(r.Result.Recall[5]), Markdown.F(r.Result.Recall[10]), Markdown.F(r.Result.Recall[20]),
                Markdown.F(r.Result.SessionRecall[5]), Markdown.F(r.Result.SessionRecall[10]), Markdown.F(r.Result.Mrr, 3),
                $"{Markdown.F(r.Result.LatencyMs.EmbedP50, 1)} / {Markdown.F(r.Result.LatencyMs.EmbedP95, 1)}",
                $"{Markdown.F(r.Result.LatencyMs.SearchP50, 1)} / {Markdown.F(r.Result.LatencyMs.SearchP95, 1)}",
            ])));
        text.AppendLine();
        text.AppendLine("turn_frac@10 by category (n questions):");
        text.AppendLine();
        var categories = results.SelectMany(r => r.Result.ByCategory).GroupBy(c => c.Key).Select(g => (g.Key, g.First().Value.Count)).OrderBy(c => c.Key).ToList();
        text.Append(Markdown.Table(
            ["Model", "Fusion", .. categories.Select(c => $"{c.Key} {LocomoCategory.Name(c.Key)} ({c.Count})")],
            results.Select(r => (IReadOnlyList<string>)
            [
                r.Model, r.Fusion, .. categories.Select(c => r.Result.ByCategory.TryGetValue(c.Key, out var cat) ? Markdown.F(cat.Recall[10]) : "-"),
            ])));
        text.AppendLine();
        text.AppendLine("Ingestion plus the first evaluation (default fusion), wall time:");
        text.AppendLine();
        text.Append(Markdown.Table(["Model", "Turns", "Seconds"], ingestion));
        return text.ToString();
    }

    private sealed class ConsoleProgress : IProgress<LocomoProgress>
    {
        public void Report(LocomoProgress value)
        {
            if (value.Done == value.Total)
            {
                Log.Info($"locomo: {value.Stage} {value.SampleId} ({value.Sample}/{value.Samples}) {value.Done}/{value.Total}");
            }
        }
    }
}
