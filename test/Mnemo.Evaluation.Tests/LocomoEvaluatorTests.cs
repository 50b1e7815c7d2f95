using System.Text.Json;
using Microsoft.Extensions.AI;

namespace Mnemo.Evaluation.Tests;

public sealed class LocomoEvaluatorTests
{
    // Evidence: Q1 {D1:1}; Q2 {D1:1, D1:3, D2:2} (sessions 1, 2); Q3 {D2:1} (D7:7 dropped).
    private static readonly Dictionary<string, string?[]> _script = new()
    {
        ["What is Ann's dog called?"] = ["D1:2", "D1:1", "D2:1"],
        ["What does Ann's dog like?"] = [null, "D1:3", null, null, null, "D2:2", null, null, null, null, null, "D1:1", "D1:2"],
        ["When did Bob start running?"] = ["D2:1", "D10:1"],
    };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EvaluateAsync_ScriptedResults_ComputesExactMetrics()
    {
        var memory = new ScriptedMemory(_script);

        var result = await new LocomoEvaluator(memory, memory).EvaluateAsync(TinyLocomo.Load(), cancellationToken: Ct);

        Assert.Equal("tiny", result.Dataset);
        Assert.Equal(3, result.Questions);
        // @1: 0, 0, 1   @5: 1, 1/3, 1   @10: 1, 2/3, 1   @20: 1, 1, 1
        Assert.Equal(33.33, result.Recall[1]);
        Assert.Equal(77.78, result.Recall[5]);
        Assert.Equal(88.89, result.Recall[10]);
        Assert.Equal(100, result.Recall[20]);
        // sessions @5: 1, 1/2, 1   @10: 1, 1, 1
        Assert.Equal(83.33, result.SessionRecall[5]);
        Assert.Equal(100, result.SessionRecall[10]);
        // first evidence at ranks 2, 2, 1
        Assert.Equal(0.6667, result.Mrr);

        Assert.Equal([1, 2, 4], result.ByCategory.Keys.Order());
        Assert.Equal(1, result.ByCategory[LocomoCategory.MultiHop].Count);
        Assert.Equal([0, 33.33, 66.67, 100], result.ByCategory[LocomoCategory.MultiHop].Recall.Values);
        Assert.Equal([100, 100, 100, 100], result.ByCategory[LocomoCategory.Temporal].Recall.Values);
        Assert.Equal([0, 100, 100, 100], result.ByCategory[LocomoCategory.SingleHop].Recall.Values);
    }

    [Fact]
    public void Load_Observations_MarkTheAnnotatedTurnsThatExist()
    {
        Assert.Equal(["D1:1", "D1:3", "D2:1"], TinyLocomo.Load().Samples[0].AnnotatedTurns.Order());
    }

