using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Xunit;

namespace Mnemo.Sqlite.Tests;

/// <summary>
/// Latency of SearchAsync over 100k memories in one scope. Explicit (not part of the test run) and assertion-free:
/// it prints medians and p95. Run: dotnet run --project test/Mnemo.Sqlite.Tests -- -method "*SearchLatency*" -explicit only
/// </summary>
public sealed class SqliteSearchLatency
{
    private const int Count = 100_000;
    private const int Dimensions = 384;
    private const int Runs = 300;

    [Fact(Explicit = true)]
    public async Task SearchLatency_100kVectors_PrintsMedianAndP95()
    {
        var ct = TestContext.Current.CancellationToken;
        var folder = Directory.CreateTempSubdirectory("mnemo-bench-").FullName;
        var path = Path.Combine(folder, "bench.db");
        try
        {
            var store = SqliteMemoryStoreFactory.Create(new SqliteStoreOptions { Path = path });
            await store.InitializeAsync(new EmbeddingModelInfo("bench", Dimensions), ct);
            var random = new Random(7);
            var words = Enumerable.Range(0, 5000).Select(i => "word" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            var scope = MemoryScope.User("bench");
            var now = new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);

            var index = new VectorIndex();
            var entries = new List<VectorEntry>(Count);
            var insert = Stopwatch.StartNew();
            for (var batch = 0; batch < Count / 5000; batch++)
            {
                var upserts = new List<StoredMemory>(5000);
                for (var i = 0; i < 5000; i++)
                {
                    var words12 = string.Join(' ', Enumerable.Range(0, 12).Select(_ => words[random.Next(words.Length)]));
                    var item = new MemoryItem
                    {
                        Id = Guid.CreateVersion7(), Text = words12, Hash = MemoryHash.Compute(words12), Scope = scope,
                        CreatedAt = now, UpdatedAt = now, ObservedAt = now, ValidFrom = now,
                    };
                    var vectorOf = RandomUnit(random);
                    entries.Add(new VectorEntry(entries.Count + 1, scope, 0, null, null, false, vectorOf));
                    upserts.Add(new StoredMemory(item, vectorOf));
                }

                await store.ApplyAsync(new MemoryChangeSet { Upserts = upserts }, ct);
            }

            insert.Stop();
            var load = Stopwatch.StartNew();
            await store.SearchAsync(new StoreSearchQuery { Scope = scope, Vector = RandomUnit(random), AsOf = now }, ct);
            load.Stop();

            var vector = await MeasureAsync(() => store.SearchAsync(new StoreSearchQuery { Scope = scope, Vector = RandomUnit(random), AsOf = now }, ct));
            var text = await MeasureAsync(() => store.SearchAsync(
                new StoreSearchQuery { Scope = scope, Text = $"{words[random.Next(words.Length)]} {words[random.Next(words.Length)]} {words[random.Next(words.Length)]}", AsOf = now }, ct));
            var hybrid = await MeasureAsync(() => store.SearchAsync(
                new StoreSearchQuery { Scope = scope, Vector = RandomUnit(random), Text = $"{words[random.Next(words.Length)]} {words[random.Next(words.Length)]}", AsOf = now }, ct));
            var filtered = await MeasureAsync(() => store.SearchAsync(
                new StoreSearchQuery { Scope = scope, Vector = RandomUnit(random), Filter = MemoryFilter.Parse("""{"role": {"ne": "assistant"}}"""), AsOf = now }, ct));

            index.Load(Dimensions, 1, entries);
            var raw = await MeasureAsync(() =>
            {
                index.Search(RandomUnit(random), scope, 1, false, false, null, 50);
                return Task.CompletedTask;
            });
            var rawOneThread = await MeasureAsync(() =>
            {
                // A candidate list below the parallel threshold scans on the calling thread only.
                index.Search(RandomUnit(random), scope, 1, false, false, Enumerable.Range(1, 19_999).Select(i => (long)i).ToList(), 50);
                return Task.CompletedTask;
            });
            index.Dispose();

            string version;
            using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
            {
                connection.Open();
                version = connection.ServerVersion;
            }

            var report = $"""
                SQLite {version}, {Environment.ProcessorCount} cores, {Count} x {Dimensions}-dim vectors in one scope
                insert (batches of 5000): {insert.Elapsed.TotalSeconds:F1} s; first search (loads index): {load.Elapsed.TotalMilliseconds:F0} ms
                index scan only (100k, parallel):   median {raw.Median:F2} ms, p95 {raw.P95:F2} ms
                index scan only (20k, one thread):  median {rawOneThread.Median:F2} ms, p95 {rawOneThread.P95:F2} ms
                vector only:      median {vector.Median:F2} ms, p95 {vector.P95:F2} ms
                text only (FTS):  median {text.Median:F2} ms, p95 {text.P95:F2} ms
                hybrid:           median {hybrid.Median:F2} ms, p95 {hybrid.P95:F2} ms
                vector + filter:  median {filtered.Median:F2} ms, p95 {filtered.P95:F2} ms
                """;
            Console.WriteLine(report);
            File.WriteAllText(Path.Combine(Path.GetTempPath(), "mnemo-sqlite-latency.txt"), report);
            await ((IAsyncDisposable)store).DisposeAsync();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<(double Median, double P95)> MeasureAsync(Func<Task> search)
    {
        for (var i = 0; i < 20; i++)
        {
            await search();
        }

        var times = new double[Runs];
        for (var i = 0; i < Runs; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await search();
            times[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        Array.Sort(times);
        return (times[Runs / 2], times[(int)(Runs * 0.95)]);
    }

    private static float[] RandomUnit(Random random)
    {
        var v = new float[Dimensions];
        var norm = 0.0;
        for (var i = 0; i < v.Length; i++)
        {
            // Box-Muller: Gaussian components give directions uniform on the sphere.
            var g = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
            v[i] = (float)g;
            norm += g * g;
        }

        var scale = (float)(1 / Math.Sqrt(norm));
        for (var i = 0; i < v.Length; i++)
        {
            v[i] *= scale;
        }

        return v;
    }
}
