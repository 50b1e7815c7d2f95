using System.Text.Json;

namespace Mnemo.Cli.Hosting;

/// <summary>Parses the JSON the user passes in options (--metadata, --filters, --messages-file).</summary>
internal static class JsonInput
{
    public static IReadOnlyDictionary<string, JsonElement>? Metadata(string? json)
    {
        if (json is null)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw CliException.Usage("--metadata must be a JSON object, e.g. '{\"topic\": \"work\"}'.");
            }

            return document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());
        }
        catch (JsonException ex)
        {
            throw CliException.Usage($"--metadata is not valid JSON: {ex.Message}");
        }
    }

    public static MemoryFilter? Filter(string? json) => json is null ? null : MemoryFilter.Parse(json);

    public static IReadOnlyList<string>? Categories(string[]? values) =>
        values is null || values.Length == 0
            ? null
            : values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();

    public static async Task<IReadOnlyList<MessageDto>> MessagesAsync(FileInfo file, CancellationToken cancellationToken)
    {
        if (!file.Exists)
        {
            throw CliException.Usage($"messages file '{file.FullName}' does not exist.");
        }

        try
        {
            await using var stream = file.OpenRead();
            return await JsonSerializer.DeserializeAsync<List<MessageDto>>(stream, WireJson.Compact, cancellationToken)
                ?? throw CliException.Usage("the messages file holds null; expected [{\"role\": ..., \"content\": ...}].");
        }
        catch (JsonException ex)
        {
            throw CliException.Usage($"the messages file is not a JSON array of {{role, content}}: {ex.Message}");
        }
    }
}
