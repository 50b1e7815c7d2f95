using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace Mnemo;

/// <summary>Outermost filter: maps exceptions to JSON errors and writes one structured log line per request.</summary>
internal sealed class ErrorAndLogFilter(ILoggerFactory loggers, TimeProvider time) : IEndpointFilter
{
    private readonly ILogger _logger = loggers.CreateLogger("Mnemo.AspNetCore");

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var started = time.GetTimestamp();
        var route = (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? MemoryScope.EscapeControl(http.Request.Path.Value ?? string.Empty);
        http.Response.OnCompleted(() =>
        {
            var project = http.Items.TryGetValue("Mnemo.Project", out var p) && p is string s ? MemoryScope.EscapeControl(s) : "-";
            ApiLog.Request(_logger, http.Request.Method, route, http.Response.StatusCode, time.GetElapsedTime(started).TotalMilliseconds, project);
            return Task.CompletedTask;
        });

        try
        {
            return await next(context).ConfigureAwait(false);
        }
        catch (Exception ex) when (ApiErrors.From(ex) is { } error)
        {
            return error;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            ApiLog.Failed(_logger, ex, http.Request.Method, route);
            return ApiErrors.Result(StatusCodes.Status500InternalServerError, "Internal server error.");
        }
    }
}
