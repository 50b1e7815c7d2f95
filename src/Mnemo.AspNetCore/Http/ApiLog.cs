using Microsoft.Extensions.Logging;

namespace Mnemo;

/// <summary>Request logs: route, status and timing; never memory text, query strings or keys.</summary>
internal static partial class ApiLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "{Method} {Route} -> {Status} in {ElapsedMs:F1} ms (project '{Project}')")]
    public static partial void Request(ILogger logger, string method, string route, int status, double elapsedMs, string project);

    [LoggerMessage(EventId = 2, Level = LogLevel.Error, Message = "{Method} {Route} failed")]
    public static partial void Failed(ILogger logger, Exception exception, string method, string route);
}
