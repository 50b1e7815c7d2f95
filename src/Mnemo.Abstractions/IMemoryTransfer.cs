namespace Mnemo;

/// <summary>Bulk export and import of memories, keeping ids and times (backups, moving between stores).</summary>
public interface IMemoryTransfer
{
    /// <summary>
    /// Writes <paramref name="items"/> in one transaction: each is inserted, or replaces the memory with its id.
    /// Texts are embedded (cache first). Returns how many were written.
    /// </summary>
    Task<int> ImportAsync(IReadOnlyList<MemoryItem> items, CancellationToken cancellationToken = default);

    /// <summary>Every memory of <paramref name="scope"/> (or of every scope when <see langword="null"/>), superseded and expired ones included, oldest first.</summary>
    IAsyncEnumerable<MemoryItem> ExportAsync(MemoryScope? scope, CancellationToken cancellationToken = default);
}
