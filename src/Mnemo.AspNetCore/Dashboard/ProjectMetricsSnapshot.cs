namespace Mnemo;

/// <summary>A project's last hour as the stats route reports it.</summary>
/// <param name="RequestsPerMinute">API requests in each of the last 60 minutes, oldest first (the current minute last).</param>
/// <param name="Searches">Searches in the last hour.</param>
/// <param name="SearchP50">Median search latency in milliseconds, or <see langword="null"/> without searches.</param>
/// <param name="SearchP95">95th percentile search latency in milliseconds, or <see langword="null"/> without searches.</param>
/// <param name="Usage">Usage totals since the server started, by counter name.</param>
internal sealed record ProjectMetricsSnapshot(long[] RequestsPerMinute, int Searches, double? SearchP50, double? SearchP95, IReadOnlyDictionary<string, long> Usage);