    [Fact]
    public async Task EvaluateAsync_Infer_AddsEachTurnWithInferOnAndReportsFormationAgainstAnnotations()
    {
        // Skips "Nice! Look at my garden." (unannotated) and "Rex loves tomatoes." (annotated); writes one memory per other turn.
        var memory = new ScriptedMemory(_script)
        {
            OnAdd = m => m.Text.StartsWith("Nice!", StringComparison.Ordinal) || m.Text.StartsWith("Rex loves", StringComparison.Ordinal)
                ? new AddResult([], MemoryUsage.None) { Skipped = [new SkippedMessage(0, "chit_chat")] }
                : new AddResult([new MemoryEventResult(Guid.NewGuid(), m.Text, MemoryEventType.Add)], new MemoryUsage { EmbeddingCalls = 1 }),
        };

        var result = await new LocomoEvaluator(memory, memory).EvaluateAsync(TinyLocomo.Load(), new LocomoEvaluationOptions { Infer = true }, cancellationToken: Ct);

        Assert.Empty(memory.Imported);
        Assert.Equal(6, memory.Added.Count);
        Assert.All(memory.Added, a => Assert.True(a.Options.Infer));
        var garden = memory.Added[1];
        Assert.Equal(("Nice! Look at my garden.\n[image: a photo of tomatoes]", "Bob", "D1:2"), (garden.Message.Text, garden.Message.AuthorName, garden.Options.Metadata!["dia_id"].GetString()));
        var formation = result.Formation!;
        Assert.Equal((6, 3, 66.67, 3, 33.33), (formation.Turns, formation.AnnotatedTurns, formation.AnnotatedKept, formation.UnannotatedTurns, formation.UnannotatedSkipped));
        Assert.Equal((0.667, 4, 2), (formation.MemoriesPerTurn, formation.EmbeddingCalls, formation.EmbeddingCallsSaved));
        Assert.Contains("\"formation\":", result.ToJson(indented: false), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvaluateAsync_Verbatim_HasNoFormationReport()
    {
        var memory = new ScriptedMemory(_script);
        var result = await new LocomoEvaluator(memory, memory).EvaluateAsync(TinyLocomo.Load(), cancellationToken: Ct);
        Assert.Null(result.Formation);
        Assert.DoesNotContain("formation", result.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvaluateAsync_Searches_RawQuestionInSampleScopeWithLargestCutoff()
    {
        var memory = new ScriptedMemory(_script);

        await new LocomoEvaluator(memory, memory).EvaluateAsync(TinyLocomo.Load(), cancellationToken: Ct);

        Assert.Equal(_script.Keys, memory.Searches.Select(s => s.Query));
        Assert.All(memory.Searches, s => Assert.Equal(20, s.Options.Limit));
        Assert.All(memory.Searches, s => Assert.Equal(new MemoryScope { UserId = "s1", AgentId = "locomo" }, s.Options.Scope));
        Assert.All(memory.Searches, s => Assert.Null(s.Options.Threshold));
    }

    [Fact]
    public async Task EvaluateAsync_WithTransfer_ImportsOneMemoryPerTurn()
    {
        var memory = new ScriptedMemory(_script);

        await new LocomoEvaluator(memory, memory).EvaluateAsync(TinyLocomo.Load(), new LocomoEvaluationOptions { ImportBatchSize = 4 }, cancellationToken: Ct);

        var scope = new MemoryScope { UserId = "s1", AgentId = "locomo" };
        Assert.Equal([scope], memory.DeletedScopes);
        Assert.Equal(6, memory.Imported.Count);
        Assert.Empty(memory.Added);
        Assert.All(memory.Imported, m => Assert.Equal(scope, m.Scope));
        Assert.Equal(6, memory.Imported.Select(m => m.Id).Distinct().Count());

        var garden = memory.Imported[1];
        Assert.Equal("Bob: Nice! Look at my garden. [image: a photo of tomatoes]", garden.Text);
        Assert.Equal(MemoryHash.Compute(garden.Text), garden.Hash);
        Assert.Equal("Bob", garden.ActorId);
        Assert.Equal("D1:2", garden.Metadata["dia_id"].GetString());
        Assert.Equal(1, garden.Metadata["session"].GetInt32());
        Assert.Equal(new DateTimeOffset(2023, 5, 8, 13, 56, 0, TimeSpan.Zero), garden.ObservedAt);

        var running = memory.Imported[3];
        Assert.Equal("Bob: I started running marathons.", running.Text);
        Assert.Equal(2, running.Metadata["session"].GetInt32());
        Assert.Equal(new DateTimeOffset(2023, 6, 10, 9, 5, 0, TimeSpan.Zero), running.ObservedAt);
        Assert.Equal(running.ObservedAt, running.ValidFrom);
    }

    [Fact]
    public async Task EvaluateAsync_WithoutTransfer_AddsEachTurnVerbatim()
    {
        var memory = new ScriptedMemory(_script);

        await new LocomoEvaluator(memory).EvaluateAsync(TinyLocomo.Load(), cancellationToken: Ct);

        Assert.Empty(memory.Imported);
        Assert.Equal(6, memory.Added.Count);
        var (message, options) = memory.Added[4];
        Assert.Equal("Ann: Rex ran with me today.", message.Text);
        Assert.Equal("Ann", message.AuthorName);
        Assert.False(options.Infer);
        Assert.Equal("Ann", options.ActorId);
        Assert.Equal(new DateTimeOffset(2023, 6, 10, 9, 5, 0, TimeSpan.Zero), options.ObservedAt);
        Assert.Equal("D2:2", options.Metadata!["dia_id"].GetString());
    }

    [Fact]
    public async Task EvaluateAsync_IngestOff_OnlySearches()
    {
        var memory = new ScriptedMemory(_script);

        var result = await new LocomoEvaluator(memory, memory).EvaluateAsync(TinyLocomo.Load(), new LocomoEvaluationOptions { Ingest = false }, cancellationToken: Ct);

        Assert.Empty(memory.Imported);
        Assert.Empty(memory.DeletedScopes);
        Assert.Equal(3, result.Questions);
    }

    [Fact]
    public async Task EvaluateAsync_EmbeddingGenerator_IsAskedWithQueryInputType()
    {
        var memory = new ScriptedMemory(_script);
        var generator = new RecordingEmbeddingGenerator();

        var result = await new LocomoEvaluator(memory, memory, generator).EvaluateAsync(TinyLocomo.Load(), cancellationToken: Ct);

        Assert.Equal(_script.Keys, generator.Texts);
        Assert.All(generator.InputTypes, t => Assert.Equal(EmbeddingInputType.Query, t));
        Assert.NotNull(result.LatencyMs.EmbedP50);
        Assert.NotNull(result.LatencyMs.SearchP95);
    }

    [Fact]
    public async Task EvaluateAsync_NoEmbeddingGenerator_LeavesEmbedLatencyNull()
    {
        var memory = new ScriptedMemory(_script);

        var result = await new LocomoEvaluator(memory, memory).EvaluateAsync(TinyLocomo.Load(), cancellationToken: Ct);

        Assert.Null(result.LatencyMs.EmbedP50);
        Assert.NotNull(result.LatencyMs.SearchP50);
    }

    [Fact]
    public async Task EvaluateAsync_Progress_ReportsBatchesAndQuestions()
    {
        var memory = new ScriptedMemory(_script);
        var progress = new ListProgress<LocomoProgress>();

        await new LocomoEvaluator(memory, memory).EvaluateAsync(TinyLocomo.Load(), new LocomoEvaluationOptions { ImportBatchSize = 4 }, progress, Ct);

        Assert.Equal(
            [
                new LocomoProgress(LocomoStage.Ingesting, "s1", 1, 1, 4, 6),
                new LocomoProgress(LocomoStage.Ingesting, "s1", 1, 1, 6, 6),
                new LocomoProgress(LocomoStage.Searching, "s1", 1, 1, 1, 3),
                new LocomoProgress(LocomoStage.Searching, "s1", 1, 1, 2, 3),
                new LocomoProgress(LocomoStage.Searching, "s1", 1, 1, 3, 3),
            ],
            progress.Reports);
    }

    [Fact]
    public async Task EvaluateAsync_TwoSamples_IngestsAllBeforeTheFirstQuestion()
    {
        var memory = new ScriptedMemory(_script);
        var dataset = TinyLocomo.Load();
        var twice = dataset with { Samples = [dataset.Samples[0], dataset.Samples[0] with { SampleId = "s2" }] };
        var progress = new ListProgress<LocomoProgress>();

        await new LocomoEvaluator(memory, memory).EvaluateAsync(twice, new LocomoEvaluationOptions { ImportBatchSize = 6 }, progress, Ct);

        Assert.Equal(
            ["Ingesting s1", "Ingesting s2", "Searching s1", "Searching s2"],
            progress.Reports.Select(p => $"{p.Stage} {p.SampleId}").Distinct());
        Assert.Equal(12, memory.Imported.Count);
    }

    [Fact]
    public async Task EvaluateAsync_SampleIdsFilter_SkipsOtherSamples()
    {
        var memory = new ScriptedMemory(_script);

        var result = await new LocomoEvaluator(memory, memory).EvaluateAsync(TinyLocomo.Load(), new LocomoEvaluationOptions { SampleIds = ["other"] }, cancellationToken: Ct);

        Assert.Equal(0, result.Questions);
        Assert.Equal(0, result.Recall[10]);
        Assert.Empty(memory.Searches);
    }

    [Fact]
    public async Task ToJson_HasExactlyTheDocumentedShape()
    {
        var memory = new ScriptedMemory(_script);
        var result = await new LocomoEvaluator(memory, memory).EvaluateAsync(TinyLocomo.Load(), cancellationToken: Ct);

        using var json = JsonDocument.Parse(result.ToJson());
        var root = json.RootElement;

        Assert.Equal(["dataset", "questions", "recall", "session_recall", "mrr", "by_category", "latency_ms", "score_calibration"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["1", "5", "10", "20"], root.GetProperty("recall").EnumerateObject().Select(p => p.Name));
        Assert.Equal(88.89, root.GetProperty("recall").GetProperty("10").GetDouble());
        Assert.Equal(["5", "10"], root.GetProperty("session_recall").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["1", "2", "4"], root.GetProperty("by_category").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["n", "recall"], root.GetProperty("by_category").GetProperty("1").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["embed_p50", "embed_p95", "search_p50", "search_p95", "embedding_cache"], root.GetProperty("latency_ms").EnumerateObject().Select(p => p.Name));
        Assert.Equal(3, root.GetProperty("questions").GetInt32());
    }

    [Fact]
    public async Task FromJson_RoundTripsTheSummary()
    {
        var memory = new ScriptedMemory(_script);
        var result = await new LocomoEvaluator(memory, memory).EvaluateAsync(TinyLocomo.Load(), cancellationToken: Ct);

        var read = LocomoResult.FromJson(result.ToJson(indented: false));

        Assert.Equal(result.Recall, read.Recall);
        Assert.Equal(result.ByCategory[1].Recall, read.ByCategory[1].Recall);
        Assert.Equal(result.Mrr, read.Mrr);
        Assert.Equal(result.LatencyMs, read.LatencyMs);
    }

    private sealed class RecordingEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
    {
        public List<string> Texts { get; } = [];

        public List<object?> InputTypes { get; } = [];

        public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
            IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
        {
            var list = values.ToList();
            Texts.AddRange(list);
            InputTypes.Add(options?.AdditionalProperties?[EmbeddingInputType.PropertyName]);
            return Task.FromResult(new GeneratedEmbeddings<Embedding<float>>(list.Select(_ => new Embedding<float>(new float[] { 1, 0 }))));
        }

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
