using System.Text.RegularExpressions;

namespace Mnemo.Searching;

/// <summary>
/// Whom a query is about by its pronouns, mapped to the role of the message a memory came from
/// (<see cref="MemoryItem.Role"/>): a question in the first person ("what did I buy?", "my sister") is about what the
/// user said; one in the second person alone ("what did you recommend?") about what the assistant said. A query with
/// both ("can you remind me what you said…") or neither names no role. The "you" of a request for suggestions is the
/// one asked, not the one asked about: "Can you recommend some activities I can do in the evening?", "Do you have any
/// tips for my trip?", "What do you suggest for me?" are read without it, so they are about the user ("Can you remind me
/// …" is not such a request: it asks for what was said). English only.
/// </summary>
internal static partial class QueryPerson
{
    /// <summary>The role of the user's messages.</summary>
    public const string User = "user";

    /// <summary>The role of the assistant's messages.</summary>
    public const string Assistant = "assistant";

    private static readonly HashSet<string> _first = new(StringComparer.OrdinalIgnoreCase) { "i", "me", "my", "mine", "myself" };
    private static readonly HashSet<string> _second = new(StringComparer.OrdinalIgnoreCase) { "you", "your", "yours", "yourself" };

    /// <summary>The role <paramref name="query"/> points to, or null; a request for suggestions is read without its "you".</summary>
    /// <param name="query">The query as asked.</param>
    /// <param name="queryWords">Its words (<see cref="ActorNames.Words"/>), read again only when it holds such a request.</param>
    public static string? RoleOf(string query, IReadOnlyCollection<string> queryWords)
    {
        var asked = RequestForSuggestions().Replace(query, " ");
        return RoleOf(ReferenceEquals(asked, query) ? queryWords : ActorNames.Words(asked));
    }

    // The role the query's words (ActorNames.Words) point to, or null; matched case-insensitively.
    private static string? RoleOf(IReadOnlyCollection<string> queryWords)
    {
        var first = queryWords.Any(_first.Contains);
        var second = queryWords.Any(_second.Contains);
        return first == second ? null : first ? User : Assistant;
    }

    // "Can you recommend me", "could you please suggest", "would you give us", "do you have any tips", "what do you suggest":
    // the one asked to suggest something (and whom it is for, right after the verb), not whom the question is about.
    [GeneratedRegex(@"\b(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?(?:recommend|suggest|give|help|find|show|tell)|do\s+you\s+have\s+any\s+(?:suggestions?|ideas?|recommendations?|tips?|advice)|what\s+(?:do|would)\s+you\s+(?:recommend|suggest))\b(?:\s+(?:me|us)\b)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RequestForSuggestions();
}
