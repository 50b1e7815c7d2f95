using Microsoft.Extensions.AI;
using Microsoft.Extensions.Hosting;

namespace Mnemo.Onnx.Hosting;

/// <summary>
/// Loads the model and runs one inference in the background when a host starts, so a server's first search does not
/// pay for them (~0.7 s to parse, rewrite and open the model on a 2-core machine, then ONNX Runtime's first run). Start-up
/// itself is not delayed: a call that arrives during the load waits for it, as it would have loaded it. Outside a host
/// (a one-shot CLI command) nothing runs, and the model loads only if something is embedded. Finds the generator
/// through <see cref="IEmbeddingGenerator.GetService"/>, so it also works under a caching or logging wrapper, warms each
/// local model of a <see cref="CombinedEmbeddingGenerator"/>, and does nothing when the registered generator is not
/// the local one.
/// </summary>
internal sealed class OnnxWarmUp(IEmbeddingGenerator<string, Embedding<float>> generator) : IHostedService
{
    private Task _warming = Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var models = generator.GetService<CombinedEmbeddingGenerator>() is { } combined
            ? [.. combined.Parts.Select(p => p.Generator.GetService<OnnxEmbeddingGenerator>()).OfType<OnnxEmbeddingGenerator>()]
            : generator.GetService<OnnxEmbeddingGenerator>() is { } onnx ? new List<OnnxEmbeddingGenerator> { onnx } : [];
        if (models.Count > 0)
        {
            _warming = Task.Run(async () =>
            {
                foreach (var model in models)
                {
                    await WarmAsync(model).ConfigureAwait(false);
                }
            }, CancellationToken.None);
        }

        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken) =>
        await _warming.WaitAsync(cancellationToken).ConfigureAwait(false);

    private static async Task WarmAsync(OnnxEmbeddingGenerator onnx)
    {
        try
        {
            _ = await onnx.GenerateAsync(["warm-up"]).ConfigureAwait(false);
        }
        catch (Exception e) when (e is ObjectDisposedException or InvalidOperationException or NotSupportedException or IOException or Microsoft.ML.OnnxRuntime.OnnxRuntimeException)
        {
            // Disposed while starting, or a model that cannot load: the first real call reports the same failure to
            // its caller, who can act on it; a warm-up has no one to tell.
        }
    }
}
