using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;

namespace Mnemo.Bench;

/// <summary>
/// A stand-in LLM that answers after a fixed delay with a plausible formation answer: one ADD per half of each new user
/// message (one ADD for a short message) and, on every third call, an UPDATE of existing memory "0". Its cost is the
/// delay alone, so whatever an add takes beyond it is the pipeline's own.
/// </summary>
internal sealed class FixedLatencyChatClient(TimeSpan latency) : IChatClient
{
    private const string ExistingHeader = "Existing memories:\n";
    private const string NewHeader = "\n\nNew messages:\n";

    private int _calls;

    public async Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var prompt = messages.LastOrDefault(m => m.Role == ChatRole.User)?.Text ?? string.Empty;
        var answer = Answer(prompt, ++_calls);
        await Task.Delay(latency, cancellationToken);
        return new ChatResponse(new ChatMessage(ChatRole.Assistant, answer))
        {
            Usage = new UsageDetails { InputTokenCount = prompt.Length / 4, OutputTokenCount = answer.Length / 4 },
        };
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The formation pipeline does not stream.");

    public object? GetService(Type serviceType, object? serviceKey = null) => serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose()
    {
    }

    private static string Answer(string prompt, int call)
    {
        var operations = new JsonArray();
        var existingAt = prompt.IndexOf(ExistingHeader, StringComparison.Ordinal);
        var newAt = prompt.IndexOf(NewHeader, StringComparison.Ordinal);
        if (existingAt < 0 || newAt < existingAt)
        {
            return """{"operations": []}""";
        }

        var facts = prompt[(newAt + NewHeader.Length)..]
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(l => l.StartsWith("user", StringComparison.Ordinal))
            .Select(l => l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim())
            .SelectMany(Halves)
            .ToList();
        foreach (var fact in facts)
        {
            operations.Add(new JsonObject { ["event"] = "ADD", ["text"] = fact });
        }

        var existingJson = prompt[(existingAt + ExistingHeader.Length)..newAt];
        if (call % 3 == 0 && JsonNode.Parse(existingJson) is JsonArray { Count: > 0 } existing && facts.Count > 0)
        {
            var text = existing[0]?["text"]?.GetValue<string>() ?? string.Empty;
            operations.Add(new JsonObject { ["event"] = "UPDATE", ["id"] = "0", ["text"] = $"{text} (also: {facts[0]})" });
        }

        return new JsonObject { ["operations"] = operations }.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }

    private static IEnumerable<string> Halves(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 12)
        {
            return [text];
        }

        var middle = words.Length / 2;
        return [string.Join(' ', words[..middle]), string.Join(' ', words[middle..])];
    }
}
