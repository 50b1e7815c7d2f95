using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Mnemo.Onnx.Hosting;

namespace Mnemo.Onnx.Tests;

/// <summary>In a host, the local model loads in the background at start, so the first search does not pay for it.</summary>
public sealed class OnnxWarmUpTests
{
    private static readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task StartAsync_LoadsTheModelInTheBackground_ThroughAWrapper()
    {
        using var onnx = new OnnxEmbeddingGenerator();
        // A caching or logging wrapper must not hide the local generator from the warm-up.
        using var wrapped = new Wrapper(onnx);
        var warmUp = new OnnxWarmUp(wrapped);

        await warmUp.StartAsync(_ct);
        await warmUp.StopAsync(_ct);

        Assert.Equal(1, onnx.LoadAttempts);
        _ = await wrapped.GenerateAsync(["a first search"], cancellationToken: _ct);
        Assert.Equal(1, onnx.LoadAttempts);
    }

    [Fact]
    public async Task StartAsync_ACombination_LoadsEachLocalModel()
    {
        var arctic = new OnnxEmbeddingGenerator();
        var miniLm = new OnnxEmbeddingGenerator(new OnnxEmbeddingOptions { Model = OnnxEmbeddingModel.MiniLM });
        var other = new CountingGenerator();
        using var combined = new CombinedEmbeddingGenerator([new(arctic, 3), new(new Wrapper(miniLm), 1), new(other, 1)]);
        var warmUp = new OnnxWarmUp(new Wrapper(combined));

        await warmUp.StartAsync(_ct);
        await warmUp.StopAsync(_ct);

        Assert.Equal(1, arctic.LoadAttempts);
        Assert.Equal(1, miniLm.LoadAttempts);
        Assert.Equal(0, other.Calls);
    }

    [Fact]
    public async Task StartAsync_AnotherGenerator_DoesNothing()
    {
        var other = new CountingGenerator();
        var warmUp = new OnnxWarmUp(other);

        await warmUp.StartAsync(_ct);
        await warmUp.StopAsync(_ct);

        Assert.Equal(0, other.Calls);
    }

    [Fact]
    public async Task StartAsync_DisposedBeforeTheLoad_FailsNothing()
    {
        var onnx = new OnnxEmbeddingGenerator();
        onnx.Dispose();
        var warmUp = new OnnxWarmUp(onnx);

        await warmUp.StartAsync(_ct);
        await warmUp.StopAsync(_ct);

        Assert.Equal(0, onnx.LoadAttempts);
    }

    [Fact]
    public void WithOnnxEmbeddings_RegistersTheWarmUpOnce()
    {
        var services = new ServiceCollection();
        var builder = new Builder(services);

        builder.WithOnnxEmbeddings();
        builder.WithOnnxEmbeddings(o => o.Int8 = false);

        Assert.Single(services, d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(OnnxWarmUp));
    }

    private sealed class Wrapper(IEmbeddingGenerator<string, Embedding<float>> inner) : DelegatingEmbeddingGenerator<string, Embedding<float>>(inner);

    private sealed class Builder(IServiceCollection services) : IMnemoBuilder
    {
        public IServiceCollection Services { get; } = services;
    }

    private sealed class CountingGenerator : IEmbeddingGenerator<string, Embedding<float>>
    {
        public int Calls { get; private set; }

        public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
            IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
        {
            Calls++;
            return Task.FromResult(new GeneratedEmbeddings<Embedding<float>>([new Embedding<float>(new float[384])]));
        }

        public object? GetService(Type serviceType, object? serviceKey = null) => serviceType.IsInstanceOfType(this) ? this : null;

        public void Dispose()
        {
        }
    }
}
