using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace Mnemo.Bench;

/// <summary>
/// Search latency with the query embedding included, on the dev sets' own data and questions, in a process that has
/// warmed up (issue 17's "search p95 &lt; 10 ms, query embedding included"). The evals report latency too, but from a
/// fresh process that searches 60 (LongMemEval) or ~1,500 (LoCoMo) times and stops, so their numbers include the JIT's
/// first compilations; this benchmark reports that first pass beside the settled one. Each dataset is imported as its
/// evaluator does (one memory per turn), with the hash embedder for the stored turns (vectors of the model's length) and
/// the first model of <c>--models</c> for every query (<see cref="SplitEmbeddingGenerator"/>), and the engine's query cache off, so each search embeds its query.
/// </summary>
internal static class EvalSearchLatencyBenchmark
{
    private const int Passes = 3;

    private static readonly EmbeddingGenerationOptions _query = new()
    {
        AdditionalProperties = new() { [EmbeddingInputType.PropertyName] = EmbeddingInputType.Query },
    };

    public static async Task<string> RunAsync(BenchSettings settings)
    {
        var rows = new List<IReadOnlyList<string>>();
        if (File.Exists(settings.LongMemEvalPath))
        {
            var dataset = await LongMemEvalDataset.LoadAsync(settings.LongMemEvalPath);
            rows.Add(await MeasureAsync("LongMemEval-S dev", settings.Models[0], async stack =>
            {
                var first = await new LongMemEvalEvaluator(stack.Memory, stack.Transfer).EvaluateAsync(dataset);
                var asked = dataset.Questions.Where(q => !q.IsAbstention).ToList();
                var searches = asked.Select(q => (q.Question, new SearchOptions
                {
                    Scope = LongMemEvalEvaluator.ScopeOf(q),
                    Limit = LongMemEvalEvaluator.Cutoffs[^1],
                    ReferenceTime = q.Date,
                })).ToList();
                return (searches, asked.Sum(q => q.Sessions.Sum(s => s.Turns.Count)), first.LatencyMs.SearchP50 ?? double.NaN, first.LatencyMs.SearchP95 ?? double.NaN);
            }));
        }
        else
        {
            Log.Info($"evalsearch: {settings.LongMemEvalPath} not found, skipped");
        }

        if (File.Exists(settings.LocomoPath))
        {
            var dataset = await LocomoDataset.LoadAsync(settings.LocomoPath);
            rows.Add(await MeasureAsync("LoCoMo dev", settings.Models[0], async stack =>
            {
                var options = new LocomoEvaluationOptions();
                var first = await new LocomoEvaluator(stack.Memory, stack.Transfer).EvaluateAsync(dataset, options);
                var searches = dataset.Samples.SelectMany(s => s.ScoredQuestions.Select(q => (q.Question, new SearchOptions
                {
                    Scope = LocomoEvaluator.ScopeOf(s, options),
                    Limit = LocomoEvaluator.Cutoffs[^1],
                }))).ToList();
                return (searches, dataset.Samples.Sum(s => s.Turns.Count()), first.LatencyMs.SearchP50 ?? double.NaN, first.LatencyMs.SearchP95 ?? double.NaN);
            }));
        }
        else
        {
            Log.Info($"evalsearch: {settings.LocomoPath} not found, skipped");
        }

        return Markdown.Table(
            ["Data", "Memories", "Questions", "Searches timed", "Query embedding alone p50 / p95 (ms)", "Search, embedding included, p50 / p95 (ms)", "First pass, fresh process, p50 / p95 (ms)"],
            rows);
    }

    private static async Task<IReadOnlyList<string>> MeasureAsync(
        string name, Embedder embedder, Func<MnemoStack, Task<(List<(string Query, SearchOptions Options)> Searches, int Memories, double FirstP50, double FirstP95)>> ingestAndAsk)
    {
        var path = MnemoStack.TempDatabase("evalsearch");
        try
        {
            using var model = embedder.CreateGenerator();
            await using var stack = MnemoStack.Open(
                b => b.WithSqliteStore(path).WithEmbeddingGenerator(new SplitEmbeddingGenerator(new HashEmbeddingGenerator(embedder.Dimensions), model)),
                embedder: null,
                o => o.Embedding.QueryCacheCapacity = 0);

            Log.Info($"evalsearch: {name}: importing and asking once, as the evaluator does");
            var (searches, memories, firstP50, firstP95) = await ingestAndAsk(stack);

            var warmUp = await WarmUp.RunAsync(i => stack.Memory.SearchAsync(searches[i % searches.Count].Query, searches[i % searches.Count].Options), searches.Count, TimeSpan.FromSeconds(4));
            Log.Info($"evalsearch: {name}: warm-up: {warmUp}");

            // Each question's query embedding alone, then its search (which embeds the query again: no cache).
            var embeds = new Timings();
            var total = new Timings();
            for (var pass = 0; pass < Passes; pass++)
            {
                foreach (var (query, options) in searches)
                {
                    await embeds.TimeAsync(() => model.GenerateAsync([query], _query));
                    await total.TimeAsync(() => stack.Memory.SearchAsync(query, options));
                }
            }

            Log.Info($"evalsearch: {name}: embedding {embeds.P50:F2} / {embeds.P95:F2} ms, search {total.P50:F2} / {total.P95:F2} ms");
            return
            [
                name, memories.ToString("N0", CultureInfo.InvariantCulture), searches.Count.ToString("N0", CultureInfo.InvariantCulture),
                total.Count.ToString("N0", CultureInfo.InvariantCulture),
                $"{Markdown.F(embeds.P50, 2)} / {Markdown.F(embeds.P95, 2)}", $"{Markdown.F(total.P50, 2)} / {Markdown.F(total.P95, 2)}",
                $"{Markdown.F(firstP50, 2)} / {Markdown.F(firstP95, 2)}",
            ];
        }
        finally
        {
            MnemoStack.Delete(path);
        }
    }
}
