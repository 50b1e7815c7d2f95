namespace Mnemo;

/// <summary>
/// Whose memories the MCP tools read and write. The scope comes from configuration, not from the model: a tool call that
/// names another user (or agent) is refused unless <see cref="AllowAnyUser"/> is set.
/// </summary>
public sealed class MnemoMcpOptions
{
    /// <summary>The user every tool call acts for (<c>mnemo mcp --user</c>, <c>MNEMO_USER_ID</c>). Default: none.</summary>
    public string? UserId { get; set; }

    /// <summary>The agent every tool call acts for (<c>mnemo mcp --agent</c>, <c>MNEMO_AGENT_ID</c>). Default: none.</summary>
    public string? AgentId { get; set; }

    /// <summary>
    /// Lets tool calls choose the user and agent with their <c>user_id</c> and <c>agent_id</c> arguments (the configured
    /// ids are then only defaults). Default <see langword="false"/>: a call naming an id other than the configured one
    /// is an error, so a model cannot read another user's memories.
    /// </summary>
    public bool AllowAnyUser { get; set; }

    /// <summary>
    /// Resolves the tenant (<see cref="MemoryScope.ProjectId"/>) of one tool call from the request's services, e.g. the
    /// project of the HTTP request's API key. Default: none (the default project, as on stdio).
    /// </summary>
    public Func<IServiceProvider, string?>? ProjectResolver { get; set; }

    /// <summary>
    /// Resolves the user of one tool call from the request's services, e.g. a header the client sends; when it returns an
    /// id, that id replaces <see cref="UserId"/> for the call. Default: none (<see cref="UserId"/> applies).
    /// </summary>
    public Func<IServiceProvider, string?>? UserResolver { get; set; }
}
