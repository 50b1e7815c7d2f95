namespace Mnemo;

/// <summary>One project's last hour: a request count per minute, the search latencies, and usage totals since start.</summary>
internal sealed class ProjectMetrics
{
    private const int Minutes = 60;
    private readonly Lock _lock = new();
    private readonly long[] _requests = new long[Minutes];
    private readonly long[] _requestMinute = new long[Minutes];
    private readonly Queue<(DateTimeOffset At, double Ms)> _searches = new();
    private readonly Dictionary<string, long> _usage = new(StringComparer.Ordinal);

    public static ProjectMetricsSnapshot Empty(DateTimeOffset now) => new ProjectMetrics().Snapshot(now);

    public void AddRequest(DateTimeOffset now)
    {
        var minute = now.ToUnixTimeSeconds() / 60;
        var slot = (int)(minute % Minutes);
        lock (_lock)
        {
            if (_requestMinute[slot] != minute)
            {
                _requestMinute[slot] = minute;
                _requests[slot] = 0;
            }

            _requests[slot]++;
        }
    }

    public void AddSearch(DateTimeOffset now, double milliseconds)
    {
        lock (_lock)
        {
            _searches.Enqueue((now, milliseconds));
            Prune(now);
        }
    }

    public void AddUsage(string name, long value)
    {
        lock (_lock)
        {
            _usage[name] = _usage.GetValueOrDefault(name) + value;
        }
    }

    public ProjectMetricsSnapshot Snapshot(DateTimeOffset now)
    {
        var current = now.ToUnixTimeSeconds() / 60;
        lock (_lock)
        {
            Prune(now);

            // Oldest minute first; a slot last written in another hour counts as zero.
            var perMinute = new long[Minutes];
            for (var i = 0; i < Minutes; i++)
            {
                var minute = current - (Minutes - 1) + i;
                var slot = (int)(minute % Minutes);
                perMinute[i] = _requestMinute[slot] == minute ? _requests[slot] : 0;
            }

            var latencies = _searches.Select(s => s.Ms).Order().ToArray();
            return new ProjectMetricsSnapshot(perMinute, latencies.Length, Percentile(latencies, 0.50), Percentile(latencies, 0.95), new Dictionary<string, long>(_usage, StringComparer.Ordinal));
        }
    }

    private void Prune(DateTimeOffset now)
    {
        while (_searches.Count > 0 && now - _searches.Peek().At >= TimeSpan.FromHours(1))
        {
            _searches.Dequeue();
        }
    }

    // Nearest rank: the smallest value with at least p of the values at or below it.
    private static double? Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? null : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
