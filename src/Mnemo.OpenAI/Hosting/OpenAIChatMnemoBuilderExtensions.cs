using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Mnemo;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers an OpenAI-compatible chat model for memory formation.</summary>
public static class OpenAIChatMnemoBuilderExtensions
{
    /// <summary>
    /// Registers the <see cref="IChatClient"/> Mnemo's formation calls (one call per add with infer on): OpenAI, Azure
    /// OpenAI, Groq, Ollama or any OpenAI-compatible server, with <see cref="LlmSettings.Timeout"/>, retries with
    /// backoff on 408/429/5xx, and <see cref="LlmException"/>s naming the provider and the variable to check.
    /// </summary>
    /// <exception cref="LlmException">The settings lack a base URL or model their provider needs.</exception>
    public static IMnemoBuilder WithOpenAIChat(this IMnemoBuilder builder, LlmSettings settings)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(settings);
        var client = OpenAIChatClientFactory.Create(settings);
        builder.Services.Replace(ServiceDescriptor.Singleton(client));
        return builder;
    }
}
