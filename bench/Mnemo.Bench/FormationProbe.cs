using System.Diagnostics;

namespace Mnemo.Bench;

/// <summary>
/// What one add spent where, filled by the timing decorators around the engine's dependencies. Adds run one at a time,
/// so a single probe reset before each add is enough.
/// </summary>
internal sealed class FormationProbe
{
    private long _started;
    private long _firstCall;

    public double EmbeddingMs { get; private set; }

    public double LlmMs { get; private set; }

    public double StoreReadMs { get; private set; }

    public double StoreWriteMs { get; private set; }

    public int EmbeddingCalls { get; private set; }

    /// <summary>Each embedding call of the add, in order: its duration and how many texts it embedded.</summary>
    public List<(double Ms, int Texts)> EmbeddingCallLog { get; } = [];

    public int LlmCalls { get; private set; }

    /// <summary>From the start of the add to its first call into a dependency: validation, pre-filter, scope lock.</summary>
    public double BeforeFirstCallMs => _firstCall == 0 ? double.NaN : Stopwatch.GetElapsedTime(_started, _firstCall).TotalMilliseconds;

    public void Begin()
    {
        EmbeddingMs = LlmMs = StoreReadMs = StoreWriteMs = 0;
        EmbeddingCalls = LlmCalls = 0;
        EmbeddingCallLog.Clear();
        _firstCall = 0;
        _started = Stopwatch.GetTimestamp();
    }

    /// <summary>Marks the start of a dependency call and returns its timestamp.</summary>
    public long Enter()
    {
        var now = Stopwatch.GetTimestamp();
        if (_firstCall == 0)
        {
            _firstCall = now;
        }

        return now;
    }

    public void Embedding(long entered, int texts)
    {
        var ms = Stopwatch.GetElapsedTime(entered).TotalMilliseconds;
        EmbeddingCallLog.Add((ms, texts));
        EmbeddingMs += ms;
        EmbeddingCalls++;
    }

    public void Llm(long entered)
    {
        LlmMs += Stopwatch.GetElapsedTime(entered).TotalMilliseconds;
        LlmCalls++;
    }

    public void StoreRead(long entered) => StoreReadMs += Stopwatch.GetElapsedTime(entered).TotalMilliseconds;

    public void StoreWrite(long entered) => StoreWriteMs += Stopwatch.GetElapsedTime(entered).TotalMilliseconds;
}
