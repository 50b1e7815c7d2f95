using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.AI;
using OpenAI;

namespace Mnemo;

/// <summary>Builds the <see cref="IChatClient"/> for one <see cref="LlmSettings"/>: OpenAI's SDK, its retry policy, our errors.</summary>
internal static class OpenAIChatClientFactory
{
    // Keyless servers (Ollama, most local ones) ignore the Authorization header, but the SDK insists on a credential.
    private const string NoKey = "no-key";

    public static IChatClient Create(LlmSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var endpoint = settings.EffectiveBaseUrl;
        var model = settings.EffectiveModel;
        if (settings.MaxRetries < 0 || settings.Timeout <= TimeSpan.Zero)
        {
            throw new LlmException(settings.Provider, null, "LlmSettings.MaxRetries must be >= 0 and Timeout positive.");
        }

        if (string.IsNullOrEmpty(settings.ApiKey) && settings.RequiresApiKey)
        {
            return new MissingKeyChatClient(settings);
        }

        // ClientRetryPolicy retries 408, 429 and 5xx (and network errors) with exponential backoff and jitter, honouring
        // Retry-After; the SDK's default is 3 retries, which we make explicit and configurable.
        var options = new OpenAIClientOptions
        {
            Endpoint = endpoint,
            NetworkTimeout = settings.Timeout,
            RetryPolicy = new ClientRetryPolicy(settings.MaxRetries),
        };
        var client = new OpenAIClient(new ApiKeyCredential(string.IsNullOrEmpty(settings.ApiKey) ? NoKey : settings.ApiKey), options);
        return new ProviderErrorChatClient(client.GetChatClient(model).AsIChatClient(), settings);
    }
}
