using Microsoft.Extensions.AI;

namespace AgentWithMemory;

/// <summary>
/// Stands in for an LLM when none is configured: prints everything the model receives (so you can see the memories
/// Mnemo put in its context) and answers with a canned line.
/// </summary>
internal sealed class ScriptedModel : IChatClient
{
    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        Console.WriteLine("  --- the model received ---");
        if (options?.Instructions is { } instructions)
        {
            Console.WriteLine($"  [instructions] {instructions.Replace("\n", "\n  ", StringComparison.Ordinal)}");
        }

        foreach (var message in messages)
        {
            Console.WriteLine($"  [{message.Role}] {message.Text.Replace("\n", "\n  ", StringComparison.Ordinal)}");
        }

        Console.WriteLine("  --------------------------");
        return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "(scripted model) Understood.")));
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("This sample does not stream.");

    public object? GetService(Type serviceType, object? serviceKey = null) => serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose()
    {
    }
}
