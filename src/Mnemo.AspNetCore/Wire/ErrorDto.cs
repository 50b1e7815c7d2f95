using System.Text.Json.Serialization;

namespace Mnemo;

/// <summary>
/// An error body. <c>detail</c> is what Mem0's platform (Django REST) and open-source server (FastAPI) send; the Mem0
/// clients show the body text as the error message. <c>field</c> names the request field at fault, when one is;
/// <c>code</c> (Mnemo) names the engine's error (<c>invalid_input</c>, <c>invalid_filter</c>, <c>memory_not_found</c>,
/// <c>extraction_failed</c>) so Mnemo's remote client can raise the same exception as the embedded engine.
/// <c>event_id</c> (Mnemo) names the ingestion event that keeps a failed add's messages (<c>GET /v1/event/{id}/</c>).
/// </summary>
internal sealed record ErrorDto(
    [property: JsonPropertyName("detail")] string Detail,
    [property: JsonPropertyName("field")][property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Field = null,
    [property: JsonPropertyName("code")][property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Code = null,
    [property: JsonPropertyName("event_id")][property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? EventId = null);
