using System.Text.Json.Serialization;

namespace Mnemo;

/// <summary>The <c>data</c> of a platform add result.</summary>
internal sealed record PlatformEventData([property: JsonPropertyName("memory")] string Memory);
