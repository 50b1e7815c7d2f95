using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Mnemo;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the Mnemo MCP server.</summary>
public static class MnemoMcpEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the MCP streamable HTTP endpoint at <paramref name="pattern"/>, behind the REST API's key check: every request
    /// needs an API key (<c>Authorization: Token|Bearer KEY</c> or <c>X-API-Key</c>; 401 without), counts against the
    /// key's rate limit and has the REST API's body limit; the tools work inside the key's project. Needs
    /// <c>AddMnemoMcp()</c>, <c>AddMnemoApi()</c>, <c>AddMnemo()</c> and an <see cref="IApiKeyStore"/>.
    /// </summary>
    /// <param name="endpoints">The endpoint route builder.</param>
    /// <param name="pattern">The route of the endpoint. Default <c>/mcp</c>.</param>
    /// <returns>The endpoints' convention builder, to add metadata or policies.</returns>
    public static IEndpointConventionBuilder MapMnemoMcp(this IEndpointRouteBuilder endpoints, string pattern = "/mcp")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(pattern);
        var maxBody = endpoints.ServiceProvider.GetRequiredService<IOptions<MnemoApiOptions>>().Value.MaxRequestBodyBytes;
        var group = endpoints.MapGroup(pattern)
            .AddEndpointFilter<ErrorAndLogFilter>()
            .AddEndpointFilter<ApiKeyFilter>()
            .WithMetadata(new RequestSizeLimitAttribute(maxBody))
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        group.MapMcp();
        return group;
    }
}
