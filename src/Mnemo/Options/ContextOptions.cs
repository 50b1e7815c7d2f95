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
    /// <remarks>
    /// 30 measured better on LoCoMo dev (turn_frac@10 74.10 → 74.67, @20 78.96 → 80.21; LongMemEval dev identical) but
    /// slower at 100k memories (search p50 about 0.5-0.8 ms more in quiet back-to-back runs), so the default stays 20
    /// (docs/BENCHMARKS.md).
    /// </remarks>
    /// <value>Default 20; 0 or more.</value>
    [Range(0, int.MaxValue)]
    public int NeighbourCandidates { get; set; } = 20;

    /// <summary>
    /// Session context: how far (in memories, each side, in arrival order) a memory looks for others of its session, the
    /// memories observed within <see cref="SessionGapMinutes"/> of it. A memory gets <see cref="SessionWeight"/> times the
    /// best own score in its session on top of neighbour context: <c>(own + wn·neighbour + ws·session) / (1 + wn + ws)</c>.
    /// </summary>
    /// <remarks>
    /// Radius 8 helps both dev sets (LongMemEval turn frac@10 91.2 → 91.7, LoCoMo turn_frac@10 74.10 → 74.88, multi-hop
    /// 48.93 → 50.31) but fetches 16 neighbours per result instead of 2: search over 10k memories went from p95 1.81
    /// to 2.91 ms, so it stays off by default (docs/BENCHMARKS.md).
    /// </remarks>
    /// <value>Default 0 (off); 0 to 16.</value>
    [Range(0, 16)]
    public int SessionRadius { get; set; }

    /// <summary>Weight of session context (see <see cref="SessionRadius"/>).</summary>
    /// <value>Default 0.1; 0 or more.</value>
    [Range(0.0, double.MaxValue)]
    public double SessionWeight { get; set; } = 0.1;

    /// <summary>
    /// Two memories belong to one session for <see cref="SessionRadius"/> when their observation times are at most this
    /// many minutes apart.
    /// </summary>
    /// <value>Default 60; 0 or more.</value>
    [Range(0.0, double.MaxValue)]
    public double SessionGapMinutes { get; set; } = 60;
}
