using Mnemo.Embedding;

namespace Mnemo.Indexing;

/// <summary>
/// Keyword context (<see cref="KeywordOptions.ContextCharacters"/>): which words of the memory before it a memory is
/// keyword-indexed with. A reply is indexed with the end of the message it replies to: "5 years already!" after "How
/// long have you been married?" is found by "married". The memory before is the previous one of the same exact scope
/// in arrival order (created, then sequence), and it lends its words only when another speaker said it (actor, else
/// role) and it was observed within <see cref="ContextOptions.SessionGapMinutes"/> of the memory: a speaker's own
/// earlier sentence, or the last message of another conversation, is no context.
/// </summary>
/// <remarks>
/// Held per memory: its place in its scope's arrival order (a sorted list: a new memory is appended, an import of
/// older ones inserted), the time it was observed, its speaker and the end of its text (at most
/// <see cref="KeywordOptions.ContextCharacters"/> characters). When a memory is deleted or forgotten, the memory after
/// it takes its context from the one before instead, so no word of a deleted memory stays in the keyword index. Changes
/// are applied one page at a time, under the index's gate.
/// </remarks>
internal sealed class KeywordContext(int characters, TimeSpan sessionGap)
{
    private readonly Dictionary<long, Entry> _entries = [];
    private readonly Dictionary<MemoryScope, ScopeOrder> _scopes = [];

    // Off (KeywordOptions.ContextCharacters 0): nothing is held and no memory has a context.
    private bool Enabled => characters > 0;

    /// <summary>
    /// Replaces everything held with <paramref name="memories"/> (a load) and returns the context of each, by sequence;
    /// an empty string for none.
    /// </summary>
    public Dictionary<long, string> Load(IReadOnlyCollection<MemoryFeedEntry> memories)
    {
        _entries.Clear();
        _scopes.Clear();
        if (!Enabled)
        {
            return [];
        }

        foreach (var memory in memories)
        {
            var entry = EntryOf(memory);
            _entries[memory.Sequence] = entry;
            entry.Scope.Order.Add((entry.Created, memory.Sequence));
        }

        var contexts = new Dictionary<long, string>(memories.Count);
        foreach (var scope in _scopes.Values)
        {
            scope.Order.Sort();
            for (var i = 0; i < scope.Order.Count; i++)
            {
                contexts[scope.Order[i].Seq] = ContextAt(scope.Order, i);
            }
        }

        return contexts;
    }

    /// <summary>
    /// Applies a page of changes: removes <paramref name="deletes"/>, then adds or replaces <paramref name="upserts"/>.
    /// Returns the context of every upsert and of every other memory whose context changed with the page (the memory
    /// after a deleted, inserted or edited one), by sequence; an empty string for none.
    /// </summary>
    public Dictionary<long, string> Apply(IEnumerable<long> deletes, IReadOnlyList<MemoryFeedEntry> upserts)
    {
        if (!Enabled)
        {
            return [];
        }

        // Whole pages at a time, so a delete-all of a large scope or an import of older memories costs one pass over
        // each scope it touches, not one list shift per memory.
        var changed = new HashSet<long>();
        var removed = new Dictionary<ScopeOrder, HashSet<(long Created, long Seq)>>();
        foreach (var seq in deletes.Concat(upserts.Select(u => u.Sequence)))
        {
            if (_entries.Remove(seq, out var entry))
            {
                if (!removed.TryGetValue(entry.Scope, out var keys))
                {
                    keys = [];
                    removed[entry.Scope] = keys;
                }

                keys.Add((entry.Created, seq));
            }
        }

        foreach (var (scope, keys) in removed)
        {
            scope.Order.RemoveAll(keys.Contains);
            foreach (var key in keys)
            {
                // The memory that followed a removed one follows another now.
                var at = ~scope.Order.BinarySearch(key);
                if (at < scope.Order.Count)
                {
                    changed.Add(scope.Order[at].Seq);
                }
            }
        }

        var added = new Dictionary<ScopeOrder, List<(long Created, long Seq)>>();
        foreach (var upsert in upserts)
        {
            var entry = EntryOf(upsert);
            _entries[upsert.Sequence] = entry;
            if (!added.TryGetValue(entry.Scope, out var keys))
            {
                keys = [];
                added[entry.Scope] = keys;
            }

            keys.Add((entry.Created, upsert.Sequence));
            changed.Add(upsert.Sequence);
        }

        foreach (var (scope, keys) in added)
        {
            // The usual write appends the scope's latest memories; an import of older ones sorts the scope once.
            var order = scope.Order;
            var first = order.Count;
            order.AddRange(keys);
            for (var i = Math.Max(1, first); i < order.Count; i++)
            {
                if (order[i - 1].CompareTo(order[i]) > 0)
                {
                    order.Sort();
                    break;
                }
            }

            foreach (var key in keys)
            {
                var at = order.BinarySearch(key);
                if (at + 1 < order.Count)
                {
                    changed.Add(order[at + 1].Seq);
                }
            }
        }

        foreach (var scope in removed.Keys)
        {
            if (scope.Order.Count == 0)
            {
                _scopes.Remove(scope.Scope);
            }
        }

        var contexts = new Dictionary<long, string>(changed.Count);
        foreach (var seq in changed)
        {
            if (_entries.TryGetValue(seq, out var entry))
            {
                contexts[seq] = ContextAt(entry.Scope.Order, entry.Scope.Order.BinarySearch((entry.Created, seq)));
            }
        }

        return contexts;
    }

    private Entry EntryOf(MemoryFeedEntry memory)
    {
        var item = memory.Memory.Item;
        if (!_scopes.TryGetValue(item.Scope, out var scope))
        {
            scope = new ScopeOrder(item.Scope);
            _scopes[item.Scope] = scope;
        }

        return new Entry(scope, item.CreatedAt.UtcTicks, item.ObservedAt, scope.Speaker(item.ActorId ?? item.Role), EmbeddingContext.Tail(item.Text, characters));
    }

    // The words the memory at position at of its scope's order takes from the memory just before it: that one's tail,
    // when another speaker said it within the session gap.
    private string ContextAt(List<(long Created, long Seq)> order, int at)
    {
        if (at == 0)
        {
            return string.Empty;
        }

        var entry = _entries[order[at].Seq];
        var before = _entries[order[at - 1].Seq];
        return string.Equals(before.Speaker, entry.Speaker, StringComparison.Ordinal) || (entry.Observed - before.Observed).Duration() > sessionGap
            ? string.Empty
            : before.Tail;
    }

    /// <summary>One memory: its scope, arrival key, observation time, speaker (held once per scope) and the end of its text.</summary>
    private readonly record struct Entry(ScopeOrder Scope, long Created, DateTimeOffset Observed, string? Speaker, string Tail);

    /// <summary>
    /// One exact scope's memories in arrival order (created, then sequence), and its speakers' names, held once (each
    /// row brings its own copy of the name; the entries keep one per scope).
    /// </summary>
    private sealed class ScopeOrder(MemoryScope scope)
    {
        private readonly Dictionary<string, string> _speakers = new(StringComparer.Ordinal);

        public MemoryScope Scope { get; } = scope;

        public List<(long Created, long Seq)> Order { get; } = [];

        public string? Speaker(string? name)
        {
            if (name is null)
            {
                return null;
            }

            if (!_speakers.TryGetValue(name, out var held))
            {
                held = name;
                _speakers[name] = held;
            }

            return held;
        }
    }
}
