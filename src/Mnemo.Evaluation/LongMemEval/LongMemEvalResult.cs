using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mnemo;

/// <summary>
/// The outcome of a LongMemEval retrieval run: turn- and session-level metrics per cut-off, by question type, and
/// latency. <see cref="ToJson"/> writes the shape <c>mnemo eval longmemeval --json</c> prints.
/// </summary>
public sealed record LongMemEvalResult
{
    /// <summary>How many questions were scored (abstention questions are skipped).</summary>
    [JsonPropertyName("questions")]
    public required int Questions { get; init; }

    /// <summary>Turn level: evidence is the <c>has_answer</c> turns (questions without such turns are left out here).</summary>
    [JsonPropertyName("turn")]
    public required LongMemEvalMetrics Turn { get; init; }

    /// <summary>Session level: evidence is <c>answer_session_ids</c>; sessions are ranked by their first retrieved turn.</summary>
    [JsonPropertyName("session")]
    public required LongMemEvalMetrics Session { get; init; }

    /// <summary>The same metrics per <c>question_type</c>.</summary>
    [JsonPropertyName("by_type")]
    public required IReadOnlyDictionary<string, LongMemEvalTypeResult> ByType { get; init; }

    /// <summary>Query embedding and whole-search latency, p50 and p95, in milliseconds.</summary>
    [JsonPropertyName("latency_ms")]
    public required LocomoLatency LatencyMs { get; init; }

    /// <summary>Fused scores of the top 10 turns against relevance (evidence: <c>has_answer</c> turns), for choosing a threshold.</summary>
    [JsonPropertyName("score_calibration")]
    public ScoreCalibration? ScoreCalibration { get; init; }

    /// <summary>With <see cref="LongMemEvalOptions.Infer"/>: what formation kept; otherwise <see langword="null"/> (not written).</summary>
    [JsonPropertyName("formation")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public LongMemEvalFormationResult? Formation { get; init; }

    /// <summary>Every question's result (not serialized).</summary>
    [JsonIgnore]
    public IReadOnlyList<LongMemEvalQuestionResult> Details { get; init; } = [];

    /// <summary>Averages <paramref name="questions"/>.</summary>
    public static LongMemEvalResult Summarize(IReadOnlyList<LongMemEvalQuestionResult> questions)
    {
        ArgumentNullException.ThrowIfNull(questions);
        var embeds = questions.Where(q => q.EmbedMs is not null).Select(q => q.EmbedMs!.Value).ToList();
        var searches = questions.Select(q => q.SearchMs).ToList();
        return new LongMemEvalResult
        {
            Questions = questions.Count,
            Turn = LongMemEvalMetrics.Average(TurnScores(questions)),
            Session = LongMemEvalMetrics.Average(SessionScores(questions)),
            ByType = questions
                .GroupBy(q => q.Question.Type, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .ToDictionary(
                    g => g.Key,
                    g => new LongMemEvalTypeResult
                    {
                        Count = g.Count(),
                        Turn = LongMemEvalMetrics.Average(TurnScores([.. g])),
                        Session = LongMemEvalMetrics.Average(SessionScores([.. g])),
                    },
                    StringComparer.Ordinal),
            LatencyMs = new LocomoLatency
            {
                EmbedP50 = Millis(RetrievalMetrics.Percentile(embeds, 50)),
                EmbedP95 = Millis(RetrievalMetrics.Percentile(embeds, 95)),
                SearchP50 = Millis(RetrievalMetrics.Percentile(searches, 50)),
                SearchP95 = Millis(RetrievalMetrics.Percentile(searches, 95)),
            },
            ScoreCalibration = ScoreCalibration.From(
                questions.Where(q => q.Turn is not null).Select(q => (q.Scores, IsEvidence(q.RankedTurns, q.Question.EvidenceTurnIds))),
                k: 10),
            Details = questions,
        };
    }

    /// <summary>The result as JSON.</summary>
    public string ToJson(bool indented = true) =>
        JsonSerializer.Serialize(this, indented ? EvaluationJsonContext.Indented.LongMemEvalResult : EvaluationJsonContext.Default.LongMemEvalResult);

    private static List<LongMemEvalScores> TurnScores(IReadOnlyList<LongMemEvalQuestionResult> questions) =>
        [.. questions.Where(q => q.Turn is not null).Select(q => q.Turn!)];

    private static List<LongMemEvalScores> SessionScores(IReadOnlyList<LongMemEvalQuestionResult> questions) =>
        [.. questions.Where(q => q.Session is not null).Select(q => q.Session!)];

    private static IReadOnlyList<bool> IsEvidence(IReadOnlyList<string?> ranked, IReadOnlyList<string> evidence)
    {
        var set = evidence.ToHashSet(StringComparer.Ordinal);
        return [.. ranked.Select(t => t is not null && set.Contains(t))];
    }

    private static double? Millis(double? value) => value is null ? null : Math.Round(value.Value, 1);
}
