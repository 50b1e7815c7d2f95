using System.ComponentModel.DataAnnotations;

namespace Mnemo;

/// <summary>How an add with infer on forms memories (<see cref="MnemoOptions.Formation"/>): reconciliation, duplicates, retractions.</summary>
public sealed class FormationOptions
{
    /// <summary>Existing memories shown to the extractor for reconciliation.</summary>
    /// <value>Default 10; 0 or more.</value>
    [Range(0, int.MaxValue)]
    public int Candidates { get; set; } = 10;

    /// <summary>Cosine at or above which (together with <see cref="NearDuplicateOverlap"/>) a new fact is a duplicate.</summary>
    /// <value>Default 0.9; at most 1.</value>
    [Range(-1.0, 1.0)]
    public double NearDuplicateCosine { get; set; } = 0.9;

    /// <summary>Word overlap (Jaccard) at or above which (together with <see cref="NearDuplicateCosine"/>) a new fact is a duplicate.</summary>
    /// <value>Default 0.7; at most 1.</value>
    [Range(0.0, 1.0)]
    public double NearDuplicateOverlap { get; set; } = 0.7;

    /// <summary>
    /// Without an LLM, a retraction ("forget that ...", "I no longer ...") retracts the closest active memory only when
    /// its cosine to the retraction is at least this, and it shares at least half of the retraction's content words.
    /// </summary>
    /// <value>Default 0.3; at most 1.</value>
    [Range(-1.0, 1.0)]
    public double RetractionMinSimilarity { get; set; } = 0.3;

    /// <summary>
    /// Without an LLM: store each sentence of a message as its own memory (<see langword="true"/>), or keep consecutive
    /// plain statements of one message together as one memory (<see langword="false"/>; requests, instructions, changes
    /// and retractions are always separate). Together retrieves better (docs/BENCHMARKS.md).
    /// </summary>
    /// <value>Default <see langword="false"/>.</value>
    public bool SentencePerMemory { get; set; }
}
