using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Mnemo.StoreConformance;
using Xunit;

namespace Mnemo.Sqlite.Tests;

/// <summary>
/// Keyword-search SQL shapes compared on one 100k-memory file (Zipf text, 3-6 term queries). Explicit, assertion-free;
/// prints medians and p95. Kept to show why SearchAsync uses the shape it uses. Run:
/// dotnet run --project test/Mnemo.Sqlite.Tests -- -method "*FtsVariants*" -explicit only
/// </summary>
public sealed class SqliteFtsVariantsLatency
{
    private const int Runs = 200;

    [Fact(Explicit = true)]
    public async Task FtsVariants_100k_PrintsMedianAndP95()
    {
        var ct = TestContext.Current.CancellationToken;
        var count = int.Parse(Environment.GetEnvironmentVariable("MNEMO_LATENCY_SIZES") ?? "100000", CultureInfo.InvariantCulture);
        var folder = Directory.CreateTempSubdirectory("mnemo-fts-").FullName;
        var path = Path.Combine(folder, "bench.db");
        try
        {
            var store = SqliteMemoryStoreFactory.Create(new SqliteStoreOptions { Path = path });
            await store.InitializeAsync(new EmbeddingModelInfo("bench", 8), ct);
            var random = new Random(7);
            var text = new ZipfText(random);
            var scope = MemoryScope.User("bench");
            var now = new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);
            for (var done = 0; done < count; done += 5000)
            {
                var upserts = new List<StoredMemory>();
                for (var i = 0; i < Math.Min(5000, count - done); i++)
                {
                    var sentence = text.Sentence(random.Next(8, 21));
                    var item = new MemoryItem
                    {
                        Id = Guid.CreateVersion7(), Text = sentence, Hash = MemoryHash.Compute(sentence), Scope = scope,
                        CreatedAt = now, UpdatedAt = now, ObservedAt = now, ValidFrom = now,
                    };
                    upserts.Add(new StoredMemory(item, new float[] { 1, 0, 0, 0, 0, 0, 0, 0 }));
                }

                await store.ApplyAsync(new MemoryChangeSet { Upserts = upserts }, ct);
            }

            await ((IAsyncDisposable)store).DisposeAsync();

            using var connection = new SqliteConnection($"Data Source={path}");
            connection.Open();
            var queries = Enumerable.Range(0, Runs + 20).Select(_ => text.Sentence(random.Next(3, 7))).ToArray();
            var report = new StringBuilder($"{count} memories, one scope, {Runs} queries of 3-6 Zipf terms (ms)\n");
            const string Active = "m.project_id = '' AND m.user_id = 'bench' AND m.valid_from <= 4102444800000 AND (m.valid_to IS NULL OR m.valid_to > 4102444800000) AND (m.expires_at IS NULL OR m.expires_at > 4102444800000)";
            var variants = new (string Name, bool Scoped, string Sql)[]
            {
                ("join, scope tokens in MATCH", true, $"SELECT f.rowid, -bm25(memories_fts, 1.0, 0.0) AS score FROM memories_fts f JOIN memories m ON m.seq = f.rowid WHERE memories_fts MATCH @match AND {Active} ORDER BY score DESC LIMIT 50"),
                ("join, text only in MATCH", false, $"SELECT f.rowid, -bm25(memories_fts, 1.0, 0.0) AS score FROM memories_fts f JOIN memories m ON m.seq = f.rowid WHERE memories_fts MATCH @match AND {Active} ORDER BY score DESC LIMIT 50"),
                ("FTS top 400 then join, tokens", true, $"SELECT t.rowid, t.score FROM (SELECT rowid, -bm25(memories_fts, 1.0, 0.0) AS score FROM memories_fts WHERE memories_fts MATCH @match ORDER BY score DESC LIMIT 400) t JOIN memories m ON m.seq = t.rowid WHERE {Active} ORDER BY t.score DESC LIMIT 50"),
                ("FTS top 400 then join, text only", false, $"SELECT t.rowid, t.score FROM (SELECT rowid, -bm25(memories_fts, 1.0, 0.0) AS score FROM memories_fts WHERE memories_fts MATCH @match ORDER BY score DESC LIMIT 400) t JOIN memories m ON m.seq = t.rowid WHERE {Active} ORDER BY t.score DESC LIMIT 50"),
                ("FTS only, count matches", false, "SELECT count(*) FROM memories_fts WHERE memories_fts MATCH @match"),
            };
            foreach (var (name, scoped, sql) in variants)
            {
                var times = new List<double>();
                for (var i = 0; i < queries.Length; i++)
                {
                    var match = FtsQueryBuilder.Build(KeywordTerms.Of(queries[i]), scope)!;
                    if (!scoped)
                    {
                        match = match[..match.IndexOf(" AND scope", StringComparison.Ordinal)];
                    }

                    using var command = connection.CreateCommand();
                    command.CommandText = sql;
                    command.Parameters.AddWithValue("@match", match);
                    var started = Stopwatch.GetTimestamp();
                    using (var reader = command.ExecuteReader())
                    {
                        while (reader.Read())
                        {
                        }
                    }

                    if (i >= 20)
                    {
                        times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    }
                }

                times.Sort();
                report.AppendLine(CultureInfo.InvariantCulture, $"  {name,-36} median {times[times.Count / 2],6:F2}  p95 {times[(int)(times.Count * 0.95)],6:F2}");
            }

            Console.WriteLine(report);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
