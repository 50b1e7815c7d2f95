namespace Mnemo;

/// <summary>
/// Settings of the MCP server over streamable HTTP (<c>MapMnemoMcp</c>). The API key decides the project (tenant); inside
/// it, tool calls may name any user, so these only set whose memories a call uses when it names none.
/// </summary>
public sealed class MnemoMcpHttpOptions
{
    /// <summary>
    /// The request header that sets the user of every tool call of that request which names no <c>user_id</c>, so a
    /// client configured per person (URL + headers) needs no help from the model.
    /// </summary>
    public const string UserHeader = "X-Mnemo-User-Id";

    /// <summary>
    /// The user of tool calls that name no <c>user_id</c> on requests without <see cref="UserHeader"/>. Default
    /// <c>"default"</c>, so a client configured with only a URL and a key works at once.
    /// </summary>
    public string DefaultUserId { get; set; } = "default";
}
