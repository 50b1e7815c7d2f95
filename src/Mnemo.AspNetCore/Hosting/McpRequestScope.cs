using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Mnemo;

/// <summary>
/// The parts of an MCP tool call's scope that come from its HTTP request: the project of the request's API key (set by
/// <see cref="ApiKeyFilter"/>) and the optional <see cref="MnemoMcpHttpOptions.UserHeader"/>.
/// </summary>
internal static class McpRequestScope
{
    /// <summary>The key's project; <see langword="null"/> is the default project.</summary>
    /// <exception cref="InvalidOperationException">The tool runs outside an authenticated request (fails closed).</exception>
    public static string? Project(IServiceProvider services)
    {
        var project = RequestProject.Get(Context(services));
        return project.Length == 0 ? null : project;
    }

    /// <summary>The user named by the request header, if any.</summary>
    public static string? User(IServiceProvider services)
    {
        var value = Context(services).Request.Headers[MnemoMcpHttpOptions.UserHeader].ToString();
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    // Stateless transport: each tool call runs inside the POST that carries it, so the accessor sees that request.
    private static HttpContext Context(IServiceProvider services) =>
        services.GetRequiredService<IHttpContextAccessor>().HttpContext
            ?? throw new InvalidOperationException("An MCP tool ran outside an HTTP request; the Mnemo MCP tools need the stateless HTTP transport of AddMnemoMcp().");
}
