using Microsoft.Extensions.AI;

namespace Mnemo.Bench;

/// <summary>
/// Add throughput as a scope grows: the scope is filled by import to each of <see cref="BenchSettings.Sizes"/>, then
/// batches of 32 new messages are added verbatim (infer off) and through the default add (infer on, no LLM: the offline
/// path), alternately, batch by batch. The hash embedder stands in for the model, so what is measured is the engine and
/// the store: the lookups an add makes (stored vectors by text hash, exact duplicates, near-duplicate candidates) and
/// the write. The model's own cost per memory does not depend on the scope (see the "Add throughput" section). With
/// <c>--postgres</c> each size also runs on PostgreSQL, in a database of its own, after SQLite.
/// </summary>
internal static class AddAtScaleBenchmark
{
    private const int Batch = 32;

    public static async Task<string> RunAsync(BenchSettings settings)
    {
        var adds = settings.Quick ? 320 : 1_280;
        var rows = new List<IReadOnlyList<string>>();
        var stores = BenchStore.Kinds("add-scale", settings);
        foreach (var size in settings.Sizes)
        {
            foreach (var open in stores)
            {
                await using var store = await open();
                await using var stack = store.Open(Embedder.Hash, settings.ConfigureEngine());
                var corpus = new Corpus(seed: 3);
                var scope = MemoryScope.User("bench");
                var before = DateTimeOffset.UtcNow.AddDays(-1);
                Log.Info($"add at scale: {store.Name}, importing {size:N0} memories");
                foreach (var chunk in corpus.Sentences(size).Chunk(2_000))
                {
                    await stack.Transfer.ImportAsync([.. chunk.Select(t => BenchItems.Item(t, scope, before))]);
                }

                // Warm both paths (JIT, the index's load of the scope) on batches that are not measured.
                foreach (var infer in new[] { false, true, false, true })
                {
                    await AddAsync(stack, corpus.Sentences(Batch), scope, infer);
                }

                var verbatim = new Timings();
                var offline = new Timings();
                var written = (Verbatim: 0, Offline: 0);
                Log.Info($"add at scale: {store.Name}, {size:N0} memories in scope, {adds:N0} messages each way in batches of {Batch}");
                for (var i = 0; i < adds / Batch; i++)
                {
                    written.Verbatim += await verbatim.TimeAsync(() => AddAsync(stack, corpus.Sentences(Batch), scope, false));
                    written.Offline += await offline.TimeAsync(() => AddAsync(stack, corpus.Sentences(Batch), scope, true));
                }

                foreach (var row in new[] { Row(size, "verbatim (infer off)", written.Verbatim, verbatim), Row(size, "default (infer on, offline)", written.Offline, offline) })
                {
                    rows.Add(stores.Count > 1 ? [store.Name, .. row] : row);
                }
            }
        }

        string[] header = ["Memories in scope", "Add path", "Memories written", "Add (mem/s)", "Batch p50 (ms)", "Batch p95 (ms)"];
        return Markdown.Table(stores.Count > 1 ? ["Store", .. header] : header, rows);
    }

    private static async Task<int> AddAsync(MnemoStack stack, IReadOnlyList<string> texts, MemoryScope scope, bool infer) =>
        (await stack.Memory.AddAsync(texts.Select(t => new ChatMessage(ChatRole.User, t)), new AddOptions { Scope = scope, Infer = infer })).Results.Count;

    private static IReadOnlyList<string> Row(int size, string path, int written, Timings timings) =>
    [
        size.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), path, written.ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
        Markdown.F(written / (timings.Total / 1000), 0), Markdown.F(timings.P50, 1), Markdown.F(timings.P95, 1),
    ];
}
