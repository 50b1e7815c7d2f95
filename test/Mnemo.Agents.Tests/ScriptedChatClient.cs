using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace Mnemo.Agents.Tests;

/// <summary>
/// A scripted model: answers with <see cref="Answer"/> (streamed in two chunks when asked to stream), or throws
/// <see cref="Failure"/>; records every request (messages and options) so tests see exactly what the model received.
/// </summary>
public sealed class ScriptedChatClient : IChatClient
{
    private readonly List<(List<ChatMessage> Messages, ChatOptions? Options)> _requests = [];

    public Func<IReadOnlyList<ChatMessage>, string> Answer { get; set; } = _ => "Done.";

    public Exception? Failure { get; set; }

    /// <summary>Called with each request before it is answered (e.g. to look at the queue at that moment).</summary>
    public Action<IReadOnlyList<ChatMessage>>? OnRequest { get; set; }

    public IReadOnlyList<(List<ChatMessage> Messages, ChatOptions? Options)> Requests => _requests;

    /// <summary>Everything the model received in one request: instructions, then each message's text.</summary>
    public string Received(int index = -1)
    {
        var (messages, options) = _requests[index < 0 ? _requests.Count + index : index];
        return string.Join('\n', new[] { options?.Instructions }.Concat(messages.Select(m => $"{m.Role}: {m.Text}")).Where(s => s is not null));
    }

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var answer = Take(messages, options);
        return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, answer)));
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var answer = Take(messages, options);
        var half = answer.Length / 2;
        await Task.Yield();
        yield return new ChatResponseUpdate(ChatRole.Assistant, answer[..half]) { MessageId = "m1" };
        yield return new ChatResponseUpdate(ChatRole.Assistant, answer[half..]) { MessageId = "m1" };
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose()
    {
    }

    private string Take(IEnumerable<ChatMessage> messages, ChatOptions? options)
    {
        var list = messages.ToList();
        _requests.Add((list, options));
        OnRequest?.Invoke(list);
        return Failure is null ? Answer(list) : throw Failure;
    }
}
