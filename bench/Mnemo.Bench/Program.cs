using Mnemo.Bench;

BenchSettings settings;
try
{
    settings = BenchSettings.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

if (settings.Benchmarks.Count == 0)
{
    Console.Error.WriteLine(BenchSettings.Usage);
    return 2;
}

var machine = Machine.Describe();
Console.WriteLine($"_Measured {machine}._");
Console.WriteLine();
// With --postgres, add and search compare the two stores and write sections of their own (add-postgres, search-postgres),
// so the SQLite-only sections keep their full runs.
var stores = settings.Postgres is null ? string.Empty : "-postgres";
var sections = new List<(string Name, string Section, string Title, Func<BenchSettings, Task<string>> Run)>
{
    ("add", "add" + stores, stores.Length == 0 ? "Add throughput (infer off)" : "Add throughput, SQLite and PostgreSQL", AddThroughputBenchmark.RunAsync),
    ("addscale", "addscale", "Add throughput as a scope grows", AddAtScaleBenchmark.RunAsync),
    ("embed", "embed", "Query embedding latency", QueryEmbeddingBenchmark.RunAsync),
    ("search", "search" + stores, stores.Length == 0 ? "Search latency without the model, and database size" : "Search latency, SQLite and PostgreSQL", SearchLatencyBenchmark.RunAsync),
    ("evalsearch", "evalsearch", "Search latency on the dev sets, query embedding included", EvalSearchLatencyBenchmark.RunAsync),
    ("pair", "pair", "Search latency of two settings, paired", SearchPairBenchmark.RunAsync),
    ("lag", "lag", "Replication lag between two engines on one database", ReplicationLagBenchmark.RunAsync),
    ("formation", "formation", "Add latency with infer on, split by phase", FormationLatencyBenchmark.RunAsync),
    ("locomo", "locomo", "LoCoMo retrieval", LocomoBenchmark.RunAsync),
    ("agents", "agents", "Agent memory per turn: context tokens and latency (LoCoMo)", AgentContextBenchmark.RunAsync),
    ("server", "server", "Server (REST, loopback)", ServerBenchmark.RunAsync),
};

var document = BenchmarksDocument.Find(AppContext.BaseDirectory) ?? BenchmarksDocument.Find(Environment.CurrentDirectory);
foreach (var (name, section, title, run) in sections.Where(s => settings.Benchmarks.Contains(s.Name)))
{
    var table = await run(settings);
    var content = $"_Measured {machine}._\n\n{table}";
    Console.WriteLine($"## {title}");
    Console.WriteLine();
    Console.WriteLine(table);
    if (settings.Write && document is not null)
    {
        BenchmarksDocument.Update(document, section, content);
        Log.Info($"updated {document} ({section})");
    }
}

return 0;
