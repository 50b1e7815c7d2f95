using Microsoft.Extensions.AI;

namespace Mnemo.Agents.Tests;

/// <summary>An <see cref="IMemory"/> over a real one whose search can be made to throw or to hang.</summary>
public sealed class FlakyMemory(IMemory inner) : IMemory
{
    public Exception? SearchFailure { get; set; }

    public bool SearchHangs { get; set; }

    public async Task<SearchResult> SearchAsync(string query, SearchOptions options, CancellationToken cancellationToken = default)
    {
        if (SearchHangs)
        {
            // Ignores cancellation on purpose: a hung remote that never answers.
            await new TaskCompletionSource().Task;
        }

        return SearchFailure is null ? await inner.SearchAsync(query, options, cancellationToken) : throw SearchFailure;
    }

    public Task<AddResult> AddAsync(IEnumerable<ChatMessage> messages, AddOptions options, CancellationToken cancellationToken = default) => inner.AddAsync(messages, options, cancellationToken);

    public Task<MemoryItem?> GetAsync(Guid id, MemoryScope? scope = null, CancellationToken cancellationToken = default) => inner.GetAsync(id, scope, cancellationToken);

    public Task<MemoryPage> ListAsync(ListOptions options, CancellationToken cancellationToken = default) => inner.ListAsync(options, cancellationToken);

    public Task<MemoryItem> UpdateAsync(Guid id, MemoryUpdate update, MemoryScope? scope = null, CancellationToken cancellationToken = default) => inner.UpdateAsync(id, update, scope, cancellationToken);

    public Task DeleteAsync(Guid id, MemoryScope? scope = null, CancellationToken cancellationToken = default) => inner.DeleteAsync(id, scope, cancellationToken);

    public Task<int> DeleteAllAsync(MemoryScope scope, CancellationToken cancellationToken = default) => inner.DeleteAllAsync(scope, cancellationToken);

    public Task<IReadOnlyList<MemoryHistoryEntry>> HistoryAsync(Guid id, MemoryScope? scope = null, CancellationToken cancellationToken = default) => inner.HistoryAsync(id, scope, cancellationToken);

    public Task ResetAsync(CancellationToken cancellationToken = default) => inner.ResetAsync(cancellationToken);

    public Task<ForgetReceipt> ForgetAsync(MemoryScope scope, CancellationToken cancellationToken = default) => inner.ForgetAsync(scope, cancellationToken);
}
