namespace Mnemo;

/// <summary>
/// An optional capability (<see cref="IMemoryStore.GetService"/>): locks that serialise writers of one scope across every
/// process sharing the store (PostgreSQL: advisory locks; SQLite: file locks beside the database), on top of the engine's in-process locks. The engine decides
/// which keys a write takes and in which mode (docs/architecture.md, "Per-scope write serialisation across processes");
/// the store only holds them. Without it, writes are serialised within one process only.
/// </summary>
public interface IScopeWriteLock
{
    /// <summary>
    /// Takes every lock of <paramref name="keys"/> (waiting as long as <paramref name="cancellationToken"/> allows) and
    /// returns the holder; disposing it releases them all. A key is an opaque string; an exclusive holder of a key
    /// excludes every other holder of it, shared holders exclude only exclusive ones, and a waiting exclusive request
    /// stops new shared holders of its key. The store takes the keys in an order of its own that every process shares,
    /// so two callers never wait on each other in a cycle.
    /// </summary>
    /// <param name="keys">The keys and whether each is taken exclusively.</param>
    /// <param name="cancellationToken">Stops waiting; nothing stays held.</param>
    Task<IDisposable> AcquireAsync(IReadOnlyList<ScopeLockKey> keys, CancellationToken cancellationToken = default);
}

/// <summary>One lock of a scope write (see <see cref="IScopeWriteLock"/>).</summary>
/// <param name="Key">The key (the project, one id of a scope, or an exact scope).</param>
/// <param name="Exclusive">Whether the key is taken exclusively rather than shared.</param>
public readonly record struct ScopeLockKey(string Key, bool Exclusive);
