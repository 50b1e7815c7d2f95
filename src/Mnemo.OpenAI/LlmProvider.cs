namespace Mnemo;

/// <summary>Which kind of OpenAI-compatible service an <see cref="LlmSettings"/> talks to (defaults and error messages differ).</summary>
public enum LlmProvider
{
    /// <summary>Any OpenAI-compatible server at <see cref="LlmSettings.BaseUrl"/> (LM Studio, vLLM, llama.cpp, a proxy).</summary>
    Custom,

    /// <summary>api.openai.com; key from <c>OPENAI_API_KEY</c>; default model <c>gpt-4o-mini</c>.</summary>
    OpenAI,

    /// <summary>Azure OpenAI through its OpenAI-compatible <c>/openai/v1</c> endpoint; the model is the deployment name.</summary>
    Azure,

    /// <summary>Groq (<c>https://api.groq.com/openai/v1</c>); key from <c>GROQ_API_KEY</c>; default model <c>llama-3.3-70b-versatile</c>.</summary>
    Groq,

    /// <summary>A local Ollama server (<c>$OLLAMA_HOST/v1</c>); no key; default model <c>llama3.1</c>.</summary>
    Ollama,
}
