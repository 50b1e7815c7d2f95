using System.Text.Json;
using Microsoft.Extensions.AI;

namespace Mnemo.Ingestion;

/// <summary>Turns an add's request into its stored payload and back, and its events into the stored result.</summary>
internal static class IngestionPayload
{
    public static string Serialize(IReadOnlyList<ChatMessage> messages, AddOptions options)
    {
        var queued = new QueuedAdd
        {
            Messages = messages.Select(m => new QueuedMessage(m.Role.Value, m.Text, m.AuthorName)).ToList(),
            Options = new QueuedAddOptions
            {
                ProjectId = options.Scope.ProjectId,
                UserId = options.Scope.UserId,
                AgentId = options.Scope.AgentId,
                RunId = options.Scope.RunId,
                AppId = options.Scope.AppId,
                Infer = options.Infer,
                ActorId = options.ActorId,
                Metadata = options.Metadata?.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
                Categories = options.Categories?.ToList(),
                ObservedAt = options.ObservedAt,
                ExpiresAt = options.ExpiresAt,
                Immutable = options.Immutable,
                CustomInstructions = options.CustomInstructions,
                IncludeTopics = options.IncludeTopics?.ToList(),
                ExcludeTopics = options.ExcludeTopics?.ToList(),
                MemoryType = options.MemoryType == MemoryType.Semantic ? null : options.MemoryType.ToString(),
            },
        };
        return JsonSerializer.Serialize(queued, IngestionJsonContext.Default.QueuedAdd);
    }

    /// <exception cref="MnemoException">The payload is not one this engine can run.</exception>
    public static (IReadOnlyList<ChatMessage> Messages, AddOptions Options) Deserialize(string payload)
    {
        QueuedAdd? queued;
        try
        {
            queued = JsonSerializer.Deserialize(payload, IngestionJsonContext.Default.QueuedAdd);
        }
        catch (JsonException ex)
        {
            throw new MnemoException($"The queued add's payload is not valid JSON: {ex.Message}", ex);
        }

        if (queued is null || queued.Version != QueuedAdd.CurrentVersion)
        {
            throw new MnemoException($"The queued add's payload has version {queued?.Version}; this engine runs version {QueuedAdd.CurrentVersion}.");
        }

        var o = queued.Options;
        var memoryType = o.MemoryType is null
            ? MemoryType.Semantic
            : Enum.TryParse<MemoryType>(o.MemoryType, ignoreCase: false, out var parsed)
                ? parsed
                : throw new MnemoException($"The queued add has an unknown memory type '{o.MemoryType}'.");
        var options = new AddOptions
        {
            Scope = new MemoryScope { ProjectId = o.ProjectId, UserId = o.UserId, AgentId = o.AgentId, RunId = o.RunId, AppId = o.AppId },
            Infer = o.Infer,
            ActorId = o.ActorId,
            Metadata = o.Metadata,
            Categories = o.Categories,
            ObservedAt = o.ObservedAt,
            ExpiresAt = o.ExpiresAt,
            Immutable = o.Immutable,
            CustomInstructions = o.CustomInstructions,
            IncludeTopics = o.IncludeTopics,
            ExcludeTopics = o.ExcludeTopics,
            MemoryType = memoryType,
        };
        var messages = queued.Messages.Select(m => new ChatMessage(new ChatRole(m.Role), m.Text) { AuthorName = m.AuthorName }).ToList();
        return (messages, options);
    }

    /// <summary>The add's result as Mem0 reports it: <c>{"results": [{"id", "memory", "event"}]}</c>.</summary>
    public static string Result(IReadOnlyList<MemoryEventResult> events) =>
        JsonSerializer.Serialize(new QueuedAddResult(events.Select(QueuedEvent.From).ToList()), IngestionJsonContext.Default.QueuedAddResult);
}
