using System.Text.Json.Serialization;

namespace Mnemo.Client.Wire;

/// <summary>The server's error body: <c>{"detail", "field", "code"}</c>.</summary>
internal sealed record ErrorAnswer(
    [property: JsonPropertyName("detail")] string? Detail,
    [property: JsonPropertyName("field")] string? Field,
    [property: JsonPropertyName("code")] string? Code);
