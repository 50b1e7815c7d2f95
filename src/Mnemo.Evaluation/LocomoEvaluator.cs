using System.Diagnostics;
using Microsoft.Extensions.AI;

namespace Mnemo;

/// <summary>
/// Runs LoCoMo's retrieval protocol against any <see cref="IMemory"/>, as a black box: each conversation goes into its
/// own scope (user id = sample id), one verbatim memory per turn observed at its session's date, then each scored
/// question is asked raw and the <c>dia_id</c> metadata of the results is compared with the question's evidence.
/// Nothing depends on the dataset's ids or names beyond reading them.
/// </summary>
public sealed class LocomoEvaluator
{
    private static readonly EmbeddingGenerationOptions _queryOptions = new()
    {
        AdditionalProperties = new() { [EmbeddingInputType.PropertyName] = EmbeddingInputType.Query },
    };

    private readonly IMemory _memory;
    private readonly IMemoryTransfer? _transfer;
    private readonly IEmbeddingGenerator<string, Embedding<float>>? _embeddingGenerator;
    private readonly TimeProvider _time;

    /// <summary>Creates an evaluator.</summary>
    /// <param name="memory">The memory under test.</param>
    /// <param name="transfer">
    /// Bulk import, for fast ingestion; when <see langword="null"/>, turns are added one by one with
    /// <see cref="IMemory.AddAsync"/> and infer off.
    /// </param>
    /// <param name="embeddingGenerator">
    /// The generator the memory uses, to time query embedding on its own; when <see langword="null"/>, the embedding
    /// latencies are not reported.
    /// </param>
    /// <param name="timeProvider">Clock for creation times of imported memories. Default <see cref="TimeProvider.System"/>.</param>
    public LocomoEvaluator(
        IMemory memory,
        IMemoryTransfer? transfer = null,
        IEmbeddingGenerator<string, Embedding<float>>? embeddingGenerator = null,
        TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(memory);
        _memory = memory;
        _transfer = transfer;
        _embeddingGenerator = embeddingGenerator;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>The K of turn_frac@K: 1, 5, 10 and 20. Each search asks for the largest.</summary>
    public static IReadOnlyList<int> Cutoffs { get; } = [1, 5, 10, 20];

    /// <summary>The K of session recall@K: 5 and 10.</summary>
    public static IReadOnlyList<int> SessionCutoffs { get; } = [5, 10];

    /// <summary>The metadata key holding a memory's turn id (e.g. <c>D1:3</c>).</summary>
    public const string TurnIdKey = "dia_id";

    /// <summary>The metadata key holding a memory's session number.</summary>
    public const string SessionKey = "session";

    /// <summary>
    /// Ingests every sample of <paramref name="dataset"/> (unless turned off), then asks every sample's scored questions
    /// and scores the answers.
    /// </summary>
    public async Task<LocomoResult> EvaluateAsync(
        LocomoDataset dataset, LocomoEvaluationOptions? options = null, IProgress<LocomoProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        options ??= new LocomoEvaluationOptions();
        options.Validate();
        var samples = dataset.Samples.Where(s => options.SampleIds is null || options.SampleIds.Contains(s.SampleId)).ToList();
        var positions = samples.Select((s, i) => new SamplePosition(s, i + 1, samples.Count)).ToList();

        // Everything is ingested before the first question: a store's keyword statistics may span scopes, so asking
        // while later conversations are still missing would score each conversation against a different store.
        if (options.Ingest)
        {
            foreach (var position in positions)
            {
                await IngestAsync(position, options, progress, cancellationToken).ConfigureAwait(false);
            }
        }

        var results = new List<LocomoQuestionResult>();
        foreach (var position in positions)
        {
            results.AddRange(await AskAsync(position, options, progress, cancellationToken).ConfigureAwait(false));
        }

        return LocomoResult.Summarize(dataset.Name, results);
    }

    /// <summary>The scope a sample's memories go to.</summary>
    public static MemoryScope ScopeOf(LocomoSample sample, LocomoEvaluationOptions options)
    {
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(options);
        return new MemoryScope { UserId = sample.SampleId, AgentId = options.AgentId };
    }

    private async Task IngestAsync(SamplePosition position, LocomoEvaluationOptions options, IProgress<LocomoProgress>? progress, CancellationToken cancellationToken)
    {
        var sample = position.Sample;
        var scope = ScopeOf(sample, options);
        if (options.ReplaceExisting)
        {
            await _memory.DeleteAllAsync(scope, cancellationToken).ConfigureAwait(false);
        }

        var turns = sample.Sessions.SelectMany(s => s.Turns.Select(t => (Session: s, Turn: t))).ToList();
        var now = _time.GetUtcNow();
        var done = 0;
        foreach (var batch in turns.Chunk(_transfer is null ? 1 : options.ImportBatchSize))
        {
            if (_transfer is not null)
            {
                var items = batch.Select(b => ToMemory(b.Turn, scope, b.Session.Date ?? now, now)).ToList();
                await _transfer.ImportAsync(items, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                var (session, turn) = batch[0];
                var add = new AddOptions
                {
                    Scope = scope,
                    Infer = false,
                    ActorId = turn.Speaker,
                    ObservedAt = session.Date,
                    Metadata = MetadataOf(turn),
                };
                await _memory.AddAsync([new ChatMessage(ChatRole.User, turn.MemoryText) { AuthorName = turn.Speaker }], add, cancellationToken)
                    .ConfigureAwait(false);
            }

            done += batch.Length;
            progress?.Report(new LocomoProgress(LocomoStage.Ingesting, sample.SampleId, position.Index, position.Count, done, turns.Count));
        }
    }

    private async Task<List<LocomoQuestionResult>> AskAsync(
        SamplePosition position, LocomoEvaluationOptions options, IProgress<LocomoProgress>? progress, CancellationToken cancellationToken)
    {
        var sample = position.Sample;
        var scope = ScopeOf(sample, options);
        var sessionOfTurn = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var turn in sample.Turns)
        {
            sessionOfTurn.TryAdd(turn.DiaId, turn.Session);
        }

        var questions = sample.ScoredQuestions.ToList();
        var results = new List<LocomoQuestionResult>(questions.Count);
        var search = new SearchOptions { Scope = scope, Limit = Cutoffs[^1] };
        foreach (var question in questions)
        {
            double? embedMs = null;
            if (_embeddingGenerator is not null)
            {
                var embedStarted = Stopwatch.GetTimestamp();
                await _embeddingGenerator.GenerateAsync([question.Question], _queryOptions, cancellationToken).ConfigureAwait(false);
                embedMs = Stopwatch.GetElapsedTime(embedStarted).TotalMilliseconds;
            }

            var started = Stopwatch.GetTimestamp();
            var found = await _memory.SearchAsync(question.Question, search, cancellationToken).ConfigureAwait(false);
            var searchMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;

            var retrieved = found.Results.Select(r => TurnIdOf(r.Memory)).ToList();
            results.Add(LocomoQuestionResult.Score(question, retrieved, sessionOfTurn, searchMs, embedMs));
            progress?.Report(new LocomoProgress(LocomoStage.Searching, sample.SampleId, position.Index, position.Count, results.Count, questions.Count));
        }

        return results;
    }

    private static MemoryItem ToMemory(LocomoTurn turn, MemoryScope scope, DateTimeOffset observedAt, DateTimeOffset now)
    {
        var text = turn.MemoryText;
        return new MemoryItem
        {
            Id = Guid.CreateVersion7(now),
            Text = text,
            Hash = MemoryHash.Compute(text),
            Scope = scope,
            ActorId = turn.Speaker,
            Role = "user",
            Metadata = MetadataOf(turn),
            CreatedAt = now,
            UpdatedAt = now,
            ObservedAt = observedAt,
            ValidFrom = observedAt,
        };
    }

    private static IReadOnlyDictionary<string, System.Text.Json.JsonElement> MetadataOf(LocomoTurn turn) =>
        MemoryMetadata.From([new(TurnIdKey, turn.DiaId), new(SessionKey, turn.Session)]);

    private static string? TurnIdOf(MemoryItem memory) =>
        memory.Metadata.TryGetValue(TurnIdKey, out var id) && id.ValueKind == System.Text.Json.JsonValueKind.String ? id.GetString() : null;

    private readonly record struct SamplePosition(LocomoSample Sample, int Index, int Count);
}
