using System.Text.Json.Serialization;

namespace Mnemo;

/// <summary>
/// How formation treated the turns of a <see cref="LocomoEvaluationOptions.Infer"/> run, against LoCoMo's
/// <c>observation</c> annotations: a turn is kept when its add stored or matched at least one statement, skipped when
/// the add skipped it whole. Shares are in percent.
/// </summary>
public sealed record LocomoFormationResult
{
    /// <summary>Turns ingested.</summary>
    [JsonPropertyName("turns")]
    public required int Turns { get; init; }

    /// <summary>Turns an annotation took a fact from.</summary>
    [JsonPropertyName("annotated_turns")]
    public required int AnnotatedTurns { get; init; }

    /// <summary>Share of annotated turns kept, in percent.</summary>
    [JsonPropertyName("annotated_kept")]
    public required double AnnotatedKept { get; init; }

    /// <summary>Turns no annotation took a fact from.</summary>
    [JsonPropertyName("unannotated_turns")]
    public required int UnannotatedTurns { get; init; }

    /// <summary>Share of unannotated turns skipped, in percent.</summary>
    [JsonPropertyName("unannotated_skipped")]
    public required double UnannotatedSkipped { get; init; }

    /// <summary>Memories written per ingested turn.</summary>
    [JsonPropertyName("memories_per_turn")]
    public required double MemoriesPerTurn { get; init; }

    /// <summary>Embedding calls made by the adds.</summary>
    [JsonPropertyName("embedding_calls")]
    public required int EmbeddingCalls { get; init; }

    /// <summary>Embedding calls saved: turns skipped before any model call (one call each on the verbatim path).</summary>
    [JsonPropertyName("embedding_calls_saved")]
    public required int EmbeddingCallsSaved { get; init; }

    /// <summary>Turns per second of ingestion.</summary>
    [JsonPropertyName("turns_per_second")]
    public required double TurnsPerSecond { get; init; }
}
