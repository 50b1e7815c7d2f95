using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mnemo;

/// <summary>A queued add as <c>GET /v1/event/{id}/</c> reports it (Mem0's event shape).</summary>
internal sealed record EventStatusDto
{
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    [JsonPropertyName("event_type")]
    public string EventType { get; init; } = "ADD";

    [JsonPropertyName("status")]
    public required string Status { get; init; }

    [JsonPropertyName("results")]
    public JsonElement? Results { get; init; }

    [JsonPropertyName("error")]
    public string? Error { get; init; }

    [JsonPropertyName("attempts")]
    public int Attempts { get; init; }

    [JsonPropertyName("created_at")]
    public DateTimeOffset CreatedAt { get; init; }

    [JsonPropertyName("updated_at")]
    public DateTimeOffset UpdatedAt { get; init; }
}
