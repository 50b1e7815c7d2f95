using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Mnemo.Adding;
using Mnemo.Concurrency;
using Mnemo.Diagnostics;
using Mnemo.Embedding;
using Mnemo.Indexing;
using Mnemo.Searching;

namespace Mnemo;

/// <summary>
/// The in-process engine: validates, then hands each operation to its pipeline step. Initialises the store (schema and
/// embedding-model check) on first use.
/// </summary>
internal sealed class Memory : IMemory, IMemoryTransfer
{
    private static readonly MemoryScope DefaultProject = new();
    private readonly IMemoryStore _store;
    private readonly MemoryIndex _index;
    private readonly MnemoOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly EmbeddingService _embeddings;
    private readonly EmbeddingContext _context;
    private readonly InputValidator _validator;
    private readonly ScopeLocks _locks;
    private readonly AddPipeline _add;
    private readonly SearchPipeline _search;
    private readonly Formation.FormationPipeline _formation;
    private readonly SemaphoreSlim _initGate = new(1, 1);
    private volatile bool _initialized;
    private readonly bool _formationUsesRules;
    private int _warnedNoChatClient;

    public Memory(
        IMemoryStore store,
        IEmbeddingGenerator<string, Embedding<float>> generator,
        MnemoOptions options,
        TimeProvider time,
        ILogger<Memory> logger,
        IChatClient? chatClient = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(generator);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        options.Validate();
        _index = new MemoryIndex(store, time, logger, options);
        store = new IndexedMemoryStore(store, _index);
        var searcher = new IndexSearcher(_index, store, options.Candidates);
        _store = store;
        _options = options;
        _time = time;
        _logger = logger;
        _embeddings = new EmbeddingService(generator, store, options.Embedding.QueryCacheCapacity, options.Embedding.PassageLength, options.Embedding.MaxPassages);
        _validator = new InputValidator(options);
        _context = new EmbeddingContext(store, options.Embedding);
        _locks = new ScopeLocks(store.GetService<IScopeWriteLock>());
        _add = new AddPipeline(store, _embeddings, _context, _locks, time, logger);
        _formationUsesRules = chatClient is null;
        _search = new SearchPipeline(searcher, _embeddings, new HybridScorer(options), _validator, options, time, logger);
        _formation = new Formation.FormationPipeline(store, searcher, _embeddings, _context, chatClient, options, _locks, time, logger, _search.SearchAsync);

        // A forget or delete by another engine on the same store reaches this one through the change feed: the caches
        // keyed by text go whole then, as after a forget here.
        _index.Erased += ClearTextCaches;
        AnalysisWarmUp.Start();
    }

    /// <summary>The add with infer on (tests read what it keeps across adds).</summary>
    internal Formation.FormationPipeline Formation => _formation;

    public Task<AddResult> AddAsync(IEnumerable<ChatMessage> messages, AddOptions options, CancellationToken cancellationToken = default) =>
        AddAsync(messages, options, complete: null, cancellationToken);

