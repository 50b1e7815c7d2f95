using System.Text.Json;
using Microsoft.Extensions.AI;
using Mnemo.TestUtilities;

namespace Mnemo.Evaluation.Tests;

public sealed class LocomoAnswerTests
{
    private static readonly MemoryScope _inferScope = new() { UserId = "s1", AgentId = "locomo-infer" };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static LocomoEvaluationOptions Options(int turnsPerAdd = 2) => new() { Answer = new LocomoAnswerOptions { TurnsPerAdd = turnsPerAdd } };

    [Fact]
    public async Task EvaluateAsync_ScriptedLlm_ComputesExactJAndF1()
    {
        var chat = ScriptedLocomoLlm.Create();
        await using var engine = new AnswerEngine(chat);

        var result = await new LocomoEvaluator(engine.Memory, engine.Transfer, chatClient: chat).EvaluateAsync(TinyLocomo.Load(), Options(), cancellationToken: Ct);

        var answer = Assert.IsType<LocomoAnswerResult>(result.Answer);
        Assert.Equal(3, answer.Count);
        Assert.Equal(10, answer.Limit);
        // Judged CORRECT, CORRECT (fenced, lower case), unreadable (counted WRONG): 2 of 3.
        Assert.Equal(66.67, answer.J);
        Assert.Equal(1, answer.JudgeParseFailures);
        // F1: "Rex"/"Rex" 1; "dog likes tomatoes"/"tomatoes" P 1/3 R 1 -> 1/2; "june 2023"/"2023" P 1/2 R 1 -> 2/3; mean 13/18.
        Assert.Equal(72.22, answer.F1);
        // Each question: one answer and one judge call of 100 + 20 tokens.
        Assert.Equal(240, answer.TokensPerQuery);
        // Turns in batches of 2 within a session: [D1:1 D1:2] [D1:3] [D2:1 D2:2] [D10:1]; the pre-filter skips
        // "Happy new year!" (chit-chat, nothing to remember) -> 3 formation calls of 120.
        Assert.Equal(3, chat.Requests.Count(r => ScriptedLocomoLlm.IsFormation(r.Messages)));
        Assert.Equal(360, answer.IngestTokens);
        Assert.Null(answer.Model);

        Assert.Equal([1, 2, 4], answer.ByCategory.Keys.Order());
        Assert.Equal(new LocomoAnswerCategoryResult { Count = 1, J = 100, F1 = 50 }, answer.ByCategory[LocomoCategory.MultiHop]);
        Assert.Equal(new LocomoAnswerCategoryResult { Count = 1, J = 0, F1 = 66.67 }, answer.ByCategory[LocomoCategory.Temporal]);
        Assert.Equal(new LocomoAnswerCategoryResult { Count = 1, J = 100, F1 = 100 }, answer.ByCategory[LocomoCategory.SingleHop]);
        Assert.Equal(["Rex", "The dog likes tomatoes.", "June 2023"], answer.Details.Select(d => d.Answer));
        Assert.Equal([true, true, false], answer.Details.Select(d => d.Correct));
    }

