using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mnemo;

/// <summary>
/// The outcome of a LoCoMo retrieval evaluation. Serialises (<see cref="ToJson"/>) to
/// <c>{"dataset","questions","recall":{"1","5","10","20"},"session_recall":{"5","10"},"mrr","by_category":{"1":{"n","recall"},...},"latency_ms":{...}}</c>
/// with recalls in percent, plus <c>"answer"</c> (<see cref="LocomoAnswerResult"/>) when the run had an answer phase.
/// </summary>
public sealed record LocomoResult
{
    /// <summary>The dataset's name.</summary>
    [JsonPropertyName("dataset")]
    public required string Dataset { get; init; }

    /// <summary>How many questions were scored.</summary>
    [JsonPropertyName("questions")]
    public required int Questions { get; init; }

    /// <summary>Mean turn_frac@K over the scored questions, for each K of <see cref="LocomoEvaluator.Cutoffs"/>, in percent.</summary>
    [JsonPropertyName("recall")]
    public required IReadOnlyDictionary<int, double> Recall { get; init; }

    /// <summary>Mean session recall@K for each K of <see cref="LocomoEvaluator.SessionCutoffs"/>, in percent.</summary>
    [JsonPropertyName("session_recall")]
    public required IReadOnlyDictionary<int, double> SessionRecall { get; init; }

    /// <summary>Mean reciprocal rank of the first evidence turn (0 when none is retrieved), in [0, 1].</summary>
    [JsonPropertyName("mrr")]
    public required double Mrr { get; init; }

    /// <summary>Question count and recall per category (see <see cref="LocomoCategory"/>).</summary>
    [JsonPropertyName("by_category")]
    public required IReadOnlyDictionary<int, LocomoCategoryResult> ByCategory { get; init; }

    /// <summary>Query embedding and search latencies.</summary>
    [JsonPropertyName("latency_ms")]
    public required LocomoLatency LatencyMs { get; init; }

    /// <summary>Fused scores of the top 10 turns against relevance (evidence: the question's evidence turns), for choosing a threshold.</summary>
    [JsonPropertyName("score_calibration")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ScoreCalibration? ScoreCalibration { get; init; }

    /// <summary>
    /// The answer phase's J, F1 and token counts; <see langword="null"/> (and absent from the JSON) when the run had none.
    /// </summary>
    [JsonPropertyName("answer")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public LocomoAnswerResult? Answer { get; init; }

    /// <summary>
    /// What formation kept, against LoCoMo's annotations; <see langword="null"/> (and absent from the JSON) unless the run
    /// ingested with <see cref="LocomoEvaluationOptions.Infer"/>.
    /// </summary>
    [JsonPropertyName("formation")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public LocomoFormationResult? Formation { get; init; }

    /// <summary>Every scored question with its results (not serialised).</summary>
    [JsonIgnore]
    public IReadOnlyList<LocomoQuestionResult> Details { get; init; } = [];

    /// <summary>Averages per-question results into a result (recalls in percent, rounded to 0.01).</summary>
    public static LocomoResult Summarize(string dataset, IReadOnlyList<LocomoQuestionResult> questions)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(questions);
        var embeds = questions.Where(q => q.EmbedMs is not null).Select(q => q.EmbedMs!.Value).ToList();
        var searches = questions.Select(q => q.SearchMs).ToList();
        return new LocomoResult
        {
            Dataset = dataset,
            Questions = questions.Count,
            Recall = MeanPercent(questions, LocomoEvaluator.Cutoffs, q => q.TurnFraction),
            SessionRecall = MeanPercent(questions, LocomoEvaluator.SessionCutoffs, q => q.SessionRecall),
            Mrr = questions.Count == 0 ? 0 : Math.Round(questions.Average(q => q.ReciprocalRank), 4),
            ByCategory = questions
                .GroupBy(q => q.Question.Category)
                .OrderBy(g => g.Key)
                .ToDictionary(
                    g => g.Key,
                    g => new LocomoCategoryResult { Count = g.Count(), Recall = MeanPercent(g.ToList(), LocomoEvaluator.Cutoffs, q => q.TurnFraction) }),
            LatencyMs = new LocomoLatency
            {
                EmbedP50 = Millis(RetrievalMetrics.Percentile(embeds, 50)),
                EmbedP95 = Millis(RetrievalMetrics.Percentile(embeds, 95)),
                SearchP50 = Millis(RetrievalMetrics.Percentile(searches, 50)),
                SearchP95 = Millis(RetrievalMetrics.Percentile(searches, 95)),
            },
            ScoreCalibration = ScoreCalibration.From(
                questions.Select(q => (q.Scores, (IReadOnlyList<bool>)[.. q.Retrieved.Select(t => t is not null && q.Question.Evidence.Contains(t))])),
                k: 10),
            Details = questions,
        };
    }

    /// <summary>The result as JSON, in the shape described on <see cref="LocomoResult"/>.</summary>
    public string ToJson(bool indented = true) =>
        JsonSerializer.Serialize(this, indented ? EvaluationJsonContext.Indented.LocomoResult : EvaluationJsonContext.Default.LocomoResult);

    /// <summary>Reads a result written by <see cref="ToJson"/> (without <see cref="Details"/>).</summary>
    /// <exception cref="JsonException">The JSON is not a result.</exception>
    public static LocomoResult FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return JsonSerializer.Deserialize(json, EvaluationJsonContext.Default.LocomoResult)
            ?? throw new JsonException("The JSON holds no LoCoMo result.");
    }

    private static Dictionary<int, double> MeanPercent(
        IReadOnlyList<LocomoQuestionResult> questions, IReadOnlyList<int> cutoffs, Func<LocomoQuestionResult, IReadOnlyDictionary<int, double>> metric) =>
        cutoffs.ToDictionary(k => k, k => questions.Count == 0 ? 0 : Math.Round(100 * questions.Average(q => metric(q)[k]), 2));

    private static double? Millis(double? value) => value is null ? null : Math.Round(value.Value, 2);
}
