using System.Diagnostics;
using System.Runtime;

namespace Mnemo.Bench;

/// <summary>
/// Warm-up before a latency measurement, so the numbers are a long-running process's: the first call runs alone and is
/// not counted against the warm-up time (at 100k memories it catches the index up with the store's feed, ~6 s), then
/// calls repeat until at least <c>minCalls</c> ran, <c>minTime</c> passed and the JIT compiled no method for a whole
/// second (dynamic PGO recompiles hot methods for seconds after they are first called; at 100k memories, searches
/// measured while it was still at work had twice the p50 of the settled process), or <see cref="MaxTime"/> passed.
/// </summary>
internal static class WarmUp
{
    /// <summary>The longest warm-up, whatever the JIT does.</summary>
    public static readonly TimeSpan MaxTime = TimeSpan.FromSeconds(60);

    /// <summary>Runs <paramref name="call"/> (given the call's index) as described above; returns what it measured.</summary>
    public static async Task<WarmUpReport> RunAsync(Func<int, Task> call, int minCalls, TimeSpan minTime)
    {
        var first = Stopwatch.GetTimestamp();
        await call(0);
        var firstMs = Stopwatch.GetElapsedTime(first).TotalMilliseconds;

        var warming = Stopwatch.StartNew();
        var calls = 1;
        var methods = JitInfo.GetCompiledMethodCount();
        var quietSince = TimeSpan.Zero;
        while (calls < minCalls || warming.Elapsed < minTime || warming.Elapsed - quietSince < TimeSpan.FromSeconds(1))
        {
            if (warming.Elapsed > MaxTime)
            {
                break;
            }

            await call(calls++);
            var now = JitInfo.GetCompiledMethodCount();
            if (now != methods)
            {
                methods = now;
                quietSince = warming.Elapsed;
            }
        }

        return new WarmUpReport(firstMs, calls, warming.Elapsed);
    }
}

/// <summary>What a warm-up took: the first call alone, then how many calls over how long.</summary>
internal readonly record struct WarmUpReport(double FirstCallMs, int Calls, TimeSpan Elapsed)
{
    public override string ToString() =>
        $"first call {FirstCallMs:F0} ms, then {Calls} calls in {Elapsed.TotalSeconds:F1} s until the JIT settled";
}
