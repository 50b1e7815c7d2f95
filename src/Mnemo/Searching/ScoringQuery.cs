namespace Mnemo.Searching;

/// <summary>
/// What <see cref="HybridScorer"/> reads from one query, found once per search (the first-stage candidates and the
/// neighbours that context brings in are scored against the same one): the period it names, the role its pronouns point
/// to, its words for the entity signal, and the weights that apply to it.
/// </summary>
internal sealed class ScoringQuery
{
    /// <summary>The period the query names (time signal), or <see langword="null"/>.</summary>
    public required (DateTimeOffset Start, DateTimeOffset End)? Period { get; init; }

    /// <summary>The role the query's pronouns point to (role signal), or <see langword="null"/>.</summary>
    public required string? Role { get; init; }

    /// <summary>The query's words, for the entity signal (empty when neither the entity nor the role signal is on).</summary>
    public required HashSet<string> Words { get; init; }

    /// <summary>The time signal's weight for this query: 0 when it names no period.</summary>
    public required double TimeWeight { get; init; }

    /// <summary>The role signal's weight for this query: 0 when it points to no role.</summary>
    public required double RoleWeight { get; init; }

    /// <summary>The sum of the weights that apply.</summary>
    public required double TotalWeight { get; init; }

    /// <summary>Whether each actor seen so far is mentioned by the query (one answer per actor and query).</summary>
    public Dictionary<string, bool> Mentioned { get; } = new(StringComparer.OrdinalIgnoreCase);
}
