using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Mnemo.Indexing;

/// <summary>
/// The engine's keyword analysis of a query: word tokens (letters, marks, digits), lower-cased, stop words removed, at
/// most <see cref="MaxTerms"/> distinct terms in their first order. Stores receive these terms
/// (<see cref="StoreSearchQuery.Keywords"/>) and match each as a plain word, so every store reads a query the same way.
/// </summary>
/// <remarks>
/// Accents and stems are left to the keyword index, which folds and stems queries and documents alike (FTS5's
/// <c>porter unicode61 remove_diacritics 2</c> in the SQLite store): "café", "cafe" and "CAFÉ" find the same memories.
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

    [GeneratedRegex(@"[\p{L}\p{M}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex WordRegex();
}
