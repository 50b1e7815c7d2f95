namespace Mnemo.Formation;

/// <summary>
/// Whether a new statement says otherwise than a stored memory: it gives the memory's attribute another value
/// (<see cref="AttributeStatement"/>), denies the memory or says what it denied (<see cref="Denial"/>), says it again with
/// another value (<see cref="ValueChange"/>), has one of what the memory said the speaker had none of
/// (<see cref="NowHas"/>), or reached what the memory said they were after (<see cref="GoalReached"/>). The candidates of
/// an add and the memory a statement supersedes are read by this one rule.
/// </summary>
/// <remarks>
/// One instance per add. Each statement of the add is checked against each candidate memory, so what the rules read of
/// a statement alone is read once and kept for the add; what they read of a memory alone comes from
/// <see cref="MemoryReadings"/>, which keeps it across adds. Most memories are of no form a rule reads, and are passed
/// over without reading the statement.
/// </remarks>
internal sealed class Contradictions(MemoryReadings readings)
{
    private readonly Dictionary<string, MemoryReading> _memories = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StatementReading> _statements = new(StringComparer.Ordinal);

    /// <summary>The attribute <paramref name="memory"/> gives (<see cref="AttributeStatement.AttributeOf"/>), or <see langword="null"/>.</summary>
    public string? AttributeOf(string memory) => Memory(memory).Attribute;

    /// <summary>Whether <paramref name="text"/>, which sets <paramref name="attributes"/>, says otherwise than <paramref name="memory"/>.</summary>
    public bool SaysOtherwise(string text, IReadOnlyList<string> attributes, string memory)
    {
        var reading = Memory(memory);
        if (attributes.Count > 0 && reading.Attribute is { } old && attributes.Contains(old))
        {
            return true;
        }

        var rules = reading.Rules;
        if (!rules.Any)
        {
            return false;
        }

        var statement = Statement(text);
        return statement.Clauses.Reverses(rules.Clauses)
            || (rules.Words is { } words && ValueChange.Replaces(statement.Words, words))
            || (rules.Has is { } has && NowHas.Replaces(statement.Sentences, has))
            || (rules.Pursuit && GoalReached.Ends(text, memory.Trim()));
    }

    // The add's own copy first: a text too long for the shared readings is still read once per add.
    private MemoryReading Memory(string memory)
    {
        if (!_memories.TryGetValue(memory, out var reading))
        {
            _memories[memory] = reading = readings.Get(memory);
        }

        return reading;
    }

    private StatementReading Statement(string text)
    {
        if (!_statements.TryGetValue(text, out var reading))
        {
            _statements[text] = reading = new StatementReading([.. SentenceClassifier.Sentences(text)]);
        }

        return reading;
    }

    // What the rules read of a statement alone, each part when first needed.
    private sealed class StatementReading(List<string> sentences)
    {
        private List<List<string>>? _words;

        public List<string> Sentences => sentences;

        public Denial.StatementClauses Clauses { get; } = Denial.ReadStatement(sentences);

        public List<List<string>> Words => _words ??= ValueChange.ReadStatement(sentences);
    }
}
