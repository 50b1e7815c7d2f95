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
    // The request's project, with the metrics that set it: a process hosting two servers (tests) keeps them apart.
    private static readonly AsyncLocal<(DashboardMetrics Owner, string Project)?> _current = new();
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
            if (CurrentProject is { } project)
            {
                For(project).AddUsage(instrument.Name, value);
            }
        });
        _listener.Start();
    }

    /// <summary>The project the current request works in (set by this instance's filter), for measurements taken deeper in the call.</summary>
    public string? CurrentProject => _current.Value is { } current && ReferenceEquals(current.Owner, this) ? current.Project : null;

    /// <summary>Marks the rest of the current request (its async flow) as working in <paramref name="project"/>.</summary>
    public void EnterProject(string project) => _current.Value = (this, project);

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
