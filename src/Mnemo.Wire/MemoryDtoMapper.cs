using System.Globalization;
using Microsoft.Extensions.AI;

namespace Mnemo.Wire;

/// <summary>
/// Converts between the domain records (<see cref="MemoryItem"/>, <see cref="ScoredMemory"/>, ...) and their Mem0-shaped
/// wire DTOs. Every host (CLI, REST, MCP) goes through here, so the JSON looks the same everywhere.
/// </summary>
public static class MemoryDtoMapper
{
    /// <summary>The wire form of <paramref name="item"/>, with a score and explanation when it came from a search.</summary>
    public static MemoryDto ToDto(MemoryItem item, double? score = null, ScoreExplanation? explanation = null)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new MemoryDto
        {
            Id = item.Id.ToString(),
            Memory = item.Text,
            Hash = item.Hash,
            UserId = item.Scope.UserId,
            AgentId = item.Scope.AgentId,
            RunId = item.Scope.RunId,
            AppId = item.Scope.AppId,
            ActorId = item.ActorId,
            Role = item.Role,
            Metadata = item.Metadata,
            Categories = item.Categories,
            CreatedAt = item.CreatedAt,
            UpdatedAt = item.UpdatedAt,
            ObservedAt = item.ObservedAt,
            ValidFrom = item.ValidFrom,
            ValidTo = item.ValidTo,
            SupersededBy = item.SupersededBy?.ToString(),
            ExpiresAt = item.ExpiresAt,
            Immutable = item.Immutable,
            Score = score,
            Explanation = explanation is null ? null : ToDto(explanation),
        };
    }

    /// <summary>The wire form of a search result: the memory with its <c>score</c> (and <c>explanation</c> when asked).</summary>
    public static MemoryDto ToDto(ScoredMemory result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return ToDto(result.Memory, result.Score, result.Explanation);
    }

    /// <summary>The wire form of a score explanation.</summary>
    public static ScoreExplanationDto ToDto(ScoreExplanation explanation)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        return new ScoreExplanationDto
        {
            Semantic = explanation.Semantic,
            Keyword = explanation.Keyword,
            SemanticNormalized = explanation.SemanticNormalized,
            KeywordNormalized = explanation.KeywordNormalized,
            Other = explanation.Other.Count == 0 ? null : explanation.Other,
            Contributions = explanation.Contributions.Count == 0 ? null : explanation.Contributions,
            Fused = explanation.Fused,
        };
    }

    /// <summary>The wire form of one add event.</summary>
    public static MemoryEventDto ToDto(MemoryEventResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new MemoryEventDto
        {
            Id = result.Id.ToString(),
            Memory = result.Memory,
            Event = EventName(result.Event),
            PreviousMemory = result.PreviousMemory,
            Note = result.Note,
        };
    }

    /// <summary>The wire form of an add's result: <c>{"results": [...]}</c>.</summary>
    public static AddResponseDto ToDto(AddResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new AddResponseDto(result.Results.Select(ToDto).ToList())
        {
            Skipped = result.Skipped.Count == 0 ? null : result.Skipped.Select(ToDto).ToList(),
            Warnings = result.Warnings.Count == 0 ? null : result.Warnings,
        };
    }

    /// <summary>The wire form of a skipped message.</summary>
    public static SkippedMessageDto ToDto(SkippedMessage skipped)
    {
        ArgumentNullException.ThrowIfNull(skipped);
        return new SkippedMessageDto { Index = skipped.Index, Reason = skipped.Reason, Message = "skipped: " + Describe(skipped.Reason) };
    }

    /// <summary>A skip reason in words: <c>question</c> is "question without a statement", <c>chit_chat</c> "chit-chat without a statement".</summary>
    public static string Describe(string reason) => reason switch
    {
        "question" => "question without a statement",
        "chit_chat" => "chit-chat without a statement",
        "task" => "a task on the conversation, without a statement",
        "feedback" => "feedback on the assistant's answer, without a statement",
        "too_short" => "too short to carry a fact",
        "system" => "system or tool message",
        "empty" => "empty message",
        "custom_rule" => "matched a configured skip pattern",
        _ => reason,
    };

    /// <summary>The wire form of a search's result: <c>{"results": [...]}</c>, best first.</summary>
    public static MemoryResultsDto ToDto(SearchResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new MemoryResultsDto(result.Results.Select(ToDto).ToList());
    }

    /// <summary>The wire form of a listing page: <c>{"results": [...]}</c>.</summary>
    public static MemoryResultsDto ToDto(MemoryPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return new MemoryResultsDto(page.Items.Select(i => ToDto(i)).ToList());
    }

    /// <summary>The wire form of one history entry.</summary>
    public static HistoryEntryDto ToDto(MemoryHistoryEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new HistoryEntryDto
        {
            Id = entry.Id.ToString(),
            MemoryId = entry.MemoryId.ToString(),
            OldMemory = entry.OldText,
            NewMemory = entry.NewText,
            Event = EventName(entry.Event),
            CreatedAt = entry.CreatedAt,
            IsDeleted = entry.Event == MemoryEventType.Delete,
            ActorId = entry.ActorId,
            UserId = entry.Scope.UserId,
            AgentId = entry.Scope.AgentId,
            RunId = entry.Scope.RunId,
            AppId = entry.Scope.AppId,
            RelatedMemoryId = entry.RelatedMemoryId?.ToString(),
            OldMetadata = entry.OldMetadata,
            NewMetadata = entry.NewMetadata,
            OldCategories = entry.OldCategories,
            NewCategories = entry.NewCategories,
            OldExpiresAt = entry.OldExpiresAt,
            NewExpiresAt = entry.NewExpiresAt,
        };
    }

    /// <summary>The wire form of a forget receipt.</summary>
    public static ForgetReceiptDto ToDto(ForgetReceipt receipt)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        return new ForgetReceiptDto
        {
            Scope = new ScopeDto { UserId = receipt.Scope.UserId, AgentId = receipt.Scope.AgentId, RunId = receipt.Scope.RunId, AppId = receipt.Scope.AppId },
            Memories = receipt.Memories,
            HistoryEntries = receipt.HistoryEntries,
            QueuedItems = receipt.QueuedItems,
            CompletedAt = receipt.CompletedAt,
            DurationMs = receipt.Duration.TotalMilliseconds,
        };
    }

    /// <summary>
    /// The domain form of an imported memory. Mem0 exports carry only <c>id</c>, <c>memory</c>, the scope ids and two
    /// timestamps, so absent fields get defaults: a new UUID v7, <paramref name="now"/> as <c>created_at</c>,
    /// <c>created_at</c> as <c>updated_at</c> and <c>observed_at</c>, <c>observed_at</c> as <c>valid_from</c>. The hash
    /// is always recomputed from the text.
    /// </summary>
    /// <exception cref="MemoryValidationException">The text is missing, or an id is not a UUID.</exception>
    public static MemoryItem ToItem(MemoryDto dto, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(dto);
        if (string.IsNullOrWhiteSpace(dto.Memory))
        {
            throw new MemoryValidationException("memory", "The memory text (\"memory\") is required.");
        }

        var created = dto.CreatedAt ?? now;
        var observed = dto.ObservedAt ?? created;
        return new MemoryItem
        {
            Id = dto.Id is null ? Guid.CreateVersion7(created) : ParseId(dto.Id, "id"),
            Text = dto.Memory,
            Hash = MemoryHash.Compute(dto.Memory),
            Scope = new MemoryScope { UserId = dto.UserId, AgentId = dto.AgentId, RunId = dto.RunId, AppId = dto.AppId },
            ActorId = dto.ActorId,
            Role = dto.Role,
            Metadata = dto.Metadata ?? MemoryMetadata.Empty,
            Categories = dto.Categories ?? [],
            CreatedAt = created,
            UpdatedAt = dto.UpdatedAt ?? created,
            ObservedAt = observed,
            ValidFrom = dto.ValidFrom ?? observed,
            ValidTo = dto.ValidTo,
            SupersededBy = dto.SupersededBy is null ? null : ParseId(dto.SupersededBy, "superseded_by"),
            ExpiresAt = dto.ExpiresAt,
            Immutable = dto.Immutable,
        };
    }

    /// <summary>The chat message for a wire message; a missing role means <c>user</c>.</summary>
    /// <exception cref="MemoryValidationException">The role is not <c>user</c>, <c>assistant</c> or <c>system</c>.</exception>
    public static ChatMessage ToChatMessage(MessageDto message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var role = (message.Role ?? "user").ToLowerInvariant() switch
        {
            "user" => ChatRole.User,
            "assistant" => ChatRole.Assistant,
            "system" => ChatRole.System,
            _ => throw new MemoryValidationException("role", $"Unknown message role '{message.Role}': use user, assistant or system."),
        };
        return new ChatMessage(role, message.Content ?? string.Empty) { AuthorName = message.Name };
    }

    /// <summary>Mem0's name of an event: <c>ADD</c>, <c>UPDATE</c>, <c>DELETE</c>, <c>NONE</c>, or Mnemo's <c>SUPERSEDE</c>.</summary>
    public static string EventName(MemoryEventType type) => type switch
    {
        MemoryEventType.None => "NONE",
        MemoryEventType.Add => "ADD",
        MemoryEventType.Update => "UPDATE",
        MemoryEventType.Delete => "DELETE",
        MemoryEventType.Supersede => "SUPERSEDE",
        _ => type.ToString().ToUpper(CultureInfo.InvariantCulture),
    };

    private static Guid ParseId(string value, string field) =>
        Guid.TryParse(value, out var id) ? id : throw new MemoryValidationException(field, $"'{value}' is not a UUID.");
}
