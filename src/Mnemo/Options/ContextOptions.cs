using System.ComponentModel.DataAnnotations;

namespace Mnemo;

/// <summary>
/// Neighbour context (<see cref="MnemoOptions.Context"/>): a memory next to a strong hit (stored just before or after it
/// in the same scope) rises with it.
/// </summary>
public sealed class ContextOptions
{
    /// <summary>
    /// Share of a memory's best neighbour's score added to its own: <c>(own + w·neighbour) / (1 + w)</c>.
    /// </summary>
    /// <value>Default 0.3; 0 turns neighbour context off.</value>
    [Range(0.0, double.MaxValue)]
    public double NeighbourWeight { get; set; } = 0.3;

    /// <summary>Neighbours on each side that give context.</summary>
    /// <value>Default 1; 1 to 16.</value>
    [Range(1, 16)]
    public int NeighbourRadius { get; set; } = 1;

    /// <summary>How many of the best first-stage results get their neighbours fetched (at least the search's limit).</summary>
    /// <value>Default 20; 0 or more.</value>
    [Range(0, int.MaxValue)]
    public int NeighbourCandidates { get; set; } = 20;
}
