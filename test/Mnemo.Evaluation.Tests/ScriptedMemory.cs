using System.Text.Json;
using Microsoft.Extensions.AI;

namespace Mnemo.Evaluation.Tests;

/// <summary>
/// A memory that records what it is given and answers each search from a script: question -> dia_ids, best first
/// (<see langword="null"/> for a result carrying no dia_id). <paramref name="metadata"/> turns a scripted id into the
/// result's metadata (default: <c>{"dia_id": id}</c>).
/// </summary>
internal sealed class ScriptedMemory(
    IReadOnlyDictionary<string, string?[]> script, Func<string, IReadOnlyDictionary<string, JsonElement>>? metadata = null) : IMemory, IMemoryTransfer
{
    public List<MemoryItem> Imported { get; } = [];

    public List<(ChatMessage Message, AddOptions Options)> Added { get; } = [];

    public List<MemoryScope> DeletedScopes { get; } = [];

    public List<(string Query, SearchOptions Options)> Searches { get; } = [];

    public Task<int> ImportAsync(IReadOnlyList<MemoryItem> items, CancellationToken cancellationToken = default)
    {
        Imported.AddRange(items);
        return Task.FromResult(items.Count);
    }

    /// <summary>What an add answers, from its first message; by default nothing written and nothing skipped.</summary>
    public Func<ChatMessage, AddResult>? OnAdd { get; init; }

    public Task<AddResult> AddAsync(IEnumerable<ChatMessage> messages, AddOptions options, CancellationToken cancellationToken = default)
    {
        var list = messages.ToList();
        foreach (var message in list)
        {
            Added.Add((message, options));
        }

        return Task.FromResult(OnAdd?.Invoke(list[0]) ?? new AddResult([], MemoryUsage.None));
    }

    public Task<int> DeleteAllAsync(MemoryScope scope, CancellationToken cancellationToken = default)
    {
        DeletedScopes.Add(scope);
        return Task.FromResult(0);
    }

    public Task<SearchResult> SearchAsync(string query, SearchOptions options, CancellationToken cancellationToken = default)
    {
        Searches.Add((query, options));
        var results = script[query].Select((id, i) => new ScoredMemory(Item(id), 1.0 / (i + 1))).Take(options.Limit).ToList();
        return Task.FromResult(new SearchResult(results, MemoryUsage.None));
    }

    public IAsyncEnumerable<MemoryItem> ExportAsync(MemoryScope? scope, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<MemoryItem?> GetAsync(Guid id, MemoryScope? scope = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<MemoryPage> ListAsync(ListOptions options, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<MemoryItem> UpdateAsync(Guid id, MemoryUpdate update, MemoryScope? scope = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task DeleteAsync(Guid id, MemoryScope? scope = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<MemoryHistoryEntry>> HistoryAsync(Guid id, MemoryScope? scope = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task ResetAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<ForgetReceipt> ForgetAsync(MemoryScope scope, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    private MemoryItem Item(string? diaId)
    {
        var at = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        return new MemoryItem
        {
            Id = Guid.NewGuid(),
            Text = diaId ?? "noise",
            Hash = MemoryHash.Compute(diaId ?? "noise"),
            Scope = MemoryScope.User("s1"),
            Metadata = diaId is null
                ? MemoryMetadata.Empty
                : metadata?.Invoke(diaId) ?? new Dictionary<string, JsonElement> { ["dia_id"] = JsonSerializer.SerializeToElement(diaId) },
            CreatedAt = at,
            UpdatedAt = at,
            ObservedAt = at,
            ValidFrom = at,
        };
    }
}
