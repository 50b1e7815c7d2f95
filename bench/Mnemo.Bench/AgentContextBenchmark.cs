using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.AI;

namespace Mnemo.Bench;

/// <summary>
/// What memory costs an agent turn on LoCoMo: each scored question is a new user turn; the memory layer retrieves
/// (<c>SearchAsync</c> with the agent's top-k and threshold) and assembles the prompt (<see cref="MnemoContext"/>, o200k_base
/// tokens). Reported: tokens of the memory block against tokens of the whole conversation (the baseline: sending
/// everything), the share of the question's evidence turns inside the block, and the latency of retrieve + assemble.
/// </summary>
internal static class AgentContextBenchmark
{
    private static readonly (string Name, int TopK, double Threshold, int MemoryTokens)[] _settings =
    [
        ($"default (top {new MnemoAgentOptions().TopK}, threshold {new MnemoAgentOptions().Threshold:0.0#}, {new MnemoAgentOptions().MemoryTokenBudget} tokens)",
            new MnemoAgentOptions().TopK, new MnemoAgentOptions().Threshold, new MnemoAgentOptions().MemoryTokenBudget),
        ("top 10, no threshold, 1200 tokens", 10, 0, 1200),
        ("top 20, no threshold, 2400 tokens", 20, 0, 2400),
    ];

    public static async Task<string> RunAsync(BenchSettings settings)
    {
        if (!File.Exists(settings.LocomoPath))
        {
            Log.Info($"agents: {settings.LocomoPath} not found, skipped");
            return $"_Skipped: {settings.LocomoPath} not found._\n";
        }

        var dataset = await LocomoDataset.LoadAsync(settings.LocomoPath);
        var model = settings.Models[0];
        var path = MnemoStack.TempDatabase("agents");
        try
        {
            await using var stack = MnemoStack.Open(path, model);

            // Ingest through the LoCoMo evaluator (one verbatim memory per turn, dia_id in metadata), as the locomo section does.
            var options = new LocomoEvaluationOptions { Ingest = true };
            await new LocomoEvaluator(stack.Memory, stack.Transfer, stack.Generator).EvaluateAsync(dataset, options);
            Log.Info($"agents: ingested {dataset.Samples.Sum(s => s.Turns.Count())} turns with {model.Name}");

            var assembler = new MnemoContext();
            var rows = new List<IReadOnlyList<string>>();
            var fullTokens = dataset.Samples.ToDictionary(s => s.SampleId, s => s.Turns.Sum(t => TokenCounter.Count(new ChatMessage(ChatRole.User, t.MemoryText))));
            var questions = dataset.Samples.SelectMany(s => s.ScoredQuestions.Select(q => (Sample: s, Question: q))).ToList();

            // Warm-up: the first queries load the model and the vector index.
            foreach (var (sample, question) in questions.Take(10))
            {
                await stack.Memory.SearchAsync(question.Question, new SearchOptions { Scope = LocomoEvaluator.ScopeOf(sample, options), Limit = 5 });
            }

            foreach (var (name, topK, threshold, memoryTokens) in _settings)
            {
                var retrieve = new List<double>();
                var assemble = new List<double>();
                var total = new List<double>();
                var blockTokens = new List<double>();
                var ratio = new List<double>();
                var evidenceShare = new List<double>();
                var memoriesKept = new List<double>();
                var budget = new ContextBudget { TotalTokens = Math.Max(4000, memoryTokens * 2), MemoryTokens = memoryTokens };
                foreach (var (sample, question) in questions)
                {
                    var started = Stopwatch.GetTimestamp();
                    var found = await stack.Memory.SearchAsync(
                        question.Question, new SearchOptions { Scope = LocomoEvaluator.ScopeOf(sample, options), Limit = topK, Threshold = threshold });
                    var searched = Stopwatch.GetTimestamp();
                    var context = assembler.Assemble("You are a helpful assistant.", found.Results, [new ChatMessage(ChatRole.User, question.Question)], budget);
                    var done = Stopwatch.GetTimestamp();
                    retrieve.Add(Stopwatch.GetElapsedTime(started, searched).TotalMilliseconds);
                    assemble.Add(Stopwatch.GetElapsedTime(searched, done).TotalMilliseconds);
                    total.Add(Stopwatch.GetElapsedTime(started, done).TotalMilliseconds);

                    blockTokens.Add(context.Tokens.Memories);
                    ratio.Add(100.0 * context.Tokens.Memories / fullTokens[sample.SampleId]);
                    memoriesKept.Add(context.Memories.Count);
                    var inBlock = context.Memories.Select(m => TurnId(m.Memory)).Where(id => id is not null).ToHashSet(StringComparer.Ordinal);
                    evidenceShare.Add(100.0 * question.Evidence.Count(inBlock.Contains) / question.Evidence.Count);
                }

                Log.Info($"agents: {name}: block {blockTokens.Average():0} tokens, evidence {evidenceShare.Average():0.0}%, retrieve+assemble p50 {P(total, 50):0.0} p95 {P(total, 95):0.0} ms");
                rows.Add(
                [
                    name,
                    Markdown.F(memoriesKept.Average(), 1),
                    $"{Markdown.F(Median(blockTokens), 0)} / {Markdown.F(blockTokens.Max(), 0)}",
                    Markdown.F(Median(ratio), 2),
                    Markdown.F(evidenceShare.Average()),
                    $"{Markdown.F(P(retrieve, 50), 1)} / {Markdown.F(P(retrieve, 95), 1)}",
                    $"{Markdown.F(P(assemble, 50), 2)} / {Markdown.F(P(assemble, 95), 2)}",
                    $"{Markdown.F(P(total, 50), 1)} / {Markdown.F(P(total, 95), 1)}",
                ]);
            }

            var text = new StringBuilder();
            text.AppendLine(CultureInfo.InvariantCulture, $"Dataset `{dataset.Name}`: {dataset.Samples.Count} conversations, {questions.Count} questions (categories 1-4), each asked as a new user turn; embeddings {model.Name}; tokens are o200k_base with the chat format's 4 per message.");
            text.AppendLine(CultureInfo.InvariantCulture, $"Baseline (the whole conversation in the prompt): median {Markdown.F(Median([.. fullTokens.Values.Select(v => (double)v)]), 0)} tokens per conversation (min {fullTokens.Values.Min():N0}, max {fullTokens.Values.Max():N0}).");
            text.AppendLine();
            text.Append(Markdown.Table(
                ["Setting", "Memories in block (mean)", "Block tokens median / max", "Block / conversation (%, median)", "Evidence turns in block (%)", "Retrieve p50/p95 (ms)", "Assemble p50/p95 (ms)", "Retrieve + assemble p50/p95 (ms)"],
                rows));
            return text.ToString();
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            MnemoStack.Delete(path);
        }
    }

    private static double P(List<double> values, int percentile) => RetrievalMetrics.Percentile(values, percentile) ?? double.NaN;

    private static string? TurnId(MemoryItem memory) =>
        memory.Metadata.TryGetValue(LocomoEvaluator.TurnIdKey, out var id) && id.ValueKind == System.Text.Json.JsonValueKind.String ? id.GetString() : null;

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? double.NaN : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
