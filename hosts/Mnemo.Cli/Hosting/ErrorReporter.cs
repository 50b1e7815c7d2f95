using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Mnemo.Cli.Hosting;

/// <summary>Turns an exception into one "error: ..." line on stderr and the documented exit code.</summary>
internal static class ErrorReporter
{
    public const string DebugVariable = "MNEMO_DEBUG";

    /// <summary>Reports <paramref name="exception"/>; <paramref name="databasePath"/> (when known) is named in store errors.</summary>
    public static int Report(Exception exception, CliContext context, string? databasePath, CancellationToken cancellationToken)
    {
        var store = databasePath ?? "the memory store";
        var (code, message) = exception switch
        {
            OperationCanceledException when cancellationToken.IsCancellationRequested => (ExitCodes.Cancelled, "cancelled"),
            MemoryValidationException { Field: "scope" } => (ExitCodes.Usage, "name whose memories these are: give at least one of --user, --agent, --run or --app."),
            SqliteException { SqliteErrorCode: 8 } => (ExitCodes.Configuration, $"the memory store {store} is read-only: mnemo writes to it (and to its folder, for the -wal and -shm files) even to search. Make it writable or point --db or MNEMO_HOME elsewhere."),
            SqliteException { SqliteErrorCode: 14 } => (ExitCodes.Configuration, $"cannot open the memory store {store}: its folder is missing or not writable. Point --db or MNEMO_HOME at a writable place."),
            SqliteException { SqliteErrorCode: 26 } => (ExitCodes.Configuration, $"{store} is not a Mnemo database (not an SQLite file). Move it away or point --db or MNEMO_HOME elsewhere."),
            SqliteException { SqliteErrorCode: 11 } => (ExitCodes.Configuration, $"the memory store {store} is damaged (SQLite reports corruption). Restore it from an export or a backup."),
            SqliteException sqlite => (ExitCodes.Unexpected, $"the memory store {store} failed: {sqlite.Message}"),
            Npgsql.PostgresException { SqlState: "28P01" or "28000" or "3D000" } postgres => (ExitCodes.Configuration, $"cannot open the memory store {store}: {postgres.MessageText}. Check --postgres or MNEMO_POSTGRES."),
            Npgsql.NpgsqlException { InnerException: System.Net.Sockets.SocketException or TimeoutException } => (ExitCodes.Configuration, $"cannot reach the memory store {store}: {exception.Message}. Check --postgres or MNEMO_POSTGRES and that the server runs."),
            Npgsql.NpgsqlException npgsql => (ExitCodes.Unexpected, $"the memory store {store} failed: {npgsql.Message}"),
            UnauthorizedAccessException or IOException when databasePath is not null => (ExitCodes.Configuration, $"cannot create or open the memory store {store}: {exception.Message}"),
            CliException cli => (cli.ExitCode, cli.Message),
            LlmException llm => (llm.IsConfigurationError ? ExitCodes.Configuration : ExitCodes.Unexpected, llm.Message),
            MemoryExtractionException { InnerException: LlmException llm } => (llm.IsConfigurationError ? ExitCodes.Configuration : ExitCodes.Unexpected, exception.Message),
            MemoryValidationException or InvalidFilterException => (ExitCodes.Usage, exception.Message),
            MemoryNotFoundException => (ExitCodes.NotFound, exception.Message),
            EmbeddingMismatchException => (ExitCodes.Configuration, exception.Message),
            JsonException => (ExitCodes.Usage, $"invalid JSON: {exception.Message}"),
            _ => (ExitCodes.Unexpected, $"{exception.Message} ({exception.GetType().Name}; set {DebugVariable}=1 for details)"),
        };

        context.Error.WriteLine($"error: {message}");
        if (context.Environment(DebugVariable) == "1")
        {
            context.Error.WriteLine(exception.ToString());
        }

        context.Error.Flush();
        return code;
    }
}
