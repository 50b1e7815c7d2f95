using System.Text.Json.Serialization;

namespace Mnemo;

/// <summary>Mem0's answer to an asynchronous add: the event to poll at <c>/v1/event/{event_id}/</c>.</summary>
internal sealed record QueuedAddDto(
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("event_id")] string EventId);
