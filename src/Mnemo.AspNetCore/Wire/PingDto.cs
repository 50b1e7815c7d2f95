using System.Text.Json.Serialization;

namespace Mnemo;

/// <summary>The ping answer the Mem0 client checks (<c>status == "ok"</c>) and reads its identity from.</summary>
internal sealed record PingDto(
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("org_id")] string OrgId,
    [property: JsonPropertyName("project_id")] string ProjectId);
