// Usage: Mnemo.Compare SUMMARY_JSON OUTPUT_PNG
// Reads the summary bench/compare-mem0/report.mjs writes and renders the three-panel chart of docs/BENCHMARKS.md.
using System.Text.Json;
using Mnemo.Compare;

if (args.Length != 2)
{
    await Console.Error.WriteLineAsync("usage: Mnemo.Compare SUMMARY_JSON OUTPUT_PNG");
    return 2;
}

await using var input = File.OpenRead(args[0]);
var summary = await JsonSerializer.DeserializeAsync<CompareSummary>(input)
    ?? throw new InvalidDataException($"{args[0]} holds no summary.");
ComparisonChart.Render(summary, args[1]);
await Console.Error.WriteLineAsync($"wrote {args[1]}");
return 0;
