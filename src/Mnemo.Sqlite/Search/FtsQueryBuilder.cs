using System.Text;
using System.Text.RegularExpressions;

namespace Mnemo;

/// <summary>
/// Turns the engine's keyword terms (<see cref="StoreSearchQuery.Keywords"/>) into a safe FTS5 query: each term quoted,
/// OR-ed, optionally restricted to the scope's tokens. Which words a query has (tokens, stop words) is the engine's
/// analysis; this class only writes FTS5 syntax.
/// No character of a term reaches FTS5 outside a quoted string, so quotes, <c>*</c>, <c>NEAR</c>, <c>-</c>
/// or parentheses cannot change the query's meaning.
/// </summary>
internal static partial class FtsQueryBuilder
{
    /// <summary>
    /// The distinct terms of <paramref name="keywords"/> that FTS5 can match: a term without a letter, mark or digit
    /// would be an empty phrase, so it is left out.
    /// </summary>
    public static IReadOnlyList<string> Terms(IReadOnlyList<string>? keywords)
    {
        if (keywords is null || keywords.Count == 0)
        {
            return [];
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        return [.. keywords.Where(k => !string.IsNullOrEmpty(k) && WordRegex().IsMatch(k) && seen.Add(k))];
    }

    /// <summary>The MATCH expression for <paramref name="terms"/> (from <see cref="Terms"/>), or <see langword="null"/> when empty.</summary>
    /// <remarks>
    /// With <paramref name="restrictToScope"/> the scope's tokens are AND-ed in, so FTS5 itself skips other scopes' rows;
    /// the caller still checks the scope columns, so leaving them out never widens the result, it only changes the cost.
    /// </remarks>
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

    [GeneratedRegex(@"[\p{L}\p{M}\p{N}]", RegexOptions.CultureInvariant)]
    private static partial Regex WordRegex();
}
