using System.Diagnostics;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Mnemo.Concurrency;
using Mnemo.Diagnostics;
using Mnemo.Embedding;

namespace Mnemo.Adding;

/// <summary>
/// Add with infer off: each user or assistant message with text becomes one memory, verbatim. All texts are embedded
/// in one batched call (cache first; with <see cref="EmbeddingOptions.ContextMemories"/>, after the memories before them)
/// and every memory, history entry and cache entry commits in one transaction.
/// </summary>
internal sealed class AddPipeline(
    IMemoryStore store, EmbeddingService embeddings, EmbeddingContext context, ScopeLocks locks, TimeProvider time, ILogger logger)
{
    public async Task<AddResult> AddVerbatimAsync(
        IEnumerable<ChatMessage> messages, AddOptions add, Func<IReadOnlyList<MemoryEventResult>, IngestionCompletion>? complete, CancellationToken cancellationToken)
    {
        var turns = RememberableTurns(messages);
        using var activity = MnemoDiagnostics.ActivitySource.StartActivity("mnemo.add");
        var started = Stopwatch.GetTimestamp();
        var now = time.GetUtcNow();
        var texts = turns.Select(t => t.Text).ToList();
        var inputs = await context.InputsAsync(add.Scope, texts, now, now, cancellationToken).ConfigureAwait(false);
        var embedded = await embeddings.EmbedDocumentsAsync(add.Scope, texts, cancellationToken, inputs).ConfigureAwait(false);

        var observed = add.ObservedAt ?? now;
        var upserts = new List<StoredMemory>(turns.Count);
        var history = new List<MemoryHistoryEntry>(turns.Count);
        var events = new List<MemoryEventResult>(turns.Count);
        for (var i = 0; i < turns.Count; i++)
        {
            var (role, actor, text) = turns[i];
            var item = new MemoryItem
            {
                Id = MemoryIds.Next(now),
                Text = text,
                Hash = MemoryHash.Compute(text),
                Scope = add.Scope,
                ActorId = actor ?? add.ActorId,
                Role = role,
                Metadata = add.Metadata ?? MemoryMetadata.Empty,
                Categories = add.Categories ?? [],
                CreatedAt = now,
                UpdatedAt = now,
                ObservedAt = observed,
                ValidFrom = observed,
                ExpiresAt = add.ExpiresAt,
                Immutable = add.Immutable,
            };
            upserts.Add(new StoredMemory(item, embedded.Vectors[i]) { ContextEmbedding = embedded.ContextVectors[i] });
            history.Add(new MemoryHistoryEntry
            {
                Id = Guid.CreateVersion7(now),
                MemoryId = item.Id,
                Scope = item.Scope,
                Event = MemoryEventType.Add,
                NewText = text,
                ActorId = item.ActorId,
                CreatedAt = now,
            });
            events.Add(new MemoryEventResult(item.Id, text, MemoryEventType.Add));
        }

        using (await locks.AcquireAsync(add.Scope, cancellationToken).ConfigureAwait(false))
        {
            await store.ApplyAsync(
                new MemoryChangeSet { Upserts = upserts, History = history, Completion = complete?.Invoke(events) },
                cancellationToken).ConfigureAwait(false);
        }

        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        MnemoDiagnostics.AddDuration.Record(elapsed);
        MnemoDiagnostics.MemoriesWritten.Add(upserts.Count);
        Log.Added(logger, upserts.Count, add.Scope, false, elapsed);
        return new AddResult(events, embedded.Usage);
    }

    // The messages that become memories. Memory.ValidateAdd has already checked them (lengths, at least one with text).
    private static List<(string Role, string? Actor, string Text)> RememberableTurns(IEnumerable<ChatMessage> messages) =>
        messages
            .Where(m => m.Role != ChatRole.System && m.Role != ChatRole.Tool && !string.IsNullOrWhiteSpace(m.Text))
            .Select(m => (m.Role.Value, m.AuthorName, m.Text))
            .ToList();
}
