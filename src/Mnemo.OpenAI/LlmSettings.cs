using System.Globalization;
using System.Text.Json;

namespace Mnemo;

/// <summary>
/// Which OpenAI-compatible chat model Mnemo's formation calls, and how patiently. Build one in code, from the environment
/// (<see cref="FromEnvironment"/>), or from the <c>llm</c> section of <c>mnemo.json</c> (<see cref="FromJson"/>); see
/// docs/configuration.md, "LLM providers", for the resolution rules.
/// </summary>
public sealed class LlmSettings
{
    /// <summary>The default request timeout: 60 seconds.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    /// <summary>The default number of retries on 408, 429 and 5xx: 3.</summary>
    public const int DefaultMaxRetries = 3;

    /// <summary>The kind of service (defaults, error messages). Default <see cref="LlmProvider.Custom"/>.</summary>
    public LlmProvider Provider { get; set; } = LlmProvider.Custom;

    /// <summary>The OpenAI-compatible base URL, ending before <c>/chat/completions</c>; default: the provider's own (required for custom).</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>The API key; <see langword="null"/> for keyless local servers. Never logged nor shown by <see cref="ToString"/>.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Where the key comes from (an environment variable, or <c>mnemo.json</c>), named in errors; default: the provider's usual variable.</summary>
    public string? ApiKeySource { get; set; }

    /// <summary>The model (for Azure: the deployment name); default: the provider's default model (required for custom and Azure).</summary>
    public string? Model { get; set; }

    /// <summary>How long one request may take, retries not included. Default 60 seconds.</summary>
    public TimeSpan Timeout { get; set; } = DefaultTimeout;

    /// <summary>Retries on 408, 429 and 5xx, with exponential backoff (and the server's Retry-After). Default 3.</summary>
    public int MaxRetries { get; set; } = DefaultMaxRetries;

    /// <summary>The base URL used: <see cref="BaseUrl"/>, else the provider's.</summary>
    /// <exception cref="LlmException">A custom or Azure provider without a base URL.</exception>
    public Uri EffectiveBaseUrl => BaseUrl ?? Provider switch
    {
        LlmProvider.OpenAI => new Uri("https://api.openai.com/v1"),
        LlmProvider.Groq => new Uri("https://api.groq.com/openai/v1"),
        LlmProvider.Ollama => new Uri("http://127.0.0.1:11434/v1"),
        _ => throw new LlmException(Provider, null, $"No base URL for the {LlmProviders.Name(Provider)} LLM: set {LlmEnvironment.BaseUrl}."),
    };

    /// <summary>The model used: <see cref="Model"/>, else the provider's default.</summary>
    /// <exception cref="LlmException">A custom or Azure provider without a model.</exception>
    public string EffectiveModel => !string.IsNullOrWhiteSpace(Model) ? Model : Provider switch
    {
        LlmProvider.OpenAI => "gpt-4o-mini",
        LlmProvider.Groq => "llama-3.3-70b-versatile",
        LlmProvider.Ollama => "llama3.1",
        _ => throw new LlmException(Provider, null, $"No model for the {LlmProviders.Name(Provider)} LLM: set {LlmEnvironment.Model}{(Provider == LlmProvider.Azure ? " to the deployment name" : string.Empty)}."),
    };

    /// <summary>The variable (or file) to check when the key is missing or rejected.</summary>
    public string EffectiveApiKeySource => ApiKeySource ?? Provider switch
    {
        LlmProvider.OpenAI => LlmEnvironment.OpenAIKey,
        LlmProvider.Groq => LlmEnvironment.GroqKey,
        LlmProvider.Azure => LlmEnvironment.AzureKey,
        _ => LlmEnvironment.ApiKey,
    };

    /// <summary>Whether the provider refuses requests without a key (OpenAI, Azure, Groq).</summary>
    public bool RequiresApiKey => Provider is LlmProvider.OpenAI or LlmProvider.Azure or LlmProvider.Groq;

    /// <summary>
    /// Resolves settings from environment variables (see docs/configuration.md): <c>MNEMO_LLM_*</c> win; then
    /// <c>OPENAI_API_KEY</c>, <c>GROQ_API_KEY</c>, <c>OLLAMA_HOST</c>, <c>AZURE_OPENAI_ENDPOINT</c> + <c>AZURE_OPENAI_API_KEY</c>.
    /// </summary>
    /// <returns>The settings, or <see langword="null"/> when nothing configures an LLM.</returns>
    /// <exception cref="LlmException">A variable holds a value that cannot work (an unknown provider, a bad URL or number).</exception>
    public static LlmSettings? FromEnvironment(IReadOnlyDictionary<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return LlmEnvironment.Resolve(environment, null);
    }

    /// <summary>
    /// Resolves settings from the <c>llm</c> section of <c>mnemo.json</c> (<c>provider</c>, <c>baseUrl</c>, <c>apiKey</c>,
    /// <c>model</c>, <c>timeoutSeconds</c>, <c>maxRetries</c>), with the environment filling what the file leaves out
    /// (the key, above all) and <c>MNEMO_LLM_*</c> variables overriding it.
    /// </summary>
    /// <returns>The settings, or <see langword="null"/> when neither the section nor the environment configures an LLM.</returns>
    /// <exception cref="LlmException">The section or a variable holds a value that cannot work.</exception>
    public static LlmSettings? FromJson(JsonElement section, IReadOnlyDictionary<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return LlmEnvironment.Resolve(environment, section.ValueKind == JsonValueKind.Undefined ? null : section);
    }

    /// <summary>The settings with the key redacted, e.g. <c>groq llama-3.3-70b-versatile at https://api.groq.com/openai/v1 (key: set)</c>.</summary>
    public override string ToString()
    {
        var model = string.IsNullOrWhiteSpace(Model) ? "(default model)" : Model;
        var url = BaseUrl?.ToString() ?? "(default URL)";
        var key = string.IsNullOrEmpty(ApiKey) ? "none" : "set";
        return string.Create(CultureInfo.InvariantCulture, $"{LlmProviders.Name(Provider)} {model} at {url} (key: {key}, timeout {Timeout.TotalSeconds} s, {MaxRetries} retries)");
    }
}
