using Microsoft.Extensions.AI;

namespace Mnemo.Bench;

/// <summary>Latency of embedding one query (the cost every uncached search pays before touching the store).</summary>
internal static class QueryEmbeddingBenchmark
{
    private static readonly EmbeddingGenerationOptions _queries = new()
    {
        AdditionalProperties = new() { [EmbeddingInputType.PropertyName] = EmbeddingInputType.Query },
    };

    public static async Task<string> RunAsync(BenchSettings settings)
    {
        var count = settings.Quick ? 50 : 300;
        var queries = await QueriesAsync(settings, count + 10);
        var rows = new List<IReadOnlyList<string>>();
        foreach (var embedder in settings.Models.Prepend(Embedder.Hash))
        {
            Log.Info($"embed: {embedder.Name}, {count} queries");
            var path = MnemoStack.TempDatabase("embed");
            try
            {
                await using var stack = MnemoStack.Open(path, embedder);

                // The first ten queries, again and again until the JIT has settled (WarmUp): the rows are a running
                // process's queries; measured after ten calls, the p95 held dynamic PGO's background recompiles.
                var warmed = await WarmUp.RunAsync(i => stack.Generator.GenerateAsync([queries[i % 10]], _queries), 10, TimeSpan.FromSeconds(2));
                Log.Info($"embed: {embedder.Name}: warm-up: {warmed}");

                var timings = new Timings();
                foreach (var query in queries.Skip(10))
                {
                    await timings.TimeAsync(() => stack.Generator.GenerateAsync([query], _queries));
                }

                rows.Add([embedder.Name, count.ToString(System.Globalization.CultureInfo.InvariantCulture), Markdown.F(timings.P50, 2), Markdown.F(timings.P95, 2)]);
            }
            finally
            {
                MnemoStack.Delete(path);
            }
        }

        return Markdown.Table(["Embedder", "Queries", "p50 (ms)", "p95 (ms)"], rows);
    }

    // Real questions when the LoCoMo file is there (their lengths are what users type), synthetic ones otherwise.
    private static async Task<IReadOnlyList<string>> QueriesAsync(BenchSettings settings, int count)
    {
        if (File.Exists(settings.LocomoPath))
        {
            var dataset = await LocomoDataset.LoadAsync(settings.LocomoPath);
            var questions = dataset.Samples.SelectMany(s => s.Questions).Select(q => q.Question).Distinct().Take(count).ToList();
            if (questions.Count == count)
            {
                return questions;
            }
        }

        return new Corpus(seed: 11).Queries(count);
    }
}
