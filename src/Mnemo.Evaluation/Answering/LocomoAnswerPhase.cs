using Microsoft.Extensions.AI;

namespace Mnemo.Answering;

/// <summary>
/// The answer phase of a LoCoMo run, after Mem0's harness: each conversation is added again with infer on (batches of a
/// few turns of one session, observed at the session's date, one LLM call each) into its own scope; each scored question
/// is then answered by the LLM from the memories found there, and the answer is judged against the gold answer by the
/// LLM (lenient J) and scored by token F1.
/// </summary>
internal sealed class LocomoAnswerPhase(IMemory memory, IChatClient chat, LocomoAnswerOptions options)
{
    /// <summary>The chat model's name, when the client says.</summary>
    public string? Model => chat.GetService<ChatClientMetadata>()?.DefaultModelId;

    public MemoryScope ScopeOf(LocomoSample sample) => new() { UserId = sample.SampleId, AgentId = options.AgentId };

    /// <summary>Adds every turn of <paramref name="sample"/> with infer on; returns the tokens the adds reported.</summary>
    public async Task<long> IngestAsync(
        LocomoSample sample, int index, int count, bool replaceExisting, IProgress<LocomoProgress>? progress, CancellationToken cancellationToken)
    {
        var scope = ScopeOf(sample);
        if (replaceExisting)
        {
            await memory.DeleteAllAsync(scope, cancellationToken).ConfigureAwait(false);
        }

        var total = sample.Sessions.Sum(s => s.Turns.Count);
        var instructions = InstructionsFor(sample);
        var done = 0;
        long tokens = 0;
        foreach (var session in sample.Sessions)
        {
            foreach (var batch in session.Turns.Chunk(options.TurnsPerAdd))
            {
                var add = new AddOptions
                {
                    Scope = scope,
                    Infer = true,
                    ObservedAt = session.Date,
                    Metadata = MemoryMetadata.From([new(LocomoEvaluator.SessionKey, session.Number)]),
                    CustomInstructions = instructions,
                };
                var messages = batch.Select(t => new ChatMessage(ChatRole.User, TextOf(t)) { AuthorName = t.Speaker }).ToList();
                AddResult result;
                try
                {
                    result = await memory.AddAsync(messages, add, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    throw new LocomoEvaluationException(
                        $"Adding {sample.SampleId} turns {batch[0].DiaId}-{batch[^1].DiaId} with infer on failed: {ex.Message}", ex);
                }

                if (result.Extractor == "rules")
                {
                    throw new LocomoEvaluationException(
                        "The memory inferred with its rule-based extractor, not an LLM: build it with an IChatClient for the answer phase.");
                }

                tokens += result.Usage.InputTokens + result.Usage.OutputTokens;
                done += batch.Length;
                progress?.Report(new LocomoProgress(LocomoStage.Inferring, sample.SampleId, index, count, done, total));
            }
        }

        return tokens;
    }

    /// <summary>Answers and judges each of <paramref name="questions"/> from the inferred memories of <paramref name="sample"/>.</summary>
    public async Task<List<LocomoAnsweredQuestion>> AnswerAsync(
        LocomoSample sample, IReadOnlyList<LocomoQuestion> questions, int index, int count, IProgress<LocomoProgress>? progress, CancellationToken cancellationToken)
    {
        var search = new SearchOptions { Scope = ScopeOf(sample), Limit = options.Limit };
        var answers = new List<LocomoAnsweredQuestion>(questions.Count);
        foreach (var question in questions)
        {
            var found = await memory.SearchAsync(question.Question, search, cancellationToken).ConfigureAwait(false);
            var memories = found.Results.Select(r => r.Memory).ToList();

            var answered = await CallAsync("answer", question, LocomoAnswerPrompts.Answer(question.Question, memories), new ChatOptions { Temperature = 0 }, cancellationToken)
                .ConfigureAwait(false);
            var answer = answered.Text.Trim();
            var judged = await CallAsync("judge", question, LocomoAnswerPrompts.Judge(question.Question, question.Answer, answer),
                new ChatOptions { Temperature = 0, ResponseFormat = ChatResponseFormat.Json }, cancellationToken)
                .ConfigureAwait(false);
            var parsed = JudgeVerdict.TryParse(judged.Text, out var correct);

            answers.Add(new LocomoAnsweredQuestion(
                question, answer, correct, parsed, AnswerMetrics.TokenF1(answer, question.Answer), memories.Count, TokensOf(answered) + TokensOf(judged)));
            progress?.Report(new LocomoProgress(LocomoStage.Answering, sample.SampleId, index, count, answers.Count, questions.Count));
        }

        return answers;
    }

    // Both speakers are people whose facts matter; the engine's prompt speaks of "the user", so say who they are.
    private static string InstructionsFor(LocomoSample sample)
    {
        var who = sample.SpeakerA.Length > 0 && sample.SpeakerB.Length > 0 ? $"{sample.SpeakerA} and {sample.SpeakerB}" : "two people";
        return $"The messages are a conversation between {who}; both are users. Keep facts about either of them, name the person "
            + "in every fact (never write \"the user\"), and keep when things happened as absolute dates.";
    }

    private static string TextOf(LocomoTurn turn) =>
        string.IsNullOrWhiteSpace(turn.ImageCaption) ? turn.Text : $"{turn.Text} [image: {turn.ImageCaption}]";

    private static long TokensOf(ChatResponse response) => response.Usage switch
    {
        null => 0,
        { InputTokenCount: null, OutputTokenCount: null } usage => usage.TotalTokenCount ?? 0,
        var usage => (usage.InputTokenCount ?? 0) + (usage.OutputTokenCount ?? 0),
    };

    private async Task<ChatResponse> CallAsync(
        string step, LocomoQuestion question, List<ChatMessage> prompt, ChatOptions chatOptions, CancellationToken cancellationToken)
    {
        try
        {
            return await chat.GetResponseAsync(prompt, chatOptions, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            throw new LocomoEvaluationException($"The {step} call for question \"{question.Question}\" of {question.SampleId} failed: {ex.Message}", ex);
        }
    }
}
