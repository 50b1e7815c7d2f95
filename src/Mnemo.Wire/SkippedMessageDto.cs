using System.Text.Json.Serialization;

namespace Mnemo.Wire;

/// <summary>A message an add skipped: <c>{"index", "reason", "message"}</c>, e.g. <c>"skipped: question without a statement"</c>.</summary>
public sealed record SkippedMessageDto
{
    /// <summary>Position of the message in the add's input.</summary>
    [JsonPropertyName("index")]
    public required int Index { get; init; }

    /// <summary>The rule's code (<see cref="SkippedMessage.Reason"/>).</summary>
    [JsonPropertyName("reason")]
    public required string Reason { get; init; }

    /// <summary>The same, for people: <c>skipped: greeting</c>.</summary>
    [JsonPropertyName("message")]
    public required string Message { get; init; }
}
