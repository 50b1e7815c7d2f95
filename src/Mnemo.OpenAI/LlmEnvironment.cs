using System.Globalization;
using System.Text.Json;

namespace Mnemo;

/// <summary>
/// The resolution rules: the <c>llm</c> section of mnemo.json, overridden by <c>MNEMO_LLM_*</c>; without either, the first
/// of <c>OPENAI_API_KEY</c>, <c>GROQ_API_KEY</c>, <c>OLLAMA_HOST</c>, <c>AZURE_OPENAI_ENDPOINT</c> + <c>AZURE_OPENAI_API_KEY</c>;
/// then each provider's usual variables fill what is still missing (the key, above all).
/// </summary>
internal static class LlmEnvironment
{
    public const string Provider = "MNEMO_LLM_PROVIDER";
    public const string BaseUrl = "MNEMO_LLM_BASE_URL";
    public const string ApiKey = "MNEMO_LLM_API_KEY";
    public const string Model = "MNEMO_LLM_MODEL";
    public const string Timeout = "MNEMO_LLM_TIMEOUT";
    public const string MaxRetries = "MNEMO_LLM_MAX_RETRIES";
    public const string OpenAIKey = "OPENAI_API_KEY";
    public const string GroqKey = "GROQ_API_KEY";
    public const string OllamaHost = "OLLAMA_HOST";
    public const string AzureEndpoint = "AZURE_OPENAI_ENDPOINT";
    public const string AzureKey = "AZURE_OPENAI_API_KEY";
    public const string AzureDeployment = "AZURE_OPENAI_DEPLOYMENT";
    public const string File = "mnemo.json";

    public static LlmSettings? Resolve(IReadOnlyDictionary<string, string?> env, JsonElement? section)
    {
        var settings = new LlmSettings();
        var configured = section is { ValueKind: JsonValueKind.Object } s && ReadSection(s, settings);

        var provider = Get(env, Provider);
        var baseUrl = Get(env, BaseUrl);
        var apiKey = Get(env, ApiKey);
        if (provider is not null || baseUrl is not null || apiKey is not null)
        {
            settings.Provider = provider is not null ? LlmProviders.Parse(provider, Provider)
                : configured ? settings.Provider
                : baseUrl is not null ? LlmProvider.Custom
                : LlmProvider.OpenAI;
            configured = true;
        }

        if (!configured)
        {
            if (Get(env, OpenAIKey) is not null)
            {
                settings.Provider = LlmProvider.OpenAI;
            }
            else if (Get(env, GroqKey) is not null)
            {
                settings.Provider = LlmProvider.Groq;
            }
            else if (Get(env, OllamaHost) is not null)
            {
                settings.Provider = LlmProvider.Ollama;
            }
            else if (Get(env, AzureEndpoint) is not null && Get(env, AzureKey) is not null)
            {
                settings.Provider = LlmProvider.Azure;
            }
            else
            {
                return null;
            }
        }

        if (baseUrl is not null)
        {
            settings.BaseUrl = ParseUrl(baseUrl, BaseUrl, settings.Provider);
        }

        if (apiKey is not null)
        {
            settings.ApiKey = apiKey;
            settings.ApiKeySource = ApiKey;
        }

        if (Get(env, Model) is { } model)
        {
            settings.Model = model;
        }

        FillFromProviderVariables(env, settings);
        if (Get(env, Timeout) is { } timeout)
        {
            settings.Timeout = TimeSpan.FromSeconds(ParsePositive(timeout, Timeout, settings.Provider));
        }

        if (Get(env, MaxRetries) is { } retries)
        {
            settings.MaxRetries = (int)ParsePositive(retries, MaxRetries, settings.Provider, allowZero: true);
        }

        // Fail now, naming the variable, rather than at the first add.
        _ = settings.EffectiveBaseUrl;
        _ = settings.EffectiveModel;
        return settings;
    }

