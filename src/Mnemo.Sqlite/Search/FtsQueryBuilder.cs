using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;

namespace Mnemo;

/// <summary>
/// Turns arbitrary user text into a safe FTS5 query: word tokens only, each quoted, OR-ed, optionally restricted to the
/// scope's tokens.
/// No character of the user's text reaches FTS5 outside a quoted string, so quotes, <c>*</c>, <c>NEAR</c>, <c>-</c>
/// or parentheses cannot change the query's meaning.
/// </summary>
internal static partial class FtsQueryBuilder
{
    private const int MaxTerms = 64;

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

    /// <summary>
    /// The MATCH expression, or <see langword="null"/> when the text has no searchable term. With
    /// <paramref name="restrictToScope"/> the scope's tokens are AND-ed in, so FTS5 itself skips other scopes' rows; the
    /// caller still joins on the scope columns, so leaving them out never widens the result, it only changes the cost.
    /// </summary>
    public static string? Build(string? text, MemoryScope scope, bool restrictToScope = true) =>
        Build(Terms(text), scope, restrictToScope);

    /// <summary>The MATCH expression for <paramref name="terms"/> (from <see cref="Terms"/>), or <see langword="null"/> when empty.</summary>
    public static string? Build(IReadOnlyList<string> terms, MemoryScope scope, bool restrictToScope = true)
    {
        if (terms.Count == 0)
        {
            return null;
        }

        var builder = new StringBuilder("text : (");
        for (var i = 0; i < terms.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(" OR ");
            }

            // Terms hold letters, marks and digits only; doubling quotes is defence in depth.
            builder.Append('"').Append(terms[i].Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        }

        builder.Append(')');
        if (!restrictToScope)
        {
            return builder.ToString();
        }

        builder.Append(" AND scope : (");
        builder.AppendJoin(" AND ", ScopeTokens.Enumerate(scope).Select(t => "\"" + t + "\""));
        builder.Append(')');
        return builder.ToString();
    }

    [GeneratedRegex(@"[\p{L}\p{M}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex WordRegex();
}
