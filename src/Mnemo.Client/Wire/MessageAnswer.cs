using System.Text.Json.Serialization;

namespace Mnemo.Client.Wire;

/// <summary><c>{"message": "..."}</c>, the answer of deletes and resets.</summary>
internal sealed record MessageAnswer([property: JsonPropertyName("message")] string? Message);
