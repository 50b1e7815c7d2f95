namespace Mnemo;

/// <summary>
/// Where a committed <see cref="IMemoryStore.ApplyAsync"/> sits in the change feed (<see cref="IMemoryChangeFeed"/>).
/// </summary>
/// <remarks>
/// A reader at <see cref="PositionBefore"/> that applies the change set itself (with <see cref="Sequences"/> for the
/// arrival numbers) is at <see cref="Position"/> afterwards, without reading the feed. A reader at any other position
/// has missed other writers' changes and reads the feed instead (re-reading this write there is harmless).
/// </remarks>
/// <param name="PositionBefore">The store's position just before this write: no change lies between it and the write's.</param>
/// <param name="Position">The store's position just after this write (equal to <paramref name="PositionBefore"/> when it changed no memory).</param>
/// <param name="Sequences">
/// The arrival number (<see cref="MemoryFeedEntry.Sequence"/>) of every memory the write inserted or replaced, by id.
/// </param>
public sealed record MemoryChangeReceipt(long PositionBefore, long Position, IReadOnlyDictionary<Guid, long> Sequences);
