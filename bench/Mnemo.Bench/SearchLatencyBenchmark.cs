using System.Diagnostics;
using System.Globalization;

namespace Mnemo.Bench;

/// <summary>
/// Search latency without the model: memories and queries are embedded by the hash embedder (microseconds), so the
/// time is the engine's and the store's (vector scan, BM25, fusion). One scope grows to each size in turn. At each size a
/// fresh engine then opens the store: its first search (which loads the index from the change feed) is the cold start,
/// and the managed heap it holds afterwards is the index's memory. With <c>--postgres</c> the same run is made on
/// PostgreSQL after SQLite, each in a fresh store, and the rows are shown side by side.
/// </summary>
internal static class SearchLatencyBenchmark
{
    private const int ImportBatch = 1_000;

    private const int WarmUpQueries = 100;

    private const int WarmUpSeconds = 4;

    public static async Task<string> RunAsync(BenchSettings settings)
    {
        var stores = BenchStore.Kinds("search", settings);
        var rows = new List<(int Size, int Store, IReadOnlyList<string> Cells)>();
        for (var i = 0; i < stores.Count; i++)
        {
            await using var store = await stores[i]();
            foreach (var (size, cells) in await RunStoreAsync(settings, store))
            {
                rows.Add((size, i, stores.Count > 1 ? [store.Name, .. cells] : cells));
            }
        }

        string[] header = ["Memories in scope", "Queries", "Search p50 (ms)", "Search p95 (ms)", "Import (mem/s, cumulative)", "Bytes/memory", "Database (MiB)", "Cold start: first search (ms)", "Index heap (MiB)"];
        return Markdown.Table(stores.Count > 1 ? ["Store", .. header] : header, rows.OrderBy(r => r.Size).ThenBy(r => r.Store).Select(r => r.Cells));
    }

    private static async Task<List<(int Size, IReadOnlyList<string> Cells)>> RunStoreAsync(BenchSettings settings, BenchStore store)
    {
        var queryCount = settings.Quick ? 100 : 300;
        var corpus = new Corpus(seed: 3);
        var queries = corpus.Queries(queryCount + WarmUpQueries);
        var scope = MemoryScope.User("bench");
        var start = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var rows = new List<(int, IReadOnlyList<string>)>();
        var stored = 0;
        var importMs = 0.0;
        foreach (var size in settings.Sizes.Order())
        {
            Log.Info($"search: {store.Name}: growing the scope to {size:N0} memories");
            Timings timings;
            await using (var stack = store.Open(settings.Hash, settings.ConfigureEngine()))
            {
                while (stored < size)
                {
                    var texts = corpus.Sentences(Math.Min(ImportBatch, size - stored));
                    var items = texts.Select((t, i) => BenchItems.Item(t, scope, start.AddMinutes(stored + i), BenchItems.Turn(stored + i))).ToList();
                    var started = Stopwatch.GetTimestamp();
                    await stack.Transfer.ImportAsync(items);
                    importMs += Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    stored += items.Count;
                }

                var options = new SearchOptions { Scope = scope, Limit = 10 };
                var warmUp = await WarmUp.RunAsync(i => stack.Memory.SearchAsync(queries[i % WarmUpQueries], options), WarmUpQueries, TimeSpan.FromSeconds(WarmUpSeconds));
                Log.Info($"search: {store.Name}: {size:N0} memories: warm-up: {warmUp}");

                timings = new Timings();
                var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
                var gcBefore = (Count: GC.CollectionCount(0), Pause: GC.GetTotalPauseDuration());
                foreach (var query in queries.Skip(WarmUpQueries))
                {
                    await timings.TimeAsync(() => stack.Memory.SearchAsync(query, options));
                }

                // CPU time per search (every thread of the process, GC included) says what a search costs when other
                // processes share the cores and stretch its wall time.
                var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / queryCount;
                var gc = $"{GC.CollectionCount(0) - gcBefore.Count} GCs, {(GC.GetTotalPauseDuration() - gcBefore.Pause).TotalMilliseconds:F0} ms paused";
                Log.Info($"search: {store.Name}: {size:N0} memories: p50 {timings.P50:F2} ms, p95 {timings.P95:F2} ms, CPU {cpu:F2} ms per search; {gc}");
            }

            // Cold start: a new process's engine opens the store and answers its first search, which loads the index
            // from the store's change feed. The managed heap it then holds is the index (vectors, postings, rows).
            var heapBefore = await SettledHeapAsync();
            double coldMs;
            long indexBytes;
            await using (var cold = store.Open(settings.Hash, settings.ConfigureEngine()))
            {
                var started = Stopwatch.GetTimestamp();
                await cold.Memory.SearchAsync(queries[0], new SearchOptions { Scope = scope, Limit = 10 });
                coldMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                indexBytes = GC.GetTotalMemory(forceFullCollection: true) - heapBefore;
            }

            // Measured closed, so SQLite's WAL has been checkpointed into the database file.
            var bytes = await store.BytesAsync();
            rows.Add((size,
            [
                size.ToString("N0", CultureInfo.InvariantCulture), queryCount.ToString(CultureInfo.InvariantCulture),
                Markdown.F(timings.P50, 2), Markdown.F(timings.P95, 2),
                Markdown.F(stored / (importMs / 1000), 0),
                Markdown.F((double)bytes / stored, 0), Markdown.F(bytes / 1024.0 / 1024.0, 1),
                Markdown.F(coldMs, 0), Markdown.F(indexBytes / 1024.0 / 1024.0, 1),
            ]));
        }

        return rows;
    }

    // The engine just disposed may stay reachable for a moment (a background loop of its store finishing, e.g.
    // PostgreSQL's listener), which read as a negative index heap at 1k memories: collect until the heap stops shrinking.
    private static async Task<long> SettledHeapAsync()
    {
        var heap = GC.GetTotalMemory(forceFullCollection: true);
        for (var i = 0; i < 20; i++)
        {
            await Task.Delay(100);
            var now = GC.GetTotalMemory(forceFullCollection: true);
            if (heap - now < 64 * 1024)
            {
                return now;
            }

            heap = now;
        }

        return heap;
    }
}
