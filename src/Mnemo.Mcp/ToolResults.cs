using System.Text.Json;
using Mnemo.Wire;
using ModelContextProtocol.Protocol;

namespace Mnemo;

/// <summary>The two shapes a tool answers with: compact JSON, or an error result (<c>isError</c>) the model can read and act on.</summary>
internal static class ToolResults
{
    public static CallToolResult Json<T>(T value) => new()
    {
        Content = [new TextContentBlock { Text = JsonSerializer.Serialize(value, WireJson.Compact) }],
    };

    public static CallToolResult Error(string message) => new()
    {
        IsError = true,
        Content = [new TextContentBlock { Text = message }],
    };

    /// <summary>Runs a tool body; input, scope and not-found errors become error results instead of protocol failures.</summary>
    public static async Task<CallToolResult> RunAsync(Func<Task<CallToolResult>> body)
    {
        try
        {
            return await body().ConfigureAwait(false);
        }
        catch (MemoryNotFoundException ex)
        {
            return Error($"{ex.Message} Use search_memories or get_memories to find ids.");
        }
        catch (MnemoException ex)
        {
            return Error(ex.Message);
        }
    }

    /// <summary>Parses a memory id argument.</summary>
    /// <exception cref="MemoryValidationException">It is not a UUID.</exception>
    public static Guid ParseId(string? value) =>
        Guid.TryParse(value?.Trim(), out var id)
            ? id
            : throw new MemoryValidationException("memory_id", $"memory_id '{value}' is not a memory id (a UUID such as 0198c5a2-...): use the id field of a search_memories or get_memories result.");

    /// <summary>Reads an optional JSON object argument (metadata, filters).</summary>
    /// <exception cref="MemoryValidationException">It is present but not a JSON object.</exception>
    public static JsonElement? Object(JsonElement? value, string field)
    {
        if (value is not { } element || element.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return null;
        }

        return element.ValueKind == JsonValueKind.Object
            ? element
            : throw new MemoryValidationException(field, $"{field} must be a JSON object, not {element.ValueKind.ToString().ToLowerInvariant()}.");
    }
}
