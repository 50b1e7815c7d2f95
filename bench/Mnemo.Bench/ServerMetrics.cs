using System.Diagnostics.Metrics;

namespace Mnemo.Bench;

/// <summary>
/// Listens to the engine's <c>Mnemo</c> meter: how many texts the model embedded and how many embeddings came from a
/// cache, to show that every search request paid for its query embedding.
/// </summary>
internal sealed class ServerMetrics : IDisposable
{
    private readonly MeterListener _listener = new();
    private long _texts;
    private long _cacheHits;

    public ServerMetrics()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == "Mnemo" && instrument.Name is "mnemo.embedding.texts" or "mnemo.embedding.cache_hits")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
        {
            if (instrument.Name == "mnemo.embedding.texts")
            {
                Interlocked.Add(ref _texts, value);
            }
            else
            {
                Interlocked.Add(ref _cacheHits, value);
            }
        });
        _listener.Start();
    }

    public (long Texts, long CacheHits) Snapshot() => (Interlocked.Read(ref _texts), Interlocked.Read(ref _cacheHits));

    public void Dispose() => _listener.Dispose();
}
