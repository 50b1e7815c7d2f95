using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Mnemo.Cli.Hosting;
using Mnemo.TestUtilities;

namespace Mnemo.Cli.Tests;

/// <summary>The eval commands' persistent embedding cache: a rerun makes no model call for texts seen before.</summary>
public sealed class EvalEmbeddingCacheTests : IDisposable
{
    private static readonly EmbeddingGenerationOptions _document = new()
    {
        AdditionalProperties = new() { [EmbeddingInputType.PropertyName] = EmbeddingInputType.Document },
    };

    private static readonly EmbeddingGenerationOptions _query = new()
    {
        AdditionalProperties = new() { [EmbeddingInputType.PropertyName] = EmbeddingInputType.Query },
    };

    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Apply_SecondProcess_ServesSeenTextsFromTheFileAndKeysByInputTypeAndModel()
    {
        var directory = Path.Combine(_cli.Home, "cache");
        var first = new FakeEmbeddingGenerator();
        await using (var provider = Compose(first, directory))
        {
            var generator = provider.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();
            await generator.GenerateAsync(["a violin teacher", "green tea"], _document, TestContext.Current.CancellationToken);
            await generator.GenerateAsync(["a violin teacher"], _query, TestContext.Current.CancellationToken);
            Assert.Equal(3, first.Texts); // the same text as a query is another entry
        }

        var again = new FakeEmbeddingGenerator();
        await using (var provider = Compose(again, directory))
        {
            var generator = provider.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();
            var documents = await generator.GenerateAsync(["green tea", "a violin teacher", "new text"], _document, TestContext.Current.CancellationToken);
            await generator.GenerateAsync(["a violin teacher"], _query, TestContext.Current.CancellationToken);
            Assert.Equal(1, again.Texts); // only "new text"
            Assert.Equal(FakeEmbeddingGenerator.Embed("green tea"), documents[0].Vector.ToArray());
        }

        var otherModel = new FakeEmbeddingGenerator(modelId: "other-model");
        await using (var provider = Compose(otherModel, directory))
        {
            var generator = provider.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();
            await generator.GenerateAsync(["green tea"], _document, TestContext.Current.CancellationToken);
            Assert.Equal(1, otherModel.Texts);
        }
    }

    [Fact]
    public async Task EvalLongMemEval_Rerun_EmbedsOnlyTheTimedQuery()
    {
        var path = Path.Combine(_cli.Home, "tiny.json");
        await File.WriteAllTextAsync(path, """
            [ { "question_id": "q1", "question_type": "single-session-user", "question": "Which violin teacher did I mention?", "answer": "Ms Okafor",
                "question_date": "2023/05/30 (Tue) 23:40", "haystack_session_ids": ["s1"], "haystack_dates": ["2023/05/20 (Sat) 10:00"],
                "haystack_sessions": [ [ { "role": "user", "content": "My violin teacher is Ms Okafor.", "has_answer": true },
                                         { "role": "assistant", "content": "Lovely." } ] ],
                "answer_session_ids": ["s1"] } ]
            """, TestContext.Current.CancellationToken);
        var cache = Path.Combine(_cli.Home, "cache");

        var cold = await _cli.RunAsync("eval", "longmemeval", "--data", path, "--json", "--embedding-cache", cache);
        var coldTexts = _cli.Embedder.Texts;
        var seen = new List<string>();
        _cli.Embedder.OnGenerate = seen.AddRange;
        var warm = await _cli.RunAsync("eval", "longmemeval", "--data", path, "--json", "--embedding-cache", cache);

        Assert.True(cold.ExitCode == 0, cold.ToString());
        Assert.True(warm.ExitCode == 0, warm.ToString());
        Assert.True(coldTexts >= 3, $"cold run embedded {coldTexts} texts");
        Assert.Equal(["Which violin teacher did I mention?"], seen); // the latency probe, which bypasses the cache
        using var json = JsonDocument.Parse(warm.Out);
        Assert.True(json.RootElement.GetProperty("latency_ms").GetProperty("embedding_cache").GetBoolean());
        Assert.Equal(100, json.RootElement.GetProperty("turn").GetProperty("frac").GetProperty("5").GetDouble());
    }

    [Fact]
    public async Task Apply_ACombination_CachesEachModelUnderItsOwnKey()
    {
        var directory = Path.Combine(_cli.Home, "cache");
        var alone = new FakeEmbeddingGenerator(modelId: "left");
        await using (var provider = Compose(alone, directory))
        {
            await provider.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>().GenerateAsync(["green tea"], _document, TestContext.Current.CancellationToken);
        }

        // A run of the combination reuses what the left model embedded alone, and embeds only the right model's half.
        var left = new FakeEmbeddingGenerator(modelId: "left");
        var right = new FakeEmbeddingGenerator(32, "right");
        await using (var provider = Compose(new CombinedEmbeddingGenerator([new(left, 3), new(right, 1)]), directory))
        {
            var generator = provider.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();
            var vectors = await generator.GenerateAsync(["green tea"], _document, TestContext.Current.CancellationToken);

            Assert.Equal(0, left.Texts);
            Assert.Equal(1, right.Texts);
            Assert.Equal(96, vectors[0].Vector.Length);
            Assert.Equal("left*0.75+right*0.25", generator.GetService<EmbeddingGeneratorMetadata>()?.DefaultModelId);
        }
    }

    private static ServiceProvider Compose(IEmbeddingGenerator<string, Embedding<float>> generator, string directory)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(generator);
        EvalEmbeddingCache.Apply(services, directory);
        return services.BuildServiceProvider();
    }
}
