using System.Text.Json.Serialization;

namespace Mnemo;

/// <summary>A batch update or delete: <c>{"memories": [{"memory_id": "...", "text": "..."}]}</c>.</summary>
internal sealed class BatchRequest
{
    [JsonPropertyName("memories")]
    public List<BatchItem>? Memories { get; set; }
}
