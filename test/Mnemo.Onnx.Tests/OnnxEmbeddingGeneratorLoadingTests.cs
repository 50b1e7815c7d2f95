using Microsoft.Extensions.AI;
using Mnemo.Onnx.Inference;

namespace Mnemo.Onnx.Tests;

/// <summary>The model loads on first use: construction is cheap, and a load happens once whoever asks first.</summary>
public sealed class OnnxEmbeddingGeneratorLoadingTests
{
    private static readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Constructor_LoadsNothing_YetModelAndMetadataAreKnown()
    {
        using var generator = new OnnxEmbeddingGenerator();

        Assert.Equal(0, generator.LoadAttempts);
        Assert.Equal(new EmbeddingModelInfo("snowflake-arctic-embed-xs-int8", 384), generator.Model);
        var metadata = generator.GetService<EmbeddingGeneratorMetadata>();
        Assert.Equal("snowflake-arctic-embed-xs-int8", metadata?.DefaultModelId);
        Assert.Equal(384, metadata?.DefaultModelDimensions);
        Assert.Equal(0, generator.LoadAttempts);

        var vector = await generator.EmbedAsync("I adopted a dog named Rex");

        Assert.Equal(1, generator.LoadAttempts);
        Assert.Equal(generator.Model.Dimensions, vector.Length);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task GenerateAsync_ConcurrentFirstCalls_LoadOnceAndMatchSequentialCalls(bool int8)
    {
        // float32 sends concurrent single texts through the coalescer, int8 runs each on its own: both must load once.
        using var generator = new OnnxEmbeddingGenerator(new OnnxEmbeddingOptions { Model = OnnxEmbeddingModel.MiniLM, Int8 = int8 });
        var texts = Enumerable.Range(0, 8).Select(i => $"The user planted {i} tomato plants on the balcony.").ToList();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var calls = texts.Select(t => Task.Run(
            async () =>
            {
                await start.Task;
                return await generator.EmbedAsync(t);
            },
            _ct)).ToList();
        start.SetResult();
        var concurrent = await Task.WhenAll(calls);

        Assert.Equal(1, generator.LoadAttempts);
        for (var i = 0; i < texts.Count; i++)
        {
            var sequential = await generator.EmbedAsync(texts[i]);
            Assert.True(Vectors.MaxAbsDifference(sequential, concurrent[i]) < 1e-4f, $"text {i} differs");
        }

        Assert.Equal(1, generator.LoadAttempts);
    }

    [Fact]
    public async Task EnsureLoaded_ThenGenerate_LoadsOnce()
    {
        using var generator = new OnnxEmbeddingGenerator(new OnnxEmbeddingOptions { Model = OnnxEmbeddingModel.MiniLM });

        generator.EnsureLoaded();
        Assert.Equal(1, generator.LoadAttempts);
        generator.EnsureLoaded();
        await generator.EmbedAsync("x");

        Assert.Equal(1, generator.LoadAttempts);
    }

    [Fact]
    public async Task Dispose_BeforeFirstUse_LoadsNothingAndLaterCallsThrowObjectDisposed()
    {
        var generator = new OnnxEmbeddingGenerator(new OnnxEmbeddingOptions { Model = OnnxEmbeddingModel.MiniLM });

        generator.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => generator.GenerateAsync(["x"], cancellationToken: _ct));
        Assert.Throws<ObjectDisposedException>(generator.EnsureLoaded);
        Assert.Equal(0, generator.LoadAttempts);
    }

    [Fact]
    public async Task Dispose_AfterLoad_LaterCallsThrowObjectDisposed()
    {
        var generator = new OnnxEmbeddingGenerator(new OnnxEmbeddingOptions { Model = OnnxEmbeddingModel.MiniLM });
        await generator.EmbedAsync("x");

        generator.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => generator.GenerateAsync(["x"], cancellationToken: _ct));
        Assert.Throws<ObjectDisposedException>(generator.EnsureLoaded);
    }

    [Fact]
    public async Task GenerateAsync_ModelPackageNotInstalled_FailsOnFirstUseNamingThePackage()
    {
        // What an application that asks for MiniLM without the package Mnemo.Onnx.MiniLM meets: construction succeeds
        // (the host starts), the first embedding says which package to add, and so does every later one.
        var missing = OnnxModelDescriptor.MiniLM with { AssemblyName = "SentenceTransformers.NotInstalled" };
        using var generator = new OnnxEmbeddingGenerator(new OnnxEmbeddingOptions { Model = OnnxEmbeddingModel.MiniLM }, missing);
        const string Expected =
            "The embedding model all-MiniLM-L6-v2 is not installed: it ships in the package Mnemo.Onnx.MiniLM (dotnet add package Mnemo.Onnx.MiniLM).";

        var first = await Assert.ThrowsAsync<InvalidOperationException>(() => generator.GenerateAsync(["x"], cancellationToken: _ct));
        var second = await Assert.ThrowsAsync<InvalidOperationException>(() => generator.GenerateAsync(["x"], cancellationToken: _ct));

        Assert.Equal(Expected, first.Message);
        Assert.Equal(Expected, second.Message);
        Assert.Equal(2, generator.LoadAttempts);
    }
}
