using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Mnemo;

/// <summary>
/// Long-term memory as <see cref="IChatClient"/> middleware (<c>builder.UseMnemo(memory, scope)</c>), for applications
/// without Agent Framework. Before each call it searches with the new user messages (those after the last reply) and adds
/// the memory block as a system message; after a successful reply it queues the new user messages and the reply for
/// recording. A failed call records nothing; a failed or slow search means no memories and a logged warning.
/// </summary>
/// <remarks>
/// Place it outside <c>UseFunctionInvocation()</c> so one user turn is one search and one record, and so the memory
/// tools (<see cref="MnemoAgentOptions.Tools"/>) are invoked. The scope is the one given here, or the one an application
/// sets per call with <see cref="MnemoChatOptionsExtensions.WithMnemoScope"/>; never anything from model output.
/// </remarks>
public sealed class MnemoChatClient : DelegatingChatClient
{
    private readonly IMemory _memory;
    private readonly MemoryScope? _scope;
    private readonly MnemoAgentOptions _options;
    private readonly MemoryRecall _recall;
    private readonly MemoryRecorder _recorder;

    /// <summary>Wraps <paramref name="innerClient"/> with memory for <paramref name="scope"/> (or per-call scopes when null).</summary>
    public MnemoChatClient(IChatClient innerClient, IMemory memory, MemoryScope? scope, MnemoAgentOptions? options = null)
        : base(innerClient)
    {
        ArgumentNullException.ThrowIfNull(memory);
        scope?.Validate();
        _memory = memory;
        _scope = scope;
        _options = options ?? new MnemoAgentOptions();
        _options.Validate();
        var logger = _options.LoggerFactory?.CreateLogger<MnemoChatClient>() ?? (ILogger)NullLogger.Instance;
        _recall = new MemoryRecall(memory, _options, logger);
        _recorder = new MemoryRecorder(memory, _options, logger);
    }

    /// <inheritdoc />
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var (scope, list, fresh, asked, innerOptions) = Prepare(messages, options);
        var request = await WithMemoriesAsync(list, fresh, scope, cancellationToken).ConfigureAwait(false);
        var response = await base.GetResponseAsync(request, WithTools(innerOptions, scope), cancellationToken).ConfigureAwait(false);
        await _recorder.RecordAsync(fresh.Concat(response.Messages), scope, cancellationToken, asked).ConfigureAwait(false);
        return response;
    }

    /// <inheritdoc />
    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var (scope, list, fresh, asked, innerOptions) = Prepare(messages, options);
        var request = await WithMemoriesAsync(list, fresh, scope, cancellationToken).ConfigureAwait(false);
        var updates = new List<ChatResponseUpdate>();
        await foreach (var update in base.GetStreamingResponseAsync(request, WithTools(innerOptions, scope), cancellationToken).ConfigureAwait(false))
        {
            updates.Add(update);
            yield return update;
        }

        // Reached only when the stream completed: an interrupted or failed stream records nothing.
        await _recorder.RecordAsync(fresh.Concat(updates.ToChatResponse().Messages), scope, cancellationToken, asked).ConfigureAwait(false);
    }

    private (MemoryScope Scope, List<ChatMessage> Messages, List<ChatMessage> Fresh, ChatMessage? Asked, ChatOptions? Options) Prepare(IEnumerable<ChatMessage> messages, ChatOptions? options)
    {
        var perCall = MnemoChatOptionsExtensions.ScopeOf(options);
        var scope = perCall ?? _scope ?? throw new InvalidOperationException(
            "UseMnemo has no scope: pass one to UseMnemo(memory, scope) or set it per call with ChatOptions.WithMnemoScope(scope).");
        scope.Validate();
        var list = messages.ToList();

        // The new turn: the messages after the last reply (a stateless client is sent the whole history every call).
        var lastReply = list.FindLastIndex(m => m.Role == ChatRole.Assistant || m.Role == ChatRole.Tool);
        var fresh = list.Skip(lastReply + 1).Where(m => m.Role == ChatRole.User && !MemoryRecorder.IsInjected(m)).ToList();

        // The reply the new turn answers, if it was the assistant's: context for formation ("Where are you based?" makes
        // "Tokyo." a fact).
        var asked = lastReply >= 0 && list[lastReply].Role == ChatRole.Assistant ? list[lastReply] : null;
        return (scope, list, fresh, asked, perCall is null ? options : MnemoChatOptionsExtensions.WithoutScope(options!));
    }

    private async Task<List<ChatMessage>> WithMemoriesAsync(List<ChatMessage> messages, List<ChatMessage> fresh, MemoryScope scope, CancellationToken cancellationToken)
    {
        var block = await _recall.RecallAsync(MemoryRecall.Query(fresh), scope, cancellationToken).ConfigureAwait(false);
        if (block.Text is null)
        {
            return messages;
        }

        // After the leading system messages (the application's instructions keep their place), marked as Mnemo's own.
        var injected = new ChatMessage(ChatRole.System, block.Text)
        {
            AdditionalProperties = new AdditionalPropertiesDictionary { [MemoryRecorder.InjectedKey] = true },
        };
        var at = messages.FindIndex(m => m.Role != ChatRole.System);
        var request = new List<ChatMessage>(messages);
        request.Insert(at < 0 ? request.Count : at, injected);
        return request;
    }

    private ChatOptions? WithTools(ChatOptions? options, MemoryScope scope)
    {
        if (!_options.Tools)
        {
            return options;
        }

        var withTools = options?.Clone() ?? new ChatOptions();
        withTools.Tools = [.. withTools.Tools ?? [], .. MnemoTools.Create(_memory, scope, _options)];
        return withTools;
    }
}