    private static void FillFromProviderVariables(IReadOnlyDictionary<string, string?> env, LlmSettings settings)
    {
        var keyVariable = settings.Provider switch
        {
            LlmProvider.OpenAI => OpenAIKey,
            LlmProvider.Groq => GroqKey,
            LlmProvider.Azure => AzureKey,
            _ => null,
        };
        if (settings.ApiKey is null && keyVariable is not null && Get(env, keyVariable) is { } key)
        {
            settings.ApiKey = key;
            settings.ApiKeySource = keyVariable;
        }

        if (settings.BaseUrl is null && settings.Provider == LlmProvider.Ollama && Get(env, OllamaHost) is { } host)
        {
            settings.BaseUrl = new Uri(OllamaBase(host), "v1");
        }

        if (settings.BaseUrl is null && settings.Provider == LlmProvider.Azure && Get(env, AzureEndpoint) is { } endpoint)
        {
            settings.BaseUrl = new Uri(ParseUrl(endpoint, AzureEndpoint, LlmProvider.Azure).GetLeftPart(UriPartial.Authority) + "/openai/v1");
        }

        if (settings.Model is null && settings.Provider == LlmProvider.Azure && Get(env, AzureDeployment) is { } deployment)
        {
            settings.Model = deployment;
        }
    }

    // OLLAMA_HOST is what the Ollama server binds: "127.0.0.1", "0.0.0.0:11434", "http://box:11434". Without a scheme the
    // port defaults to 11434, as Ollama's own client does; a wildcard bind address is reached on loopback.
    private static Uri OllamaBase(string host)
    {
        var text = host.Trim();
        if (!text.Contains("://", StringComparison.Ordinal))
        {
            text = "http://" + text;
            if (!Uri.TryCreate(text, UriKind.Absolute, out var bare) || bare.IsDefaultPort)
            {
                text = text.TrimEnd('/') + ":11434";
            }
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri))
        {
            throw new LlmException(LlmProvider.Ollama, null, $"{OllamaHost} '{host}' is not a host, host:port or URL.");
        }

        var builder = new UriBuilder(uri) { Path = "/" };
        if (builder.Host is "0.0.0.0" or "::" or "[::]")
        {
            builder.Host = "127.0.0.1";
        }

        return builder.Uri;
    }

    private static bool ReadSection(JsonElement section, LlmSettings settings)
    {
        var any = false;
        foreach (var property in section.EnumerateObject())
        {
            var value = property.Value;
            var source = $"{File} llm.{property.Name}";
            switch (property.Name.ToLowerInvariant())
            {
                case "provider":
                    settings.Provider = LlmProviders.Parse(Text(value, source), source);
                    any = true;
                    break;
                case "baseurl":
                    settings.BaseUrl = ParseUrl(Text(value, source), source, settings.Provider);
                    any = true;
                    break;
                case "apikey":
                    settings.ApiKey = Text(value, source);
                    settings.ApiKeySource = source;
                    any = true;
                    break;
                case "model":
                    settings.Model = Text(value, source);
                    break;
                case "timeoutseconds":
                    settings.Timeout = TimeSpan.FromSeconds(Number(value, source, settings.Provider));
                    break;
                case "maxretries":
                    settings.MaxRetries = (int)Number(value, source, settings.Provider);
                    break;
                default:
                    break;
            }
        }

        return any;
    }

    private static string Text(JsonElement value, string source) =>
        value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.Trim()
            : throw new LlmException(LlmProvider.Custom, null, $"{source} must be a non-empty string.");

    private static double Number(JsonElement value, string source, LlmProvider provider) =>
        value.ValueKind == JsonValueKind.Number && value.GetDouble() >= 0
            ? value.GetDouble()
            : throw new LlmException(provider, null, $"{source} must be a number >= 0.");

    private static Uri ParseUrl(string value, string source, LlmProvider provider) =>
        Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri
            : throw new LlmException(provider, null, $"{source} '{value}' is not an absolute http(s) URL.");

    private static double ParsePositive(string value, string source, LlmProvider provider, bool allowZero = false) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && (number > 0 || (allowZero && number == 0))
            ? number
            : throw new LlmException(provider, null, $"{source} '{value}' must be a {(allowZero ? "non-negative" : "positive")} number.");

    private static string? Get(IReadOnlyDictionary<string, string?> env, string name) =>
        env.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
