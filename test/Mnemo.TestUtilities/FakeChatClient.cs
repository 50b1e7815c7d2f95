using Microsoft.Extensions.AI;

namespace Mnemo.TestUtilities;

/// <summary>
/// A scripted <see cref="IChatClient"/>: each call is answered by <see cref="Respond"/> (or the next queued answer),
/// and every request is recorded so tests can assert on what the engine sent.
/// </summary>
public sealed class FakeChatClient : IChatClient
{
    private readonly Queue<string> _answers = new();
    private readonly List<(IReadOnlyList<ChatMessage> Messages, ChatOptions? Options)> _requests = [];
    private readonly Lock _gate = new();

    /// <summary>Answers a request; when null, queued answers are used in order.</summary>
    public Func<IReadOnlyList<ChatMessage>, string>? Respond { get; set; }

    /// <summary>Tokens reported per call.</summary>
    public (long Input, long Output) TokensPerCall { get; set; } = (100, 20);

    public IReadOnlyList<(IReadOnlyList<ChatMessage> Messages, ChatOptions? Options)> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>Queues answers for the next calls.</summary>
    public FakeChatClient Then(params string[] answers)
    {
        lock (_gate)
        {
            foreach (var answer in answers)
            {
                _answers.Enqueue(answer);
            }
        }

        return this;
    }

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var list = messages.ToList();
        string answer;
        lock (_gate)
        {
            _requests.Add((list, options));
            answer = Respond?.Invoke(list) ?? (_answers.Count > 0 ? _answers.Dequeue() : throw new InvalidOperationException("FakeChatClient has no answer queued."));
        }

        return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, answer))
        {
            Usage = new UsageDetails { InputTokenCount = TokensPerCall.Input, OutputTokenCount = TokensPerCall.Output },
        });
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Mnemo never streams.");

    public object? GetService(Type serviceType, object? serviceKey = null) => serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose()
    {
    }
}
