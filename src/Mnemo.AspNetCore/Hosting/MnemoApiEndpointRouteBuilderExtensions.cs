using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Mnemo;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the Mnemo REST API.</summary>
public static class MnemoApiEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the Mem0 platform routes (<c>/v1/…</c>, <c>/v2/…</c>, <c>/v3/…</c>), Mem0's open-source server routes
    /// (<c>/memories</c>, <c>/search</c>, <c>/reset</c>), <c>/v1/embeddings</c>, <c>/healthz</c>, <c>/docs</c> and
    /// <c>/openapi/v1.json</c>, and the dashboard at <c>/ui/</c> with its routes under <c>/v1/dashboard/</c>. Every memory route needs an API key and works only inside the key's project.
    /// Needs <c>AddMnemoApi()</c>, <c>AddMnemo()</c> and an <see cref="IApiKeyStore"/>.
    /// </summary>
    /// <remarks>Also maps Mnemo's own routes (<c>/mnemo/v1/…</c>, <c>/v1/forget/</c>) that the remote client uses.</remarks>
    public static IEndpointRouteBuilder MapMnemoApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ServiceEndpoints.MapPublic(endpoints);
        DashboardAssets.Map(endpoints);
        endpoints.MapOpenApi();

        var api = endpoints.MapGroup(string.Empty)
            .AddEndpointFilter<ErrorAndLogFilter>()
            .AddEndpointFilter<ApiKeyFilter>()
            .AddEndpointFilter<DashboardMetricsFilter>()
            .WithErrors(StatusCodes.Status401Unauthorized, StatusCodes.Status429TooManyRequests);
        PlatformEndpoints.Map(api);
        NativeEndpoints.Map(api);
        OssEndpoints.Map(api);
        ServiceEndpoints.MapEmbeddings(api);
        DashboardEndpoints.Map(api);
        return endpoints;
    }
}
