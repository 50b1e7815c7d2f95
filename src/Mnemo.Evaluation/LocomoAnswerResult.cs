using System.Text.Json.Serialization;

namespace Mnemo;

/// <summary>
/// The outcome of the answer phase: <c>{"n","k","j","f1","tokens_per_query","ingest_tokens","judge_parse_failures",
/// "by_category":{"1":{"n","j","f1"},...},"model"}</c>, with J and F1 in percent.
/// </summary>
public sealed record LocomoAnswerResult
{
    /// <summary>How many questions were answered and judged.</summary>
    [JsonPropertyName("n")]
    public required int Count { get; init; }

    /// <summary>How many memories each answer was given (<see cref="LocomoAnswerOptions.Limit"/>).</summary>
    [JsonPropertyName("k")]
    public required int Limit { get; init; }

    /// <summary>LLM-judge score: the share of answers judged CORRECT, in percent (rounded to 0.01).</summary>
    [JsonPropertyName("j")]
    public required double J { get; init; }

    /// <summary>Mean token-level F1 of the answers against the gold answers, in percent (rounded to 0.01).</summary>
    [JsonPropertyName("f1")]
    public required double F1 { get; init; }

    /// <summary>Mean tokens per question, answer and judge calls together (input plus output), as the model reported them.</summary>
    [JsonPropertyName("tokens_per_query")]
    public required double TokensPerQuery { get; init; }

    /// <summary>Tokens (input plus output) of every add with infer on, all conversations together.</summary>
    [JsonPropertyName("ingest_tokens")]
    public required long IngestTokens { get; init; }

    /// <summary>Judge replies without a readable CORRECT/WRONG label; each counted as WRONG.</summary>
    [JsonPropertyName("judge_parse_failures")]
    public required int JudgeParseFailures { get; init; }

    /// <summary>Count, J and F1 per category (see <see cref="LocomoCategory"/>).</summary>
    [JsonPropertyName("by_category")]
    public required IReadOnlyDictionary<int, LocomoAnswerCategoryResult> ByCategory { get; init; }

    /// <summary>The chat model that ingested, answered and judged, when the chat client says (<c>ChatClientMetadata.DefaultModelId</c>).</summary>
    [JsonPropertyName("model")]
    public string? Model { get; init; }

    /// <summary>Every answered question (not serialised).</summary>
    [JsonIgnore]
    public IReadOnlyList<LocomoAnsweredQuestion> Details { get; init; } = [];

    /// <summary>Averages per-question answers into a result.</summary>
    /// <param name="answers">The answered questions.</param>
    /// <param name="limit">How many memories each answer was given.</param>
    /// <param name="ingestTokens">Tokens of the ingestion with infer on.</param>
    /// <param name="model">The model's name, when known.</param>
    public static LocomoAnswerResult Summarize(IReadOnlyList<LocomoAnsweredQuestion> answers, int limit, long ingestTokens, string? model)
    {
        ArgumentNullException.ThrowIfNull(answers);
        return new LocomoAnswerResult
        {
            Count = answers.Count,
            Limit = limit,
            J = JOf(answers),
            F1 = F1Of(answers),
            TokensPerQuery = answers.Count == 0 ? 0 : Math.Round(answers.Average(a => (double)a.Tokens), 1),
            IngestTokens = ingestTokens,
            JudgeParseFailures = answers.Count(a => !a.JudgeParsed),
            ByCategory = answers
                .GroupBy(a => a.Question.Category)
                .OrderBy(g => g.Key)
                .ToDictionary(g => g.Key, g => new LocomoAnswerCategoryResult { Count = g.Count(), J = JOf(g.ToList()), F1 = F1Of(g.ToList()) }),
            Model = model,
            Details = answers,
        };
    }

    private static double JOf(IReadOnlyList<LocomoAnsweredQuestion> answers) =>
        answers.Count == 0 ? 0 : Math.Round(100.0 * answers.Count(a => a.Correct) / answers.Count, 2);

    private static double F1Of(IReadOnlyList<LocomoAnsweredQuestion> answers) =>
        answers.Count == 0 ? 0 : Math.Round(100 * answers.Average(a => a.F1), 2);
}
