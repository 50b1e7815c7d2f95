using Microsoft.Extensions.Options;
using ModelContextProtocol.Protocol;
using Mnemo;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Mnemo MCP server over streamable HTTP.</summary>
public static class MnemoMcpServiceCollectionExtensions
{
    /// <summary>
    /// Registers an MCP server with the Mnemo memory tools on the streamable HTTP transport, for <c>MapMnemoMcp()</c>.
    /// The transport is stateless: no session is kept between requests, so any instance can serve any request and every
    /// request is authenticated on its own; the tools never call back into the client, so nothing is lost. Each call
    /// works in the project of the request's API key and may name any user inside it (the key is the tenant boundary);
    /// a call naming no user uses the <see cref="MnemoMcpHttpOptions.UserHeader"/> header, else
    /// <see cref="MnemoMcpHttpOptions.DefaultUserId"/>. Needs <c>AddMnemoApi()</c> (keys, rate limit) and <c>AddMnemo()</c>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Changes the defaults of <see cref="MnemoMcpHttpOptions"/>.</param>
    /// <returns>The MCP server builder, to add more tools, prompts or resources.</returns>
    public static IMcpServerBuilder AddMnemoMcp(this IServiceCollection services, Action<MnemoMcpHttpOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<MnemoMcpHttpOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.AddHttpContextAccessor();
        var version = typeof(MnemoMcpHttpOptions).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        var builder = services.AddMcpServer(o => o.ServerInfo = new Implementation { Name = "mnemo", Version = version })
            .WithHttpTransport(o => o.Stateless = true)
            .WithMnemoTools();
        services.AddOptions<MnemoMcpOptions>().Configure<IOptions<MnemoMcpHttpOptions>>((o, http) =>
        {
            o.AllowAnyUser = true;
            o.UserId = http.Value.DefaultUserId;
            o.ProjectResolver = McpRequestScope.Project;
            o.UserResolver = McpRequestScope.User;
        });
        return builder;
    }
}
