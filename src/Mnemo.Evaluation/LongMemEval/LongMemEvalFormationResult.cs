using System.Text.Json.Serialization;

namespace Mnemo;

/// <summary>
/// How formation treated the turns of a <see cref="LongMemEvalOptions.Infer"/> run. A turn is kept when its add stored
/// at least one memory or found what it says already known; evidence is the <c>has_answer</c> turns. Shares are in
/// percent.
/// </summary>
public sealed record LongMemEvalFormationResult
{
    /// <summary>Turns ingested (user and assistant).</summary>
    [JsonPropertyName("turns")]
    public required int Turns { get; init; }

    /// <summary>User turns ingested.</summary>
    [JsonPropertyName("user_turns")]
    public required int UserTurns { get; init; }

    /// <summary>Share of user turns kept, in percent.</summary>
    [JsonPropertyName("user_turns_kept")]
    public required double UserTurnsKept { get; init; }

    /// <summary>Evidence turns said by the user.</summary>
    [JsonPropertyName("user_evidence_turns")]
    public required int UserEvidenceTurns { get; init; }

    /// <summary>Share of the user's evidence turns kept, in percent.</summary>
    [JsonPropertyName("user_evidence_kept")]
    public required double UserEvidenceKept { get; init; }

    /// <summary>Evidence turns said by the assistant (the offline path keeps only what the user says).</summary>
    [JsonPropertyName("assistant_evidence_turns")]
    public required int AssistantEvidenceTurns { get; init; }

    /// <summary>Share of the assistant's evidence turns kept, in percent.</summary>
    [JsonPropertyName("assistant_evidence_kept")]
    public required double AssistantEvidenceKept { get; init; }

    /// <summary>Memories written per ingested turn.</summary>
    [JsonPropertyName("memories_per_turn")]
    public required double MemoriesPerTurn { get; init; }

    /// <summary>Turns per second of ingestion.</summary>
    [JsonPropertyName("turns_per_second")]
    public required double TurnsPerSecond { get; init; }
}
