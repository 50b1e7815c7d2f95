using System.ClientModel;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace Mnemo;

/// <summary>
/// Turns the OpenAI SDK's failures into <see cref="LlmException"/>s that say which provider failed and what to check
/// (the key's variable on 401/403, the model on 404). Messages name variables, never values: no key ever leaves here.
/// </summary>
internal sealed class ProviderErrorChatClient(IChatClient inner, LlmSettings settings) : DelegatingChatClient(inner)
{
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        try
        {
            return await base.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (Translate(ex, cancellationToken) is { } translated)
        {
            throw translated;
        }
    }

    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var updates = base.GetStreamingResponseAsync(messages, options, cancellationToken).GetAsyncEnumerator(cancellationToken);
        await using (updates.ConfigureAwait(false))
        {
            while (true)
            {
                try
                {
                    if (!await updates.MoveNextAsync().ConfigureAwait(false))
                    {
                        yield break;
                    }
                }
                catch (Exception ex) when (Translate(ex, cancellationToken) is { } translated)
                {
                    throw translated;
                }

                yield return updates.Current;
            }
        }
    }

    private LlmException? Translate(Exception exception, CancellationToken cancellationToken)
    {
        var provider = LlmProviders.Name(settings.Provider);
        var where = $"the {provider} LLM at {settings.EffectiveBaseUrl}";
        return exception switch
        {
            LlmException => null,
            ClientResultException { Status: 401 or 403 } e => new LlmException(settings.Provider, e.Status,
                $"{Capitalize(where)} rejected the API key (HTTP {e.Status}): check {settings.EffectiveApiKeySource}.", e),
            ClientResultException { Status: 404 } e => new LlmException(settings.Provider, 404,
                $"{Capitalize(where)} does not know model '{settings.EffectiveModel}' (HTTP 404): check {LlmEnvironment.Model}{(settings.BaseUrl is null ? string.Empty : $" and {LlmEnvironment.BaseUrl}")}.", e),
            ClientResultException { Status: 429 } e => new LlmException(settings.Provider, 429,
                $"{Capitalize(where)} kept rate-limiting (HTTP 429) after {settings.MaxRetries} retries; try again later.", e),
            ClientResultException { Status: >= 500 } e => new LlmException(settings.Provider, e.Status,
                $"{Capitalize(where)} failed (HTTP {e.Status}) after {settings.MaxRetries} retries.", e),
            ClientResultException { Status: > 0 } e => new LlmException(settings.Provider, e.Status,
                $"{Capitalize(where)} refused the request (HTTP {e.Status}): {FirstLine(e.Message)}", e),
            OperationCanceledException when !cancellationToken.IsCancellationRequested => new LlmException(settings.Provider, null,
                string.Create(CultureInfo.InvariantCulture, $"{Capitalize(where)} did not answer within {settings.Timeout.TotalSeconds:0.#} s."), exception) { IsTransportError = true },
            HttpRequestException or ClientResultException => new LlmException(settings.Provider, null,
                $"Could not reach {where}: {FirstLine(exception.Message)}", exception) { IsTransportError = true },
            _ => null,
        };
    }

    private static string Capitalize(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();
}
