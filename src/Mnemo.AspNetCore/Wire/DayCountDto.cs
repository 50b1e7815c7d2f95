using System.Text.Json.Serialization;

namespace Mnemo;

/// <summary>A count for one UTC day (<c>yyyy-MM-dd</c>).</summary>
internal sealed record DayCountDto(
    [property: JsonPropertyName("date")] string Date,
    [property: JsonPropertyName("count")] int Count);
