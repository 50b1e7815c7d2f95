using Microsoft.Extensions.Logging;

namespace Mnemo;

/// <summary>The store's log messages (source-generated; no memory text, no connection string is ever logged).</summary>
internal static partial class PostgresLog
{
    [LoggerMessage(1, LogLevel.Information, "Opened PostgreSQL store on {Host}/{Database} (server {Version}, schema version {Schema}, model {Model}/{Dimensions}).")]
    public static partial void Opened(ILogger logger, string? host, string? database, string version, int schema, string model, int dimensions);

    [LoggerMessage(2, LogLevel.Information, "Forgot a subject: {Memories} memories, {History} history entries, {Queued} queued items in {ElapsedMs} ms.")]
    public static partial void Forgot(ILogger logger, int memories, int history, int queued, double elapsedMs);

    [LoggerMessage(3, LogLevel.Warning, "The change listener lost its connection ({Reason}); readers poll until it reconnects.")]
    public static partial void ListenerLost(ILogger logger, string reason);

    [LoggerMessage(4, LogLevel.Information, "The change listener is connected.")]
    public static partial void ListenerConnected(ILogger logger);

    [LoggerMessage(5, LogLevel.Information, "Requeued {Count} queued adds whose worker is gone.")]
    public static partial void Reclaimed(ILogger logger, int count);
}
