using System.Diagnostics;
using System.Globalization;

namespace Mnemo.Bench;

/// <summary>
/// Paired search latency of two engine settings: two engines over one store (hash embedder, as in the search
/// benchmark), each query sent to both in turn, alternating which goes first. The median of the per-query difference
/// cancels what other processes do to the machine, which stretches both alike; single runs of one setting after the
/// other do not (on the 2-core reference machine, runs of one build differ by more than the settings do).
/// Engine A takes <c>--baseline-set</c>, engine B <c>--set</c>; both start from the defaults.
/// </summary>
internal static class SearchPairBenchmark
{
    private const int WarmUpSeconds = 6;

    public static async Task<string> RunAsync(BenchSettings settings)
    {
        var queryCount = settings.Quick ? 300 : 1_000;
        var rows = new List<IReadOnlyList<string>>();
        foreach (var size in settings.Sizes.Order())
        {
            await using var store = await BenchStore.Kinds("pair", settings)[0]();
            var corpus = new Corpus(seed: 3);
            var queries = corpus.Queries(queryCount + 100);
            var scope = MemoryScope.User("bench");
            var start = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
            Log.Info($"pair: growing the scope to {size:N0} memories");
            await using (var load = store.Open(settings.Hash))
            {
                for (var stored = 0; stored < size; stored += 1_000)
                {
                    var texts = corpus.Sentences(Math.Min(1_000, size - stored));
                    await load.Transfer.ImportAsync([.. texts.Select((t, i) => BenchItems.Item(t, scope, start.AddMinutes(stored + i), BenchItems.Turn(stored + i)))]);
                }
            }

            await using var a = store.Open(settings.Hash, settings.ConfigureEngine(settings.BaselineEngine));
            await using var b = store.Open(settings.Hash, settings.ConfigureEngine(settings.Engine));
            var options = new SearchOptions { Scope = scope, Limit = 10 };
            var warmUp = await WarmUp.RunAsync(
                async i =>
                {
                    await a.Memory.SearchAsync(queries[i % 100], options);
                    await b.Memory.SearchAsync(queries[i % 100], options);
                },
                100,
                TimeSpan.FromSeconds(WarmUpSeconds));
            Log.Info($"pair: {size:N0} memories: warm-up: {warmUp}");

            var timesA = new Timings();
            var timesB = new Timings();
            var differences = new List<double>(queryCount);
            foreach (var (query, i) in queries.Skip(100).Select((q, i) => (q, i)))
            {
                double msA, msB;
                if (i % 2 == 0)
                {
                    msA = await TimeAsync(a, query);
                    msB = await TimeAsync(b, query);
                }
                else
                {
                    msB = await TimeAsync(b, query);
                    msA = await TimeAsync(a, query);
                }

                timesA.Add(msA);
                timesB.Add(msB);
                differences.Add(msB - msA);
            }

            string P(List<double> values, double p) => Markdown.F(RetrievalMetrics.Percentile(values, p) ?? double.NaN, 2);
            rows.Add(
            [
                size.ToString("N0", CultureInfo.InvariantCulture), queryCount.ToString(CultureInfo.InvariantCulture),
                $"{Markdown.F(timesA.P50, 2)} / {Markdown.F(timesA.P95, 2)}", $"{Markdown.F(timesB.P50, 2)} / {Markdown.F(timesB.P95, 2)}",
                $"{P(differences, 25)} / {P(differences, 50)} / {P(differences, 75)}",
            ]);

            async Task<double> TimeAsync(MnemoStack stack, string query)
            {
                var started = Stopwatch.GetTimestamp();
                await stack.Memory.SearchAsync(query, options);
                return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        }

        var nameA = settings.BaselineEngine.Count == 0 ? "defaults" : string.Join(", ", settings.BaselineEngine.Select(s => $"{s.Name}={s.Value}"));
        var nameB = settings.Engine.Count == 0 ? "defaults" : string.Join(", ", settings.Engine.Select(s => $"{s.Name}={s.Value}"));
        return $"A: {nameA}; B: {nameB}.\n\n" + Markdown.Table(
            ["Memories in scope", "Queries", "A p50 / p95 (ms)", "B p50 / p95 (ms)", "B - A per query, p25 / p50 / p75 (ms)"], rows);
    }
}
