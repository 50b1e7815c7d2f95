using System.Text.Json.Serialization;

namespace Mnemo.Client.Wire;

/// <summary>The answer of <c>GET /v1/ping/</c>: the API key's project.</summary>
internal sealed record PingAnswer([property: JsonPropertyName("status")] string? Status, [property: JsonPropertyName("project_id")] string? ProjectId);
