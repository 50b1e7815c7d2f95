using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Mnemo;
using Mnemo.Onnx.Hosting;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the local ONNX embedding generator.</summary>
public static class OnnxMnemoBuilderExtensions
{
    /// <summary>
    /// Uses <see cref="OnnxEmbeddingGenerator"/> as the <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/> (a
    /// singleton, replacing any registered before). The options are validated now; the model loads on the generator's
    /// first embedding call (or <see cref="OnnxEmbeddingGenerator.EnsureLoaded"/>), not when it is resolved, and the
    /// container disposes the generator. In a host (<c>IHost</c>: the server, MCP over HTTP, an agent app) a hosted
    /// service loads it and runs one inference in the background when the host starts, so the first search does not
    /// pay for the load; start-up is not delayed. With <see cref="OnnxEmbeddingOptions.SecondModel"/> the generator is a
    /// <see cref="CombinedEmbeddingGenerator"/> of the two models, and both load that way.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static IMnemoBuilder WithOnnxEmbeddings(this IMnemoBuilder builder, Action<OnnxEmbeddingOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new OnnxEmbeddingOptions();
        configure?.Invoke(options);
        options.Validate();

        builder.Services.RemoveAll<IEmbeddingGenerator<string, Embedding<float>>>();
        builder.Services.AddSingleton(_ => OnnxEmbeddingGenerator.Create(options));
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, OnnxWarmUp>());
        return builder;
    }
}
