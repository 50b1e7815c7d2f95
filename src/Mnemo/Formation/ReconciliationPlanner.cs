using System.Globalization;
using Mnemo.Adding;

namespace Mnemo.Formation;

/// <summary>
/// Turns proposed operations into one change set: maps short ids back to real ones, ignores (and reports) ids the
/// model invented, refuses to change immutable memories, drops duplicates deterministically, and writes the history.
/// </summary>
internal sealed class ReconciliationPlanner(MnemoOptions options)
{
    public ReconciliationPlan Plan(
        IReadOnlyList<ProposedOperation> operations,
        IReadOnlyList<StoredMemory> existing,
        IReadOnlyDictionary<string, ReadOnlyMemory<float>> newVectors,
        IReadOnlySet<string> knownHashes,
        AddOptions add,
        IReadOnlyList<string>? categoriesForText,
        DateTimeOffset observedAt,
        DateTimeOffset now,
        string? actorId,
        IReadOnlyDictionary<string, ReadOnlyMemory<float>>? contextVectors = null)
    {
        var upserts = new List<StoredMemory>();
        var deletes = new List<Guid>();
        var history = new List<MemoryHistoryEntry>();
        var events = new List<MemoryEventResult>();
        var warnings = new List<string>();
        var touched = new HashSet<Guid>();
        var addedHashes = new HashSet<string>(knownHashes, StringComparer.Ordinal);
        var added = new List<(string Text, ReadOnlyMemory<float> Vector)>();

        for (var i = 0; i < operations.Count; i++)
        {
            var op = operations[i];
            var target = Resolve(op.Id, existing);
            var hallucinated = op.Event != MemoryEventType.Add && op.Id is not null && target is null;
            if (hallucinated)
            {
                warnings.Add($"operation {i} ({Name(op.Event)}) named id '{op.Id}', which is not one of the memories shown; the id was ignored.");
            }

            if (target is not null && !touched.Add(target.Item.Id) && op.Event != MemoryEventType.None)
            {
                warnings.Add($"operation {i} ({Name(op.Event)}) touched memory '{op.Id}' a second time; ignored.");
                continue;
            }

            switch (op.Event)
            {
                case MemoryEventType.None:
                    break;

                case MemoryEventType.Delete when target is not null:
                    deletes.Add(target.Item.Id);
                    history.Add(Entry(target.Item, MemoryEventType.Delete, target.Item.Text, null, actorId, now));
                    events.Add(new MemoryEventResult(target.Item.Id, target.Item.Text, MemoryEventType.Delete, target.Item.Text) { Note = op.Note });
                    break;

                case MemoryEventType.Update when target is not null && !target.Item.Immutable && Text(op) is { } text:
                    if (string.Equals(text, target.Item.Text, StringComparison.Ordinal))
                    {
                        break;
                    }

                    var updated = target.Item with { Text = text, Hash = MemoryHash.Compute(text), UpdatedAt = now };
                    upserts.Add(new StoredMemory(updated, newVectors[text]));
                    history.Add(Entry(target.Item, MemoryEventType.Update, target.Item.Text, text, actorId, now));
                    events.Add(new MemoryEventResult(updated.Id, text, MemoryEventType.Update, target.Item.Text));
                    break;

                case MemoryEventType.Supersede when target is not null && !target.Item.Immutable && Text(op) is { } text:
                    var validAt = op.ValidAt ?? observedAt;
                    var replacement = NewMemory(text, newVectors[text], add, op.Categories, categoriesForText, validAt, observedAt, now, actorId) with { ContextEmbedding = ContextOf(text, contextVectors) };
                    Retire(target.Item, replacement.Item, text, validAt);
                    upserts.Add(replacement);
                    history.Add(Entry(replacement.Item, MemoryEventType.Add, null, text, actorId, now));
                    var retiredIds = new List<Guid> { target.Item.Id };
                    foreach (var also in (op.AlsoRetires ?? []).Select(id => Resolve(id, existing)))
                    {
                        if (also is { Item.Immutable: false } && touched.Add(also.Item.Id))
                        {
                            retiredIds.Add(also.Item.Id);
                            Retire(also.Item, replacement.Item, text, validAt);
                        }
                    }

                    events.Add(new MemoryEventResult(replacement.Item.Id, text, MemoryEventType.Add) { Note = $"supersedes {string.Join(", ", retiredIds)}" });
                    addedHashes.Add(replacement.Item.Hash);
                    added.Add((text, replacement.Embedding));
                    break;

                case MemoryEventType.Add or MemoryEventType.Update or MemoryEventType.Supersede when Text(op) is { } text:
                    if (target is { Item.Immutable: true })
                    {
                        warnings.Add($"operation {i} ({Name(op.Event)}) targets immutable memory '{op.Id}'; its fact was added as a new memory instead.");
                    }

                    var vector = newVectors[text];
                    var hash = MemoryHash.Compute(text);
                    if (addedHashes.Contains(hash) || IsNearDuplicate(text, vector.Span, existing, added))
                    {
                        // Said before: nothing to store, and the caller hears so rather than getting an empty result.
                        warnings.Add($"already known: \"{text}\" matches a memory of this scope; it was not stored again.");
                        break;
                    }

                    var memory = NewMemory(text, vector, add, op.Categories, categoriesForText, op.ValidAt ?? observedAt, observedAt, now, actorId) with { ContextEmbedding = ContextOf(text, contextVectors) };
                    upserts.Add(memory);
                    history.Add(Entry(memory.Item, MemoryEventType.Add, null, text, actorId, now));
                    events.Add(new MemoryEventResult(memory.Item.Id, text, MemoryEventType.Add) { Note = op.Note });
                    addedHashes.Add(hash);
                    added.Add((text, vector));
                    break;

                default:
                    if (hallucinated)
                    {
                        break;
                    }

                    warnings.Add($"operation {i} ({Name(op.Event)}) had no usable text or target; ignored.");
                    break;
            }
        }

        return new ReconciliationPlan(new MemoryChangeSet { Upserts = upserts, Deletes = deletes, History = history }, events, warnings);

        // Closes an old memory as superseded by its replacement, with its history entry and its event.
        void Retire(MemoryItem old, MemoryItem replacement, string text, DateTimeOffset validAt)
        {
            // Never an inverted window: a new fact dated before the old one began closes the old one at its own start (it
            // was never valid, as far as we now know), not before it (docs/architecture.md).
            var validTo = validAt < old.ValidFrom ? old.ValidFrom : validAt;
            upserts.Add(new StoredMemory(old with { ValidTo = validTo, SupersededBy = replacement.Id, UpdatedAt = now }, ReadOnlyMemory<float>.Empty));
            history.Add(Entry(old, MemoryEventType.Supersede, old.Text, text, actorId, now) with { RelatedMemoryId = replacement.Id });
            events.Add(new MemoryEventResult(old.Id, old.Text, MemoryEventType.Supersede, old.Text) { Note = $"superseded by {replacement.Id}" });
        }
    }

