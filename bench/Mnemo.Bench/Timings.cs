using System.Diagnostics;

namespace Mnemo.Bench;

/// <summary>Latency samples in milliseconds, with the statistics the report quotes.</summary>
internal sealed class Timings
{
    private readonly List<double> _ms = [];

    public int Count => _ms.Count;

    public double Total => _ms.Sum();

    public double P50 => RetrievalMetrics.Percentile(_ms, 50) ?? double.NaN;

    public double P95 => RetrievalMetrics.Percentile(_ms, 95) ?? double.NaN;

    /// <summary>All samples of <paramref name="parts"/> in one set.</summary>
    public static Timings Merge(IEnumerable<Timings> parts)
    {
        var merged = new Timings();
        foreach (var part in parts)
        {
            merged._ms.AddRange(part._ms);
        }

        return merged;
    }

    /// <summary>Adds a sample measured elsewhere.</summary>
    public void Add(double milliseconds) => _ms.Add(milliseconds);

    public async Task<T> TimeAsync<T>(Func<Task<T>> action)
    {
        var started = Stopwatch.GetTimestamp();
        var result = await action();
        _ms.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return result;
    }

    public async Task TimeAsync(Func<Task> action)
    {
        var started = Stopwatch.GetTimestamp();
        await action();
        _ms.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }
}
