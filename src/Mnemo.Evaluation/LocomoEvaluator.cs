using System.Diagnostics;
using Microsoft.Extensions.AI;
using Mnemo.Answering;

namespace Mnemo;

/// <summary>
/// Runs LoCoMo's retrieval protocol against any <see cref="IMemory"/>, as a black box: each conversation goes into its
/// own scope (user id = sample id), one verbatim memory per turn observed at its session's date, then each scored
/// question is asked raw and the <c>dia_id</c> metadata of the results is compared with the question's evidence.
/// Nothing depends on the dataset's ids or names beyond reading them. With <see cref="LocomoEvaluationOptions.Answer"/>,
/// an answer phase follows (Mem0's LLM-judge protocol): see <see cref="LocomoAnswerOptions"/>.
/// </summary>
public sealed class LocomoEvaluator
{
    private readonly IMemory _memory;
    private readonly IMemoryTransfer? _transfer;
    private readonly IEmbeddingGenerator<string, Embedding<float>>? _embeddingGenerator;
    private readonly TimeProvider _time;
    private readonly IChatClient? _chatClient;

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
    /// <param name="chatClient">
    /// The model that answers and judges in the answer phase (<see cref="LocomoEvaluationOptions.Answer"/>); the
    /// <paramref name="memory"/> must then infer with an LLM too (usually the same one).
    /// </param>
    public LocomoEvaluator(
        IMemory memory,
        IMemoryTransfer? transfer = null,
        IEmbeddingGenerator<string, Embedding<float>>? embeddingGenerator = null,
        TimeProvider? timeProvider = null,
        IChatClient? chatClient = null)
    {
        ArgumentNullException.ThrowIfNull(memory);
        _memory = memory;
        _transfer = transfer;
        _embeddingGenerator = embeddingGenerator;
        _time = timeProvider ?? TimeProvider.System;
        _chatClient = chatClient;
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
    /// and scores the answers; then, with <see cref="LocomoEvaluationOptions.Answer"/>, runs the answer phase.
    /// </summary>
    /// <exception cref="InvalidOperationException">The answer phase is asked for, but the evaluator has no chat client.</exception>
    /// <exception cref="LocomoEvaluationException">An LLM call of the answer phase failed.</exception>
    public async Task<LocomoResult> EvaluateAsync(
        LocomoDataset dataset, LocomoEvaluationOptions? options = null, IProgress<LocomoProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        options ??= new LocomoEvaluationOptions();
        options.Validate();
        if (options.Answer is not null && _chatClient is null)
        {
            throw new InvalidOperationException("The answer phase needs a chat client: pass one to the LocomoEvaluator constructor.");
        }

        var samples = dataset.Samples
            .Where(s => options.SampleIds is null || options.SampleIds.Contains(s.SampleId))
            .Take(options.MaxSamples ?? int.MaxValue)
            .ToList();
        var positions = samples.Select((s, i) => new SamplePosition(s, i + 1, samples.Count)).ToList();

        // Everything is ingested before the first question: a store's keyword statistics may span scopes, so asking
        // while later conversations are still missing would score each conversation against a different store.
        var formation = new FormationTally();
        if (options.Ingest)
        {
            foreach (var position in positions)
            {
                await IngestAsync(position, options, formation, progress, cancellationToken).ConfigureAwait(false);
            }
        }

        var results = new List<LocomoQuestionResult>();
        foreach (var position in positions)
        {
            results.AddRange(await AskAsync(position, options, progress, cancellationToken).ConfigureAwait(false));
        }

        var result = LocomoResult.Summarize(dataset.Name, results) with { Formation = options.Infer && options.Ingest ? formation.Summarize() : null };
        return options.Answer is { } answer
            ? result with { Answer = await AnswerAsync(positions, options, answer, progress, cancellationToken).ConfigureAwait(false) }
            : result;
    }

    /// <summary>The scope a sample's memories go to.</summary>
    public static MemoryScope ScopeOf(LocomoSample sample, LocomoEvaluationOptions options)
    {
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(options);
        return new MemoryScope { UserId = sample.SampleId, AgentId = options.AgentId };
    }

    // After the retrieval questions, so their store is the same with or without the answer phase; all conversations are
    // inferred before the first answer for the same reason as above.
    private async Task<LocomoAnswerResult> AnswerAsync(
        List<SamplePosition> positions, LocomoEvaluationOptions options, LocomoAnswerOptions answer, IProgress<LocomoProgress>? progress, CancellationToken cancellationToken)
    {
        var phase = new LocomoAnswerPhase(_memory, _chatClient!, answer);
        long ingestTokens = 0;
        if (options.Ingest)
        {
            foreach (var position in positions)
            {
                ingestTokens += await phase.IngestAsync(position.Sample, position.Index, position.Count, options.ReplaceExisting, progress, cancellationToken)
                    .ConfigureAwait(false);
            }
        }

        var answers = new List<LocomoAnsweredQuestion>();
        foreach (var position in positions)
        {
            answers.AddRange(await phase.AnswerAsync(position.Sample, QuestionsOf(position.Sample, options), position.Index, position.Count, progress, cancellationToken)
                .ConfigureAwait(false));
        }

        return LocomoAnswerResult.Summarize(answers, answer.Limit, ingestTokens, phase.Model);
    }

    private static List<LocomoQuestion> QuestionsOf(LocomoSample sample, LocomoEvaluationOptions options) =>
        sample.ScoredQuestions.Take(options.MaxQuestionsPerSample ?? int.MaxValue).ToList();

    private async Task IngestAsync(
        SamplePosition position, LocomoEvaluationOptions options, FormationTally formation, IProgress<LocomoProgress>? progress, CancellationToken cancellationToken)
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
        foreach (var batch in turns.Chunk(_transfer is null || options.Infer ? 1 : options.ImportBatchSize))
        {
            if (options.Infer)
            {
                var (session, turn) = batch[0];
                var add = new AddOptions { Scope = scope, ActorId = turn.Speaker, ObservedAt = session.Date, Metadata = MetadataOf(turn) };
                var started = Stopwatch.GetTimestamp();
                var added = await _memory.AddAsync([new ChatMessage(ChatRole.User, InferText(turn)) { AuthorName = turn.Speaker }], add, cancellationToken)
                    .ConfigureAwait(false);
                formation.Add(sample.AnnotatedTurns.Contains(turn.DiaId), added, Stopwatch.GetElapsedTime(started));
            }
            else if (_transfer is not null)
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

        var questions = QuestionsOf(sample, options);
        var results = new List<LocomoQuestionResult>(questions.Count);
        var search = new SearchOptions { Scope = scope, Limit = Cutoffs[^1] };
        foreach (var question in questions)
        {
            var embedMs = await QueryEmbeddingTimer.MeasureAsync(_embeddingGenerator, question.Question, cancellationToken).ConfigureAwait(false);

            var started = Stopwatch.GetTimestamp();
            var found = await _memory.SearchAsync(question.Question, search, cancellationToken).ConfigureAwait(false);
            var searchMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;

            var retrieved = found.Results.Select(r => TurnIdOf(r.Memory)).ToList();
            results.Add(LocomoQuestionResult.Score(question, retrieved, sessionOfTurn, searchMs, embedMs) with
            {
                Scores = [.. found.Results.Select(r => r.Score)],
            });
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

    // What the person said, and the caption of the image they shared as a sentence of its own: the same content as the
    // verbatim memory, without the "speaker:" prefix (the speaker is the message's author).
    private static string InferText(LocomoTurn turn) =>
        string.IsNullOrWhiteSpace(turn.ImageCaption) ? turn.Text : $"{turn.Text}\n[image: {turn.ImageCaption}]";

    private static IReadOnlyDictionary<string, System.Text.Json.JsonElement> MetadataOf(LocomoTurn turn) =>
        MemoryMetadata.From([new(TurnIdKey, turn.DiaId), new(SessionKey, turn.Session)]);

    private static string? TurnIdOf(MemoryItem memory) =>
        memory.Metadata.TryGetValue(TurnIdKey, out var id) && id.ValueKind == System.Text.Json.JsonValueKind.String ? id.GetString() : null;

    private readonly record struct SamplePosition(LocomoSample Sample, int Index, int Count);

    // Counts of an --infer ingestion: a turn is skipped when its add skipped its only message.
    private sealed class FormationTally
    {
        private int _annotated;
        private int _annotatedKept;
        private int _unannotated;
        private int _unannotatedSkipped;
        private int _memories;
        private int _embeddingCalls;
        private TimeSpan _elapsed;

        public void Add(bool annotated, AddResult result, TimeSpan elapsed)
        {
            var skipped = result.Skipped.Count > 0;
            if (annotated)
            {
                _annotated++;
                _annotatedKept += skipped ? 0 : 1;
            }
            else
            {
                _unannotated++;
                _unannotatedSkipped += skipped ? 1 : 0;
            }

            _memories += result.Results.Count(r => r.Event == MemoryEventType.Add);
            _embeddingCalls += result.Usage.EmbeddingCalls;
            _elapsed += elapsed;
        }

        public LocomoFormationResult Summarize()
        {
            var turns = _annotated + _unannotated;
            return new LocomoFormationResult
            {
                Turns = turns,
                AnnotatedTurns = _annotated,
                AnnotatedKept = Percent(_annotatedKept, _annotated),
                UnannotatedTurns = _unannotated,
                UnannotatedSkipped = Percent(_unannotatedSkipped, _unannotated),
                MemoriesPerTurn = turns == 0 ? 0 : Math.Round((double)_memories / turns, 3),
                EmbeddingCalls = _embeddingCalls,
                EmbeddingCallsSaved = (_annotated - _annotatedKept) + _unannotatedSkipped,
                TurnsPerSecond = _elapsed <= TimeSpan.Zero ? 0 : Math.Round(turns / _elapsed.TotalSeconds, 1),
            };
        }

        private static double Percent(int part, int whole) => whole == 0 ? 0 : Math.Round(100.0 * part / whole, 2);
    }
}
