using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Mnemo.StoreConformance;
using Xunit;

namespace Mnemo.Sqlite.Tests;

/// <summary>
/// Latency of SearchAsync at 1k, 10k and 100k memories (384-dim, one scope), query embedding excluded. Explicit (not
/// part of the test run) and assertion-free: it prints medians and p95 and writes them to
/// <c>$TMPDIR/mnemo-sqlite-latency.txt</c>. Text is Zipf-distributed sentences over a 3,000-word vocabulary; keyword
/// queries have 3 to 6 terms drawn from the same distribution. Run:
/// dotnet run --project test/Mnemo.Sqlite.Tests -- -method "*SearchLatency*" -explicit only
/// (MNEMO_LATENCY_SIZES=100000 limits the sizes).
/// </summary>
public sealed class SqliteSearchLatency
{
    private const int Dimensions = 384;
    private const int Runs = 300;

    [Fact(Explicit = true)]
    public async Task SearchLatency_1kTo100k_PrintsMedianAndP95()
    {
        var sizes = (Environment.GetEnvironmentVariable("MNEMO_LATENCY_SIZES") ?? "1000,10000,100000")
            .Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"{Environment.ProcessorCount} cores, {Dimensions}-dim vectors, one scope; medians / p95 in ms over {Runs} queries");
        foreach (var size in sizes)
        {
            await MeasureSizeAsync(size, report);
        }

        Console.WriteLine(report);
        File.WriteAllText(Path.Combine(Path.GetTempPath(), "mnemo-sqlite-latency.txt"), report.ToString());
    }

    private static async Task MeasureSizeAsync(int count, StringBuilder report)
    {
        var ct = TestContext.Current.CancellationToken;
        var folder = Directory.CreateTempSubdirectory("mnemo-bench-").FullName;
        var path = Path.Combine(folder, "bench.db");
        try
        {
            var store = SqliteMemoryStoreFactory.Create(new SqliteStoreOptions { Path = path });
            await store.InitializeAsync(new EmbeddingModelInfo("bench", Dimensions), ct);
            var random = new Random(7);
            var text = new ZipfText(random);
            var scope = MemoryScope.User("bench");
            var now = new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);

            var entries = new List<VectorEntry>(count);
            var insert = Stopwatch.StartNew();
            for (var done = 0; done < count;)
            {
                var batch = Math.Min(5000, count - done);
                var upserts = new List<StoredMemory>(batch);
                for (var i = 0; i < batch; i++)
                {
                    var sentence = text.Sentence(random.Next(8, 21));
                    var item = new MemoryItem
                    {
                        Id = Guid.CreateVersion7(), Text = sentence, Hash = MemoryHash.Compute(sentence), Scope = scope,
                        CreatedAt = now, UpdatedAt = now, ObservedAt = now, ValidFrom = now,
                    };
                    var embedding = VectorIndexQuantisationTests.RandomUnit(random);
                    entries.Add(new VectorEntry(entries.Count + 1, scope, 0, null, null, false, embedding));
                    upserts.Add(new StoredMemory(item, embedding));
                }

                await store.ApplyAsync(new MemoryChangeSet { Upserts = upserts }, ct);
                done += batch;
            }

            insert.Stop();
            var load = Stopwatch.StartNew();
            await store.SearchAsync(new StoreSearchQuery { Scope = scope, Vector = VectorIndexQuantisationTests.RandomUnit(random), AsOf = now }, ct);
            load.Stop();

            string Query() => text.Sentence(random.Next(3, 7));
            var vector = await MeasureAsync(() => store.SearchAsync(
                new StoreSearchQuery { Scope = scope, Vector = VectorIndexQuantisationTests.RandomUnit(random), AsOf = now }, ct));
            var keyword = await MeasureAsync(() => store.SearchAsync(new StoreSearchQuery { Scope = scope, Keywords = KeywordTerms.Of(Query()), AsOf = now }, ct));
            var hybrid = await MeasureAsync(() => store.SearchAsync(
                new StoreSearchQuery { Scope = scope, Vector = VectorIndexQuantisationTests.RandomUnit(random), Keywords = KeywordTerms.Of(Query()), AsOf = now }, ct));
            var filtered = await MeasureAsync(() => store.SearchAsync(
                new StoreSearchQuery
                {
                    Scope = scope, Vector = VectorIndexQuantisationTests.RandomUnit(random),
                    Filter = MemoryFilter.Parse("""{"role": {"ne": "assistant"}}"""), AsOf = now,
                },
                ct));

            var (scanParallel, scanSingle) = MeasureIndex(entries, scope, random);

            string version;
            using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
            {
                connection.Open();
                version = connection.ServerVersion;
            }

            report.AppendLine(CultureInfo.InvariantCulture, $"""
                --- {count} memories (SQLite {version}); insert {insert.Elapsed.TotalSeconds:F1} s; first search (loads index) {load.Elapsed.TotalMilliseconds:F0} ms
                  index only, split over cores:  {scanParallel}
                  index only, one thread:        {scanSingle}
                  vector only:                   {vector}
                  text only (FTS):               {keyword}
                  hybrid (vector + text):        {hybrid}
                  vector + filter:               {filtered}
                """);
            await ((IAsyncDisposable)store).DisposeAsync();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static (Timing Parallel, Timing Single) MeasureIndex(List<VectorEntry> entries, MemoryScope scope, Random random)
    {
        using var parallel = new VectorIndex { ParallelThreshold = 0 };
        using var single = new VectorIndex { ParallelThreshold = int.MaxValue };
        parallel.Load(Dimensions, 1, entries);
        single.Load(Dimensions, 1, entries);
        var p = Measure(() => parallel.Search(VectorIndexQuantisationTests.RandomUnit(random), scope, 1, false, false, null, 50));
        var s = Measure(() => single.Search(VectorIndexQuantisationTests.RandomUnit(random), scope, 1, false, false, null, 50));
        return (p, s);
    }

    private static Timing Measure(Action search) =>
        MeasureAsync(() =>
        {
            search();
            return Task.CompletedTask;
        }).GetAwaiter().GetResult();

    private static async Task<Timing> MeasureAsync(Func<Task> search)
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
        return new Timing(times[Runs / 2], times[(int)(Runs * 0.95)]);
    }

    private readonly record struct Timing(double Median, double P95)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"median {Median,6:F2}  p95 {P95,6:F2}");
    }
}
