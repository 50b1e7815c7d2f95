using System.Text.Json;
using Mnemo.Wire;

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

        const string Expected = "expected a JSON array of messages, e.g. [{\"role\": \"user\", \"content\": \"...\"}]";
        try
        {
            await using var stream = file.OpenRead();
            using var document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                var found = document.RootElement.ValueKind switch
                {
                    JsonValueKind.Object => "an object",
                    JsonValueKind.String => "a string",
                    JsonValueKind.Null => "null",
                    _ => document.RootElement.ValueKind.ToString().ToLowerInvariant(),
                };
                throw CliException.Usage($"the messages file '{file.FullName}' holds {found}; {Expected}.");
            }

            return document.RootElement.Deserialize<List<MessageDto>>(WireJson.Compact) ?? [];
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" (line {line + 1}, position {ex.BytePositionInLine + 1})" : string.Empty;
            throw CliException.Usage($"the messages file '{file.FullName}' is not valid here{where}: {Expected}.");
        }
    }
}
