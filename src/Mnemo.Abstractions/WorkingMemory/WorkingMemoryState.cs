namespace Mnemo;

/// <summary>The working memory of one session (run): named values and the recent message window.</summary>
public sealed record WorkingMemoryState
{
    /// <summary>Whose session: <see cref="MemoryScope.RunId"/> is set; user, agent and app say whose long-term memory it feeds.</summary>
    public required MemoryScope Scope { get; init; }

    /// <summary>The scratchpad: named values the application or the model wrote.</summary>
    public IReadOnlyDictionary<string, string> Values { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The recent messages of the session, oldest first.</summary>
    public IReadOnlyList<WorkingMessage> Messages { get; init; } = [];

    /// <summary>When the state was last written.</summary>
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>When the session counts as ended if nothing writes to it again.</summary>
    public required DateTimeOffset ExpiresAt { get; init; }
}
