using System.ComponentModel.DataAnnotations;

namespace Mnemo;

/// <summary>
/// How many candidates search looks at (<see cref="MnemoOptions.Candidates"/>): per signal before fusion, in the
/// vector index's approximate passes, and before a metadata filter. Larger pools cost time and can only find more.
/// </summary>
public sealed class CandidateOptions
{
    /// <summary>Candidates each search signal (semantic, keyword) contributes before fusion (N).</summary>
    /// <value>Default 100; 1 or more.</value>
    [Range(1, int.MaxValue)]
    public int PerSignal { get; set; } = 100;

    /// <summary>
    /// The int8 pass of the vector index keeps <c>max(ShortlistFactor × N, MinShortlist)</c> candidates, which are then
    /// rescored in float32 (N: the candidates asked for).
    /// </summary>
    /// <value>Default 4; 1 or more.</value>
    [Range(1, 1024)]
    public int ShortlistFactor { get; set; } = 4;

    /// <summary>Least candidates the int8 pass keeps for float32 rescoring (<see cref="ShortlistFactor"/>).</summary>
    /// <value>Default 256; 1 or more.</value>
    [Range(1, int.MaxValue)]
    public int MinShortlist { get; set; } = 256;

    /// <summary>
    /// From 50k candidates, a 1-bit pass (Hamming distance on sign codes) first keeps
    /// <c>max(BinaryKeepMin, candidates / BinaryKeepDivisor)</c> for the int8 pass.
    /// </summary>
    /// <value>Default 4096; 1 or more.</value>
    [Range(1, int.MaxValue)]
    public int BinaryKeepMin { get; set; } = 4_096;

    /// <summary>The 1-bit pass keeps at least one candidate in this many (<see cref="BinaryKeepMin"/>).</summary>
    /// <value>Default 16; 1 or more.</value>
    [Range(1, int.MaxValue)]
    public int BinaryKeepDivisor { get; set; } = 16;

    /// <summary>
    /// With a metadata filter, the best <c>max(FilterPoolFactor × N, MinFilterPool)</c> of each signal are checked
    /// against it first; the whole scope only when fewer than N of them pass.
    /// </summary>
    /// <value>Default 8; 1 or more.</value>
    [Range(1, 1024)]
    public int FilterPoolFactor { get; set; } = 8;

    /// <summary>Least candidates of each signal checked against a metadata filter (<see cref="FilterPoolFactor"/>).</summary>
    /// <value>Default 400; 1 or more.</value>
    [Range(1, int.MaxValue)]
    public int MinFilterPool { get; set; } = 400;
}
