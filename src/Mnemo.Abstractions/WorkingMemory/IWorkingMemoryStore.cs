namespace Mnemo;

/// <summary>
/// Optional store capability: the working memory of sessions (a scratchpad of named values and the recent message
/// window of one run), kept with a time to live so it survives a process restart within it. Discover it with
/// <c>store as IWorkingMemoryStore</c> (or <c>GetService</c>); a store without it has no working memory.
/// </summary>
/// <remarks>
/// A state is keyed by its project and <see cref="MemoryScope.RunId"/>: one session, one state. Reads never return a state
/// whose <see cref="WorkingMemoryState.ExpiresAt"/> has passed; expired states stay until consolidated and deleted.
/// </remarks>
public interface IWorkingMemoryStore
{
    /// <summary>The live (unexpired at <paramref name="asOf"/>) state of the run, or <see langword="null"/>.</summary>
    /// <param name="scope">The session: <see cref="MemoryScope.RunId"/> is required; its project is honoured.</param>
    /// <param name="asOf">The current time.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<WorkingMemoryState?> GetWorkingMemoryAsync(MemoryScope scope, DateTimeOffset asOf, CancellationToken cancellationToken = default);

    /// <summary>Creates or replaces the run's state (last writer wins).</summary>
    Task SaveWorkingMemoryAsync(WorkingMemoryState state, CancellationToken cancellationToken = default);

    /// <summary>Deletes the state of one run. Returns whether there was one.</summary>
    Task<bool> DeleteWorkingMemoryAsync(MemoryScope scope, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes the states of every run that matches <paramref name="scope"/> (same rules as memories: identifiers the scope
    /// sets must be equal, within its project). Used by forget. Returns how many.
    /// </summary>
    Task<int> DeleteWorkingMemoriesAsync(MemoryScope scope, CancellationToken cancellationToken = default);

    /// <summary>States whose time to live passed before <paramref name="asOf"/>, oldest expiry first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<WorkingMemoryState>> ListExpiredWorkingMemoriesAsync(DateTimeOffset asOf, int limit, CancellationToken cancellationToken = default);
}