    /// <summary>Every text the plan may need an embedding for (new facts and new versions).</summary>
    public static IReadOnlyList<string> TextsToEmbed(IReadOnlyList<ProposedOperation> operations) =>
        operations.Where(o => o.Event is MemoryEventType.Add or MemoryEventType.Update or MemoryEventType.Supersede)
            .Select(Text).OfType<string>().Distinct(StringComparer.Ordinal).ToList();

    private bool IsNearDuplicate(string text, ReadOnlySpan<float> vector, IReadOnlyList<StoredMemory> existing, List<(string Text, ReadOnlyMemory<float> Vector)> added)
    {
        foreach (var memory in existing)
        {
            if (NearDuplicate.IsDuplicate(text, vector, memory.Item.Text, memory.Embedding.Span, options.Formation.NearDuplicateCosine, options.Formation.NearDuplicateOverlap))
            {
                return true;
            }
        }

        foreach (var (otherText, otherVector) in added)
        {
            if (NearDuplicate.IsDuplicate(text, vector, otherText, otherVector.Span, options.Formation.NearDuplicateCosine, options.Formation.NearDuplicateOverlap))
            {
                return true;
            }
        }

        return false;
    }

    private static StoredMemory? Resolve(string? shortId, IReadOnlyList<StoredMemory> existing) =>
        int.TryParse(shortId, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < existing.Count ? existing[index] : null;

    private static string? Text(ProposedOperation op) => string.IsNullOrWhiteSpace(op.Text) ? null : op.Text.Trim();

    private static string Name(MemoryEventType type) => type.ToString().ToUpperInvariant();

    // A new memory's contextual vector (EmbeddingOptions.ContextMemories), when the caller embedded one for its text.
    private static ReadOnlyMemory<float> ContextOf(string text, IReadOnlyDictionary<string, ReadOnlyMemory<float>>? contextVectors) =>
        contextVectors is not null && contextVectors.TryGetValue(text, out var vector) ? vector : ReadOnlyMemory<float>.Empty;

    private static StoredMemory NewMemory(
        string text, ReadOnlyMemory<float> vector, AddOptions add, IReadOnlyList<string>? own, IReadOnlyList<string>? categories, DateTimeOffset validFrom, DateTimeOffset observedAt, DateTimeOffset now, string? actorId) =>
        new(
            new MemoryItem
            {
                Id = MemoryIds.Next(now),
                Text = text,
                Hash = MemoryHash.Compute(text),
                Scope = add.Scope,
                ActorId = actorId,
                Role = "user",
                Metadata = add.Metadata ?? MemoryMetadata.Empty,
                Categories = [.. (own ?? []).Concat(add.Categories ?? categories ?? []).Distinct(StringComparer.Ordinal)],
                CreatedAt = now,
                UpdatedAt = now,
                ObservedAt = observedAt,
                ValidFrom = validFrom,
                ExpiresAt = add.ExpiresAt,
                Immutable = add.Immutable,
            },
            vector);

    private static MemoryHistoryEntry Entry(MemoryItem item, MemoryEventType type, string? oldText, string? newText, string? actorId, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        MemoryId = item.Id,
        Scope = item.Scope,
        Event = type,
        OldText = oldText,
        NewText = newText,
        ActorId = actorId,
        CreatedAt = now,
    };
}
