using Microsoft.Extensions.DependencyInjection.Extensions;
using Mnemo;
using Mnemo.Wire;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds Mnemo's memory tools to an MCP server, whatever its transport (stdio, streamable HTTP, streams).</summary>
public static class McpServerBuilderMnemoExtensions
{
    /// <summary>
    /// Adds the tools <c>add_memory</c>, <c>search_memories</c>, <c>get_memories</c>, <c>get_memory</c>,
    /// <c>update_memory</c>, <c>delete_memory</c>, <c>delete_all_memories</c> and <c>forget</c>, named as Mem0's MCP server
    /// names them. They use the container's <see cref="IMemory"/> (register it with <c>AddMnemo()</c>).
    /// </summary>
    /// <param name="builder">The MCP server builder.</param>
    /// <param name="configure">Sets whose memories the tools act on; at least a user or agent id, or
    /// <see cref="MnemoMcpOptions.AllowAnyUser"/>, is required (checked when the first tool runs).</param>
    /// <returns>The builder, for chaining.</returns>
    public static IMcpServerBuilder WithMnemoTools(this IMcpServerBuilder builder, Action<MnemoMcpOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Services.AddOptions<MnemoMcpOptions>()
            .Validate(
                o => o.AllowAnyUser || !string.IsNullOrWhiteSpace(o.UserId) || !string.IsNullOrWhiteSpace(o.AgentId),
                "The Mnemo MCP tools need a user or agent id (mnemo mcp --user <id>, or MNEMO_USER_ID), or AllowAnyUser.");
        if (configure is not null)
        {
            options.Configure(configure);
        }

        builder.Services.TryAddSingleton<ToolScope>();
        return builder.WithTools<MemoryTools>(WireJson.Compact);
    }
}
