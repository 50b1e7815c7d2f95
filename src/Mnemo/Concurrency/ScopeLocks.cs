using System.Collections.Concurrent;

namespace Mnemo.Concurrency;

/// <summary>
/// Write serialisation by scope. Reads of a scope and reconciliation need a stable view, so writes that could touch the
/// same memories run one at a time, while writes to unrelated scopes proceed in parallel. Locks are reference-counted
/// and dropped when idle.
/// </summary>
/// <remarks>
/// <para>
/// Keys, each a reader-writer lock: the project, every single id of a scope (<c>user:alice</c>, <c>agent:a1</c>, ...)
/// and the exact scope. A write to one scope (<see cref="AcquireAsync"/>: add, update, delete of a memory) holds its
/// exact scope exclusively and the project and each of its ids shared. A write over a scope and its sub-scopes
/// (<see cref="AcquireBulkAsync"/>: delete-all, forget) holds each of the scope's ids exclusively (the project when it
/// names none). So a delete-all of <c>alice</c> excludes an add to <c>(alice, a1)</c>, two adds to <c>(alice, a1)</c>
/// run one at a time, and adds of different users sharing one agent run in parallel. Keys are taken in ordinal order,
/// so two writers never wait on each other in a cycle.
/// </para>
/// <para>
/// A waiting exclusive holder stops new shared holders of its key, so a delete-all is not starved by a stream of adds.
/// </para>
/// <para>
/// Across processes: when the store offers <see cref="IScopeWriteLock"/> (PostgreSQL's advisory locks, SQLite's file locks), the same keys in
/// the same modes are then taken there too, after the in-process ones, so writers of several replicas exclude each
/// other exactly as writers of one process do. The in-process locks come first so a process queues its own writers
/// without holding a database session each; without the capability, writes are serialised within this process only.
/// </para>
/// </remarks>
/// <param name="storeLock">The store's cross-process locks, or <see langword="null"/> when it has none.</param>
internal sealed class ScopeLocks(IScopeWriteLock? storeLock = null)
{
    private readonly ConcurrentDictionary<string, Entry> _locks = new(StringComparer.Ordinal);

    /// <summary>Holds <paramref name="scope"/> for a write to that exact scope.</summary>
    public Task<IDisposable> AcquireAsync(MemoryScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var keys = new SortedDictionary<string, bool>(StringComparer.Ordinal) { [ProjectKey(scope)] = false, [ExactKey(scope)] = true };
        foreach (var id in IdKeys(scope))
        {
            keys[id] = false;
        }

        return AcquireAllAsync(keys, cancellationToken);
    }

    /// <summary>Holds <paramref name="scope"/> for a write over it and every sub-scope (delete-all, forget).</summary>
    public Task<IDisposable> AcquireBulkAsync(MemoryScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var ids = IdKeys(scope).ToList();
        var keys = new SortedDictionary<string, bool>(StringComparer.Ordinal) { [ProjectKey(scope)] = ids.Count == 0 };
        foreach (var id in ids)
        {
            keys[id] = true;
        }

        return AcquireAllAsync(keys, cancellationToken);
    }

    private static string ProjectKey(MemoryScope scope) => "p\u001f" + (scope.ProjectId ?? string.Empty);

    private static string ExactKey(MemoryScope scope) =>
        string.Join('\u001f', "s", scope.ProjectId ?? string.Empty, Id(scope.UserId), Id(scope.AgentId), Id(scope.RunId), Id(scope.AppId));

    private static string Id(string? id) => id is null ? "\u001e" : id;

    private static IEnumerable<string> IdKeys(MemoryScope scope)
    {
        var project = scope.ProjectId ?? string.Empty;
        foreach (var (kind, id) in new[] { ("user", scope.UserId), ("agent", scope.AgentId), ("run", scope.RunId), ("app", scope.AppId) })
        {
            if (id is not null)
            {
                yield return string.Join('\u001f', "i", project, kind, id);
            }
        }
    }

    private async Task<IDisposable> AcquireAllAsync(SortedDictionary<string, bool> keys, CancellationToken cancellationToken)
    {
        var held = new List<Holder>(keys.Count);
        try
        {
            foreach (var (key, exclusive) in keys)
            {
                held.Add(await AcquireOneAsync(key, exclusive, cancellationToken).ConfigureAwait(false));
            }
        }
        catch
        {
            Release(held);
            throw;
        }

        IDisposable? across = null;
        if (storeLock is not null)
        {
            try
            {
                across = await storeLock.AcquireAsync([.. keys.Select(k => new ScopeLockKey(k.Key, k.Value))], cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                Release(held);
                throw;
            }
        }

        return new Releaser(this, held, across);
    }

    private async Task<Holder> AcquireOneAsync(string key, bool exclusive, CancellationToken cancellationToken)
    {
        Entry entry;
        while (true)
        {
            entry = _locks.GetOrAdd(key, static _ => new Entry());
            lock (entry)
            {
                if (!entry.Retired)
                {
                    entry.Users++;
                    break;
                }
            }
        }

        try
        {
            await entry.EnterAsync(exclusive, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            Leave(key, entry);
            throw;
        }

        return new Holder(key, entry, exclusive);
    }

    private void Release(List<Holder> held)
    {
        for (var i = held.Count - 1; i >= 0; i--)
        {
            held[i].Entry.Exit(held[i].Exclusive);
            Leave(held[i].Key, held[i].Entry);
        }
    }

    private void Leave(string key, Entry entry)
    {
        lock (entry)
        {
            if (--entry.Users == 0)
            {
                entry.Retired = true;
                _locks.TryRemove(new KeyValuePair<string, Entry>(key, entry));
            }
        }
    }

    private readonly record struct Holder(string Key, Entry Entry, bool Exclusive);

    /// <summary>
    /// An async reader-writer lock. <c>_write</c> is held by one exclusive holder or by the shared holders as a group
    /// (taken by the first, released by the last); <c>_gate</c> admits one arrival at a time, and an exclusive arrival
    /// keeps it while it waits, so shared arrivals queue behind it.
    /// </summary>
    private sealed class Entry
    {
        private readonly SemaphoreSlim _gate = new(1, 1);
        private readonly SemaphoreSlim _write = new(1, 1);
        private int _readers;

        public int Users { get; set; }

        public bool Retired { get; set; }

        public async Task EnterAsync(bool exclusive, CancellationToken cancellationToken)
        {
            await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                if (exclusive)
                {
                    await _write.WaitAsync(cancellationToken).ConfigureAwait(false);
                }
                else if (Interlocked.Increment(ref _readers) == 1)
                {
                    try
                    {
                        await _write.WaitAsync(cancellationToken).ConfigureAwait(false);
                    }
                    catch
                    {
                        // First reader: no other shared holder exists, and none can arrive while the gate is held.
                        Interlocked.Decrement(ref _readers);
                        throw;
                    }
                }
            }
            finally
            {
                _gate.Release();
            }
        }

        public void Exit(bool exclusive)
        {
            if (exclusive || Interlocked.Decrement(ref _readers) == 0)
            {
                _write.Release();
            }
        }
    }

    private sealed class Releaser(ScopeLocks owner, List<Holder> held, IDisposable? across) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                try
                {
                    across?.Dispose();
                }
                finally
                {
                    owner.Release(held);
                }
            }
        }
    }
}
