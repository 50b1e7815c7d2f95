namespace Mnemo.Searching;

/// <summary>
/// Whom a query is about by its pronouns, mapped to the role of the message a memory came from
/// (<see cref="MemoryItem.Role"/>): a question in the first person ("what did I buy?", "my sister") is about what the
/// user said; one in the second person alone ("what did you recommend?") about what the assistant said. A query with
/// both ("can you remind me…") or neither names no role. English pronouns only.
/// </summary>
internal static class QueryPerson
{
    /// <summary>The role of the user's messages.</summary>
    public const string User = "user";

    /// <summary>The role of the assistant's messages.</summary>
    public const string Assistant = "assistant";

    private static readonly HashSet<string> _first = new(StringComparer.OrdinalIgnoreCase) { "i", "me", "my", "mine", "myself" };
    private static readonly HashSet<string> _second = new(StringComparer.OrdinalIgnoreCase) { "you", "your", "yours", "yourself" };

    /// <summary>The role <paramref name="queryWords"/> point to, or null.</summary>
    /// <param name="queryWords">The query's words (<see cref="ActorNames.Words"/>), matched case-insensitively.</param>
    public static string? RoleOf(IReadOnlyCollection<string> queryWords)
    {
        var first = queryWords.Any(_first.Contains);
        var second = queryWords.Any(_second.Contains);
        return first == second ? null : first ? User : Assistant;
    }
}
