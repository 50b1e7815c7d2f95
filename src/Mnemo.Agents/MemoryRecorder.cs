using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace Mnemo;

/// <summary>
/// The "record after" half of the agent loop: queues the exchange (new user messages and the reply, text only) on the
/// durable ingestion queue, so formation runs in the background and the reply never waits for it. Never throws.
/// </summary>
internal sealed class MemoryRecorder(IMemory memory, MnemoAgentOptions options, ILogger logger)
{
    /// <summary>The key Mnemo marks its own injected messages with, so they are never recorded.</summary>
    public const string InjectedKey = "mnemo.injected";

    public static bool IsInjected(ChatMessage message) =>
        message.AdditionalProperties?.ContainsKey(InjectedKey) == true;

    /// <summary>The messages worth remembering: user and assistant text, never Mnemo's own context.</summary>
    public static List<ChatMessage> Recordable(IEnumerable<ChatMessage> messages) =>
    [
        .. messages
            .Where(m => (m.Role == ChatRole.User || m.Role == ChatRole.Assistant) && !IsInjected(m) && !string.IsNullOrWhiteSpace(m.Text))
            .Select(m => new ChatMessage(m.Role, m.Text) { AuthorName = m.AuthorName }),
    ];

    /// <summary>
    /// Records <paramref name="exchange"/>. With <see cref="MnemoAgentOptions.Infer"/>, <paramref name="asked"/> (the
    /// assistant's reply that the new user messages answer) goes first, as context that formation reads and never stores:
    /// "Tokyo." is a fact after "Where are you based?". Verbatim recording leaves it out, since it was recorded with its
    /// own exchange.
    /// </summary>
    public async Task RecordAsync(IEnumerable<ChatMessage> exchange, MemoryScope scope, CancellationToken cancellationToken, ChatMessage? asked = null)
    {
        if (!options.Record)
        {
            return;
        }

        var messages = Recordable(exchange);
        if (!messages.Any(m => m.Role == ChatRole.User))
        {
            return;
        }

        if (options.Infer && asked is not null && Recordable([asked]) is [var context] && context.Role == ChatRole.Assistant && messages[0].Role == ChatRole.User)
        {
            messages.Insert(0, context);
        }

        var add = new AddOptions { Scope = scope, Infer = options.Infer, ObservedAt = options.TimeProvider.GetUtcNow() };
        var ingestion = options.Ingestion ?? memory as IMemoryIngestion;
        try
        {
            if (ingestion is not null)
            {
                var queued = await ingestion.EnqueueAddAsync(messages, add, cancellationToken).ConfigureAwait(false);
                AgentsLog.Recorded(logger, messages.Count, scope, queued.Id);
                return;
            }

            // No queue: the add runs after the reply, in the background; its failure is logged, never thrown.
            _ = Task.Run(
                async () =>
                {
                    try
                    {
                        await memory.AddAsync(messages, add, CancellationToken.None).ConfigureAwait(false);
                    }
                    catch (Exception ex)
                    {
                        AgentsLog.RecordFailed(logger, scope, ex.GetType().Name);
                    }
                },
                CancellationToken.None);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            AgentsLog.RecordFailed(logger, scope, ex.GetType().Name);
        }
    }
}
