using System.Text.Json;

namespace Mnemo.Answering;

/// <summary>
/// Reads the judge's reply: the JSON object <c>{"label": "CORRECT"|"WRONG"}</c>, tolerating code fences and prose around
/// it and any letter case. Anything else is unreadable, and the caller counts it as WRONG.
/// </summary>
internal static class JudgeVerdict
{
    /// <summary>Whether the reply holds a label; <paramref name="correct"/> says which.</summary>
    public static bool TryParse(string? reply, out bool correct)
    {
        correct = false;
        if (string.IsNullOrWhiteSpace(reply))
        {
            return false;
        }

        var start = reply.IndexOf('{', StringComparison.Ordinal);
        var end = reply.LastIndexOf('}');
        if (start < 0 || end <= start)
        {
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(reply.AsMemory(start, end - start + 1));
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return false;
            }

            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (string.Equals(property.Name, "label", StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind == JsonValueKind.String)
                {
                    var label = property.Value.GetString()?.Trim();
                    correct = string.Equals(label, LocomoAnswerPrompts.Correct, StringComparison.OrdinalIgnoreCase);
                    return correct || string.Equals(label, LocomoAnswerPrompts.Wrong, StringComparison.OrdinalIgnoreCase);
                }
            }

            return false;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
