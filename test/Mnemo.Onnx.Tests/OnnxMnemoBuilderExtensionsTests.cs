using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace Mnemo.Onnx.Tests;

public sealed class OnnxMnemoBuilderExtensionsTests
{
    [Fact]
    public async Task WithOnnxEmbeddings_Resolved_IsOneSingletonDisposedWithContainer()
    {
        var services = new ServiceCollection();
        new TestBuilder(services).WithOnnxEmbeddings(o => o.Model = OnnxEmbeddingModel.MiniLM);

        IEmbeddingGenerator<string, Embedding<float>> generator;
        await using (var provider = services.BuildServiceProvider())
        {
            generator = provider.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();
            Assert.Same(generator, provider.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>());
            Assert.Equal("all-MiniLM-L6-v2-int8", generator.GetService<EmbeddingGeneratorMetadata>()?.DefaultModelId);
        }

        await Assert.ThrowsAsync<ObjectDisposedException>(() => generator.GenerateAsync(["x"], cancellationToken: TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task WithOnnxEmbeddings_SecondModel_CombinesBothModels_EachWithItsShare()
    {
        var services = new ServiceCollection();
        new TestBuilder(services).WithOnnxEmbeddings(o => o.SecondModel = OnnxEmbeddingModel.MiniLM);
        await using var provider = services.BuildServiceProvider();

        var generator = provider.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();
        var combined = Assert.IsType<CombinedEmbeddingGenerator>(generator);
        var vectors = await generator.GenerateAsync(["I drink green tea every morning", "Green tea in the morning"], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(["snowflake-arctic-embed-xs-int8", "all-MiniLM-L6-v2-int8"], combined.Parts.Select(p => p.Generator.GetService<EmbeddingGeneratorMetadata>()?.DefaultModelId));
        Assert.Equal([0.75, 0.25], combined.Parts.Select(p => p.Weight));
        Assert.Equal("snowflake-arctic-embed-xs-int8*0.75+all-MiniLM-L6-v2-int8*0.25", generator.GetService<EmbeddingGeneratorMetadata>()?.DefaultModelId);
        Assert.Equal(768, vectors[0].Vector.Length);
        // The arctic half carries three quarters of the length, the MiniLM half one quarter.
        Assert.Equal(0.75, Squares(vectors[0].Vector.Span[..384]), 3);
        Assert.Equal(0.25, Squares(vectors[0].Vector.Span[384..]), 3);
    }

    [Fact]
    public void WithOnnxEmbeddings_NotResolved_DoesNotLoadTheModelButValidates()
    {
        var services = new ServiceCollection();

        Assert.Throws<ArgumentOutOfRangeException>(() => new TestBuilder(services).WithOnnxEmbeddings(o => o.BatchSize = 0));
        new TestBuilder(services).WithOnnxEmbeddings();
        new TestBuilder(services).WithOnnxEmbeddings();

        var descriptor = Assert.Single(services, d => d.ServiceType == typeof(IEmbeddingGenerator<string, Embedding<float>>));
        Assert.Equal(ServiceLifetime.Singleton, descriptor.Lifetime);
        Assert.NotNull(descriptor.ImplementationFactory);
    }

    private sealed class TestBuilder(IServiceCollection services) : IMnemoBuilder
    {
        public IServiceCollection Services { get; } = services;
    }

    private static double Squares(ReadOnlySpan<float> values)
    {
        var sum = 0.0;
        foreach (var v in values)
        {
            sum += v * v;
        }

        return sum;
    }
}
