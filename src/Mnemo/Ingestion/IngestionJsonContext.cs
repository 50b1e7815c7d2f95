using System.Text.Json.Serialization;

namespace Mnemo.Ingestion;

/// <summary>Source-generated JSON for queued adds' payloads and results.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(QueuedAdd))]
[JsonSerializable(typeof(QueuedAddResult))]
internal sealed partial class IngestionJsonContext : JsonSerializerContext;
