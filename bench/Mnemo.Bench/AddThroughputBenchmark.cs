using Microsoft.Extensions.AI;

namespace Mnemo.Bench;

/// <summary>
/// Add throughput with infer off: each call adds a batch of messages, one memory each. The baseline is the embedder
/// alone on the same batches, so the difference is what Mnemo (validation, hashing, cache, SQLite, the index) adds. The
/// contextual-embedding rows (<see cref="EmbeddingOptions.ContextMemories"/>) embed each memory after the ones before it,
/// so their overhead includes the longer model inputs and the lookup of the earlier memories. The "infer on, offline"
/// rows take the default add with no LLM (sentence classification, near-duplicate and hash checks, one embedding call
/// per batch) and count the memories it wrote. With <c>--postgres</c> the storage-only rows and the default model's row
/// run on both stores, each in a fresh database, SQLite first.
/// </summary>
internal static class AddThroughputBenchmark
{
    private static readonly EmbeddingGenerationOptions _documents = new()
    {
        AdditionalProperties = new() { [EmbeddingInputType.PropertyName] = EmbeddingInputType.Document },
    };

    public static async Task<string> RunAsync(BenchSettings settings)
    {
        var runs = new List<(Embedder Embedder, int Count, int Batch, int Context, bool Infer)>
        {
            (Embedder.Hash, settings.Quick ? 1_000 : 5_000, 32, 0, false),
            (Embedder.Hash, settings.Quick ? 200 : 1_000, 1, 0, false),
            (Embedder.Hash, settings.Quick ? 1_000 : 5_000, 32, 0, true),
        };
        runs.AddRange(settings.Models.Select(m => (m, settings.Quick ? 128 : 512, 32, 0, false)));
        runs.AddRange(settings.Models.Take(1).Select(m => (m, settings.Quick ? 128 : 512, 32, 0, true)));
        runs.AddRange(settings.Models.Take(1).SelectMany(m => new[] { (m, settings.Quick ? 128 : 512, 32, 1, false), (m, settings.Quick ? 128 : 512, 32, 2, false), (m, settings.Quick ? 128 : 512, 32, 1, true) }));

        // Beside PostgreSQL: storage only (the hash embedder) in batches and one at a time, and the default model in batches.
        if (settings.Postgres is not null)
        {
            runs = [.. runs.Where(r => r.Context == 0 && !r.Infer && (r.Embedder == Embedder.Hash || r.Embedder == settings.Models[0]))];
        }

        var stores = BenchStore.Kinds("add", settings);
        var rows = new List<IReadOnlyList<string>>();
        foreach (var (embedder, count, batch, context, infer) in runs)
        {
            foreach (var open in stores)
            {
                await using var store = await open();
                Log.Info($"add: {store.Name}, {embedder.Name}, {count} messages in batches of {batch}, embedding context {context}, infer {infer}");
                var row = await RunOneAsync(store, embedder, count, batch, context, infer);
                rows.Add(stores.Count > 1 ? [store.Name, .. row] : row);
            }
        }

        string[] header = ["Embedder", "Batch", "Memories", "Embedder alone (mem/s)", "Mnemo add (mem/s)", "Add call p50 (ms)", "Add call p95 (ms)", "Mnemo overhead (ms/memory)"];
        return Markdown.Table(stores.Count > 1 ? ["Store", .. header] : header, rows);
    }

    private static async Task<IReadOnlyList<string>> RunOneAsync(BenchStore store, Embedder embedder, int count, int batchSize, int context, bool infer)
    {
        var corpus = new Corpus(seed: 7);
        _ = corpus.Sentences(batchSize); // once the warm-up's batch: drawn still, so the measured texts are those of earlier runs
        var batches = corpus.Sentences(count).Chunk(batchSize).ToList();
        await using var stack = store.Open(embedder, o => o.Embedding.ContextMemories = context);

        // Warm both paths (model load, schema, JIT) on texts that are not measured, into another scope, until the JIT has
        // settled (WarmUp): on 2 cores, dynamic PGO's background recompiles took a core from the measured batches for
        // seconds, and the row measured a process's first adds rather than a running one's.
        var warmCorpus = new Corpus(seed: 11);
        var warmed = await WarmUp.RunAsync(
            async _ =>
            {
                var texts = warmCorpus.Sentences(batchSize);
                await stack.Generator.GenerateAsync(texts, _documents);
                await stack.Memory.AddAsync(texts.Select(t => new ChatMessage(ChatRole.User, t)), new AddOptions { Scope = MemoryScope.User("warmup"), Infer = infer });
            },
            minCalls: 4,
            minTime: TimeSpan.FromSeconds(2));
        Log.Info($"add warm-up: {warmed}");

        // Interleaved, batch by batch, so drift in machine load hits both sides alike.
        var baseline = new Timings();
        var adds = new Timings();
        var options = new AddOptions { Scope = MemoryScope.User("bench"), Infer = infer };
        var written = 0;
        foreach (var batch in batches)
        {
            await baseline.TimeAsync(() => stack.Generator.GenerateAsync(batch, _documents));
            await adds.TimeAsync(async () => written += (await stack.Memory.AddAsync(batch.Select(t => new ChatMessage(ChatRole.User, t)), options)).Results.Count);
        }

        var baselineRate = count / (baseline.Total / 1000);
        var addRate = written / (adds.Total / 1000);
        var name = context == 0 ? embedder.Name : $"{embedder.Name}, embedding context {context}";
        return
        [
            infer ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{name}, infer on (offline, {written:N0} written)") : name, batchSize.ToString(System.Globalization.CultureInfo.InvariantCulture), count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
            Markdown.F(baselineRate, 0), Markdown.F(addRate, 0), Markdown.F(adds.P50, 2), Markdown.F(adds.P95, 2),
            Markdown.F((adds.Total - baseline.Total) / count, 3),
        ];
    }
}
