using System.Text.Json.Serialization;

namespace Mnemo;

/// <summary>
/// Fused scores against relevance: over every question's top <see cref="K"/> results, how many evidence and how many
/// other results fall in each score bin of width <see cref="BinWidth"/> (bin i holds scores in [i·w, (i+1)·w); a score
/// of 1 goes in the last). From it, <see cref="At"/> tells what a search threshold keeps and cuts.
/// </summary>
public sealed record ScoreCalibration
{
    /// <summary>Bins over [0, 1].</summary>
    public const int Bins = 100;

    /// <summary>The cut-off whose results are counted.</summary>
    [JsonPropertyName("k")]
    public required int K { get; init; }

    /// <summary>The width of a score bin.</summary>
    [JsonPropertyName("bin_width")]
    public double BinWidth { get; init; } = 1.0 / Bins;

    /// <summary>Evidence results per score bin.</summary>
    [JsonPropertyName("evidence")]
    public required IReadOnlyList<int> Evidence { get; init; }

    /// <summary>Other (non-evidence) results per score bin.</summary>
    [JsonPropertyName("other")]
    public required IReadOnlyList<int> Other { get; init; }

    /// <summary>Counts the top <paramref name="k"/> of each ranked list: its scores, best first, and whether each result is evidence.</summary>
    public static ScoreCalibration From(IEnumerable<(IReadOnlyList<double> Scores, IReadOnlyList<bool> IsEvidence)> rankings, int k)
    {
        ArgumentNullException.ThrowIfNull(rankings);
        var evidence = new int[Bins];
        var other = new int[Bins];
        foreach (var (scores, isEvidence) in rankings)
        {
            for (var i = 0; i < Math.Min(k, scores.Count); i++)
            {
                var bin = Math.Clamp((int)(scores[i] * Bins), 0, Bins - 1);
                (isEvidence[i] ? evidence : other)[bin]++;
            }
        }

        return new ScoreCalibration { K = k, Evidence = evidence, Other = other };
    }

    /// <summary>
    /// What a threshold does to the top <see cref="K"/>: the share of evidence kept (score at or above it) and the share
    /// of other results cut, both in [0, 1] (1 when there is nothing to keep or cut). Thresholds are read at bin
    /// edges: <paramref name="threshold"/> is rounded down to one.
    /// </summary>
    public (double EvidenceKept, double OtherCut) At(double threshold)
    {
        var first = Math.Clamp((int)Math.Floor((threshold * Bins) + 1e-9), 0, Bins);
        double Share(IReadOnlyList<int> counts, bool above)
        {
            var total = counts.Sum();
            var part = above ? counts.Skip(first).Sum() : counts.Take(first).Sum();
            return total == 0 ? 1 : (double)part / total;
        }

        return (Share(Evidence, above: true), Share(Other, above: false));
    }
}
