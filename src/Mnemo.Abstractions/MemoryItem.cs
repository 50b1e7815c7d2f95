using System.Text.Json;

namespace Mnemo;

/// <summary>One long-term memory: a fact or a verbatim message, who it belongs to, and when it was true.</summary>
public sealed record MemoryItem
{
    /// <summary>Identifier (UUID v7, time-ordered).</summary>
    public required Guid Id { get; init; }

    /// <summary>The memory text, stored exactly as given (never translated or normalised).</summary>
    public required string Text { get; init; }

    /// <summary>SHA-256 of <see cref="Text"/> (see <see cref="MemoryHash"/>).</summary>
    public required string Hash { get; init; }

    /// <summary>Who the memory belongs to.</summary>
    public required MemoryScope Scope { get; init; }

    /// <summary>Who said it (a participant name or id), when known.</summary>
    public string? ActorId { get; init; }

    /// <summary>The role of the message it came from: <c>user</c> or <c>assistant</c>.</summary>
    public string? Role { get; init; }

    /// <summary>Free-form metadata. Never holds identity keys (see <see cref="MemoryMetadata.ReservedKeys"/>).</summary>
    public IReadOnlyDictionary<string, JsonElement> Metadata { get; init; } = MemoryMetadata.Empty;

    /// <summary>Categories (tags) of the memory.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>When the memory was stored.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the memory last changed.</summary>
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>When the source conversation happened (defaults to <see cref="CreatedAt"/>).</summary>
    public required DateTimeOffset ObservedAt { get; init; }

    /// <summary>Start of the time the fact holds (defaults to <see cref="ObservedAt"/>).</summary>
    public required DateTimeOffset ValidFrom { get; init; }

    /// <summary>End of the time the fact holds, exclusive; <see langword="null"/> while it still holds.</summary>
    public DateTimeOffset? ValidTo { get; init; }

    /// <summary>The memory that replaced this one. A superseded memory stays in history but leaves default search.</summary>
    public Guid? SupersededBy { get; init; }

    /// <summary>When the memory stops being returned by default (working memory, temporary facts).</summary>
    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>An immutable memory cannot be updated or superseded; it can still be deleted or forgotten.</summary>
    public bool Immutable { get; init; }

    /// <summary>
    /// Whether the memory is in force at <paramref name="asOf"/>: valid then, not superseded before it, not expired.
    /// </summary>
    public bool IsActiveAt(DateTimeOffset asOf) =>
        ValidFrom <= asOf && (ValidTo is null || ValidTo > asOf) && (ExpiresAt is null || ExpiresAt > asOf);
}