    /// <summary>
    /// The add; <paramref name="complete"/> (background adds) turns the add's events into the completion of its queued
    /// event, committed in the same transaction as its writes. It is not called when the add writes nothing.
    /// </summary>
    internal async Task<AddResult> AddAsync(
        IEnumerable<ChatMessage> messages,
        AddOptions options,
        Func<IReadOnlyList<MemoryEventResult>, IngestionCompletion>? complete,
        CancellationToken cancellationToken)
    {
        var list = ValidateAdd(messages, options);
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        if (!options.Infer && options.MemoryType == MemoryType.Semantic)
        {
            return await _add.AddVerbatimAsync(list, options, complete, cancellationToken).ConfigureAwait(false);
        }

        if (_formationUsesRules && Interlocked.Exchange(ref _warnedNoChatClient, 1) == 0)
        {
            Log.InferWithoutChatClient(_logger);
        }

        return await _formation.AddAsync(list, options, complete, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every check an add makes before any model call or write (shared with background adds, which check before enqueueing).</summary>
    internal IReadOnlyList<ChatMessage> ValidateAdd(IEnumerable<ChatMessage> messages, AddOptions options)
    {
        ArgumentNullException.ThrowIfNull(messages);
        ArgumentNullException.ThrowIfNull(options);
        InputValidator.Scope(options.Scope);
        MemoryMetadata.Validate(options.Metadata);
        InputValidator.Categories(options.Categories);

        var list = messages as IReadOnlyList<ChatMessage> ?? messages.ToList();
        var verbatim = !options.Infer && options.MemoryType == MemoryType.Semantic;
        foreach (var message in list)
        {
            ArgumentNullException.ThrowIfNull(message);
            if (message.Role != ChatRole.System && !string.IsNullOrWhiteSpace(message.Text))
            {
                _validator.Text(message.Text, "messages");
            }
        }

        if (!list.Any(m => m.Role != ChatRole.System && (!verbatim || m.Role != ChatRole.Tool) && !string.IsNullOrWhiteSpace(m.Text)))
        {
            throw new MemoryValidationException("messages", "Nothing to remember: no user or assistant message has text.");
        }

        if (options.MemoryType == MemoryType.Procedural && options.Scope.AgentId is null)
        {
            throw new MemoryValidationException("agent_id", "Procedural memories belong to an agent: agent_id is required.");
        }

        return list;
    }

    public async Task<SearchResult> SearchAsync(string query, SearchOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        return await _search.SearchAsync(query, options, cancellationToken).ConfigureAwait(false);
    }

    public async Task<MemoryItem?> GetAsync(Guid id, MemoryScope? scope = null, CancellationToken cancellationToken = default)
    {
        scope = ByIdScope(scope);
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        return await GetWithinAsync(id, scope, cancellationToken).ConfigureAwait(false);
    }

    public async Task<MemoryPage> ListAsync(ListOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        InputValidator.Scope(options.Scope);
        InputValidator.Range(options.Page, 1, int.MaxValue / SearchPipeline.MaxLimit, "page");
        InputValidator.Range(options.PageSize, 1, SearchPipeline.MaxLimit, "page_size");
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        return await _store.ListAsync(
            new MemoryListQuery
            {
                Scope = options.Scope,
                Filter = options.Filter,
                Offset = (options.Page - 1) * options.PageSize,
                Limit = options.PageSize,
                Order = options.Order,
                AsOf = _time.GetUtcNow(),
                IncludeSuperseded = options.IncludeSuperseded,
                IncludeExpired = options.IncludeExpired,
            },
            cancellationToken).ConfigureAwait(false) with { Page = options.Page, PageSize = options.PageSize };
    }

    public async Task<MemoryItem> UpdateAsync(Guid id, MemoryUpdate update, MemoryScope? scope = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(update);
        scope = ByIdScope(scope);
        if (update.Text is not null)
        {
            _validator.Text(update.Text, "text");
        }

        MemoryMetadata.Validate(update.Metadata);
        InputValidator.Categories(update.Categories);
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);

        var current = await GetWithinAsync(id, scope, cancellationToken).ConfigureAwait(false) ?? throw new MemoryNotFoundException(id);
        using (await _locks.AcquireAsync(current.Scope, cancellationToken).ConfigureAwait(false))
        {
            // Re-read under the scope lock: a concurrent writer may have changed or deleted it.
            current = await GetWithinAsync(id, scope, cancellationToken).ConfigureAwait(false) ?? throw new MemoryNotFoundException(id);
            if (current.Immutable)
            {
                throw new MemoryValidationException("id", $"Memory '{id}' is immutable; delete it and add a new one instead.");
            }

            var now = _time.GetUtcNow();
            var textChanged = update.Text is not null && !string.Equals(update.Text, current.Text, StringComparison.Ordinal);
            var updated = current with
            {
                Text = update.Text ?? current.Text,
                Hash = textChanged ? MemoryHash.Compute(update.Text!) : current.Hash,
                Metadata = update.Metadata ?? current.Metadata,
                Categories = update.Categories ?? current.Categories,
                ExpiresAt = update.ExpiresAt ?? current.ExpiresAt,
                UpdatedAt = now,
            };

            // A change of metadata, categories or expiry is recorded with its before and after, so the history of a
            // metadata-only update says what changed (its old and new text are the same).
            var metadataChanged = update.Metadata is not null && !SameMetadata(current.Metadata, updated.Metadata);
            var categoriesChanged = update.Categories is not null && !current.Categories.SequenceEqual(updated.Categories, StringComparer.Ordinal);
            var expiryChanged = update.ExpiresAt is not null && current.ExpiresAt != updated.ExpiresAt;

            var embedding = ReadOnlyMemory<float>.Empty;
            if (textChanged)
            {
                var embedded = await _embeddings.EmbedDocumentsAsync(current.Scope, [updated.Text], cancellationToken).ConfigureAwait(false);
                embedding = embedded.Vectors[0];
            }

            await _store.ApplyAsync(
                new MemoryChangeSet
                {
                    Upserts = [new StoredMemory(updated, embedding)],
                    History =
                    [
                        new MemoryHistoryEntry
                        {
                            Id = Guid.CreateVersion7(now),
                            MemoryId = id,
                            Scope = current.Scope,
                            Event = MemoryEventType.Update,
                            OldText = current.Text,
                            NewText = updated.Text,
                            ActorId = update.ActorId,
                            CreatedAt = now,
                            OldMetadata = metadataChanged ? current.Metadata : null,
                            NewMetadata = metadataChanged ? updated.Metadata : null,
                            OldCategories = categoriesChanged ? current.Categories : null,
                            NewCategories = categoriesChanged ? updated.Categories : null,
                            OldExpiresAt = expiryChanged ? current.ExpiresAt : null,
                            NewExpiresAt = expiryChanged ? updated.ExpiresAt : null,
                        },
                    ],
                },
                cancellationToken).ConfigureAwait(false);
            MnemoDiagnostics.MemoriesWritten.Add(1);
            return updated;
        }
    }

    public async Task DeleteAsync(Guid id, MemoryScope? scope = null, CancellationToken cancellationToken = default)
    {
        scope = ByIdScope(scope);
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        var current = await GetWithinAsync(id, scope, cancellationToken).ConfigureAwait(false) ?? throw new MemoryNotFoundException(id);
        using (await _locks.AcquireAsync(current.Scope, cancellationToken).ConfigureAwait(false))
        {
            current = await GetWithinAsync(id, scope, cancellationToken).ConfigureAwait(false) ?? throw new MemoryNotFoundException(id);
            await _store.ApplyAsync(
                new MemoryChangeSet { Deletes = [id], History = [DeletionEntry(current, _time.GetUtcNow())] },
                cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<int> DeleteAllAsync(MemoryScope scope, CancellationToken cancellationToken = default)
    {
        InputValidator.Scope(scope);
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        var deleted = 0;
        using (await _locks.AcquireBulkAsync(scope, cancellationToken).ConfigureAwait(false))
        {
            // Collect first, then delete in bounded transactions: deleting while streaming would shift pages under us.
            var all = new List<MemoryItem>();
            await foreach (var item in _store.StreamAsync(EverythingIn(scope), cancellationToken).ConfigureAwait(false))
            {
                all.Add(item);
            }

            foreach (var chunk in all.Chunk(_options.DeleteBatchSize))
            {
                var now = _time.GetUtcNow();
                await _store.ApplyAsync(
                    new MemoryChangeSet { Deletes = chunk.Select(m => m.Id).ToList(), History = chunk.Select(m => DeletionEntry(m, now)).ToList() },
                    cancellationToken).ConfigureAwait(false);
                deleted += chunk.Length;
            }
        }

        Log.DeletedAll(_logger, deleted);
        Log.DeletedAllOf(_logger, deleted, scope);
        return deleted;
    }

    public async Task<IReadOnlyList<MemoryHistoryEntry>> HistoryAsync(Guid id, MemoryScope? scope = null, CancellationToken cancellationToken = default)
    {
        scope = ByIdScope(scope);
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        var history = await _store.GetHistoryAsync(id, cancellationToken).ConfigureAwait(false);

        // A memory keeps its scope for life, so every entry lies in the same one; All still refuses a mixed list.
        return history.All(entry => scope.Contains(entry.Scope)) ? history : [];
    }

    public async Task ResetAsync(CancellationToken cancellationToken = default)
    {
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        await _store.ResetAsync(cancellationToken).ConfigureAwait(false);
        ClearTextCaches();
    }

    // The caches keyed by text: the LRU of query vectors and what formation read of memories' texts.
    private void ClearTextCaches()
    {
        _embeddings.ClearQueryCache();
        _formation.ClearReadings();
    }

    public async Task<ForgetReceipt> ForgetAsync(MemoryScope scope, CancellationToken cancellationToken = default)
    {
        InputValidator.Scope(scope);
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        var started = Stopwatch.GetTimestamp();
        ForgetReceipt receipt;
        using (await _locks.AcquireBulkAsync(scope, cancellationToken).ConfigureAwait(false))
        {
            // Working memory first, so the store's compaction after the erasure covers its pages too.
            if (_store.GetService<IWorkingMemoryStore>() is { } working)
            {
                await working.DeleteWorkingMemoriesAsync(scope, cancellationToken).ConfigureAwait(false);
            }

            receipt = await _store.ForgetAsync(scope, cancellationToken).ConfigureAwait(false);
        }

        // Queries can quote the forgotten text; the LRU is keyed by query text, so it goes whole, as do the readings of
        // memories' texts that formation keeps.
        ClearTextCaches();
        Log.Forgot(_logger, receipt.Memories, receipt.HistoryEntries, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        Log.ForgotSubject(_logger, scope);
        return receipt;
    }

    public async Task<int> ImportAsync(IReadOnlyList<MemoryItem> items, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count == 0)
        {
            return 0;
        }

        foreach (var item in items)
        {
            ArgumentNullException.ThrowIfNull(item);
            _validator.Text(item.Text, "memory");
            InputValidator.Scope(item.Scope);
            MemoryMetadata.Validate(item.Metadata);
        }

        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        var vectors = new ReadOnlyMemory<float>[items.Count];
        var contextVectors = new ReadOnlyMemory<float>[items.Count];
        var now = _time.GetUtcNow();
        foreach (var group in items.Select((item, i) => (item, i)).GroupBy(p => p.item.Scope))
        {
            // Items of a scope arrive in list order; the first ones take context from memories created before all of them.
            var texts = group.Select(p => p.item.Text).ToList();
            var inputs = await _context.InputsAsync(group.Key, texts, group.Min(p => p.item.CreatedAt), now, cancellationToken).ConfigureAwait(false);
            var embedded = await _embeddings.EmbedDocumentsAsync(group.Key, texts, cancellationToken, inputs).ConfigureAwait(false);
            var k = 0;
            foreach (var (_, i) in group)
            {
                vectors[i] = embedded.Vectors[k];
                contextVectors[i] = embedded.ContextVectors[k++];
            }
        }

        var upserts = items.Select((item, i) => new StoredMemory(item with { Hash = MemoryHash.Compute(item.Text) }, vectors[i]) { ContextEmbedding = contextVectors[i] }).ToList();
        await _store.ApplyAsync(new MemoryChangeSet { Upserts = upserts }, cancellationToken).ConfigureAwait(false);
        MnemoDiagnostics.MemoriesWritten.Add(upserts.Count);
        return upserts.Count;
    }

    public async IAsyncEnumerable<MemoryItem> ExportAsync(MemoryScope? scope, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        var query = EverythingIn(scope) with { Order = MemoryOrder.CreatedAscending };
        await foreach (var item in _store.StreamAsync(query, cancellationToken).ConfigureAwait(false))
        {
            yield return item;
        }
    }

    /// <summary>The restriction of a by-id call: <see langword="null"/> is the whole default project; a blank id is refused.</summary>
    private static MemoryScope ByIdScope(MemoryScope? scope)
    {
        if (scope is null)
        {
            return DefaultProject;
        }

        scope.ValidateIds();
        return scope;
    }

    /// <summary>
    /// The memory when it lies in <paramref name="scope"/>, else <see langword="null"/>: one of another tenant is
    /// answered like an unknown id, so its existence does not leak and nothing of it is changed.
    /// </summary>
    private async Task<MemoryItem?> GetWithinAsync(Guid id, MemoryScope scope, CancellationToken cancellationToken)
    {
        var item = await _store.GetAsync(id, cancellationToken).ConfigureAwait(false);
        return item is not null && scope.Contains(item.Scope) ? item : null;
    }

    private MemoryListQuery EverythingIn(MemoryScope? scope) => new()
    {
        Scope = scope,
        AsOf = _time.GetUtcNow(),
        IncludeSuperseded = true,
        IncludeExpired = true,
        Order = MemoryOrder.CreatedAscending,
    };

    private static bool SameMetadata(IReadOnlyDictionary<string, JsonElement> a, IReadOnlyDictionary<string, JsonElement> b) =>
        a.Count == b.Count && a.All(kv => b.TryGetValue(kv.Key, out var other) && JsonElement.DeepEquals(kv.Value, other));

    private static MemoryHistoryEntry DeletionEntry(MemoryItem item, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        MemoryId = item.Id,
        Scope = item.Scope,
        Event = MemoryEventType.Delete,
        OldText = item.Text,
        CreatedAt = now,
    };

    internal async Task EnsureInitializedAsync(CancellationToken cancellationToken)
    {
        if (_initialized)
        {
            return;
        }

        await _initGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_initialized)
            {
                var model = await _embeddings.ResolveModelAsync(cancellationToken).ConfigureAwait(false);
                await _store.InitializeAsync(model, cancellationToken).ConfigureAwait(false);
                Log.StoreInitialized(_logger, model.ModelId, model.Dimensions);
                _initialized = true;
            }
        }
        finally
        {
            _initGate.Release();
        }
    }
}
