using System.Text.Json.Serialization;

namespace Mnemo;

/// <summary><c>{"message": "..."}</c>.</summary>
internal sealed record MessageResponseDto([property: JsonPropertyName("message")] string Message);
