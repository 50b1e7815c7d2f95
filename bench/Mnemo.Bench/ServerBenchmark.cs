using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace Mnemo.Bench;

/// <summary>
/// The REST server under load on loopback: a real Kestrel in this process (composed like <c>mnemo serve</c>, with the
/// arctic-embed-xs ONNX model, API key auth, background ingestion), one project filled to 10k memories of one user.
/// Search: Mem0 v2 bodies (<c>filters.user_id</c>, <c>top_k</c> 10) with distinct queries, so every request embeds its
/// query (the embedding cache never hits); baseline: the same engine called in-process, no HTTP. Async add: how fast
/// the server accepts (persists and answers) a queued add; the ingestion worker processes the queue meanwhile.
/// </summary>
internal static class ServerBenchmark
{
    private const string Project = "bench";
    private const string User = "bench-user";
    private const int ImportBatch = 500;
    private const int Concurrency = 8;
    private const int WarmUpQueries = 6_000;

    /// <summary>How long the server is searched with before the measured rows (see <see cref="WarmUpAsync"/>).</summary>
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(5);

    private static readonly EmbeddingGenerationOptions QueryInput = new()
    {
        AdditionalProperties = new() { [EmbeddingInputType.PropertyName] = EmbeddingInputType.Query },
    };

    /// <summary>Each paced client's gap between requests: 8 clients at 4 requests/s each, 32 requests/s in all.</summary>
    private static readonly TimeSpan PacedInterval = TimeSpan.FromMilliseconds(250);

