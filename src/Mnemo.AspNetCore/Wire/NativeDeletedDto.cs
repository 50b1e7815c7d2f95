using System.Text.Json.Serialization;

namespace Mnemo;

/// <summary>How many memories a delete-all removed.</summary>
internal sealed record NativeDeletedDto([property: JsonPropertyName("deleted")] int Deleted);
