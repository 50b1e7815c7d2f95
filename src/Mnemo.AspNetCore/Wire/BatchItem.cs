using System.Text.Json.Serialization;

namespace Mnemo;

/// <summary>One memory of a batch request.</summary>
internal sealed class BatchItem
{
    [JsonPropertyName("memory_id")]
    public string? MemoryId { get; set; }

    [JsonPropertyName("text")]
    public string? Text { get; set; }
}