    public static async Task<string> RunAsync(BenchSettings settings)
    {
        var memories = settings.Quick ? 2_000 : 10_000;
        var searches = settings.Quick ? 80 : 400;
        var adds = settings.Quick ? 100 : 300;
        var embedder = settings.Models.Contains(Embedder.ArcticXs) ? Embedder.ArcticXs : settings.Models[0];
        var corpus = new Corpus(seed: 11);
        var load = new List<string> { LoadAverage() };
        var path = MnemoStack.TempDatabase("server");
        var rows = new List<IReadOnlyList<string>>();
        string notes;
        try
        {
            using var metrics = new ServerMetrics();
            await using var host = await ServerHost.StartAsync(path, embedder, settings.IntraOpThreads, settings.MaxConcurrentSearches);
            var key = (await host.Services.GetRequiredService<IApiKeyStore>().CreateAsync(Project, "bench")).Key;
            var fillRate = await FillAsync(host, corpus, memories);

            // Distinct queries: the engine caches query embeddings (LRU), and a repeated query would skip the model.
            var queries = corpus.Queries(2 * ((searches * 6) + WarmUpQueries)).Distinct(StringComparer.Ordinal).ToList();
            if (queries.Count < WarmUpQueries + (searches * 5))
            {
                throw new InvalidOperationException("The corpus gave too few distinct queries.");
            }

            var warmUp = await WarmUpAsync(host, key, queries.Take(WarmUpQueries).ToList());
            var fresh = queries.Skip(WarmUpQueries).ToList();
            var generator = host.Services.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();
            var embedOnly = await TimeInProcessAsync(fresh.Skip((3 * searches) + (searches / 2)).Take(searches), q => generator.GenerateAsync([q], QueryInput));
            rows.Add(Row("Query embedding alone, in-process (baseline)", 1, embedOnly));
            var memory = host.Services.GetRequiredService<IMemory>();
            var options = new SearchOptions { Scope = new MemoryScope { ProjectId = Project, UserId = User }, Limit = 10 };
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var inProcess = await TimeInProcessAsync(fresh.Take(searches), q => memory.SearchAsync(q, options));
            var allocatedPerSearch = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / (double)searches;
            var collections = GC.CollectionCount(0);
            rows.Add(Row("Search, in-process `IMemory.SearchAsync` (baseline)", 1, inProcess));
            var before = metrics.Snapshot();
            Log.Info("server: searching over HTTP, 1 client");
            var one = await ServerLoad.RunAsync(host.BaseAddress, key, "/v2/memories/search/", [.. fresh.Skip(searches).Take(searches).Select(SearchBody)], 1);
            rows.Add(Row("Search `POST /v2/memories/search/`, closed loop", 1, one));
            Log.Info($"server: searching over HTTP, {Concurrency} clients");
            var many = await ServerLoad.RunAsync(host.BaseAddress, key, "/v2/memories/search/", [.. fresh.Skip(2 * searches).Take(searches).Select(SearchBody)], Concurrency);
            rows.Add(Row("Search `POST /v2/memories/search/`, closed loop", Concurrency, many));
            Log.Info($"server: searching over HTTP, {Concurrency} paced clients");
            var paced = await ServerLoad.RunAsync(host.BaseAddress, key, "/v2/memories/search/", [.. fresh.Skip(3 * searches).Take(searches / 2).Select(SearchBody)], Concurrency, PacedInterval);
            rows.Add(Row($"Search, paced: each client 1 request per {PacedInterval.TotalMilliseconds:F0} ms", Concurrency, paced));
            var after = metrics.Snapshot();
            var searchCollections = GC.CollectionCount(0) - collections;
            var httpSearches = one.Timings.Count + many.Timings.Count + paced.Timings.Count;
            if (JsonNode.Parse(many.Bodies[0])?.AsArray().Count != 10)
            {
                throw new InvalidOperationException($"A search returned other than 10 results: {many.Bodies[0]}");
            }

            load.Add(LoadAverage());
            var sentences = corpus.Sentences(2 * adds);
            var drains = new List<double>();
            foreach (var clients in new[] { 1, Concurrency })
            {
                Log.Info($"server: async adds, {clients} client(s)");
                var bodies = sentences.Skip(clients == 1 ? 0 : adds).Take(adds).Select(AddBody).ToList();
                var accepted = await ServerLoad.RunAsync(host.BaseAddress, key, "/v1/memories/", bodies, clients);
                if (JsonNode.Parse(accepted.Bodies[0])?[0]?["status"]?.GetValue<string>() != "PENDING")
                {
                    throw new InvalidOperationException($"An async add was not queued: {accepted.Bodies[0]}");
                }

                rows.Add(Row("Async add `POST /v1/memories/` (async_mode, infer off)", clients, accepted));
                drains.Add(await DrainAsync(host));
            }

            load.Add(LoadAverage());
            notes = string.Create(CultureInfo.InvariantCulture, $"""
                {memories:N0} memories of one user in the project (imported at {fillRate:N0} mem/s with {embedder.Name}, {(settings.IntraOpThreads is { } threads ? $"{threads} ONNX thread(s) per run" : "default ONNX threads")}, {(settings.MaxConcurrentSearches is { } admitted ? admitted : new MnemoOptions().MaxConcurrentSearches)} searches computing at once); {searches} distinct queries per closed-loop search row ({searches / 2} paced) after {warmUp:N0} warm-up requests from 8 clients (at least {WarmUp.TotalSeconds:N0} s, and until the JIT had compiled nothing for a second); {adds} adds per add row.
                An in-process search allocated {allocatedPerSearch / 1024:N0} KB of managed memory; from there to the end of the HTTP search rows, {searchCollections:N0} gen0 collections ran ({(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC).
                Over the HTTP search rows the model embedded {(double)(after.Texts - before.Texts) / httpSearches:N2} texts per request and the embedding caches answered {after.CacheHits - before.CacheHits} times.
                The ingestion worker embedded and stored the queued adds while they were being accepted: the queue drained {drains[0]:N1} s and {drains[1]:N1} s after the last acceptance.
                Load average (1, 5, 15 min) at start / after search / at end: {string.Join(" / ", load)}.
                """);
        }
        finally
        {
            MnemoStack.Delete(path);
        }

        return notes + "\n\n" + Markdown.Table(["Request", "Clients", "Requests", "p50 (ms)", "p95 (ms)", "Throughput (req/s)", "CPU/request (ms)"], rows);
    }

