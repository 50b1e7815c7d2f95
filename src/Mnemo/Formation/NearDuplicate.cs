using System.Numerics.Tensors;
using System.Text.RegularExpressions;

namespace Mnemo.Formation;

/// <summary>
/// Deterministic duplicate check: the same hash, or high cosine AND high word overlap together, and the same values.
/// Cosine alone would swallow "likes cortado" -> "likes flat white" (close in meaning, different fact); word overlap
/// alone would merge paraphrases of different facts that share a frame; and neither sees that "My phone number is
/// 555-1234" and "My phone number is 555-9876" differ in the one word that matters.
/// </summary>
internal static partial class NearDuplicate
{
    public static bool IsDuplicate(string a, ReadOnlySpan<float> va, string b, ReadOnlySpan<float> vb, double minCosine, double minOverlap) =>
        string.Equals(a, b, StringComparison.Ordinal)
        || (va.Length == vb.Length && va.Length > 0 && TensorPrimitives.Dot(va, vb) >= minCosine && Overlap(a, b) >= minOverlap && !DiffersInValue(a, b));

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

    /// <summary>
    /// Whether one text has a word the other lacks that changes what it states: a number (a phone number, a time, a
    /// date), a name ("a dog named Rex" / "Max"), a negation ("I like" / "I don't like") or a word that turns a state
    /// around ("My daughter is on the swim team" / "... is off the swim team", "I smoke" / "I stopped smoking", "My rent
    /// went up" / "down"): the two differ in one small word, and keeping the old one alone lost what the user said.
    /// </summary>
    public static bool DiffersInValue(string a, string b)
    {
        var wa = Words(a);
        var wb = Words(b);
        return ValueWords(a).Any(w => !wb.Contains(w)) || ValueWords(b).Any(w => !wa.Contains(w));
    }

    private static IEnumerable<string> ValueWords(string text)
    {
        foreach (Match word in WordPattern().Matches(text))
        {
            var value = word.Value;
            var name = word.Index > 0 && value.Length > 1 && char.IsUpper(value[0]);
            if (name || value.Any(char.IsDigit) || Negation().IsMatch(value) || TurnsAround().IsMatch(value))
            {
                yield return value.ToLowerInvariant();
            }
        }
    }

    private static HashSet<string> Words(string text) =>
        WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();

    // Negations, as the word pattern cuts them ("don't" -> "don", "t"), in English, French, Spanish and German.
    [GeneratedRegex(@"^(?:not|no|never|t|don|doesn|didn|isn|aren|wasn|weren|won|cannot|nor|ne|n|pas|plus|jamais|aucun|aucune|nunca|jamás|ni|nicht|kein|keine|keinen|keinem|keiner|nie|niemals)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negation();

    // Words that turn a state around or end it, in English, French, Spanish and German: "off", "out", "ex", "former",
    // "anymore", "again", "stopped", "quit", "left", "up" / "down", "ancien", "antiguo", "ehemalig", "wieder".
    [GeneratedRegex(@"^(?:off|out|up|down|ex|former|formerly|anymore|longer|again|without|none|nothing|nobody|nowhere|neither|hardly|barely|rarely|seldom|less|fewer|stop|stopped|stopping|quit|quitting|left|used|lost|sold|cancell?ed|ended|finished|ancien|ancienne|anciens|anciennes|antiguo|antigua|dejé|ehemalig|ehemalige|ehemaliger|ehemaligen|wieder|mehr|encore|otra|vez|sans|sin|ohne)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TurnsAround();
}
