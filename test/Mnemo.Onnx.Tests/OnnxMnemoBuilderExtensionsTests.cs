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
}
