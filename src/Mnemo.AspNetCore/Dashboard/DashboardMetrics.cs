using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Mnemo;

/// <summary>
/// The dashboard's numbers for the last hour, per project: requests per minute, search latencies, and the engine's
/// usage counters (the <c>Mnemo</c> meter's embedding counts, LLM tokens from the chat client) attributed to the project
/// of the request that caused them. Work done outside a request (the background ingestion worker) has no request and is
/// not attributed. Kept in memory: a restart starts from zero.
/// </summary>
internal sealed class DashboardMetrics : IDisposable
{
    private static readonly AsyncLocal<string?> _currentProject = new();
    private readonly ConcurrentDictionary<string, ProjectMetrics> _projects = new(StringComparer.Ordinal);
    private readonly MeterListener _listener = new();
    private readonly TimeProvider _time;

    public DashboardMetrics(TimeProvider time)
    {
        _time = time;
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == "Mnemo" && instrument.Name is "mnemo.embedding.calls" or "mnemo.embedding.texts" or "mnemo.embedding.cache_hits")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
        {
            if (_currentProject.Value is { } project)
            {
                For(project).AddUsage(instrument.Name, value);
            }
        });
        _listener.Start();
    }

    /// <summary>The project the current request works in, for measurements taken deeper in the call.</summary>
    public static string? CurrentProject
    {
        get => _currentProject.Value;
        set => _currentProject.Value = value;
    }

    public void RecordRequest(string project) => For(project).AddRequest(_time.GetUtcNow());

    public void RecordSearch(string project, double milliseconds) => For(project).AddSearch(_time.GetUtcNow(), milliseconds);

    public void RecordChat(string project, long inputTokens, long outputTokens)
    {
        var metrics = For(project);
        metrics.AddUsage("llm.calls", 1);
        metrics.AddUsage("llm.input_tokens", inputTokens);
        metrics.AddUsage("llm.output_tokens", outputTokens);
    }

    public ProjectMetricsSnapshot Snapshot(string project) =>
        _projects.TryGetValue(project, out var metrics) ? metrics.Snapshot(_time.GetUtcNow()) : ProjectMetrics.Empty(_time.GetUtcNow());

    public void Dispose() => _listener.Dispose();

    private ProjectMetrics For(string project) => _projects.GetOrAdd(project, _ => new ProjectMetrics());
}
