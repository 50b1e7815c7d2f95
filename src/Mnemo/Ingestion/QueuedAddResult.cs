using System.Text.Json.Serialization;

namespace Mnemo.Ingestion;

/// <summary>
/// The result of a queued add, as stored: <c>{"results": [{"id", "memory", "event", "previous_memory", "note"}]}</c>,
/// Mem0's add answer, which the REST event route and <c>mnemo events</c> hand out as written. The engine's own type,
/// not the wire's, so the stored format does not change when the wire does; it must stay byte-for-byte what older
/// engines wrote (IngestionPayloadTests), since rows they stored are still read back.
/// </summary>
internal sealed record QueuedAddResult([property: JsonPropertyName("results")] List<QueuedEvent> Results);
