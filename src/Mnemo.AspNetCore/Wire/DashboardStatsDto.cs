using System.Text.Json.Serialization;

namespace Mnemo;

/// <summary>The dashboard's charts: memories added per day, the last hour's requests and search latency, usage totals.</summary>
internal sealed record DashboardStatsDto
{
    [JsonPropertyName("project")]
    public required string Project { get; init; }

    /// <summary>Memories created per UTC day, oldest first, every day of the window present (zero included).</summary>
    [JsonPropertyName("added_per_day")]
    public required IReadOnlyList<DayCountDto> AddedPerDay { get; init; }

    /// <summary>API requests of the project in each of the last 60 minutes, oldest first.</summary>
    [JsonPropertyName("requests_per_minute")]
    public required IReadOnlyList<long> RequestsPerMinute { get; init; }

    [JsonPropertyName("searches_last_hour")]
    public int SearchesLastHour { get; init; }

    [JsonPropertyName("search_p50_ms")]
    public double? SearchP50Ms { get; init; }

    [JsonPropertyName("search_p95_ms")]
    public double? SearchP95Ms { get; init; }

    /// <summary>Usage since the server started: embedding calls, texts, cache hits, LLM calls and tokens.</summary>
    [JsonPropertyName("usage")]
    public required IReadOnlyDictionary<string, long> Usage { get; init; }
}
