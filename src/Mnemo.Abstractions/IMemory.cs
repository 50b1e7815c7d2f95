using Microsoft.Extensions.AI;

namespace Mnemo;

/// <summary>
/// Long-term memory for agents, with Mem0's operations. Implemented in-process by the engine (<c>AddMnemo()</c>) and
/// remotely by the HTTP client, so code written against it runs the same embedded or against a server.
/// </summary>
public interface IMemory
{
    /// <summary>
    /// Remembers a conversation. With <see cref="AddOptions.Infer"/> off, each non-system message is stored verbatim;
    /// with it on, facts are extracted and reconciled with existing memories.
    /// </summary>
    /// <exception cref="MemoryValidationException">No message has text, or the scope or metadata is invalid.</exception>
    Task<AddResult> AddAsync(IEnumerable<ChatMessage> messages, AddOptions options, CancellationToken cancellationToken = default);

    /// <summary>Finds the memories most relevant to <paramref name="query"/> (hybrid: semantic + keyword), best first.</summary>
    /// <exception cref="MemoryValidationException">The query is empty, or the scope or limit is invalid.</exception>
    Task<SearchResult> SearchAsync(string query, SearchOptions options, CancellationToken cancellationToken = default);

    /// <summary>
    /// Gets one memory, or <see langword="null"/> when no memory with that id lies in <paramref name="scope"/>: a memory
    /// of another project (or outside the ids the scope sets) is answered exactly like an unknown id, so its existence
    /// does not leak across tenants.
    /// </summary>
    /// <param name="id">The memory's id.</param>
    /// <param name="scope">
    /// Where the memory must lie (see <see cref="MemoryScope.Contains"/>): its project, the tenant, and optionally the
    /// user, agent, run or app ids it must have. <see langword="null"/> is the whole default project (for the remote
    /// client: its API key's project).
    /// </param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="MemoryValidationException">An id of <paramref name="scope"/> is blank.</exception>
    Task<MemoryItem?> GetAsync(Guid id, MemoryScope? scope = null, CancellationToken cancellationToken = default);

    /// <summary>Lists a scope's memories, one page at a time, in a stable order.</summary>
    Task<MemoryPage> ListAsync(ListOptions options, CancellationToken cancellationToken = default);

    /// <summary>Changes one memory and records the change in its history.</summary>
    /// <param name="id">The memory's id.</param>
    /// <param name="update">The new values; those left <see langword="null"/> keep theirs.</param>
    /// <param name="scope">Where the memory must lie, as for <see cref="GetAsync"/>; <see langword="null"/> is the whole default project.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="MemoryNotFoundException">No memory with that id lies in <paramref name="scope"/> (one of another tenant changes nothing).</exception>
    /// <exception cref="MemoryValidationException">The memory is immutable, or the new text or metadata is invalid, or an id of <paramref name="scope"/> is blank.</exception>
    Task<MemoryItem> UpdateAsync(Guid id, MemoryUpdate update, MemoryScope? scope = null, CancellationToken cancellationToken = default);

    /// <summary>Deletes one memory; its history keeps a DELETE entry.</summary>
    /// <param name="id">The memory's id.</param>
    /// <param name="scope">Where the memory must lie, as for <see cref="GetAsync"/>; <see langword="null"/> is the whole default project.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="MemoryNotFoundException">No memory with that id lies in <paramref name="scope"/> (one of another tenant stays).</exception>
    /// <exception cref="MemoryValidationException">An id of <paramref name="scope"/> is blank.</exception>
    Task DeleteAsync(Guid id, MemoryScope? scope = null, CancellationToken cancellationToken = default);

    /// <summary>Deletes every memory matching <paramref name="scope"/>, however many, and returns how many.</summary>
    Task<int> DeleteAllAsync(MemoryScope scope, CancellationToken cancellationToken = default);

    /// <summary>
    /// The changes to one memory, oldest first (also after its deletion); empty for an unknown id and for a memory
    /// outside <paramref name="scope"/>.
    /// </summary>
    /// <param name="id">The memory's id.</param>
    /// <param name="scope">Where the memory must lie, as for <see cref="GetAsync"/>; <see langword="null"/> is the whole default project.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="MemoryValidationException">An id of <paramref name="scope"/> is blank.</exception>
    Task<IReadOnlyList<MemoryHistoryEntry>> HistoryAsync(Guid id, MemoryScope? scope = null, CancellationToken cancellationToken = default);

    /// <summary>Erases every memory, history entry and queued add of every scope.</summary>
    Task ResetAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Erases a subject completely (right to be forgotten): memories (with their embeddings), history text,
    /// keyword-index entries and queued work, compacting the store so the text no longer appears in its files.
    /// </summary>
    Task<ForgetReceipt> ForgetAsync(MemoryScope scope, CancellationToken cancellationToken = default);
}
