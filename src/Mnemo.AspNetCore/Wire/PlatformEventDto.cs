using System.Text.Json.Serialization;

namespace Mnemo;

/// <summary>One result of a synchronous platform add: Mem0's <c>{"id","event","data":{"memory"}}</c> plus <c>memory</c>.</summary>
internal sealed record PlatformEventDto(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("event")] string Event,
    [property: JsonPropertyName("memory")] string Memory,
    [property: JsonPropertyName("data")] PlatformEventData Data);
