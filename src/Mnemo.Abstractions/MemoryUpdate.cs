using System.Text.Json;

namespace Mnemo;

/// <summary>A change to one memory; properties left <see langword="null"/> stay as they are.</summary>
public sealed record MemoryUpdate
{
    /// <summary>The new text (re-embedded and re-indexed).</summary>
    public string? Text { get; init; }

    /// <summary>Metadata to replace the memory's metadata with.</summary>
    public IReadOnlyDictionary<string, JsonElement>? Metadata { get; init; }

    /// <summary>Categories to replace the memory's categories with.</summary>
    public IReadOnlyList<string>? Categories { get; init; }

    /// <summary>A new expiry time.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>Who makes the change, for the history.</summary>
    public string? ActorId { get; init; }
}
