namespace Mnemo;

/// <summary>Provider names as people write them (environment, mnemo.json, messages).</summary>
internal static class LlmProviders
{
    public static string Name(LlmProvider provider) => provider switch
    {
        LlmProvider.OpenAI => "openai",
        LlmProvider.Azure => "azure",
        LlmProvider.Groq => "groq",
        LlmProvider.Ollama => "ollama",
        _ => "custom",
    };

    public static LlmProvider Parse(string value, string source) => value.Trim().ToLowerInvariant() switch
    {
        "openai" => LlmProvider.OpenAI,
        "azure" or "azure-openai" or "azureopenai" => LlmProvider.Azure,
        "groq" => LlmProvider.Groq,
        "ollama" => LlmProvider.Ollama,
        "custom" or "openai-compatible" => LlmProvider.Custom,
        _ => throw new LlmException(LlmProvider.Custom, null, $"Unknown LLM provider '{value}' in {source}: use openai, azure, groq, ollama or custom."),
    };
}
