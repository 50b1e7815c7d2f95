using Microsoft.Extensions.Logging;

namespace Mnemo;

/// <summary>The store's log messages (source-generated; no memory text is ever logged).</summary>
internal static partial class SqliteLog
{
    [LoggerMessage(1, LogLevel.Information, "Opened SQLite store {Path} (SQLite {Version}, schema version {Schema}, model {Model}/{Dimensions}).")]
    public static partial void Opened(ILogger logger, string path, string version, int schema, string model, int dimensions);

    [LoggerMessage(3, LogLevel.Information, "Forgot a subject: {Memories} memories, {History} history entries, {Queued} queued items in {ElapsedMs} ms.")]
    public static partial void Forgot(ILogger logger, int memories, int history, int queued, double elapsedMs);

    [LoggerMessage(4, LogLevel.Warning, "The WAL checkpoint after an erase could not complete (a reader holds an old snapshot); erased text may stay in the -wal file until the next checkpoint.")]
    public static partial void CheckpointBusy(ILogger logger);
}
