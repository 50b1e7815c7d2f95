using System.Text.Json;

namespace Mnemo.OpenAI.Tests;

public sealed class LlmSettingsTests
{
    private static LlmSettings? Resolve(params (string Name, string? Value)[] variables) =>
        LlmSettings.FromEnvironment(variables.ToDictionary(v => v.Name, v => v.Value));

    [Fact]
    public void FromEnvironment_NothingSet_ReturnsNull()
    {
        Assert.Null(Resolve());
        Assert.Null(Resolve(("MNEMO_LLM_MODEL", "x"), ("OPENAI_API_KEY", "  "), ("AZURE_OPENAI_ENDPOINT", "https://a.openai.azure.com")));
    }

    [Fact]
    public void FromEnvironment_OpenAIKey_OpenAIWithDefaultModel()
    {
        var settings = Resolve(("OPENAI_API_KEY", "sk-1"))!;

        Assert.Equal(LlmProvider.OpenAI, settings.Provider);
        Assert.Equal("sk-1", settings.ApiKey);
        Assert.Equal("OPENAI_API_KEY", settings.EffectiveApiKeySource);
        Assert.Equal("gpt-4o-mini", settings.EffectiveModel);
        Assert.Equal(new Uri("https://api.openai.com/v1"), settings.EffectiveBaseUrl);
        Assert.Equal(TimeSpan.FromSeconds(60), settings.Timeout);
        Assert.Equal(3, settings.MaxRetries);
    }

    [Fact]
    public void FromEnvironment_GroqKey_GroqBaseAndDefaultModel()
    {
        var settings = Resolve(("GROQ_API_KEY", "gsk-1"))!;

        Assert.Equal(LlmProvider.Groq, settings.Provider);
        Assert.Equal("gsk-1", settings.ApiKey);
        Assert.Equal("llama-3.3-70b-versatile", settings.EffectiveModel);
        Assert.Equal(new Uri("https://api.groq.com/openai/v1"), settings.EffectiveBaseUrl);
    }

    [Fact]
    public void FromEnvironment_OpenAIAndGroqKeys_OpenAIWins()
    {
        Assert.Equal(LlmProvider.OpenAI, Resolve(("GROQ_API_KEY", "g"), ("OPENAI_API_KEY", "o"))!.Provider);
    }

    [Theory]
    [InlineData("127.0.0.1", "http://127.0.0.1:11434/v1")]
    [InlineData("0.0.0.0:11500", "http://127.0.0.1:11500/v1")]
    [InlineData("http://gpu-box:8080", "http://gpu-box:8080/v1")]
    public void FromEnvironment_OllamaHost_BaseIsHostV1WithoutKey(string host, string expected)
    {
        var settings = Resolve(("OLLAMA_HOST", host))!;

        Assert.Equal(LlmProvider.Ollama, settings.Provider);
        Assert.Equal(new Uri(expected), settings.EffectiveBaseUrl);
        Assert.Null(settings.ApiKey);
        Assert.False(settings.RequiresApiKey);
    }

    [Fact]
    public void FromEnvironment_OllamaWithoutModel_DefaultsToLlama31AndTakesMnemoModel()
    {
        Assert.Equal("llama3.1", Resolve(("OLLAMA_HOST", "127.0.0.1"))!.EffectiveModel);
        Assert.Equal("qwen2.5:7b", Resolve(("OLLAMA_HOST", "127.0.0.1"), ("MNEMO_LLM_MODEL", "qwen2.5:7b"))!.EffectiveModel);
    }

    [Fact]
    public void FromEnvironment_Azure_V1EndpointAndDeploymentFromMnemoModel()
    {
        var settings = Resolve(("AZURE_OPENAI_ENDPOINT", "https://res.openai.azure.com/"), ("AZURE_OPENAI_API_KEY", "az"), ("MNEMO_LLM_MODEL", "my-gpt4o"))!;

        Assert.Equal(LlmProvider.Azure, settings.Provider);
        Assert.Equal(new Uri("https://res.openai.azure.com/openai/v1"), settings.EffectiveBaseUrl);
        Assert.Equal("my-gpt4o", settings.EffectiveModel);
        Assert.Equal("az", settings.ApiKey);
        Assert.Equal("AZURE_OPENAI_API_KEY", settings.EffectiveApiKeySource);
    }

    [Fact]
    public void FromEnvironment_AzureWithoutDeployment_ThrowsNamingMnemoModel()
    {
        var error = Assert.Throws<LlmException>(() => Resolve(("AZURE_OPENAI_ENDPOINT", "https://res.openai.azure.com"), ("AZURE_OPENAI_API_KEY", "az")));

        Assert.Contains("MNEMO_LLM_MODEL", error.Message, StringComparison.Ordinal);
        Assert.Contains("azure", error.Message, StringComparison.Ordinal);
        Assert.True(error.IsConfigurationError);
    }