    [Fact]
    public async Task EvaluateAsync_Answer_InfersIntoItsOwnScopeAtSessionDates()
    {
        var chat = ScriptedLocomoLlm.Create();
        await using var engine = new AnswerEngine(chat);

        await new LocomoEvaluator(engine.Memory, engine.Transfer, chatClient: chat).EvaluateAsync(TinyLocomo.Load(), Options(), cancellationToken: Ct);

        var inferred = await engine.Memory.ListAsync(new ListOptions { Scope = _inferScope }, Ct);
        Assert.Equal([ScriptedLocomoLlm.Dog, ScriptedLocomoLlm.Likes, ScriptedLocomoLlm.Running], inferred.Items.Select(m => m.Text).Order(StringComparer.Ordinal));
        var running = inferred.Items.Single(m => m.Text == ScriptedLocomoLlm.Running);
        Assert.Equal(new DateTimeOffset(2023, 6, 10, 9, 5, 0, TimeSpan.Zero), running.ObservedAt);
        Assert.Equal(2, running.Metadata["session"].GetInt32());
        var verbatim = await engine.Memory.ListAsync(new ListOptions { Scope = new MemoryScope { UserId = "s1", AgentId = "locomo" } }, Ct);
        Assert.Equal(6, verbatim.Items.Count);

        var first = chat.Requests.First(r => ScriptedLocomoLlm.IsFormation(r.Messages)).Messages[^1].Text;
        Assert.Contains("Observation date: 2023-05-08", first, StringComparison.Ordinal);
        Assert.Contains("user (Ann): I adopted a dog named Rex.", first, StringComparison.Ordinal);
        Assert.Contains("user (Bob): Nice! Look at my garden. [image: a photo of tomatoes]", first, StringComparison.Ordinal);
        Assert.DoesNotContain("Rex loves tomatoes.", first, StringComparison.Ordinal);
        Assert.Contains("between Ann and Bob", chat.Requests[0].Messages[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvaluateAsync_Answer_PromptHoldsInferredMemoriesWithDatesAndTheQuestion()
    {
        var chat = ScriptedLocomoLlm.Create();
        await using var engine = new AnswerEngine(chat);

        await new LocomoEvaluator(engine.Memory, engine.Transfer, chatClient: chat).EvaluateAsync(TinyLocomo.Load(), Options(), cancellationToken: Ct);

        var answers = chat.Requests.Where(r => ScriptedLocomoLlm.IsAnswer(r.Messages)).ToList();
        Assert.Equal(3, answers.Count);
        var prompt = answers[0].Messages[^1].Text;
        Assert.Contains($"[8 May 2023, 13:56] {ScriptedLocomoLlm.Dog}", prompt, StringComparison.Ordinal);
        Assert.Contains($"[10 June 2023, 09:05] {ScriptedLocomoLlm.Running}", prompt, StringComparison.Ordinal);
        Assert.DoesNotContain("Ann: I adopted", prompt, StringComparison.Ordinal);
        Assert.EndsWith("Question: What is Ann's dog called?\nAnswer:", prompt, StringComparison.Ordinal);
        Assert.All(answers, a => Assert.Equal(0f, a.Options?.Temperature));

        var judge = chat.Requests.First(r => ScriptedLocomoLlm.IsJudge(r.Messages));
        var text = judge.Messages[0].Text;
        Assert.Contains("Question: What is Ann's dog called?\nGold answer: Rex\nGenerated answer: Rex\n", text, StringComparison.Ordinal);
        Assert.Equal(ChatResponseFormat.Json, judge.Options?.ResponseFormat);
    }

    [Fact]
    public async Task EvaluateAsync_AnswerLimit_SearchesThatManyMemories()
    {
        var chat = ScriptedLocomoLlm.Create();
        await using var engine = new AnswerEngine(chat);
        var options = Options();
        options.Answer!.Limit = 1;

        var result = await new LocomoEvaluator(engine.Memory, engine.Transfer, chatClient: chat).EvaluateAsync(TinyLocomo.Load(), options, cancellationToken: Ct);

        Assert.Equal(1, result.Answer!.Limit);
        Assert.All(result.Answer.Details, d => Assert.Equal(1, d.Memories));
        Assert.All(chat.Requests.Where(r => ScriptedLocomoLlm.IsAnswer(r.Messages)), r => Assert.Single(r.Messages[^1].Text.Split('\n'), l => l.StartsWith("- [", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task EvaluateAsync_WithAnswer_RetrievalSearchesAndMetricsUnchanged()
    {
        // The scripted searches of LocomoEvaluatorTests: the retrieval metrics must come out exactly as there.
        var memory = new ScriptedMemory(new Dictionary<string, string?[]>
        {
            ["What is Ann's dog called?"] = ["D1:2", "D1:1", "D2:1"],
            ["What does Ann's dog like?"] = [null, "D1:3", null, null, null, "D2:2", null, null, null, null, null, "D1:1", "D1:2"],
            ["When did Bob start running?"] = ["D2:1", "D10:1"],
        });
        var chat = ScriptedLocomoLlm.Create();

        var result = await new LocomoEvaluator(memory, memory, chatClient: chat).EvaluateAsync(TinyLocomo.Load(), Options(), cancellationToken: Ct);

        Assert.Equal([33.33, 77.78, 88.89, 100], result.Recall.Values);
        Assert.Equal([83.33, 100], result.SessionRecall.Values);
        Assert.Equal(0.6667, result.Mrr);
        var retrievalScope = new MemoryScope { UserId = "s1", AgentId = "locomo" };
        Assert.Equal(
            [(retrievalScope, 20), (retrievalScope, 20), (retrievalScope, 20), (_inferScope, 10), (_inferScope, 10), (_inferScope, 10)],
            memory.Searches.Select(s => (s.Options.Scope, s.Options.Limit)));
        Assert.Equal([retrievalScope, _inferScope], memory.DeletedScopes);
        Assert.All(memory.Added, a => Assert.True(a.Options.Infer));
        Assert.Equal(6, memory.Added.Count);
        Assert.Equal(3, result.Answer!.Count);
    }

    [Fact]
    public async Task EvaluateAsync_AnswerCallFails_ThrowsNamingTheQuestion()
    {
        var chat = ScriptedLocomoLlm.Create();
        var script = chat.Respond!;
        chat.Respond = m => ScriptedLocomoLlm.IsAnswer(m) ? throw new HttpRequestException("connection refused") : script(m);
        await using var engine = new AnswerEngine(chat);

        var error = await Assert.ThrowsAsync<LocomoEvaluationException>(
            () => new LocomoEvaluator(engine.Memory, engine.Transfer, chatClient: chat).EvaluateAsync(TinyLocomo.Load(), Options(), cancellationToken: Ct));

        Assert.Contains("answer call", error.Message, StringComparison.Ordinal);
        Assert.Contains("What is Ann's dog called?", error.Message, StringComparison.Ordinal);
        Assert.Contains("connection refused", error.Message, StringComparison.Ordinal);
        Assert.IsType<HttpRequestException>(error.InnerException);
    }

    [Fact]
    public async Task EvaluateAsync_InferCallFails_ThrowsNamingTheTurns()
    {
        var chat = new FakeChatClient { Respond = _ => throw new HttpRequestException("rate limited") };
        await using var engine = new AnswerEngine(chat);

        var error = await Assert.ThrowsAsync<LocomoEvaluationException>(
            () => new LocomoEvaluator(engine.Memory, engine.Transfer, chatClient: chat).EvaluateAsync(TinyLocomo.Load(), Options(), cancellationToken: Ct));

        Assert.Contains("s1 turns D1:1-D1:2 with infer on failed", error.Message, StringComparison.Ordinal);
        Assert.Contains("rate limited", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvaluateAsync_MemoryWithoutLlm_ThrowsInsteadOfScoringRuleBasedMemories()
    {
        var chat = ScriptedLocomoLlm.Create();
        await using var engine = new AnswerEngine(chat: null);

        var error = await Assert.ThrowsAsync<LocomoEvaluationException>(
            () => new LocomoEvaluator(engine.Memory, engine.Transfer, chatClient: chat).EvaluateAsync(TinyLocomo.Load(), Options(), cancellationToken: Ct));

        Assert.Contains("rule-based", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(chat.Requests, r => ScriptedLocomoLlm.IsAnswer(r.Messages));
    }

    [Fact]
    public async Task EvaluateAsync_AnswerWithoutChatClient_ThrowsBeforeAnyWork()
    {
        var memory = new ScriptedMemory(new Dictionary<string, string?[]>());

        await Assert.ThrowsAsync<InvalidOperationException>(
            () => new LocomoEvaluator(memory, memory).EvaluateAsync(TinyLocomo.Load(), Options(), cancellationToken: Ct));

        Assert.Empty(memory.Imported);
        Assert.Empty(memory.DeletedScopes);
    }

    [Fact]
    public async Task EvaluateAsync_MaxQuestionsPerSample_AsksAndAnswersOnlyTheFirst()
    {
        var chat = ScriptedLocomoLlm.Create();
        await using var engine = new AnswerEngine(chat);
        var options = Options();
        options.MaxQuestionsPerSample = 1;

        var result = await new LocomoEvaluator(engine.Memory, engine.Transfer, chatClient: chat).EvaluateAsync(TinyLocomo.Load(), options, cancellationToken: Ct);

        Assert.Equal(1, result.Questions);
        Assert.Equal(1, result.Answer!.Count);
        Assert.Equal(100, result.Answer.J);
        Assert.Single(chat.Requests, r => ScriptedLocomoLlm.IsJudge(r.Messages));
    }

    [Fact]
    public async Task EvaluateAsync_MaxSamples_EvaluatesOnlyTheFirstSamples()
    {
        var memory = new ScriptedMemory(new Dictionary<string, string?[]>
        {
            ["What is Ann's dog called?"] = ["D1:1"],
            ["What does Ann's dog like?"] = ["D1:3"],
            ["When did Bob start running?"] = ["D2:1"],
        });
        var dataset = TinyLocomo.Load();
        var twice = dataset with { Samples = [dataset.Samples[0], dataset.Samples[0] with { SampleId = "s2" }] };

        var result = await new LocomoEvaluator(memory, memory).EvaluateAsync(twice, new LocomoEvaluationOptions { MaxSamples = 1 }, cancellationToken: Ct);

        Assert.Equal(3, result.Questions);
        Assert.Equal(["s1"], memory.Imported.Select(m => m.Scope.UserId).Distinct());
    }

    [Fact]
    public async Task EvaluateAsync_Progress_ReportsInferringThenAnswering()
    {
        var chat = ScriptedLocomoLlm.Create();
        await using var engine = new AnswerEngine(chat);
        var progress = new ListProgress<LocomoProgress>();

        await new LocomoEvaluator(engine.Memory, engine.Transfer, chatClient: chat).EvaluateAsync(TinyLocomo.Load(), Options(turnsPerAdd: 3), progress, Ct);

        var answerPhase = progress.Reports.Where(p => p.Stage is LocomoStage.Inferring or LocomoStage.Answering).ToList();
        Assert.Equal(
            [
                new LocomoProgress(LocomoStage.Inferring, "s1", 1, 1, 3, 6),
                new LocomoProgress(LocomoStage.Inferring, "s1", 1, 1, 5, 6),
                new LocomoProgress(LocomoStage.Inferring, "s1", 1, 1, 6, 6),
                new LocomoProgress(LocomoStage.Answering, "s1", 1, 1, 1, 3),
                new LocomoProgress(LocomoStage.Answering, "s1", 1, 1, 2, 3),
                new LocomoProgress(LocomoStage.Answering, "s1", 1, 1, 3, 3),
            ],
            answerPhase);
        Assert.Equal(LocomoStage.Searching, progress.Reports[progress.Reports.IndexOf(answerPhase[0]) - 1].Stage);
    }

    [Fact]
    public async Task ToJson_WithAnswer_AddsTheAnswerObjectLast()
    {
        var chat = ScriptedLocomoLlm.Create();
        await using var engine = new AnswerEngine(chat);
        var result = await new LocomoEvaluator(engine.Memory, engine.Transfer, chatClient: chat).EvaluateAsync(TinyLocomo.Load(), Options(), cancellationToken: Ct);

        using var json = JsonDocument.Parse(result.ToJson());
        var root = json.RootElement;

        Assert.Equal(["dataset", "questions", "recall", "session_recall", "mrr", "by_category", "latency_ms", "score_calibration", "answer"], root.EnumerateObject().Select(p => p.Name));
        var answer = root.GetProperty("answer");
        Assert.Equal(
            ["n", "k", "j", "f1", "tokens_per_query", "ingest_tokens", "judge_parse_failures", "by_category", "model"],
            answer.EnumerateObject().Select(p => p.Name));
        Assert.Equal(66.67, answer.GetProperty("j").GetDouble());
        Assert.Equal(72.22, answer.GetProperty("f1").GetDouble());
        Assert.Equal(["n", "j", "f1"], answer.GetProperty("by_category").GetProperty("2").EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Null, answer.GetProperty("model").ValueKind);

        var read = LocomoResult.FromJson(result.ToJson(indented: false));
        Assert.Equal(result.Answer! with { Details = [] }, read.Answer! with { Details = [], ByCategory = result.Answer.ByCategory });
        Assert.Equal(result.Answer.ByCategory, read.Answer.ByCategory);
    }

    [Fact]
    public void Validate_AnswerScopeSameAsRetrievalScope_Throws()
    {
        var options = new LocomoEvaluationOptions { Answer = new LocomoAnswerOptions { AgentId = "locomo" } };

        Assert.Throws<ArgumentException>(options.Validate);
    }
}
