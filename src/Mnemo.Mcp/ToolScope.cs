using Microsoft.Extensions.Options;

namespace Mnemo;

/// <summary>
/// Turns a tool call's optional ids into the scope it may act on: the configured user and agent, which a call may
/// repeat but not change unless <see cref="MnemoMcpOptions.AllowAnyUser"/> is set; a run id only narrows it.
/// </summary>
internal sealed class ToolScope(IOptions<MnemoMcpOptions> options)
{
    private readonly MnemoMcpOptions _options = options.Value;

    /// <summary>The scope of a call that reads or writes a set of memories (search, list, add, delete all, forget).</summary>
    /// <exception cref="MemoryValidationException">The call names another user or agent, or no id is known at all.</exception>
    public MemoryScope Resolve(IServiceProvider services, string? userId = null, string? agentId = null, string? runId = null)
    {
        var scope = Build(services, userId, agentId, runId);
        scope.Validate();
        return scope;
    }

    /// <summary>
    /// The subject a <c>forget</c> erases: exactly the ids the call names where the server lets calls choose them (an
    /// agent alone is that agent, across users), else the configured user and agent, which a call may only repeat.
    /// </summary>
    /// <exception cref="MemoryValidationException">The call names another user or agent, or no id is known at all.</exception>
    public MemoryScope ResolveSubject(IServiceProvider services, string? userId, string? agentId)
    {
        if (_options.AllowAnyUser && (Normalize(userId) is not null || Normalize(agentId) is not null))
        {
            var named = new MemoryScope
            {
                UserId = Normalize(userId),
                AgentId = Normalize(agentId),
                ProjectId = _options.ProjectResolver?.Invoke(services),
            };
            named.Validate();
            return named;
        }

        return Resolve(services, userId, agentId);
    }

    /// <summary>
    /// What a by-id call (get, update, delete) may touch: the project, and the configured user and agent unless any
    /// user is allowed. The engine answers a memory outside it as not found, so ids do not leak across users.
    /// </summary>
    public MemoryScope ById(IServiceProvider services) => new()
    {
        ProjectId = _options.ProjectResolver?.Invoke(services),
        UserId = _options.AllowAnyUser ? null : ConfiguredUser(services),
        AgentId = _options.AllowAnyUser ? null : Normalize(_options.AgentId),
    };

    private MemoryScope Build(IServiceProvider services, string? userId, string? agentId, string? runId) => new()
    {
        UserId = Pick(userId, ConfiguredUser(services), "user_id", "user"),
        AgentId = Pick(agentId, _options.AgentId, "agent_id", "agent"),
        RunId = Normalize(runId),
        ProjectId = _options.ProjectResolver?.Invoke(services),
    };

    private string? Pick(string? requested, string? configured, string field, string noun)
    {
        requested = Normalize(requested);
        configured = Normalize(configured);
        if (requested is null || requested == configured)
        {
            return configured;
        }

        if (_options.AllowAnyUser)
        {
            return requested;
        }

        throw new MemoryValidationException(
            field,
            configured is null
                ? $"This memory server does not let calls choose the {noun}: leave {field} out."
                : $"This memory server serves {noun} '{configured}' only: leave {field} out (or pass '{configured}').");
    }

    /// <summary>The per-request user when a resolver gives one, else the configured user.</summary>
    private string? ConfiguredUser(IServiceProvider services) =>
        Normalize(_options.UserResolver?.Invoke(services)) ?? Normalize(_options.UserId);

    private static string? Normalize(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
