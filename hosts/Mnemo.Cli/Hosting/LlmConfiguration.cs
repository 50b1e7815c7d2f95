using System.Text.Json;

namespace Mnemo.Cli.Hosting;

/// <summary>
/// The LLM of this process, if any: the <c>llm</c> section of <c>$MNEMO_HOME/mnemo.json</c> and the environment, by
/// the rules of <see cref="LlmSettings.FromJson"/> (docs/configuration.md, "LLM providers").
/// </summary>
internal static class LlmConfiguration
{
    public const string FileName = "mnemo.json";

    // The variables LlmSettings reads; CliContext exposes the environment one name at a time.
    private static readonly string[] Variables =
    [
        "MNEMO_LLM_PROVIDER", "MNEMO_LLM_BASE_URL", "MNEMO_LLM_API_KEY", "MNEMO_LLM_MODEL", "MNEMO_LLM_TIMEOUT", "MNEMO_LLM_MAX_RETRIES",
        "OPENAI_API_KEY", "GROQ_API_KEY", "OLLAMA_HOST", "AZURE_OPENAI_ENDPOINT", "AZURE_OPENAI_API_KEY", "AZURE_OPENAI_DEPLOYMENT",
    ];

    /// <summary>The settings, or <see langword="null"/> when nothing configures an LLM (formation then uses the rule-based extractor).</summary>
    /// <exception cref="CliException">The file or a variable cannot work (exit code 4); the message never holds a key.</exception>
    public static LlmSettings? Resolve(CliContext context)
    {
        var environment = Variables.ToDictionary(v => v, context.Environment, StringComparer.Ordinal);
        var file = Path.Combine(Home(context), FileName);
        try
        {
            if (!File.Exists(file))
            {
                return LlmSettings.FromEnvironment(environment);
            }

            using var document = JsonDocument.Parse(File.ReadAllText(file));
            var section = document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("llm", out var llm)
                ? llm
                : default;
            return LlmSettings.FromJson(section, environment);
        }
        catch (LlmException ex)
        {
            throw CliException.Configuration(ex.Message);
        }
        catch (JsonException ex)
        {
            throw CliException.Configuration($"{file} is not valid JSON: {ex.Message}");
        }
    }

    private static string Home(CliContext context)
    {
        var home = context.Environment(CliSettings.HomeVariable);
        return string.IsNullOrWhiteSpace(home)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".mnemo")
            : home;
    }
}
