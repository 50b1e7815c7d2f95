using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.AI;

namespace Mnemo.Evaluation.Tests;

public sealed class LongMemEvalEvaluatorTests
{
    // q1: evidence turn s1#0 (session s1); q2: evidence a#1 and b#0 (sessions a, b); null = a result without ids.
    private static readonly Dictionary<string, string?[]> _script = new()
    {
        ["What is my cat called?"] = ["s2#0", "s1#0", "s2#1"],
        ["How many instruments do I play?"] = ["b#0", null, "a#1"],
    };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ScriptedMemory Scripted() => new(_script, id => MemoryMetadata.From(
        [new(LongMemEvalEvaluator.TurnIdKey, id), new(LongMemEvalEvaluator.SessionIdKey, id[..id.IndexOf('#', StringComparison.Ordinal)])]));

    [Fact]
    public async Task EvaluateAsync_ScriptedResults_ComputesLongMemEvalMetrics()
    {
        var memory = Scripted();

        var result = await new LongMemEvalEvaluator(memory, memory).EvaluateAsync(TinyLongMemEval.Load(), cancellationToken: Ct);

        Assert.Equal(2, result.Questions);
        // Turns @1: q1 0, q2 1/2; @5: both complete.
        Assert.Equal(25.0, result.Turn.Frac[1]);
        Assert.Equal(100.0, result.Turn.Frac[5]);
        Assert.Equal(50.0, result.Turn.RecallAny[1]);
        Assert.Equal(0.0, result.Turn.RecallAll[1]);
        Assert.Equal(100.0, result.Turn.RecallAll[5]);
        // LongMemEval's DCG leaves ranks 1 and 2 undiscounted: q1 (evidence at rank 2) scores 1 at @5;
        // q2 (ranks 1 and 3 of 2 pieces) scores (1 + 1/log2 3) / 2.
        Assert.Equal(50.0, result.Turn.NdcgAny[1]);
        Assert.Equal(Math.Round(100 * (1 + ((1 + (1 / Math.Log2(3))) / 2)) / 2, 1), result.Turn.NdcgAny[5]);
        // Sessions in order of their first turn: q1 [s2, s1]; q2 [b, (none), a].
        Assert.Equal(25.0, result.Session.Frac[1]);
        Assert.Equal(0.0, result.Session.RecallAll[1]);
        Assert.Equal(100.0, result.Session.RecallAll[5]);
        Assert.Equal(["multi-session", "single-session-user"], result.ByType.Keys);
        Assert.Equal(1, result.ByType["multi-session"].Count);
        Assert.Equal(50.0, result.ByType["multi-session"].Turn.Frac[1]);
        Assert.Equal(0.0, result.ByType["single-session-user"].Turn.Frac[1]);
    }

    [Fact]
    public async Task EvaluateAsync_AbstentionQuestion_IsNeitherIngestedNorAsked()
    {
        var memory = Scripted();

        await new LongMemEvalEvaluator(memory, memory).EvaluateAsync(TinyLongMemEval.Load(), cancellationToken: Ct);

        Assert.Equal(["What is my cat called?", "How many instruments do I play?"], memory.Searches.Select(s => s.Query));
        Assert.DoesNotContain(memory.Imported, m => m.Scope.UserId == "q3_abs");
    }

    [Fact]
    public async Task EvaluateAsync_Searches_AtTheQuestionDateInTheQuestionsScopeForFifty()
    {
        var memory = Scripted();

        await new LongMemEvalEvaluator(memory, memory).EvaluateAsync(TinyLongMemEval.Load(), cancellationToken: Ct);

        var (_, first) = memory.Searches[0];
        Assert.Equal(MemoryScope.User("q1"), first.Scope);
        Assert.Equal(50, first.Limit);
        Assert.Equal(new DateTimeOffset(2023, 5, 30, 23, 40, 0, TimeSpan.Zero), first.ReferenceTime);
        Assert.Null(first.Threshold);
        Assert.Equal(new DateTimeOffset(2023, 6, 2, 9, 0, 0, TimeSpan.Zero), memory.Searches[1].Options.ReferenceTime);
    }

    [Fact]
    public async Task EvaluateAsync_ImportsEachTurnAsRoleAndContentObservedAtItsSession()
    {
        var memory = Scripted();

        await new LongMemEvalEvaluator(memory, memory).EvaluateAsync(TinyLongMemEval.Load(), cancellationToken: Ct);

        Assert.Equal(7, memory.Imported.Count);
        var pixel = memory.Imported[0];
        Assert.Equal("user: I adopted a cat named Pixel.", pixel.Text);
        Assert.Equal("user", pixel.ActorId);
        Assert.Equal(MemoryScope.User("q1"), pixel.Scope);
        Assert.Equal(new DateTimeOffset(2023, 5, 20, 10, 0, 0, TimeSpan.Zero), pixel.ObservedAt);
        Assert.Equal("s1#0", pixel.Metadata[LongMemEvalEvaluator.TurnIdKey].GetString());
        Assert.Equal("s1", pixel.Metadata[LongMemEvalEvaluator.SessionIdKey].GetString());
        Assert.Equal("assistant", memory.Imported[1].ActorId);
    }

