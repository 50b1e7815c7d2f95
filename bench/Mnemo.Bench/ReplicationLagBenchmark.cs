using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.AI;

namespace Mnemo.Bench;

/// <summary>
/// Replication lag: two engine instances over one store, as two <c>mnemo serve</c> replicas (or the CLI beside a server)
/// would be, each with its own in-memory index. One writes a memory (an add with infer off), the other searches for its
/// text until the memory is among the results; the lag is the time from the write's return (it has committed) to that
/// search's return. The reader polls about once a millisecond. SQLite (two engines on one file: each compares the feed
/// position before every search) is the baseline; on PostgreSQL the reader reads the feed when <c>NOTIFY</c> says
/// something changed, or once a second as a safety net.
/// </summary>
internal static class ReplicationLagBenchmark
{
    private const int Preloaded = 1_000;

    private const int WarmUpWrites = 20;

    private static readonly TimeSpan GiveUp = TimeSpan.FromSeconds(10);

    public static async Task<string> RunAsync(BenchSettings settings)
    {
        var writes = settings.Quick ? 100 : 300;
        var rows = new List<IReadOnlyList<string>>();
        foreach (var open in BenchStore.Kinds("lag", settings))
        {
            await using var store = await open();
            Log.Info($"lag: {store.Name}: {writes} writes through one engine, each searched for on the other");
            rows.Add([store.Name, .. await RunStoreAsync(store, writes)]);
        }

        return Markdown.Table(
            ["Store", "Writes", "Write p50 (ms)", "Write p95 (ms)", "Lag p50 (ms)", "Lag p95 (ms)", "Lag max (ms)", "Searches per write", "Not found within 10 s"],
            rows);
    }

    private static async Task<IReadOnlyList<string>> RunStoreAsync(BenchStore store, int writes)
    {
        var corpus = new Corpus(seed: 11);
        var scope = MemoryScope.User("bench");
        var start = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        await using var writer = store.Open(Embedder.Hash);
        await using var reader = store.Open(Embedder.Hash);

        // A scope that is not empty, so each poll is a real search; both engines load their index before timing starts.
        await writer.Transfer.ImportAsync([.. corpus.Sentences(Preloaded).Select((t, i) => BenchItems.Item(t, scope, start.AddMinutes(i)))]);
        var options = new SearchOptions { Scope = scope, Limit = 10 };
        await writer.Memory.SearchAsync("warm up", options);
        await reader.Memory.SearchAsync("warm up", options);

        var writeTimes = new Timings();
        var lags = new Timings();
        var searches = 0;
        var missed = 0;
        var lagMax = 0.0;
        for (var i = 0; i < WarmUpWrites + writes; i++)
        {
            var measured = i >= WarmUpWrites;
            var text = $"{corpus.Sentences(1)[0]} (note {i})";
            var started = Stopwatch.GetTimestamp();
            var added = await writer.Memory.AddAsync([new ChatMessage(ChatRole.User, text)], new AddOptions { Scope = scope, Infer = false });
            var written = Stopwatch.GetTimestamp();
            var id = added.Results[0].Id;
            var polls = 0;
            var found = false;
            while (!found && Stopwatch.GetElapsedTime(written) < GiveUp)
            {
                polls++;
                found = (await reader.Memory.SearchAsync(text, options)).Results.Any(r => r.Memory.Id == id);
                if (!found)
                {
                    await Task.Delay(1);
                }
            }

            if (!measured)
            {
                continue;
            }

            var lag = Stopwatch.GetElapsedTime(written).TotalMilliseconds;
            writeTimes.Add(Stopwatch.GetElapsedTime(started, written).TotalMilliseconds);
            lags.Add(lag);
            lagMax = Math.Max(lagMax, lag);
            searches += polls;
            missed += found ? 0 : 1;
        }

        return
        [
            writes.ToString(CultureInfo.InvariantCulture), Markdown.F(writeTimes.P50, 2), Markdown.F(writeTimes.P95, 2),
            Markdown.F(lags.P50, 2), Markdown.F(lags.P95, 2), Markdown.F(lagMax, 1),
            Markdown.F((double)searches / writes, 1), missed.ToString(CultureInfo.InvariantCulture),
        ];
    }
}
