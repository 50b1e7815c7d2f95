namespace Mnemo;

/// <summary>
/// <see cref="IScopeWriteLock"/> for every process (and every store instance) sharing one SQLite file: operating-system
/// file locks on small empty files in a folder beside the database (<c>&lt;file&gt;.locks/</c>), one pair per hash slot
/// of a key. .NET takes them through <see cref="FileShare"/>: <c>flock</c> on Unix (shared for
/// <see cref="FileShare.ReadWrite"/>, exclusive for <see cref="FileShare.None"/>), share modes on Windows. The
/// operating system frees them when a process dies, so a killed writer never leaves a scope locked.
/// </summary>
/// <remarks>
/// <para>
/// A key maps to one of <see cref="Slots"/> slots by a stable hash; two keys in one slot merge (exclusive wins), which
/// can only serialise more. Slots are taken in ascending order by every process, so no two writers wait on each other in
/// a cycle.
/// </para>
/// <para>
/// Each slot has a gate file and a lock file (a turnstile): a request passes the gate exclusively and takes the lock
/// file shared or exclusive; an exclusive request keeps the gate while it waits for the readers to leave, so new shared
/// requests queue behind it and a delete-all is not starved by a stream of adds from another process. File locks cannot
/// block on a timeout or a token in .NET, so a busy file is retried after 1 ms, doubling up to 25 ms.
/// </para>
/// <para>
/// The files hold no bytes and are named by slot number: nothing of a scope or a memory is written to disk here. Setting
/// <c>DOTNET_SYSTEM_IO_DISABLEFILELOCKING</c> turns .NET's file locks off, and with them this cross-process exclusion.
/// </para>
/// </remarks>
/// <param name="databasePath">The SQLite database file whose writers this serialises.</param>
internal sealed class SqliteScopeWriteLock(string databasePath) : IScopeWriteLock
{
    /// <summary>How many slots keys are hashed into.</summary>
    internal const int Slots = 256;

    private static readonly TimeSpan FirstRetry = TimeSpan.FromMilliseconds(1);
    private static readonly TimeSpan LongestRetry = TimeSpan.FromMilliseconds(25);

    private readonly string _folder = Path.GetFullPath(databasePath) + ".locks";

    /// <summary>The folder holding the lock files.</summary>
    internal string Folder => _folder;

    /// <inheritdoc />
    public async Task<IDisposable> AcquireAsync(IReadOnlyList<ScopeLockKey> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var slots = keys
            .GroupBy(k => Slot(k.Key))
            .Select(g => (Slot: g.Key, Exclusive: g.Any(k => k.Exclusive)))
            .OrderBy(s => s.Slot)
            .ToList();

        PrivateFiles.EnsureFolder(_folder);
        var held = new List<FileStream>(slots.Count);
        try
        {
            foreach (var (slot, exclusive) in slots)
            {
                using (await OpenWhenFreeAsync(Path.Combine(_folder, $"{slot:x2}.gate"), FileShare.None, cancellationToken).ConfigureAwait(false))
                {
                    held.Add(await OpenWhenFreeAsync(Path.Combine(_folder, $"{slot:x2}.lock"), exclusive ? FileShare.None : FileShare.ReadWrite, cancellationToken).ConfigureAwait(false));
                }
            }

            return new Holder(held);
        }
        catch
        {
            foreach (var file in held)
            {
                file.Dispose();
            }

            throw;
        }
    }

    /// <summary>The slot of <paramref name="key"/>: the first byte of its SHA-256, the same in every process and version.</summary>
    internal static int Slot(string key) => ScopeLockHash.Of(key)[0] % Slots;

    private static async Task<FileStream> OpenWhenFreeAsync(string path, FileShare share, CancellationToken cancellationToken)
    {
        var wait = FirstRetry;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                return PrivateFiles.OpenLockFile(path, share);
            }
            catch (IOException e) when (IsHeldElsewhere(e))
            {
                await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
                wait = TimeSpan.FromTicks(Math.Min(wait.Ticks * 2, LongestRetry.Ticks));
            }
        }
    }

    // Unix: flock's EWOULDBLOCK (11 on Linux, 35 on macOS); Windows: a sharing or lock violation.
    private static bool IsHeldElsewhere(IOException e) => OperatingSystem.IsWindows()
        ? (e.HResult & 0xFFFF) is 32 or 33
        : e.HResult is 11 or 35;

    private sealed class Holder(List<FileStream> files) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) != 0)
            {
                return;
            }

            for (var i = files.Count - 1; i >= 0; i--)
            {
                files[i].Dispose();
            }
        }
    }
}
