using System.Text.RegularExpressions;

namespace Mnemo.Searching;

/// <summary>
/// Actor names in a query. An actor counts as named when every word of its id is a word of the query, ignoring case
/// ("Caroline", "Jean-Luc Picard"; one-letter words never match). The entity signal scores memories of the actors a
/// query names, and search embeds the query without those names (<see cref="FusionOptions.EmbedQueryWithoutActors"/>).
/// </summary>
internal static partial class ActorNames
{
    /// <summary>The lower-cased words (runs of letters and digits) of <paramref name="text"/>.</summary>
    public static HashSet<string> Words(string text) =>
        WordPattern().Matches(text).Select(m => m.Value.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="queryWords"/> name <paramref name="actor"/>; answers are kept in <paramref name="cache"/>.</summary>
    public static bool IsMentioned(string actor, HashSet<string> queryWords, Dictionary<string, bool> cache)
    {
        if (queryWords.Count == 0)
        {
            return false;
        }

        if (!cache.TryGetValue(actor, out var result))
        {
            result = IsMentioned(Words(actor), queryWords);
            cache[actor] = result;
        }

        return result;
    }

    /// <summary>
    /// <paramref name="query"/> without the words of the <paramref name="actors"/> it names, a possessive "'s" included
    /// ("What is Caroline's job?" → "What is job?"); the query itself when it names none, or when nothing but names
    /// would be left.
    /// </summary>
    public static string Without(string query, IReadOnlyList<string> actors)
    {
        if (actors.Count == 0)
        {
            return query;
        }

        var queryWords = Words(query);
        HashSet<string>? named = null;
        foreach (var actor in actors)
        {
            var words = Words(actor);
            if (IsMentioned(words, queryWords))
            {
                (named ??= new HashSet<string>(StringComparer.Ordinal)).UnionWith(words);
            }
        }

        if (named is null)
        {
            return query;
        }

        var left = TokenPattern().Replace(
            query, m => m.Groups[1].Value.Split('-').All(part => named.Contains(part.ToLowerInvariant())) ? string.Empty : m.Value);
        left = SpacePattern().Replace(left, " ").Trim();
        return WordPattern().IsMatch(left) ? left : query;
    }

    private static bool IsMentioned(HashSet<string> actorWords, HashSet<string> queryWords) =>
        actorWords.Count > 0 && actorWords.All(w => w.Length > 1 && queryWords.Contains(w));

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();

    // A word, hyphenated or not, and its possessive ending, if any ("Caroline's", "James’s", "Jean-Luc").
    [GeneratedRegex(@"([\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*)(?:['’][sS](?![\p{L}\p{N}]))?")]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex SpacePattern();
}
