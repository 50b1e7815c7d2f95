using System.Collections.Concurrent;

namespace Mnemo.Indexing;

/// <summary>
/// The actors of a scope (<see cref="IndexSearcher.ActorsAsync"/>), which search reads before every query: one pass
/// over the scope's smallest posting list, kept per scope until the next write changes the generation.
/// </summary>
internal sealed partial class VectorIndex
{
    private readonly ConcurrentDictionary<MemoryScope, (long Generation, string[] Actors)> _actorsByScope = new();

    /// <summary>
    /// The distinct actor ids of the memories of <paramref name="scope"/> and its sub-scopes, active or not, in ordinal
    /// order; <see langword="null"/> when the index is not loaded.
    /// </summary>
    public IReadOnlyList<string>? Actors(MemoryScope scope)
    {
        _lock.EnterReadLock();
        try
        {
            if (!_loaded)
            {
                return null;
            }

            if (_actorsByScope.TryGetValue(scope, out var kept) && kept.Generation == _generation)
            {
                return kept.Actors;
            }

            var actors = ScanActors(scope);
            if (_actorsByScope.Count >= Settings.ActorScopes)
            {
                _actorsByScope.Clear();
            }

            _actorsByScope[scope] = (_generation, actors);
            return actors;
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    private string[] ScanActors(MemoryScope scope)
    {
        var want = new int[FieldCount];
        if (!TryResolve(scope, want))
        {
            return [];
        }

        var filter = new SlotFilter(want, 0, includeSuperseded: true, includeExpired: true);
        var ids = new HashSet<int>();
        foreach (var slot in SmallestPosting(want))
        {
            ref readonly var s = ref _slots[slot];
            if (s.Actor >= 0 && filter.Matches(in s))
            {
                ids.Add(s.Actor);
            }
        }

        return [.. ids.Select(id => _internedValues[id]).Order(StringComparer.Ordinal)];
    }
}
