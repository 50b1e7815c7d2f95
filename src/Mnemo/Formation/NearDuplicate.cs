using System.Numerics.Tensors;
using System.Text.RegularExpressions;

namespace Mnemo.Formation;

/// <summary>
/// Deterministic duplicate check: the same hash, or high cosine AND high word overlap together. Cosine alone would
/// swallow "likes cortado" -> "likes flat white" (close in meaning, different fact); word overlap alone would merge
/// paraphrases of different facts that share a frame.
/// </summary>
internal static partial class NearDuplicate
{
    public static bool IsDuplicate(string a, ReadOnlySpan<float> va, string b, ReadOnlySpan<float> vb, double minCosine, double minOverlap) =>
        string.Equals(a, b, StringComparison.Ordinal)
        || (va.Length == vb.Length && va.Length > 0 && TensorPrimitives.Dot(va, vb) >= minCosine && Overlap(a, b) >= minOverlap);

    /// <summary>Jaccard overlap of the lower-cased word sets.</summary>
    public static double Overlap(string a, string b)
    {
        var wa = Words(a);
        var wb = Words(b);
        if (wa.Count == 0 || wb.Count == 0)
        {
            return 0;
        }

        var common = wa.Count(wb.Contains);
        return (double)common / (wa.Count + wb.Count - common);
    }

    private static HashSet<string> Words(string text) =>
        WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();
}
