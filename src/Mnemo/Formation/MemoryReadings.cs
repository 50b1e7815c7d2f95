using System.Text.RegularExpressions;

namespace Mnemo.Formation;

/// <summary>
/// What the reconciliation rules (<see cref="Contradictions"/>) read of stored memories' texts, kept across adds: each
/// add checks its statements against the memories nearest each, and in a conversation the same memories are found again
/// and again. A reading depends on the text alone, so it is keyed by the text and shared by every scope: it gives what
/// reading the text again would give. Only texts of at most <see cref="MaxTextLength"/> characters are kept, and at most
/// <see cref="Capacity"/> of them (the whole cache is dropped when it is full). Kept in process memory only, and cleared
/// whole on forget and reset, and when the change feed brings deletes from another engine (<see cref="Indexing.MemoryIndex.Erased"/>),
/// as the query embedding cache is, because its keys are memories' texts.
/// </summary>
internal sealed class MemoryReadings
{
    /// <summary>The most texts kept.</summary>
    public const int Capacity = 8192;

    /// <summary>The longest text kept, in characters; a longer one is read for each add that finds it.</summary>
    public const int MaxTextLength = 512;

    private readonly Dictionary<string, MemoryReading> _readings = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>The reading of <paramref name="text"/>: kept, or new (its parts are read when first asked for).</summary>
    public MemoryReading Get(string text)
    {
        if (text.Length > MaxTextLength)
        {
            return new MemoryReading(text);
        }

        lock (_gate)
        {
            if (!_readings.TryGetValue(text, out var reading))
            {
                if (_readings.Count >= Capacity)
                {
                    _readings.Clear();
                }

                _readings[text] = reading = new MemoryReading(text);
            }

            return reading;
        }
    }

    /// <summary>How many texts are kept.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _readings.Count;
            }
        }
    }

    /// <summary>Drops every reading (forget, reset, deletes read from the change feed).</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _readings.Clear();
        }
    }
}

/// <summary>
/// What the rules read of one memory's text alone: the attribute it gives, read when a statement sets one, and the rest
/// when it is first checked. Each part is read at most once per reading; two adds that ask at once may both read it, and
/// get the same.
/// </summary>
internal sealed class MemoryReading(string text)
{
    private AttributeRead? _attribute;
    private MemoryRules? _rules;

    /// <summary>The attribute the memory gives (<see cref="AttributeStatement.AttributeOf"/>), or <see langword="null"/>.</summary>
    public string? Attribute => (_attribute ??= new AttributeRead(AttributeStatement.AttributeOf(text))).Value;

    /// <summary>What <see cref="Denial"/>, <see cref="ValueChange"/>, <see cref="NowHas"/> and <see cref="GoalReached"/> read of the memory.</summary>
    public MemoryRules Rules => _rules ??= new MemoryRules(Denial.ReadMemory(text), ValueChange.ReadMemory(text), NowHas.ReadMemory(text), GoalReached.Pursues(text));

    private sealed record AttributeRead(string? Value);
}

/// <summary>
/// Denial's clauses, ValueChange's words, what NowHas needs said, and whether GoalReached reads the memory further.
/// </summary>
internal sealed record MemoryRules(Denial.MemoryClause Clauses, List<string>? Words, Regex? Has, bool Pursuit)
{
    /// <summary>Whether any rule could find a statement that says otherwise than the memory.</summary>
    public bool Any => Clauses.Said is not null || Clauses.Denied is not null || Words is not null || Has is not null || Pursuit;
}
