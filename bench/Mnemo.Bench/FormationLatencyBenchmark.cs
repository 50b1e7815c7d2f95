using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace Mnemo.Bench;

/// <summary>
/// Add with infer on against an LLM of fixed latency, split into phases by timing decorators around the engine's
/// dependencies (chat client, embedding generator, store), so the pipeline's own overhead beyond the LLM call is visible.
/// The scope is pre-filled so candidate retrieval searches a realistic number of memories.
/// </summary>
internal static class FormationLatencyBenchmark
{
    private const int Prefill = 1_000;
    private const int Warmup = 5;

    private static readonly MemoryScope _scope = MemoryScope.User("bench");

    public static async Task<string> RunAsync(BenchSettings settings)
    {
        var adds = settings.Quick ? 30 : 100;
        var latency = TimeSpan.FromMilliseconds(settings.LlmLatencyMs);
        var loadBefore = LoadAverage();
        var rows = new List<IReadOnlyList<string>>();
        var notes = new List<string>();
        foreach (var embedder in new[] { Embedder.ArcticXs, Embedder.Hash })
        {
            Log.Info($"formation: {embedder.Name}, {Prefill} memories in scope, {adds} adds, LLM {latency.TotalMilliseconds} ms");
            var (measured, skipped, note) = await RunOneAsync(embedder, adds, latency);
            rows.Add(measured);
            rows.Add(skipped);
            notes.Add(note);
        }

        var table = Markdown.Table(
            [
                "Embedder", "Adds", "Total", "Pre-filter", "Embedding", "Store reads", "LLM wait", "Storage (ApplyAsync)", "Other",
                "**Overhead beyond LLM**",
            ],
            rows);
        return $"""
            Fake LLM latency {latency.TotalMilliseconds:F0} ms; {Prefill:N0} memories in the scope; each cell is p50 / p95 in ms over the measured adds (after {Warmup} warm-up adds). {string.Join(' ', notes)}

            {table}
            Load average (1 min, from /proc/loadavg) {loadBefore} before the run, {LoadAverage()} after it.
            """;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

    private static async Task<(IReadOnlyList<string> Measured, IReadOnlyList<string> Skipped, string Note)> RunOneAsync(
        Embedder embedder, int count, TimeSpan latency)
    {
        var path = MnemoStack.TempDatabase("formation");
        var probe = new FormationProbe();
        try
        {
            await using var services = Compose(path, embedder, latency, probe);
            var memory = services.GetRequiredService<IMemory>();
            var corpus = new Corpus(seed: 11);

            foreach (var batch in corpus.Sentences(Prefill).Chunk(32))
            {
                await memory.AddAsync(batch.Select(t => new ChatMessage(ChatRole.User, t)), new AddOptions { Scope = _scope, Infer = false });
            }

            var infer = new AddOptions { Scope = _scope, Infer = true };
            var columns = Enumerable.Range(0, 8).Select(_ => new List<double>()).ToArray();
            var events = 0;
            var embeddingCalls = 0;
            var messageEmbeds = new List<double>();
            var factEmbeds = new List<double>();
            var factTexts = 0;
            for (var i = -Warmup; i < count; i++)
            {
                var messages = new[]
                {
                    new ChatMessage(ChatRole.User, corpus.Sentences(1, minWords: 14, maxWords: 30)[0]),
                    new ChatMessage(ChatRole.Assistant, "Thanks for telling me, I will keep that in mind for next time."),
                };
                probe.Begin();
                var started = Stopwatch.GetTimestamp();
                var result = await memory.AddAsync(messages, infer);
                var total = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (probe.LlmCalls != 1 || result.Results.Count == 0)
                {
                    throw new InvalidOperationException($"Expected one LLM call and some events, got {probe.LlmCalls} calls and {result.Results.Count} events.");
                }

                if (i < 0)
                {
                    continue;
                }

                events += result.Results.Count;
                embeddingCalls += probe.EmbeddingCalls;
                if (probe.EmbeddingCallLog is [var messageCall, var factCall])
                {
                    messageEmbeds.Add(messageCall.Ms);
                    factEmbeds.Add(factCall.Ms);
                    factTexts += factCall.Texts;
                }
                var measured = probe.BeforeFirstCallMs + probe.EmbeddingMs + probe.StoreReadMs + probe.LlmMs + probe.StoreWriteMs;
                double[] sample =
                [
                    total, probe.BeforeFirstCallMs, probe.EmbeddingMs, probe.StoreReadMs, probe.LlmMs, probe.StoreWriteMs,
                    total - measured, total - probe.LlmMs,
                ];
                for (var c = 0; c < sample.Length; c++)
                {
                    columns[c].Add(sample[c]);
                }
            }

            // An add the pre-filter drops entirely: no model, no LLM, no store call.
            var skips = new List<double>();
            var skipMessage = new[] { new ChatMessage(ChatRole.User, "ok thanks") };
            for (var i = -Warmup; i < count; i++)
            {
                probe.Begin();
                var started = Stopwatch.GetTimestamp();
                var result = await memory.AddAsync(skipMessage, infer);
                var total = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (result.Results.Count != 0 || result.Skipped.Count != 1 || probe.LlmCalls != 0 || probe.EmbeddingCalls != 0)
                {
                    throw new InvalidOperationException("'ok thanks' was expected to be skipped by the pre-filter.");
                }

                if (i >= 0)
                {
                    skips.Add(total);
                }
            }

            var measuredRow = new List<string> { embedder.Name, count.ToString(CultureInfo.InvariantCulture) };
            measuredRow.AddRange(columns.Take(7).Select(Cell));
            measuredRow.Add($"**{Cell(columns[7])}**");
            var skippedRow = new List<string> { $"{embedder.Name}, \"ok thanks\" (skipped)", count.ToString(CultureInfo.InvariantCulture), Micro(skips) };
            skippedRow.AddRange(Enumerable.Repeat("-", 7));
            var note = $"{embedder.Name}: {(double)events / count:F1} memory events and {(double)embeddingCalls / count:F1} embedding calls per add"
                + (messageEmbeds.Count == 0 ? "." : $" (the user message: {Cell(messageEmbeds)} ms; the {(double)factTexts / factEmbeds.Count:F1} new texts in one batch: {Cell(factEmbeds)} ms).");
            return (measuredRow, skippedRow, note);
        }
        finally
        {
            MnemoStack.Delete(path);
        }
    }

    private static string Cell(List<double> ms) =>
        $"{Markdown.F(RetrievalMetrics.Percentile(ms, 50), 1)} / {Markdown.F(RetrievalMetrics.Percentile(ms, 95), 1)}";

    private static string Micro(List<double> ms) =>
        $"{Markdown.F(RetrievalMetrics.Percentile(ms, 50) * 1000, 1)} µs / {Markdown.F(RetrievalMetrics.Percentile(ms, 95) * 1000, 1)} µs";

    // The application's composition (AddMnemo + SQLite + ONNX or hash embeddings + an IChatClient), with each dependency
    // wrapped in a timing decorator; the engine itself is unchanged.
    private static ServiceProvider Compose(string path, Embedder embedder, TimeSpan latency, FormationProbe probe)
    {
        var services = new ServiceCollection();
        var builder = services.AddMnemo().WithSqliteStore(path);
        if (embedder.Model is not null)
        {
            builder.WithOnnxEmbeddings(embedder.Configure);
        }
        else
        {
            builder.WithEmbeddingGenerator(new HashEmbeddingGenerator());
        }

        services.AddSingleton<IChatClient>(new TimingChatClient(new FixedLatencyChatClient(latency), probe));
        Decorate<IMemoryStore>(services, store => new TimingMemoryStore(store, probe));
        Decorate<IEmbeddingGenerator<string, Embedding<float>>>(services, generator => new TimingEmbeddingGenerator(generator, probe));
        return services.BuildServiceProvider();
    }

    private static void Decorate<T>(IServiceCollection services, Func<T, T> wrap)
        where T : class
    {
        var descriptor = services.Last(d => d.ServiceType == typeof(T));
        services.Remove(descriptor);
        services.AddSingleton(sp => wrap((T)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(sp)
            ?? ActivatorUtilities.CreateInstance(sp, descriptor.ImplementationType!))));
    }
}
