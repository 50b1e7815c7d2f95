using System.Collections.Frozen;
using System.Numerics.Tensors;
using System.Text.RegularExpressions;

namespace Mnemo.Formation;

/// <summary>
/// Deterministic duplicate check: the same hash, or high cosine AND high word overlap together, and the same values.
/// Cosine alone would swallow "likes cortado" -> "likes flat white" (close in meaning, different fact); word overlap
/// alone would merge paraphrases of different facts that share a frame; and neither sees that "My phone number is
/// 555-1234" and "My phone number is 555-9876" differ in the one word that matters, or that "I need a new phone charger"
/// says more than "I need a new phone".
/// </summary>
internal static partial class NearDuplicate
{
    public static bool IsDuplicate(string a, ReadOnlySpan<float> va, string b, ReadOnlySpan<float> vb, double minCosine, double minOverlap) =>
        string.Equals(a, b, StringComparison.Ordinal)
        || (va.Length == vb.Length && va.Length > 0 && TensorPrimitives.Dot(va, vb) >= minCosine && Overlap(a, b) >= minOverlap && !DiffersInValue(a, b) && !AddsDetail(a, b));

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

    /// <summary>
    /// Whether one text is the other with content words added and none taken away: "I need a new phone charger" after
    /// "I need a new phone", "I'm allergic to tree nuts" after "I'm allergic to nuts". The added word names another thing,
    /// and keeping the shorter text alone lost it as "already known". Words that only colour a statement ("really",
    /// "now", "so much") add nothing, and two texts that each have a word the other lacks are left to the overlap.
    /// </summary>
    public static bool AddsDetail(string a, string b)
    {
        // Counted, not a set: "a dog called Rex and a cat named Tom" has a word that "a dog named Rex and a cat named
        // Tom" lacks, and lacks one of its two "named".
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Match word in WordPattern().Matches(a.ToLowerInvariant()))
        {
            counts[word.Value] = counts.GetValueOrDefault(word.Value) + 1;
        }

        foreach (Match word in WordPattern().Matches(b.ToLowerInvariant()))
        {
            counts[word.Value] = counts.GetValueOrDefault(word.Value) - 1;
        }

        var aMore = counts.Any(c => c.Value > 0 && IsContent(c.Key));
        var bMore = counts.Any(c => c.Value < 0 && IsContent(c.Key));
        return aMore != bMore;
    }

    private static bool IsContent(string word) => word.Length > 1 && !word.All(char.IsDigit) && !_colourless.Contains(word);

    // Function words and words that colour a statement without adding a thing to it, in English, French, Spanish and
    // German, lower-cased as Words() cuts them ("I'm" -> "i", "m").
    private static readonly FrozenSet<string> _colourless = new[]
    {
        "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "with", "by", "about", "as",
        "into", "me", "my", "mine", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her", "it", "its",
        "they", "them", "their", "this", "that", "these", "those", "is", "am", "are", "was", "were", "be", "been", "being",
        "have", "has", "had", "do", "does", "did", "will", "would", "can", "could", "should", "must", "re", "ve", "ll",
        "really", "very", "so", "much", "lot", "lots", "quite", "pretty", "super", "totally", "absolutely", "definitely",
        "actually", "also", "too", "still", "just", "now", "always", "truly", "honestly", "especially", "currently",
        "today", "tonight", "lately", "recently", "even", "indeed", "certainly", "surely", "seriously", "literally",
        "basically", "generally", "usually", "mostly", "simply", "well", "oh", "yeah", "yes", "ok", "okay", "though",
        "le", "la", "les", "un", "une", "des", "de", "du", "et", "ou", "au", "aux", "en", "dans", "sur", "pour", "par",
        "avec", "je", "mon", "ma", "mes", "nous", "notre", "nos", "tu", "te", "ton", "ta", "tes", "il", "elle",
        "ils", "elles", "son", "sa", "ses", "leur", "leurs", "ce", "cet", "cette", "ces", "est", "suis", "sont", "ai",
        "ont", "que", "qu", "qui", "très", "vraiment", "aussi", "maintenant", "aujourd", "hui", "bien",
        "el", "los", "las", "unos", "unas", "del", "al", "con", "por", "para", "mi", "mis", "tus", "su", "sus", "yo",
        "es", "soy", "está", "estoy", "muy", "también", "ahora", "hoy", "realmente",
        "der", "die", "das", "den", "dem", "ein", "eine", "einen", "einem", "einer", "und", "oder", "im",
        "auf", "mit", "von", "zu", "zum", "zur", "für", "ich", "mich", "mir", "mein", "meine", "meinen", "wir", "uns",
        "unser", "ist", "bin", "sind", "habe", "hat", "haben", "sehr", "auch", "jetzt", "noch", "schon", "heute",
        "wirklich",
    }.ToFrozenSet(StringComparer.Ordinal);

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
