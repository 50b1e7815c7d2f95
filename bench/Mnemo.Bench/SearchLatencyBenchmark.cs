using System.Diagnostics;
using System.Globalization;

namespace Mnemo.Bench;

/// <summary>
/// Search latency without the model: memories and queries are embedded by the hash embedder (microseconds), so the
/// time is the engine's and the store's (vector scan, BM25, fusion). One scope grows to each size in turn. At each size a
/// fresh engine then opens the file: its first search (which loads the index from the change feed) is the cold start,
/// and the managed heap it holds afterwards is the index's memory.
/// </summary>
internal static class SearchLatencyBenchmark
{
    private const int ImportBatch = 1_000;

    private const int WarmUp = 100;

    private const int WarmUpSeconds = 4;

    public static async Task<string> RunAsync(BenchSettings settings)
    {
        var queryCount = settings.Quick ? 100 : 300;
        var corpus = new Corpus(seed: 3);
        var queries = corpus.Queries(queryCount + WarmUp);
        var scope = MemoryScope.User("bench");
        var start = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var path = MnemoStack.TempDatabase("search");
        var rows = new List<IReadOnlyList<string>>();
        try
        {
            var stored = 0;
            var importMs = 0.0;
            foreach (var size in settings.Sizes.Order())
            {
                Log.Info($"search: growing the scope to {size:N0} memories");
                Timings timings;
                await using (var stack = MnemoStack.Open(path, Embedder.Hash))
                {
                    while (stored < size)
                    {
                        var texts = corpus.Sentences(Math.Min(ImportBatch, size - stored));
                        var items = texts.Select((t, i) => BenchItems.Item(t, scope, start.AddMinutes(stored + i))).ToList();
                        var started = Stopwatch.GetTimestamp();
                        await stack.Transfer.ImportAsync(items);
                        importMs += Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                        stored += items.Count;
                    }

                    var options = new SearchOptions { Scope = scope, Limit = 10 };
                    // At least WarmUp searches and WarmUpSeconds: dynamic PGO runs instrumented code first and only later
                    // the optimised tier. One second at the first size still measured 1k at 3.5-4.4 ms p50 against 1.6
                    // after four seconds (and 1.9 with DOTNET_TieredPGO=0): a long-running process's latency is the latter.
                    var warming = Stopwatch.StartNew();
                    for (var i = 0; i < WarmUp || warming.Elapsed < TimeSpan.FromSeconds(WarmUpSeconds); i++)
                    {
                        await stack.Memory.SearchAsync(queries[i % WarmUp], options);
                    }

                    timings = new Timings();
                    foreach (var query in queries.Skip(WarmUp))
                    {
                        await timings.TimeAsync(() => stack.Memory.SearchAsync(query, options));
                    }
                }

                // Cold start: a new process's engine opens the file and answers its first search, which loads the index
                // from the store's change feed. The managed heap it then holds is the index (vectors, postings, rows).
                var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
                double coldMs;
                long indexBytes;
                await using (var cold = MnemoStack.Open(path, Embedder.Hash))
                {
                    var started = Stopwatch.GetTimestamp();
                    await cold.Memory.SearchAsync(queries[0], new SearchOptions { Scope = scope, Limit = 10 });
                    coldMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    indexBytes = GC.GetTotalMemory(forceFullCollection: true) - heapBefore;
                }

                // Measured closed, so the WAL has been checkpointed into the database file.
                var bytes = MnemoStack.FileBytes(path);
                rows.Add(
                [
                    size.ToString("N0", CultureInfo.InvariantCulture), queryCount.ToString(CultureInfo.InvariantCulture),
                    Markdown.F(timings.P50, 2), Markdown.F(timings.P95, 2),
                    Markdown.F(stored / (importMs / 1000), 0),
                    Markdown.F((double)bytes / stored, 0), Markdown.F(bytes / 1024.0 / 1024.0, 1),
                    Markdown.F(coldMs, 0), Markdown.F(indexBytes / 1024.0 / 1024.0, 1),
                ]);
            }
        }
        finally
        {
            MnemoStack.Delete(path);
        }

        return Markdown.Table(
            ["Memories in scope", "Queries", "Search p50 (ms)", "Search p95 (ms)", "Import (mem/s, cumulative)", "Bytes/memory", "Database (MiB)", "Cold start: first search (ms)", "Index heap (MiB)"],
            rows);
    }
}