    [Fact]
    public async Task EvaluateAsync_Infer_AddsEachTurnAsAMessageOfItsRoleAndReportsWhatFormationKept()
    {
        // Keeps what the user says except "Hello there."; the assistant's turns are not remembered (nothing written, as the
        // offline path does); "I started learning the cello." is already known (a warning, nothing written).
        var memory = new ScriptedMemory(_script, id => MemoryMetadata.From(
            [new(LongMemEvalEvaluator.TurnIdKey, id), new(LongMemEvalEvaluator.SessionIdKey, id[..id.IndexOf('#', StringComparison.Ordinal)])]))
        {
            OnAdd = m => m.Role == ChatRole.Assistant || m.Text == "Hello there."
                ? new AddResult([], MemoryUsage.None) { Skipped = m.Role == ChatRole.Assistant ? [] : [new SkippedMessage(0, "greeting")] }
                : m.Text.Contains("cello", StringComparison.Ordinal)
                    ? new AddResult([], MemoryUsage.None) { Warnings = ["already known: \"I started learning the cello.\" matches a memory of this scope; it was not stored again."] }
                    : new AddResult([new MemoryEventResult(Guid.NewGuid(), m.Text, MemoryEventType.Add)], MemoryUsage.None),
        };

        var result = await new LongMemEvalEvaluator(memory, memory).EvaluateAsync(TinyLongMemEval.Load(), new LongMemEvalOptions { Infer = true }, cancellationToken: Ct);

        Assert.Empty(memory.Imported);
        Assert.Equal(7, memory.Added.Count);
        Assert.All(memory.Added, a => Assert.True(a.Options.Infer));
        var (message, options) = memory.Added[1];
        Assert.Equal((ChatRole.Assistant, "Congratulations on the adoption!", "assistant"), (message.Role, message.Text, options.ActorId));
        Assert.Equal("s1#1", options.Metadata![LongMemEvalEvaluator.TurnIdKey].GetString());
        Assert.Equal(new DateTimeOffset(2023, 5, 20, 10, 0, 0, TimeSpan.Zero), options.ObservedAt);
        var formation = result.Formation!;
        Assert.Equal((7, 5, 80.0, 3, 100.0, 0), (formation.Turns, formation.UserTurns, formation.UserTurnsKept, formation.UserEvidenceTurns, formation.UserEvidenceKept, formation.AssistantEvidenceTurns));
        Assert.Equal(0.429, formation.MemoriesPerTurn);
        Assert.Contains("\"formation\":", result.ToJson(indented: false), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ToJson_HasTheDocumentedShape()
    {
        var memory = Scripted();
        var result = await new LongMemEvalEvaluator(memory, memory).EvaluateAsync(TinyLongMemEval.Load(), cancellationToken: Ct);

        using var json = JsonDocument.Parse(result.ToJson(indented: false));

        var root = json.RootElement;
        Assert.Equal(["questions", "turn", "session", "by_type", "latency_ms", "score_calibration"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["frac", "recall_any", "recall_all", "ndcg_any"], root.GetProperty("turn").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["1", "5", "10", "20", "50"], root.GetProperty("session").GetProperty("recall_all").EnumerateObject().Select(p => p.Name));
        Assert.Equal(1, root.GetProperty("by_type").GetProperty("multi-session").GetProperty("n").GetInt32());
        Assert.True(root.GetProperty("latency_ms").TryGetProperty("search_p95", out _));
        Assert.Equal(["k", "bin_width", "evidence", "other"], root.GetProperty("score_calibration").EnumerateObject().Select(p => p.Name));
        Assert.Equal(100, root.GetProperty("score_calibration").GetProperty("evidence").GetArrayLength());
    }

    [Fact]
    public async Task LoadAsync_GzipFile_ReadsTheSameQuestions()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("mnemo-lme-").FullName, "tiny.json.gz");
        await using (var file = File.Create(path))
        await using (var gzip = new GZipStream(file, CompressionLevel.Fastest))
        {
            await gzip.WriteAsync(Encoding.UTF8.GetBytes(TinyLongMemEval.Json), Ct);
        }

        var dataset = await LongMemEvalDataset.LoadAsync(path, Ct);

        Assert.Equal("tiny", dataset.Name);
        Assert.Equal(["q1", "q2", "q3_abs"], dataset.Questions.Select(q => q.Id));
        Assert.Equal(["s1#0"], dataset.Questions[0].EvidenceTurnIds);
        Assert.True(dataset.Questions[2].IsAbstention);
    }

    [Theory]
    [InlineData("""{"question_id": "q1"}""", "a JSON list")]
    [InlineData("""[{"question_id": "q9", "question_type": "t", "question": "?", "question_date": "2023/05/30 (Tue) 23:40", "haystack_session_ids": ["s1"], "haystack_dates": [], "haystack_sessions": [[]]}]""", "question 'q9'")]
    [InlineData("""[{"question_id": "q9", "question_type": "t", "question": "?", "question_date": "yesterday", "haystack_session_ids": [], "haystack_dates": [], "haystack_sessions": []}]""", "'yesterday' is not a LongMemEval date")]
    [InlineData("""[{"question_id": "q9", "question_type": "t", "question": "?", "question_date": "2023/05/30 (Tue) 23:40", "haystack_session_ids": ["s1"], "haystack_dates": ["2023/05/30 (Tue) 23:40"], "haystack_sessions": [[{"content": "hi"}]]}]""", "session 's1', turn 0 has no text 'role'")]
    public void Parse_MalformedFile_NamesWhatIsWrong(string json, string expected)
    {
        var error = Assert.Throws<FormatException>(() => LongMemEvalDataset.Parse(json));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
