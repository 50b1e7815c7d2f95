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
var sections = new List<(string Name, string Title, Func<BenchSettings, Task<string>> Run)>
{
    ("add", "Add throughput (infer off)", AddThroughputBenchmark.RunAsync),
    ("embed", "Query embedding latency", QueryEmbeddingBenchmark.RunAsync),
    ("search", "Search latency without the model, and database size", SearchLatencyBenchmark.RunAsync),
    ("formation", "Add latency with infer on, split by phase", FormationLatencyBenchmark.RunAsync),
    ("locomo", "LoCoMo retrieval", LocomoBenchmark.RunAsync),
    ("agents", "Agent memory per turn: context tokens and latency (LoCoMo)", AgentContextBenchmark.RunAsync),
    ("server", "Server (REST, loopback)", ServerBenchmark.RunAsync),
};

var document = BenchmarksDocument.Find(AppContext.BaseDirectory) ?? BenchmarksDocument.Find(Environment.CurrentDirectory);
foreach (var (name, title, run) in sections.Where(s => settings.Benchmarks.Contains(s.Name)))
{
    var table = await run(settings);
    var content = $"_Measured {machine}._\n\n{table}";
    Console.WriteLine($"## {title}");
    Console.WriteLine();
    Console.WriteLine(table);
    if (settings.Write && document is not null)
    {
        BenchmarksDocument.Update(document, name, content);
        Log.Info($"updated {document} ({name})");
    }
}

return 0;
