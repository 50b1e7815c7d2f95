using System.Text.Json.Serialization;

namespace Mnemo;

/// <summary><c>{"status":"ok"}</c>.</summary>
internal sealed record HealthDto([property: JsonPropertyName("status")] string Status);
