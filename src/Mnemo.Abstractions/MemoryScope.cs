namespace Mnemo;

/// <summary>
/// Who a memory belongs to. A memory matches a scope when every identifier the scope sets is equal to the memory's;
/// identifiers the scope leaves <see langword="null"/> match anything. At least one of <see cref="UserId"/>,
/// <see cref="AgentId"/>, <see cref="RunId"/> or <see cref="AppId"/> is required for every operation that reads or
/// writes memories, so no call can touch "everything" by forgetting an id.
/// </summary>
/// <remarks>
/// <see cref="ProjectId"/> is the tenant (an API key's project on the server). It is never optional in the store: a
/// <see langword="null"/> project is the default project <c>""</c>, and a scope never matches memories of another project.
/// </remarks>
public sealed record MemoryScope
{
    /// <summary>The end user the memory is about.</summary>
    public string? UserId { get; init; }

    /// <summary>The agent the memory belongs to (agent memories, procedural memories).</summary>
    public string? AgentId { get; init; }

    /// <summary>One session or run; working memory that may be consolidated or dropped when the run ends.</summary>
    public string? RunId { get; init; }

    /// <summary>The application the memory belongs to.</summary>
    public string? AppId { get; init; }

    /// <summary>The tenant. <see langword="null"/> means the default project.</summary>
    public string? ProjectId { get; init; }

    /// <summary><see langword="true"/> when none of user, agent, run or app is set.</summary>
    public bool IsEmpty => UserId is null && AgentId is null && RunId is null && AppId is null;

    /// <summary>A scope for one user.</summary>
    public static MemoryScope User(string userId) => new() { UserId = userId };

    /// <summary>A scope for one agent.</summary>
    public static MemoryScope Agent(string agentId) => new() { AgentId = agentId };

    /// <summary>A scope for one run.</summary>
    public static MemoryScope Run(string runId) => new() { RunId = runId };

    /// <summary>A scope naming only a project: the whole of that tenant, as a by-id call's restriction.</summary>
    /// <param name="projectId">The tenant; <see langword="null"/> or empty is the default project.</param>
    public static MemoryScope Project(string? projectId) => new() { ProjectId = string.IsNullOrEmpty(projectId) ? null : projectId };

    /// <summary>
    /// Whether a memory of scope <paramref name="memoryScope"/> lies inside this scope: the same project (<see langword="null"/>
    /// and <c>""</c> both being the default project), and every id this scope sets equal to the memory's. An empty scope
    /// contains the whole of its project. This is the tenancy check of the by-id calls of <see cref="IMemory"/>.
    /// </summary>
    public bool Contains(MemoryScope memoryScope)
    {
        ArgumentNullException.ThrowIfNull(memoryScope);
        return string.Equals(ProjectId ?? string.Empty, memoryScope.ProjectId ?? string.Empty, StringComparison.Ordinal)
            && (UserId is null || string.Equals(UserId, memoryScope.UserId, StringComparison.Ordinal))
            && (AgentId is null || string.Equals(AgentId, memoryScope.AgentId, StringComparison.Ordinal))
            && (RunId is null || string.Equals(RunId, memoryScope.RunId, StringComparison.Ordinal))
            && (AppId is null || string.Equals(AppId, memoryScope.AppId, StringComparison.Ordinal));
    }

    /// <summary>Throws <see cref="MemoryValidationException"/> unless at least one identifier is set and none is blank.</summary>
    public void Validate()
    {
        if (IsEmpty)
        {
            throw new MemoryValidationException("scope", "At least one of user_id, agent_id, run_id or app_id is required.");
        }

        ValidateIds();
    }

    /// <summary>
    /// Throws <see cref="MemoryValidationException"/> when an identifier is set but blank; a scope with no identifier
    /// (a whole project, as by-id calls take) passes.
    /// </summary>
    public void ValidateIds()
    {
        CheckNotBlank(UserId, "user_id");
        CheckNotBlank(AgentId, "agent_id");
        CheckNotBlank(RunId, "run_id");
        CheckNotBlank(AppId, "app_id");
    }

    /// <summary>
    /// The ids as <c>user=... agent=...</c>, with control characters escaped (<c>\u001B</c>) so an id can never
    /// inject terminal escapes or fake lines into a log or a terminal.
    /// </summary>
    public override string ToString() =>
        string.Join(' ', new[] { ("user", UserId), ("agent", AgentId), ("run", RunId), ("app", AppId), ("project", ProjectId) }
            .Where(p => p.Item2 is not null)
            .Select(p => $"{p.Item1}={EscapeControl(p.Item2!)}"));

    /// <summary><paramref name="value"/> with every control character written as <c>\r</c>, <c>\n</c>, <c>\t</c> or <c>\uXXXX</c>.</summary>
    public static string EscapeControl(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!value.Any(char.IsControl))
        {
            return value;
        }

        var escaped = new System.Text.StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            escaped.Append(c switch
            {
                '\r' => "\\r",
                '\n' => "\\n",
                '\t' => "\\t",
                _ when char.IsControl(c) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    private static void CheckNotBlank(string? value, string field)
    {
        if (value is not null && string.IsNullOrWhiteSpace(value))
        {
            throw new MemoryValidationException(field, $"{field} must not be blank.");
        }
    }
}
