using Microsoft.Extensions.AI;

namespace Mnemo;

/// <summary>Stands in for a provider that needs a key when none was given: every call fails, naming where the key goes.</summary>
internal sealed class MissingKeyChatClient(LlmSettings settings) : IChatClient
{
    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw Error();

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw Error();

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose()
    {
    }

    private LlmException Error() => new(
        settings.Provider,
        null,
        $"The {LlmProviders.Name(settings.Provider)} LLM needs an API key and none is set: set {settings.EffectiveApiKeySource}.");
}
