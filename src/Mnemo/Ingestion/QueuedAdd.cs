using System.Text.Json.Serialization;

namespace Mnemo.Ingestion;

/// <summary>The payload of a queued add: a versioned request, so a newer engine can still run what an older one queued.</summary>
internal sealed record QueuedAdd
{
    /// <summary>The payload format this engine writes.</summary>
    public const int CurrentVersion = 1;

    [JsonPropertyName("v")]
    public int Version { get; init; } = CurrentVersion;

    [JsonPropertyName("messages")]
    public required List<QueuedMessage> Messages { get; init; }

    [JsonPropertyName("options")]
    public required QueuedAddOptions Options { get; init; }
}
