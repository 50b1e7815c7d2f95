using System.Diagnostics;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Mnemo.Concurrency;
using Mnemo.Diagnostics;
using Mnemo.Embedding;
using Mnemo.Indexing;

namespace Mnemo.Formation;

/// <summary>
/// Add with infer on: pre-filter, embed the kept messages once, fetch the most similar existing memories, ask the LLM
/// once (or the rule-based extractor when none is configured), then plan and commit every operation in one transaction.
/// The scope's lock is held from candidate retrieval to commit, so concurrent adds to one scope see each other.
/// </summary>
internal sealed class FormationPipeline(
    IMemoryStore store,
    IndexSearcher searcher,
    EmbeddingService embeddings,
    EmbeddingContext context,
    IChatClient? chat,
    MnemoOptions options,
    ScopeLocks locks,
    TimeProvider time,
    ILogger logger,
    Func<string, SearchOptions, CancellationToken, Task<SearchResult>> search)
{
    // The most memories one "forget everything about ..." deletes (each found by its own search).
    private const int MaxForgetAll = 20;

    // A change retires a memory of at most twice its own words plus this many.
    private const int MaxChangedExtraWords = 10;

    private readonly MessagePreFilter _preFilter = new(options.PreFilter);
    private readonly ReconciliationPlanner _planner = new(options);
    private readonly RetractionMatcher _retractions = new(search, options);

    // What the rules read of the memories found, kept across adds (cleared on forget, reset and deletes read from the
    // change feed: ClearReadings).
    private readonly MemoryReadings _readings = new();

    // Store-wide topics apply to every add: exclusions always (union with the call's), inclusions unless the call names its own.
    private AddOptions WithStoreTopics(AddOptions add) => add with
    {
        IncludeTopics = add.IncludeTopics is { Count: > 0 } ? add.IncludeTopics : options.IncludeTopics.Count > 0 ? [.. options.IncludeTopics] : null,
        ExcludeTopics = options.ExcludeTopics.Count == 0 ? add.ExcludeTopics : [.. options.ExcludeTopics.Concat(add.ExcludeTopics ?? []).Distinct(StringComparer.OrdinalIgnoreCase)],
    };

    /// <summary>What was read of memories' texts, kept across adds.</summary>
    internal MemoryReadings Readings => _readings;

    /// <summary>Drops what was read of memories' texts (<see cref="MemoryReadings"/>): forget, reset and deletes read from the change feed call it.</summary>
    public void ClearReadings() => _readings.Clear();

    public async Task<AddResult> AddAsync(
        IReadOnlyList<ChatMessage> messages, AddOptions add, Func<IReadOnlyList<MemoryEventResult>, IngestionCompletion>? complete, CancellationToken cancellationToken)
    {
        add = WithStoreTopics(add);
        var procedural = add.MemoryType == MemoryType.Procedural;

        var extractor = chat is null ? "rules" : "llm";
        var readings = new SentenceReadings();
        var (kept, skipped, answered) = procedural
            ? (KeepAllButSystem(messages), new List<SkippedMessage>(), new Dictionary<ChatMessage, string>())
            : _preFilter.Apply(messages, readings);
        if (!kept.Any(k => k.Message.Role == ChatRole.User || procedural))
        {
            return new AddResult([], MemoryUsage.None) { Extractor = extractor, Skipped = skipped };
        }

        using var activity = MnemoDiagnostics.ActivitySource.StartActivity("mnemo.add.infer");
        var started = Stopwatch.GetTimestamp();
        var now = time.GetUtcNow();
        var observed = add.ObservedAt ?? now;
        var keptMessages = kept.Select(k => k.Message).ToList();
        var userMessages = keptMessages.Where(m => m.Role == ChatRole.User).ToList();
        var actor = userMessages.Select(m => m.AuthorName).FirstOrDefault(n => n is not null) ?? add.ActorId;
        var instructions = string.Join("\n", new[] { options.CustomInstructions, add.CustomInstructions }.Where(s => !string.IsNullOrWhiteSpace(s)));

        if (chat is null && !procedural)
        {
            return await OfflineAddAsync(userMessages, answered, readings, skipped, add, observed, now, actor, complete, started, cancellationToken).ConfigureAwait(false);
        }

        using (await locks.AcquireAsync(add.Scope, cancellationToken).ConfigureAwait(false))
        {
            var usage = MemoryUsage.None;
            var existing = procedural ? ([], MemoryUsage.None) : await CandidatesAsync(userMessages, add.Scope, now, cancellationToken).ConfigureAwait(false);
            (List<ProposedOperation> operations, IReadOnlyList<string>? categories, MemoryUsage llmUsage) = chat is null
                ? RunSummary(keptMessages)
                : await LlmOperationsAsync(chat, messages, keptMessages, existing.Items, observed, instructions, add, procedural, cancellationToken).ConfigureAwait(false);
            usage = Add(Add(usage, existing.Usage), llmUsage);

            var texts = ReconciliationPlanner.TextsToEmbed(operations);
            var embedded = await embeddings.EmbedDocumentsAsync(add.Scope, texts, cancellationToken).ConfigureAwait(false);
            usage = Add(usage, embedded.Usage);
            var vectors = texts.Select((t, i) => (t, embedded.Vectors[i])).ToDictionary(p => p.t, p => p.Item2, StringComparer.Ordinal);
            var known = await KnownHashesAsync(texts, embedded.StoredHashes, add.Scope, now, cancellationToken).ConfigureAwait(false);

            var plan = _planner.Plan(operations, existing.Items, vectors, known, add, categories, observed, now, actor);
            if (!plan.Changes.IsEmpty)
            {
                await store.ApplyAsync(
                    plan.Changes with { Completion = complete?.Invoke(plan.Events) },
                    cancellationToken).ConfigureAwait(false);
            }

            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            MnemoDiagnostics.AddDuration.Record(elapsed);
            MnemoDiagnostics.MemoriesWritten.Add(plan.Changes.Upserts.Count);
            Log.Added(logger, plan.Events.Count, add.Scope, true, elapsed);
            return new AddResult(plan.Events, usage) { Extractor = extractor, Skipped = skipped, Warnings = plan.Warnings };
        }
    }

    // Offline formation: every sentence that carries something becomes an operation; retractions find their memory with
    // the engine's search first. The statements are embedded once, and those vectors also find near-duplicates, so an
    // add costs one embedding call (plus a query embedding per retraction).
    private async Task<AddResult> OfflineAddAsync(
        List<ChatMessage> userMessages,
        IReadOnlyDictionary<ChatMessage, string> answered,
        SentenceReadings readings,
        List<SkippedMessage> skipped,
        AddOptions add,
        DateTimeOffset observed,
        DateTimeOffset now,
        string? actor,
        Func<IReadOnlyList<MemoryEventResult>, IngestionCompletion>? complete,
        long started,
        CancellationToken cancellationToken)
    {
        var statements = OfflineExtractor.Extract(userMessages, observed, options.PreFilter.SkipQuestions, options.Formation.SentencePerMemory, text => OnTopic(text, add), answered, readings);

        using (await locks.AcquireAsync(add.Scope, cancellationToken).ConfigureAwait(false))
        {
            var existing = new List<StoredMemory>();
            var warnings = new List<string>();
            var operations = new List<ProposedOperation>();
            var taken = new HashSet<Guid>();
            foreach (var statement in statements)
            {
                operations.AddRange(await OperationsAsync(statement, add.Scope, actor, existing, taken, warnings, cancellationToken).ConfigureAwait(false));
            }

            // Statements are the user's own sentences, as verbatim turns are: with contextual embedding they are also
            // embedded after the memories stored before them (the LLM's facts are written to stand alone, and are not).
            var texts = ReconciliationPlanner.TextsToEmbed(operations);
            var inputs = await context.InputsAsync(add.Scope, texts, now, now, cancellationToken).ConfigureAwait(false);
            var embedded = await embeddings.EmbedDocumentsAsync(add.Scope, texts, cancellationToken, inputs).ConfigureAwait(false);
            var vectors = texts.Select((t, i) => (t, embedded.Vectors[i])).ToDictionary(p => p.t, p => p.Item2, StringComparer.Ordinal);
            var contextVectors = texts.Select((t, i) => (t, embedded.ContextVectors[i])).ToDictionary(p => p.t, p => p.Item2, StringComparer.Ordinal);
            // The attributes each new text sets (AttributeStatement), read once for the candidates and the supersedes.
            var attributes = texts.ToDictionary(t => t, AttributeStatement.AttributesOf, StringComparer.Ordinal);
            // What each memory found and each new text say, read once for both steps below (a memory may be found for many texts).
            var contradictions = new Contradictions(_readings);
            existing.AddRange(await NearDuplicateCandidatesAsync(texts, attributes, contradictions, embedded.Vectors, add.Scope, now, taken, cancellationToken).ConfigureAwait(false));
            SupersedeChangedAttributes(operations, attributes, contradictions, existing, actor, taken);
            var known = await KnownHashesAsync(texts, embedded.StoredHashes, add.Scope, now, cancellationToken).ConfigureAwait(false);

            var plan = _planner.Plan(operations, existing, vectors, known, add, null, observed, now, actor, contextVectors);
            if (!plan.Changes.IsEmpty)
            {
                await store.ApplyAsync(plan.Changes with { Completion = complete?.Invoke(plan.Events) }, cancellationToken).ConfigureAwait(false);
            }

            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            MnemoDiagnostics.AddDuration.Record(elapsed);
            MnemoDiagnostics.MemoriesWritten.Add(plan.Changes.Upserts.Count);
            Log.Added(logger, plan.Events.Count, add.Scope, true, elapsed);
            return new AddResult(plan.Events, embedded.Usage) { Extractor = "rules", Skipped = skipped, Warnings = [.. warnings, .. plan.Warnings] };
        }
    }

    private async Task<IEnumerable<ProposedOperation>> OperationsAsync(
        Statement statement, MemoryScope scope, string? actor, List<StoredMemory> existing, HashSet<Guid> taken, List<string> warnings, CancellationToken cancellationToken)
    {
        switch (statement.Kind)
        {
            case StatementKind.Instruction:
                return [new ProposedOperation(MemoryEventType.Add, null, statement.Text, null) { Categories = ["procedural"], Note = "kept as procedural memory" }];
            case StatementKind.Request:
                return [new ProposedOperation(MemoryEventType.Add, null, statement.Text, null) { Categories = Topic(statement.Text), Note = "kept on request" }];
            case StatementKind.Fact:
                return [new ProposedOperation(MemoryEventType.Add, null, statement.Text, null) { Categories = Topic(statement.Text) }];
        }

        // "Forget everything you know about me": erasing the user is `forget`'s work (every table, caches, history), never an
        // add's; the add says so and deletes nothing.
        if (statement.Kind == StatementKind.Forget && SentenceClassifier.IsForgetEverything(statement.Target ?? string.Empty))
        {
            warnings.Add(EverythingAsked);
            return [];
        }

        // "Forget everything about my phone": every memory the subject matches, each passing the same safety check.
        if (statement.Kind == StatementKind.Forget && SentenceClassifier.IsForgetAll(statement.Target ?? statement.Text, out var subject))
        {
            var deletes = new List<ProposedOperation>();
            while (deletes.Count < MaxForgetAll
                && await TargetAsync(subject, scope, actor, existing, taken, cancellationToken).ConfigureAwait(false) is { } each)
            {
                deletes.Add(new ProposedOperation(MemoryEventType.Delete, each, null, null) { Note = "deleted on request" });
            }

            if (deletes.Count == 0)
            {
                warnings.Add(NothingMatched(subject));
            }

            return deletes;
        }

        // A change replaces what it retires: never a memory that says much more than the change itself.
        // A change of someone it does not name ("She no longer lives in Rome") cannot be checked against a memory: it retires nothing.
        var change = statement.Kind == StatementKind.Change
            ? new ChangeCheck(statement, (2 * SentenceClassifier.WordCount(statement.Text)) + MaxChangedExtraWords)
            : null;
        var target = statement.About is { Count: 0 }
            ? null
            : await TargetAsync(statement.Target ?? statement.Text, scope, actor, existing, taken, cancellationToken, change).ConfigureAwait(false);
        if (statement.Kind == StatementKind.Forget)
        {
            if (target is null)
            {
                warnings.Add(NothingMatched(statement.Target));
                return [];
            }

            return [new ProposedOperation(MemoryEventType.Delete, target, null, null) { Note = "deleted on request" }];
        }

        // A change is news in itself ("I no longer live in Paris"): kept, and it retires what it contradicts. A change that
        // moves one detail ("My flight got delayed to 9pm") keeps the memory it retires after it, whose other details
        // ("My flight to Boston is at 7pm on Tuesday") still hold: superseded alone, they left search. Moved again, it
        // keeps the memory first moved, not the moves between (ChangeCheck.KeptText).
        if (target is null)
        {
            return [new ProposedOperation(MemoryEventType.Add, null, statement.Text, null) { Categories = Topic(statement.Text) }];
        }

        var text = statement.Moves ? $"{statement.Text}{ChangeCheck.BeforeMark}{ChangeCheck.KeptText(existing[int.Parse(target, System.Globalization.CultureInfo.InvariantCulture)].Item.Text)})" : statement.Text;
        return [new ProposedOperation(MemoryEventType.Supersede, target, text, null) { Categories = Topic(statement.Text) }];
    }

    private const string EverythingAsked =
        "asked to forget everything: an add never erases a whole user; nothing was deleted. To erase every memory of this user, use `mnemo forget` (REST: POST /v1/forget/, MCP: forget).";

    private static string NothingMatched(string? target) =>
        RetractionMatcher.ContentWords(target ?? string.Empty).Count == 0
            ? "retraction names nothing to forget: say what, e.g. \"forget that I live in Paris\"; nothing was deleted."
            : $"retraction matched nothing: no memory of this scope is close enough to \"{target}\"; nothing was deleted.";

    // The retracted memory joins the planner's list of existing memories; its index there is the operation's id.
    private async Task<string?> TargetAsync(
        string words, MemoryScope scope, string? actor, List<StoredMemory> existing, HashSet<Guid> taken, CancellationToken cancellationToken,
        ChangeCheck? change = null)
    {
        var item = await _retractions.FindAsync(words, scope, actor, taken, cancellationToken, change).ConfigureAwait(false);
        if (item is null || await store.GetWithEmbeddingAsync(item.Id, cancellationToken).ConfigureAwait(false) is not { } stored)
        {
            return null;
        }

        taken.Add(item.Id);
        existing.Add(stored);
        return (existing.Count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    // "My favourite colour is blue" after "My favourite colour is green": a statement that gives an attribute another
    // value supersedes the memory that gave the old one (AttributeStatement), unless it says the same again; so does a
    // statement that denies a memory word for word ("I'm not allergic to peanuts" after "I'm allergic to peanuts": Denial),
    // or says what it denied ("I drink coffee again" after "I don't drink coffee"), or has one of what it said the speaker
    // had none of ("We adopted a puppy" after "I don't have any pets": NowHas).
    // A text of several sentences that gives several attributes new values ("I'm 35 now. I live in Denver now.") retires
    // the memory of each, one per attribute (only the first was retired).
    private static void SupersedeChangedAttributes(
        List<ProposedOperation> operations,
        IReadOnlyDictionary<string, IReadOnlyList<string>> attributesOf,
        Contradictions contradictions,
        List<StoredMemory> existing,
        string? actor,
        HashSet<Guid> taken)
    {
        string? AttributeOf(int index) => contradictions.AttributeOf(existing[index].Item.Text);

        for (var i = 0; i < operations.Count; i++)
        {
            if (operations[i] is not { Event: MemoryEventType.Add or MemoryEventType.Supersede, Text: { } text } op)
            {
                continue;
            }

            var attributes = attributesOf[text];

            // Only a memory that says nothing but the old value is retired: "I live in Madrid. I have two cats." stays.
            bool Open(StoredMemory m) =>
                !m.Item.Immutable && !taken.Contains(m.Item.Id) && RetractionMatcher.SaidBy(m.Item, actor) && NearDuplicate.Overlap(m.Item.Text, text) < 1;

            var index = -1;
            if (op.Event == MemoryEventType.Supersede)
            {
                index = int.Parse(op.Id!, System.Globalization.CultureInfo.InvariantCulture);
            }
            else
            {
                for (var j = 0; j < existing.Count && index < 0; j++)
                {
                    var m = existing[j];
                    if (Open(m) && contradictions.SaysOtherwise(text, attributes, m.Item.Text))
                    {
                        index = j;
                    }
                }
            }

            if (index < 0)
            {
                continue;
            }

            taken.Add(existing[index].Item.Id);
            if (attributes.Count < 2)
            {
                operations[i] = op.Event == MemoryEventType.Add ? op with { Event = MemoryEventType.Supersede, Id = Id(index) } : op;
                continue;
            }

            // The other attributes the text gives, each retiring the first open memory that gives its old value.
            var covered = new HashSet<string>(StringComparer.Ordinal);
            if (AttributeOf(index) is { } first)
            {
                covered.Add(first);
            }

            var also = new List<string>();
            for (var j = 0; j < existing.Count; j++)
            {
                if (j != index && Open(existing[j]) && AttributeOf(j) is { } old && attributes.Contains(old) && covered.Add(old))
                {
                    taken.Add(existing[j].Item.Id);
                    also.Add(Id(j));
                }
            }

            operations[i] = op with { Event = MemoryEventType.Supersede, Id = Id(index), AlsoRetires = also.Count > 0 ? also : null };
        }

        static string Id(int index) => index.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    // Only memories close enough to be near-duplicates matter here (and those that give the same attribute as a new
    // statement, see SupersedeChangedAttributes), so only those are read back with their vectors.
    private async Task<List<StoredMemory>> NearDuplicateCandidatesAsync(
        IReadOnlyList<string> texts,
        IReadOnlyDictionary<string, IReadOnlyList<string>> attributesOf,
        Contradictions contradictions,
        IReadOnlyList<ReadOnlyMemory<float>> vectors,
        MemoryScope scope,
        DateTimeOffset now,
        HashSet<Guid> taken,
        CancellationToken cancellationToken)
    {
        var found = new List<StoredMemory>();
        if (options.Formation.Candidates == 0)
        {
            return found;
        }

        // The vectors come from the index with the hits: no store read per candidate. The first query brings the index up
        // to date; the scope's write lock is held, so the next ones need not ask the store again.
        for (var i = 0; i < vectors.Count; i++)
        {
            var hits = await searcher.SearchAsync(
                new IndexQuery { Scope = scope, Vector = vectors[i], Candidates = options.Formation.Candidates, AsOf = now, IncludeVectors = true, AssumeCurrent = i > 0, NearDuplicates = true },
                cancellationToken).ConfigureAwait(false);
            var attributes = attributesOf[texts[i]];
            foreach (var hit in hits.Where(h => !taken.Contains(h.Memory.Id)
                && ((h.Similarity ?? 0) >= options.Formation.NearDuplicateCosine
                    || contradictions.SaysOtherwise(texts[i], attributes, h.Memory.Text))))
            {
                if (found.All(f => f.Item.Id != hit.Memory.Id))
                {
                    found.Add(new StoredMemory(hit.Memory, hit.Vector));
                }
            }
        }

        return found;
    }

    private static IReadOnlyList<string>? Topic(string text) => TopicRules.Categorize(text) is { } topic ? [topic] : null;

    private static bool OnTopic(string text, AddOptions add)
    {
        var topic = TopicRules.Categorize(text);
        return (add.IncludeTopics is not { Count: > 0 } include || include.Any(t => Matches(t)))
            && (add.ExcludeTopics is not { Count: > 0 } exclude || !exclude.Any(t => Matches(t)));

        bool Matches(string t) =>
            (topic is not null && topic.StartsWith(t, StringComparison.OrdinalIgnoreCase)) || text.Contains(t, StringComparison.OrdinalIgnoreCase);
    }

    private static List<(int Index, ChatMessage Message)> KeepAllButSystem(IReadOnlyList<ChatMessage> messages) =>
        messages.Select((m, i) => (i, m)).Where(p => p.m.Role != ChatRole.System && !string.IsNullOrWhiteSpace(p.m.Text)).ToList();

    // The most similar existing memories to any new user message, best first, with their vectors for dedup.
    private async Task<(IReadOnlyList<StoredMemory> Items, MemoryUsage Usage)> CandidatesAsync(
        List<ChatMessage> userMessages, MemoryScope scope, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (options.Formation.Candidates == 0 || userMessages.Count == 0)
        {
            return ([], MemoryUsage.None);
        }

        var embedded = await embeddings.EmbedDocumentsAsync(scope, userMessages.Select(m => m.Text).ToList(), cancellationToken).ConfigureAwait(false);
        // Vectors come from the index with the hits (no store read per candidate); the first query brings the index up to
        // date, and under the scope's write lock the next ones need not ask the store again.
        var best = new Dictionary<Guid, (IndexHit Hit, double Score)>();
        for (var i = 0; i < embedded.Vectors.Count; i++)
        {
            var hits = await searcher.SearchAsync(
                new IndexQuery { Scope = scope, Vector = embedded.Vectors[i], Candidates = options.Formation.Candidates, AsOf = now, IncludeVectors = true, AssumeCurrent = i > 0 },
                cancellationToken).ConfigureAwait(false);
            foreach (var hit in hits)
            {
                var score = hit.Similarity ?? 0;
                if (!best.TryGetValue(hit.Memory.Id, out var current) || current.Score < score)
                {
                    best[hit.Memory.Id] = (hit, score);
                }
            }
        }

        var items = best.Values
            .OrderByDescending(b => b.Score).ThenBy(b => b.Hit.Memory.Id)
            .Take(options.Formation.Candidates)
            .Select(b => new StoredMemory(b.Hit.Memory, b.Hit.Vector))
            .ToList();
        return (items, embedded.Usage);
    }

    // The texts that an active memory of the scope already holds word for word. Only a text the store already has in some
    // state (its vector came from there) can be one, so most adds skip the listing: at 100k memories it scanned the
    // scope (docs/BENCHMARKS.md).
    private async Task<HashSet<string>> KnownHashesAsync(
        IReadOnlyList<string> texts, IReadOnlySet<string> stored, MemoryScope scope, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var hashes = texts.Select(MemoryHash.Compute).Where(stored.Contains).Distinct(StringComparer.Ordinal).ToList();
        if (hashes.Count == 0)
        {
            return [];
        }

        var filter = new FieldFilter("hash", FilterOperator.In, System.Text.Json.JsonSerializer.SerializeToElement(hashes));
        var page = await store.ListAsync(new MemoryListQuery { Scope = scope, Filter = filter, Limit = hashes.Count, AsOf = now }, cancellationToken).ConfigureAwait(false);
        return page.Items.Select(i => i.Hash).ToHashSet(StringComparer.Ordinal);
    }

    // Without an LLM a run is summarised as its messages, one line each.
    private static (List<ProposedOperation>, IReadOnlyList<string>?, MemoryUsage) RunSummary(List<ChatMessage> kept)
    {
        var summary = "Run summary:\n" + string.Join('\n', kept.Select(m => $"- {m.Role.Value}: {m.Text.Trim()}"));
        return ([new ProposedOperation(MemoryEventType.Add, null, summary, null)], ["procedural"], MemoryUsage.None);
    }

    private async Task<(List<ProposedOperation>, IReadOnlyList<string>?, MemoryUsage)> LlmOperationsAsync(
        IChatClient client,
        IReadOnlyList<ChatMessage> original,
        List<ChatMessage> kept,
        IReadOnlyList<StoredMemory> existing,
        DateTimeOffset observed,
        string instructions,
        AddOptions add,
        bool procedural,
        CancellationToken cancellationToken)
    {
        var prompt = procedural
            ? FormationPrompt.BuildProcedural(kept, instructions)
            : FormationPrompt.Build(kept, existing.Select(e => e.Item).ToList(), observed, instructions, add);
        var chatOptions = new ChatOptions { ResponseFormat = ChatResponseFormat.Json, Temperature = 0 };
        var usage = MemoryUsage.None;
        string error = string.Empty;
        for (var attempt = 0; attempt < 2; attempt++)
        {
            ChatResponse response;
            try
            {
                response = await client.GetResponseAsync(prompt, chatOptions, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                throw new MemoryExtractionException($"The LLM call failed: {ex.Message.TrimEnd('.')}. Nothing was stored; retry the add.", original.ToList(), ex);
            }

            usage = usage with
            {
                LlmCalls = usage.LlmCalls + 1,
                InputTokens = usage.InputTokens + (response.Usage?.InputTokenCount ?? 0),
                OutputTokens = usage.OutputTokens + (response.Usage?.OutputTokenCount ?? 0),
            };
            if (OperationParser.TryParse(response.Text, out var operations, out error))
            {
                return (operations, procedural ? ["procedural"] : null, usage);
            }

            // One retry, telling the model exactly what was wrong with its answer.
            prompt = [.. prompt, new ChatMessage(ChatRole.Assistant, response.Text), new ChatMessage(ChatRole.User, $"That answer could not be used: {error}. Answer again with only the JSON object {{\"operations\": [...]}}.")];
        }

        throw new MemoryExtractionException($"The LLM answered invalid JSON twice ({error}). Nothing was stored; the messages are kept for a retry.", original.ToList())
        {
            UnusableAnswer = true,
        };
    }

    private static MemoryUsage Add(MemoryUsage a, MemoryUsage b) => new()
    {
        EmbeddingCalls = a.EmbeddingCalls + b.EmbeddingCalls,
        EmbeddedTexts = a.EmbeddedTexts + b.EmbeddedTexts,
        EmbeddingCacheHits = a.EmbeddingCacheHits + b.EmbeddingCacheHits,
        LlmCalls = a.LlmCalls + b.LlmCalls,
        InputTokens = a.InputTokens + b.InputTokens,
        OutputTokens = a.OutputTokens + b.OutputTokens,
    };
}
