using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.AI;

namespace Mnemo;

/// <summary>
/// Runs LongMemEval's retrieval protocol against any <see cref="IMemory"/>, as a black box: each question's haystack
/// goes into its own scope (user id = question id), one verbatim memory per turn (<c>"role: content"</c>, actor = role)
/// observed at its session's date (or, with <see cref="LongMemEvalOptions.Infer"/>, one default add per turn); every question is ingested before the first search; then each question is searched
/// with its <c>question_date</c> as the reference time, and the retrieved turns and their sessions are scored against
/// the <c>has_answer</c> turns and <c>answer_session_ids</c>. Abstention questions (<c>_abs</c>) have nothing to
/// retrieve and are skipped. Nothing depends on the dataset's ids, types or wording beyond reading them.
/// </summary>
public sealed class LongMemEvalEvaluator
{
    private readonly IMemory _memory;
    private readonly IMemoryTransfer? _transfer;
    private readonly IEmbeddingGenerator<string, Embedding<float>>? _embeddingGenerator;
    private readonly TimeProvider _time;

    /// <summary>Creates an evaluator.</summary>
    /// <param name="memory">The memory under test.</param>
    /// <param name="transfer">Bulk import, for fast ingestion; when <see langword="null"/>, turns are added one by one with infer off.</param>
    /// <param name="embeddingGenerator">The memory's generator, to time query embedding alone; optional.</param>
    /// <param name="timeProvider">Clock for creation times of imported memories. Default <see cref="TimeProvider.System"/>.</param>
    public LongMemEvalEvaluator(
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

    /// <summary>The cut-offs K reported: 1, 5, 10, 20 and 50. Each search asks for the largest.</summary>
    public static IReadOnlyList<int> Cutoffs { get; } = [1, 5, 10, 20, 50];

    /// <summary>The metadata key holding a memory's turn id (<c>&lt;session id&gt;#&lt;index&gt;</c>).</summary>
    public const string TurnIdKey = "turn_id";

    /// <summary>The metadata key holding a memory's session id.</summary>
    public const string SessionIdKey = "session_id";

    /// <summary>Ingests every selected question's haystack, then asks and scores each question.</summary>
    public async Task<LongMemEvalResult> EvaluateAsync(
        LongMemEvalDataset dataset, LongMemEvalOptions? options = null, IProgress<LocomoProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        options ??= new LongMemEvalOptions();
        options.Validate();
        var questions = dataset.Questions
            .Where(q => !q.IsAbstention && (options.QuestionIds is null || options.QuestionIds.Contains(q.Id)))
            .Take(options.MaxQuestions ?? int.MaxValue)
            .ToList();

        // All haystacks first, as LoCoMo's evaluator does: keyword statistics may span scopes.
        var formation = new FormationTally();
        for (var i = 0; i < questions.Count; i++)
        {
            await IngestAsync(questions[i], i + 1, questions.Count, options, formation, progress, cancellationToken).ConfigureAwait(false);
        }

        var results = new List<LongMemEvalQuestionResult>(questions.Count);
        for (var i = 0; i < questions.Count; i++)
        {
            results.Add(await AskAsync(questions[i], options, cancellationToken).ConfigureAwait(false));
            progress?.Report(new LocomoProgress(LocomoStage.Searching, questions[i].Id, i + 1, questions.Count, 1, 1));
        }

        return LongMemEvalResult.Summarize(results) with { Formation = options.Infer ? formation.Summarize() : null };
    }

    /// <summary>The scope a question's haystack goes to.</summary>
    public static MemoryScope ScopeOf(LongMemEvalQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return MemoryScope.User(question.Id);
    }

    private async Task IngestAsync(
        LongMemEvalQuestion question, int index, int count, LongMemEvalOptions options, FormationTally formation, IProgress<LocomoProgress>? progress, CancellationToken cancellationToken)
    {
        var scope = ScopeOf(question);
        await _memory.DeleteAllAsync(scope, cancellationToken).ConfigureAwait(false);
        var turns = question.Sessions.SelectMany(s => s.Turns.Select(t => (Session: s, Turn: t))).ToList();
        var now = _time.GetUtcNow();
        var done = 0;
        foreach (var batch in turns.Chunk(_transfer is null || options.Infer ? 1 : options.ImportBatchSize))
        {
            if (options.Infer)
            {
                var (session, turn) = batch[0];
                var add = new AddOptions { Scope = scope, ActorId = turn.Role, ObservedAt = session.Date, Metadata = MetadataOf(session, turn) };
                var role = string.Equals(turn.Role, "assistant", StringComparison.Ordinal) ? ChatRole.Assistant : ChatRole.User;
                var started = Stopwatch.GetTimestamp();
                var added = await _memory.AddAsync([new ChatMessage(role, turn.Content) { AuthorName = turn.Role }], add, cancellationToken).ConfigureAwait(false);
                formation.Add(turn, added, Stopwatch.GetElapsedTime(started));
            }
            else if (_transfer is not null)
            {
                await _transfer.ImportAsync([.. batch.Select(b => ToMemory(b.Session, b.Turn, scope, now))], cancellationToken).ConfigureAwait(false);
            }
            else
            {
                var (session, turn) = batch[0];
                var add = new AddOptions
                {
                    Scope = scope,
                    Infer = false,
                    ActorId = turn.Role,
                    ObservedAt = session.Date,
                    Metadata = MetadataOf(session, turn),
                };
                await _memory.AddAsync([new ChatMessage(ChatRole.User, turn.MemoryText) { AuthorName = turn.Role }], add, cancellationToken)
                    .ConfigureAwait(false);
            }

            done += batch.Length;
            progress?.Report(new LocomoProgress(LocomoStage.Ingesting, question.Id, index, count, done, turns.Count));
        }
    }

    private async Task<LongMemEvalQuestionResult> AskAsync(LongMemEvalQuestion question, LongMemEvalOptions options, CancellationToken cancellationToken)
    {
        var embedMs = await QueryEmbeddingTimer.MeasureAsync(_embeddingGenerator, question.Question, cancellationToken).ConfigureAwait(false);

        var search = new SearchOptions
        {
            Scope = ScopeOf(question),
            Limit = Cutoffs[^1],
            ReferenceTime = options.AskAtQuestionDate ? question.Date : null,
        };
        var started = Stopwatch.GetTimestamp();
        var found = await _memory.SearchAsync(question.Question, search, cancellationToken).ConfigureAwait(false);
        var searchMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;

        var rankedTurns = found.Results.Select(r => Text(r.Memory, TurnIdKey)).ToList();
        var rankedSessions = found.Results.Select(r => Text(r.Memory, SessionIdKey)).Distinct().ToList();
        var evidenceTurns = question.EvidenceTurnIds;
        return new LongMemEvalQuestionResult(
            question,
            rankedTurns,
            rankedSessions,
            evidenceTurns.Count > 0 ? LongMemEvalScores.Score(rankedTurns, evidenceTurns) : null,
            question.AnswerSessionIds.Count > 0 ? LongMemEvalScores.Score(rankedSessions, question.AnswerSessionIds) : null,
            searchMs,
            embedMs)
        {
            Scores = [.. found.Results.Select(r => r.Score)],
        };
    }

    private static MemoryItem ToMemory(LongMemEvalSession session, LongMemEvalTurn turn, MemoryScope scope, DateTimeOffset now)
    {
        var text = turn.MemoryText;
        return new MemoryItem
        {
            Id = Guid.CreateVersion7(now),
            Text = text,
            Hash = MemoryHash.Compute(text),
            Scope = scope,
            ActorId = turn.Role,
            Role = turn.Role,
            Metadata = MetadataOf(session, turn),
            CreatedAt = now,
            UpdatedAt = now,
            ObservedAt = session.Date,
            ValidFrom = session.Date,
        };
    }

    private static IReadOnlyDictionary<string, JsonElement> MetadataOf(LongMemEvalSession session, LongMemEvalTurn turn) =>
        MemoryMetadata.From([new(TurnIdKey, turn.Id), new(SessionIdKey, session.Id)]);

    private static string? Text(MemoryItem memory, string key) =>
        memory.Metadata.TryGetValue(key, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    // Counts of an --infer ingestion: a turn is kept when its add stored something or found it already known.
    private sealed class FormationTally
    {
        private int _turns;
        private int _user;
        private int _userKept;
        private int _userEvidence;
        private int _userEvidenceKept;
        private int _assistantEvidence;
        private int _assistantEvidenceKept;
        private int _memories;
        private TimeSpan _elapsed;

        public void Add(LongMemEvalTurn turn, AddResult result, TimeSpan elapsed)
        {
            var kept = result.Results.Count > 0 || result.Warnings.Any(w => w.StartsWith("already known", StringComparison.Ordinal)) ? 1 : 0;
            _turns++;
            if (!string.Equals(turn.Role, "assistant", StringComparison.Ordinal))
            {
                _user++;
                _userKept += kept;
                if (turn.HasAnswer)
                {
                    _userEvidence++;
                    _userEvidenceKept += kept;
                }
            }
            else if (turn.HasAnswer)
            {
                _assistantEvidence++;
                _assistantEvidenceKept += kept;
            }

            _memories += result.Results.Count(r => r.Event == MemoryEventType.Add);
            _elapsed += elapsed;
        }

        public LongMemEvalFormationResult Summarize() => new()
        {
            Turns = _turns,
            UserTurns = _user,
            UserTurnsKept = Percent(_userKept, _user),
            UserEvidenceTurns = _userEvidence,
            UserEvidenceKept = Percent(_userEvidenceKept, _userEvidence),
            AssistantEvidenceTurns = _assistantEvidence,
            AssistantEvidenceKept = Percent(_assistantEvidenceKept, _assistantEvidence),
            MemoriesPerTurn = _turns == 0 ? 0 : Math.Round((double)_memories / _turns, 3),
            TurnsPerSecond = _elapsed <= TimeSpan.Zero ? 0 : Math.Round(_turns / _elapsed.TotalSeconds, 1),
        };

        private static double Percent(int part, int whole) => whole == 0 ? 0 : Math.Round(100.0 * part / whole, 2);
    }
}