    [Fact]
    public void FromEnvironment_MnemoVariables_WinOverProviderKeys()
    {
        var settings = Resolve(
            ("MNEMO_LLM_BASE_URL", "http://127.0.0.1:1234/v1"), ("MNEMO_LLM_API_KEY", "local"), ("MNEMO_LLM_MODEL", "phi"),
            ("OPENAI_API_KEY", "sk-openai"), ("GROQ_API_KEY", "gsk"))!;

        Assert.Equal(LlmProvider.Custom, settings.Provider);
        Assert.Equal(new Uri("http://127.0.0.1:1234/v1"), settings.EffectiveBaseUrl);
        Assert.Equal("local", settings.ApiKey);
        Assert.Equal("MNEMO_LLM_API_KEY", settings.EffectiveApiKeySource);
        Assert.Equal("phi", settings.EffectiveModel);
    }

    [Fact]
    public void FromEnvironment_CustomBaseUrlWithoutModel_ThrowsNamingMnemoModel()
    {
        var error = Assert.Throws<LlmException>(() => Resolve(("MNEMO_LLM_BASE_URL", "http://127.0.0.1:1234/v1")));

        Assert.Contains("MNEMO_LLM_MODEL", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromEnvironment_ProviderGroqWithMnemoModel_KeepsGroqKeyAndBase()
    {
        var settings = Resolve(("MNEMO_LLM_PROVIDER", "groq"), ("MNEMO_LLM_MODEL", "llama-3.1-8b-instant"), ("GROQ_API_KEY", "gsk"))!;

        Assert.Equal(LlmProvider.Groq, settings.Provider);
        Assert.Equal("gsk", settings.ApiKey);
        Assert.Equal("llama-3.1-8b-instant", settings.EffectiveModel);
        Assert.Equal(new Uri("https://api.groq.com/openai/v1"), settings.EffectiveBaseUrl);
    }

    [Theory]
    [InlineData("MNEMO_LLM_PROVIDER", "anthropic")]
    [InlineData("MNEMO_LLM_BASE_URL", "not a url")]
    [InlineData("MNEMO_LLM_TIMEOUT", "soon")]
    public void FromEnvironment_InvalidValue_ThrowsNamingTheVariable(string name, string value)
    {
        var error = Assert.Throws<LlmException>(() => Resolve(("OPENAI_API_KEY", "sk"), ("MNEMO_LLM_MODEL", "m"), (name, value)));

        Assert.Contains(name, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromEnvironment_TimeoutAndRetries_AreRead()
    {
        var settings = Resolve(("OPENAI_API_KEY", "sk"), ("MNEMO_LLM_TIMEOUT", "12.5"), ("MNEMO_LLM_MAX_RETRIES", "0"))!;

        Assert.Equal(TimeSpan.FromSeconds(12.5), settings.Timeout);
        Assert.Equal(0, settings.MaxRetries);
    }

    [Fact]
    public void ToString_WithKey_NeverShowsTheKey()
    {
        var settings = Resolve(("GROQ_API_KEY", "gsk-super-secret-123"))!;

        var text = settings.ToString();

        Assert.DoesNotContain("gsk-super-secret-123", text, StringComparison.Ordinal);
        Assert.Contains("groq", text, StringComparison.Ordinal);
        Assert.Contains("key: set", text, StringComparison.Ordinal);
    }

    [Fact]
    public void FromJson_GroqSection_KeyFromEnvironmentAndMnemoModelOverridesFile()
    {
        using var document = JsonDocument.Parse("""{"provider": "groq", "model": "from-file", "timeoutSeconds": 30, "maxRetries": 5}""");
        var env = new Dictionary<string, string?> { ["GROQ_API_KEY"] = "gsk", ["OPENAI_API_KEY"] = "sk" };

        var fromFile = LlmSettings.FromJson(document.RootElement, env)!;
        env["MNEMO_LLM_MODEL"] = "from-env";
        var overridden = LlmSettings.FromJson(document.RootElement, env)!;

        Assert.Equal(LlmProvider.Groq, fromFile.Provider);
        Assert.Equal("gsk", fromFile.ApiKey);
        Assert.Equal("from-file", fromFile.EffectiveModel);
        Assert.Equal(TimeSpan.FromSeconds(30), fromFile.Timeout);
        Assert.Equal(5, fromFile.MaxRetries);
        Assert.Equal("from-env", overridden.EffectiveModel);
    }

    [Fact]
    public void FromJson_EmptySection_FallsBackToEnvironment()
    {
        using var document = JsonDocument.Parse("{}");

        Assert.Null(LlmSettings.FromJson(document.RootElement, new Dictionary<string, string?>()));
        Assert.Equal(LlmProvider.Ollama, LlmSettings.FromJson(document.RootElement, new Dictionary<string, string?> { ["OLLAMA_HOST"] = "127.0.0.1" })!.Provider);
    }
}
