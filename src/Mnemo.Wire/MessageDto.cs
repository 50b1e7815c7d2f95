using System.Text.Json.Serialization;

namespace Mnemo.Wire;

/// <summary>One chat message on the wire, as Mem0's add takes it: <c>{"role": "user", "content": "..."}</c>.</summary>
public sealed record MessageDto
{
    /// <summary><c>user</c>, <c>assistant</c> or <c>system</c>.</summary>
    [JsonPropertyName("role")]
    public string? Role { get; init; }

    /// <summary>The message text.</summary>
    [JsonPropertyName("content")]
    public string? Content { get; init; }

    /// <summary>Who said it (Mem0's optional <c>name</c>).</summary>
    [JsonPropertyName("name")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Name { get; init; }
}
