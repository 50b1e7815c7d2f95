using System.Globalization;
using System.Text.Json;

namespace Mnemo.Formation;

/// <summary>
/// Reads the model's answer: the JSON object <c>{"operations": [...]}</c>, tolerating code fences, prose around the
/// JSON, a bare array, extra fields and any letter case of the event names.
/// </summary>
internal static class OperationParser
{
    public static bool TryParse(string? answer, out List<ProposedOperation> operations, out string error)
    {
        operations = [];
        error = string.Empty;
        if (string.IsNullOrWhiteSpace(answer))
        {
            error = "the answer was empty";
            return false;
        }

        var json = ExtractJson(answer);
        if (json is null)
        {
            error = "no JSON object was found in the answer";
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            var root = document.RootElement;
            var list = root.ValueKind == JsonValueKind.Array ? root
                : root.ValueKind == JsonValueKind.Object && TryGetProperty(root, "operations", out var ops) ? ops
                : root.ValueKind == JsonValueKind.Object && TryGetProperty(root, "memory", out var memory) ? memory
                : default;
            if (list.ValueKind != JsonValueKind.Array)
            {
                error = "the JSON has no \"operations\" array";
                return false;
            }

            foreach (var item in list.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Object)
                {
                    error = "an operation is not a JSON object";
                    return false;
                }

                var eventName = String(item, "event") ?? String(item, "op") ?? String(item, "operation");
                if (!Enum.TryParse<MemoryEventType>(eventName, ignoreCase: true, out var type) || !Enum.IsDefined(type))
                {
                    error = $"unknown event '{eventName}' (use ADD, UPDATE, SUPERSEDE, DELETE or NONE)";
                    return false;
                }

                operations.Add(new ProposedOperation(type, String(item, "id"), String(item, "text") ?? String(item, "memory"), Date(item, "valid_at")));
            }

            return true;
        }
        catch (JsonException ex)
        {
            error = ex.Message;
            return false;
        }
    }

    private static string? ExtractJson(string answer)
    {
        var start = answer.IndexOfAny(['{', '[']);
        if (start < 0)
        {
            return null;
        }

        var close = answer[start] == '{' ? '}' : ']';
        var end = answer.LastIndexOf(close);
        return end > start ? answer[start..(end + 1)] : null;
    }

    private static bool TryGetProperty(JsonElement element, string name, out JsonElement value)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                value = property.Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    private static string? String(JsonElement item, string name) =>
        TryGetProperty(item, name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        }
        : null;

    private static DateTimeOffset? Date(JsonElement item, string name) =>
        String(item, name) is { Length: > 0 } text
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date.ToUniversalTime()
            : null;
}