    /// <summary>
    /// Searches with <see cref="Concurrency"/> closed-loop clients, 100 requests at a time, for at least
    /// <see cref="WarmUp"/> and until the JIT has compiled nothing for a second (<see cref="Bench.WarmUp"/>), so the rows
    /// measure a long-running server: dynamic PGO first runs instrumented code and recompiles hot methods for seconds
    /// (with a fixed 5 s, the JIT thread was still busy during the first measured row), and the concurrent paths (thread
    /// pool growth, connection pools) only settle under concurrency. Queries repeat only past the warm-up list. Returns
    /// the requests sent.
    /// </summary>
    private static async Task<int> WarmUpAsync(ServerHost host, string key, IReadOnlyList<string> queries)
    {
        const int Chunk = 100;
        var report = await Bench.WarmUp.RunAsync(
            i => ServerLoad.RunAsync(
                host.BaseAddress,
                key,
                "/v2/memories/search/",
                [.. Enumerable.Range(i * Chunk, Chunk).Select(n => SearchBody(queries[n % queries.Count]))],
                Concurrency),
            minCalls: 1,
            WarmUp);
        Log.Info($"server: warm-up: {report}");
        return report.Calls * Chunk;
    }

    /// <summary>Runs <paramref name="call"/> for each query in turn, in this process (no HTTP).</summary>
    private static async Task<ServerLoad.Result> TimeInProcessAsync<T>(IEnumerable<string> queries, Func<string, Task<T>> call)
    {
        var timings = new Timings();
        var cpu = Environment.CpuUsage.TotalTime;
        var started = Stopwatch.GetTimestamp();
        foreach (var query in queries)
        {
            await timings.TimeAsync(() => call(query));
        }

        return new ServerLoad.Result(timings, Stopwatch.GetElapsedTime(started).TotalSeconds, (Environment.CpuUsage.TotalTime - cpu).TotalSeconds, []);
    }

    private static async Task<double> FillAsync(ServerHost host, Corpus corpus, int count)
    {
        var transfer = host.Services.GetRequiredService<IMemoryTransfer>();
        var scope = new MemoryScope { ProjectId = Project, UserId = User };
        var start = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var started = Stopwatch.GetTimestamp();
        for (var stored = 0; stored < count; stored += ImportBatch)
        {
            var texts = corpus.Sentences(Math.Min(ImportBatch, count - stored));
            await transfer.ImportAsync([.. texts.Select((t, i) => BenchItems.Item(t, scope, start.AddMinutes(stored + i)))]);
            Log.Info($"server: filled {stored + texts.Count:N0}/{count:N0}");
        }

        return count / Stopwatch.GetElapsedTime(started).TotalSeconds;
    }

    /// <summary>Waits until the worker has processed every queued add; returns the seconds it took.</summary>
    private static async Task<double> DrainAsync(ServerHost host)
    {
        var ingestion = host.Services.GetRequiredService<IMemoryIngestion>();
        var started = Stopwatch.GetTimestamp();
        while ((await ingestion.ListEventsAsync(null, IngestionStatus.Pending, 1)).Count > 0
            || (await ingestion.ListEventsAsync(null, IngestionStatus.Running, 1)).Count > 0)
        {
            if (Stopwatch.GetElapsedTime(started) > TimeSpan.FromMinutes(5))
            {
                throw new TimeoutException("The ingestion queue did not drain in 5 minutes.");
            }

            await Task.Delay(50);
        }

        var failed = await ingestion.ListEventsAsync(null, IngestionStatus.Failed, 1);
        return failed.Count > 0
            ? throw new InvalidOperationException($"A queued add failed: {failed[0].Error}")
            : Stopwatch.GetElapsedTime(started).TotalSeconds;
    }

    private static IReadOnlyList<string> Row(string request, int clients, ServerLoad.Result result) =>
    [
        request, clients.ToString(CultureInfo.InvariantCulture), result.Timings.Count.ToString(CultureInfo.InvariantCulture),
        Markdown.F(result.Timings.P50, 2), Markdown.F(result.Timings.P95, 2), Markdown.F(result.Timings.Count / result.Seconds, 0),
        Markdown.F(result.CpuSeconds * 1000 / result.Timings.Count, 2),
    ];

    private static string SearchBody(string query) => new JsonObject
    {
        ["query"] = query,
        ["filters"] = new JsonObject { ["user_id"] = User },
        ["top_k"] = 10,
    }.ToJsonString();

    private static string AddBody(string text) => new JsonObject
    {
        ["messages"] = new JsonArray(new JsonObject { ["role"] = "user", ["content"] = text }),
        ["user_id"] = User,
        ["infer"] = false,
        ["async_mode"] = true,
    }.ToJsonString();

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
