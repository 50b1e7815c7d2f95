using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Mnemo;

/// <summary>
/// Counts each API request and times each search for the dashboard, in the key's project, and marks the project of the
/// request so that usage measured deeper in the call (embeddings, LLM tokens) is attributed to it. Runs after the key
/// filter: a refused request is not counted.
/// </summary>
internal sealed class DashboardMetricsFilter(DashboardMetrics metrics) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var project = RequestProject.Get(http);
        metrics.RecordRequest(project);
        metrics.EnterProject(project);
        var isSearch = http.GetEndpoint() is RouteEndpoint { RoutePattern.RawText: { } pattern } && pattern.Contains("search", StringComparison.Ordinal);
        var started = Stopwatch.GetTimestamp();
        var result = await next(context).ConfigureAwait(false);
        if (isSearch && http.Response.StatusCode < 400 && result is not IStatusCodeHttpResult { StatusCode: >= 400 })
        {
            metrics.RecordSearch(project, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return result;
    }
}
