using Microsoft.Extensions.Logging;

namespace Mnemo;

/// <summary>Log messages of the agent integration. Memory text never appears in them (scopes and counts only).</summary>
internal static partial class AgentsLog
{
    [LoggerMessage(1, LogLevel.Warning, "Memory search for {Scope} failed ({Error}); answering without memories.")]
    public static partial void SearchFailed(ILogger logger, MemoryScope scope, string error);

    [LoggerMessage(2, LogLevel.Warning, "Memory search for {Scope} timed out after {TimeoutMs} ms; answering without memories.")]
    public static partial void SearchTimedOut(ILogger logger, MemoryScope scope, double timeoutMs);

    [LoggerMessage(3, LogLevel.Debug, "Put {Count} memories ({Tokens} tokens, {Dropped} left out for the budget) in front of the model for {Scope}.")]
    public static partial void Recalled(ILogger logger, int count, int tokens, int dropped, MemoryScope scope);

    [LoggerMessage(4, LogLevel.Warning, "Recording the exchange for {Scope} failed ({Error}); the reply is unaffected.")]
    public static partial void RecordFailed(ILogger logger, MemoryScope scope, string error);

    [LoggerMessage(5, LogLevel.Debug, "Queued {Count} messages of the exchange for {Scope} (event {EventId}).")]
    public static partial void Recorded(ILogger logger, int count, MemoryScope scope, Guid eventId);

    [LoggerMessage(6, LogLevel.Information, "Consolidated the working memory of {Scope} ({Messages} messages, {Values} values) into long-term memory and erased it.")]
    public static partial void Consolidated(ILogger logger, MemoryScope scope, int messages, int values);
}
