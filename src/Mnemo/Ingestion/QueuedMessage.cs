using System.Text.Json.Serialization;

namespace Mnemo.Ingestion;

/// <summary>One message of a queued add: what the add reads of a <see cref="Microsoft.Extensions.AI.ChatMessage"/>.</summary>
internal sealed record QueuedMessage(
    [property: JsonPropertyName("role")] string Role,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("author_name")] string? AuthorName);
