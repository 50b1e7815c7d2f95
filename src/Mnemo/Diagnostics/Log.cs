using Microsoft.Extensions.Logging;

namespace Mnemo.Diagnostics;

/// <summary>Source-generated log messages. Memory text is never logged above Trace; secrets never.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "Store initialised for embedding model {ModelId} ({Dimensions} dimensions)")]
    public static partial void StoreInitialized(ILogger logger, string modelId, int dimensions);

    [LoggerMessage(2, LogLevel.Debug, "Added {Count} memories for {Scope} (infer={Infer}) in {ElapsedMs:F1} ms")]
    public static partial void Added(ILogger logger, int count, MemoryScope scope, bool infer, double elapsedMs);

    [LoggerMessage(3, LogLevel.Debug, "Search for {Scope} returned {Count} of {Candidates} candidates in {ElapsedMs:F1} ms")]
    public static partial void Searched(ILogger logger, MemoryScope scope, int count, int candidates, double elapsedMs);

    // Subject ids stay out of default-level logs: a forgotten subject's id must not outlive it there.
    [LoggerMessage(4, LogLevel.Information, "Forgot a subject: {Memories} memories, {History} history entries in {ElapsedMs:F0} ms")]
    public static partial void Forgot(ILogger logger, int memories, int history, double elapsedMs);

    [LoggerMessage(8, LogLevel.Debug, "Forgot {Scope}")]
    public static partial void ForgotSubject(ILogger logger, MemoryScope scope);

    [LoggerMessage(5, LogLevel.Warning, "No chat client is configured: infer=true uses the rule-based extractor")]
    public static partial void InferWithoutChatClient(ILogger logger);

    [LoggerMessage(6, LogLevel.Trace, "Search query: {Query}")]
    public static partial void SearchQuery(ILogger logger, string query);

    [LoggerMessage(7, LogLevel.Information, "Deleted {Count} memories of one scope")]
    public static partial void DeletedAll(ILogger logger, int count);

    [LoggerMessage(9, LogLevel.Debug, "Deleted {Count} memories of {Scope}")]
    public static partial void DeletedAllOf(ILogger logger, int count, MemoryScope scope);

    [LoggerMessage(10, LogLevel.Information, "Index loaded from the store's change feed: {Count} memories at position {Position} in {ElapsedMs:F0} ms")]
    public static partial void IndexLoaded(ILogger logger, int count, long position, double elapsedMs);
}
