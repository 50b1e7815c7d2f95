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
    /// With session context (radius 8), 30 measured better than 20 on LoCoMo dev (turn_frac@10 74.88 → 75.67, @20 79.43
    /// → 80.92; LongMemEval dev identical) for about 0.1 ms of search at 100k memories (docs/BENCHMARKS.md).
    /// </remarks>
    /// <value>Default 30; 0 or more.</value>
    [Range(0, int.MaxValue)]
    public int NeighbourCandidates { get; set; } = 30;

    /// <summary>
    /// Session context: how far (in memories, each side, in arrival order) a memory looks for others of its session, the
    /// memories observed within <see cref="SessionGapMinutes"/> of it. A memory gets <see cref="SessionWeight"/> times the
    /// best own score in its session on top of neighbour context: <c>(own + wn·neighbour + ws·session) / (1 + wn + ws)</c>.
    /// </summary>
    /// <remarks>
    /// Radius 8 (with <see cref="NeighbourCandidates"/> 30) helps both dev sets: LongMemEval turn frac@10 91.2 → 91.7,
    /// LoCoMo turn_frac@10 74.10 → 75.67, multi-hop 48.93 → 50.31 (docs/BENCHMARKS.md). The neighbours it brings in are
    /// scored on the index's vectors in place, so it costs about 0.3 ms per search at 10k memories and nothing
    /// measurable at 100k (paired, quiet). On LongMemEval dev (limit 50, one search per scope) search took p50 4.6-5.0
    /// ms and p95 6.4-9.0 ms against 4.2-4.4 and 6.9-7.3 ms with radius 0 (2026-12-04, two runs each). Set 0 to turn
    /// it off.
    /// </remarks>
    /// <value>Default 8; 0 (off) to 16.</value>
    [Range(0, 16)]
    public int SessionRadius { get; set; } = 8;

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
