using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Mnemo.Indexing;

/// <summary>
/// The engine's keyword analysis of queries and memories: word tokens (letters, marks, digits), lower-cased, stop words
/// removed, at most <see cref="MaxTerms"/> distinct query terms in their first order; each term is matched by its key
/// (<see cref="Key"/>: accents folded, Porter stem), so "café", "cafe" and "CAFÉ" find the same memories and "hiking"
/// finds "hike".
/// </summary>
/// <remarks>
/// The same analysis as FTS5's <c>porter unicode61 remove_diacritics 2</c>, which the SQLite store used before the
/// engine owned keyword search, so the keyword signal's scale (<see cref="KeywordIndex"/>) is unchanged.
/// </remarks>
internal static partial class KeywordAnalyzer
{
    /// <summary>The most terms a query keeps; a longer query keeps its first ones.</summary>
    public const int MaxTerms = 64;

    private static readonly FrozenSet<string> _stopWords = new[]
    {
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "did", "do", "does", "for", "from", "had", "has", "have",
        "he", "her", "his", "how", "i", "if", "in", "into", "is", "it", "its", "me", "my", "of", "on", "or", "our", "she",
        "so", "that", "the", "their", "them", "then", "there", "these", "they", "this", "to", "was", "we", "were", "what",
        "when", "where", "which", "who", "whom", "why", "will", "with", "you", "your",
        "le", "la", "les", "de", "des", "du", "un", "une", "et", "est", "au", "aux", "ce", "je", "il", "elle",

        // French elisions (l'été, d'eau, j'ai, qu'il, n'est) split into a lone letter that matches everything.
        "l", "d", "j", "qu", "n",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The distinct search terms of <paramref name="text"/>, lower-cased, stop words removed.</summary>
    public static IReadOnlyList<string> Terms(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var terms = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match match in WordRegex().Matches(text))
        {
            var term = match.Value.ToLowerInvariant();
            if (!_stopWords.Contains(term) && seen.Add(term))
            {
                terms.Add(term);
                if (terms.Count == MaxTerms)
                {
                    break;
                }
            }
        }

        return terms;
    }

    /// <summary>The key a term is indexed and looked up by: lower-cased, accents folded, Porter-stemmed.</summary>
    public static string Key(string term) => PorterStemmer.Stem(Fold(term.ToLowerInvariant()));

    /// <summary>
    /// Analyses a memory's text: calls <paramref name="onKey"/> with the key of every word that is not a stop word, and
    /// returns the number of words (stop words included: they make a text longer, as they did for FTS5's BM25).
    /// </summary>
    public static int Document(string text, Action<string> onKey)
    {
        ArgumentNullException.ThrowIfNull(onKey);
        var words = 0;
        foreach (var match in WordRegex().EnumerateMatches(text))
        {
            words++;
            var word = text.Substring(match.Index, match.Length).ToLowerInvariant();
            if (!_stopWords.Contains(word))
            {
                onKey(PorterStemmer.Stem(Fold(word)));
            }
        }

        return words;
    }

    /// <summary><paramref name="word"/> without its diacritics ("été" → "ete"); the word itself when it has none.</summary>
    internal static string Fold(string word)
    {
        var ascii = true;
        foreach (var c in word)
        {
            ascii &= c < 0x80;
        }

        if (ascii)
        {
            return word;
        }

        var decomposed = word.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark))
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    [GeneratedRegex(@"[\p{L}\p{M}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex WordRegex();
}
