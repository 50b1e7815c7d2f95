namespace Mnemo;

/// <summary>Settings of <see cref="OnnxEmbeddingGenerator"/>.</summary>
public sealed class OnnxEmbeddingOptions
{
    /// <summary>The most tokens a model's position embeddings allow (both models are BERT-sized).</summary>
    internal const int MaxModelTokens = 512;

    /// <summary>
    /// Which model to run. Default <see cref="OnnxEmbeddingModel.ArcticXs"/>: on the LoCoMo dense-retrieval reference
    /// it scores 59.8 against 47.4 for all-MiniLM-L6-v2 at the same size and speed. The default may be revisited once
    /// Mnemo's own evaluation has measured both. Changing the model of an existing store needs a re-embed (the store
    /// records the model id and refuses vectors of another model).
    /// </summary>
    public OnnxEmbeddingModel Model { get; set; } = OnnxEmbeddingModel.ArcticXs;

    /// <summary>
    /// A second model to combine with <see cref="Model"/>, or <see langword="null"/> (the default) for one model. Each
    /// text is then embedded by both, and the two unit vectors are joined (<see cref="CombinedEmbeddingGenerator"/>) so
    /// that a cosine is the weighted mean of the two models' cosines. Measured on both dev sets with arctic-embed-xs and
    /// all-MiniLM-L6-v2 at <see cref="SecondModelWeight"/> 0.25 (docs/BENCHMARKS.md): LoCoMo turn_frac@10 77.89 to 79.21
    /// (the default add 76.81 to 78.85), LongMemEval @10 93.3 to 93.9; every text costs both models, so adds are about
    /// half as fast and each query is embedded twice. Must differ from <see cref="Model"/>. <see cref="MaxTokens"/>
    /// applies to <see cref="Model"/> only; <see cref="Int8"/>, <see cref="BatchSize"/> and
    /// <see cref="IntraOpThreads"/> to both.
    /// </summary>
    public OnnxEmbeddingModel? SecondModel { get; set; }

    /// <summary>
    /// The <see cref="SearchOptions.RelativeThreshold"/> calibrated for ArcticXs with MiniLM at the default
    /// <see cref="SecondModelWeight"/>, with <see cref="SecondModelSpreadThreshold"/>. A combined cosine spreads wider
    /// than ArcticXs's alone, so <see cref="SearchOptions.RecommendedRelativeThreshold"/> (0.865) keeps only 86-90 % of
    /// the evidence found in the top 10 there; 0.83 with spread 0.42 keeps 90.4-92.0 % and cuts 52.3-61.7 % of the rest
    /// on both dev sets and both protocols (docs/BENCHMARKS.md). <c>mnemo chat</c> uses it with a combination.
    /// </summary>
    public const double SecondModelRelativeThreshold = 0.83;

    /// <summary>The <see cref="SearchOptions.SpreadThreshold"/> calibrated with <see cref="SecondModelRelativeThreshold"/>.</summary>
    public const double SecondModelSpreadThreshold = 0.42;

    /// <summary>
    /// The second model's share of a combined cosine, when <see cref="SecondModel"/> is set. Default 0.25, the best
    /// share measured for MiniLM beside ArcticXs (0.2 to 0.6 tried; docs/BENCHMARKS.md). Between 0 and 1, exclusive.
    /// </summary>
    public double SecondModelWeight { get; set; } = 0.25;

    /// <summary>
    /// Longest input in tokens, <c>[CLS]</c> and <c>[SEP]</c> included; longer texts are truncated. Default
    /// <see langword="null"/>: the model's own limit (256 for MiniLM, 512 for ArcticXs). Between 3 and 512.
    /// </summary>
    public int? MaxTokens { get; set; }

    /// <summary>
    /// Texts per inference run in float32 (with <see cref="Int8"/>, one text per run). Default 8. Between 1 and 1024. A call's texts are sorted by length and cut into runs of
    /// this size, each padded to its longest text: small runs waste little on padding. Measured with arctic-embed-xs on
    /// 2 cores, 512 chat sentences of 8 to 28 words in calls of 32: CPU per text 8.3 ms in runs of 32, 6.4 ms in runs
    /// of 8, 5.9 ms in runs of 4, 8.4 ms one by one (per-run overhead).
    /// </summary>
    public int BatchSize { get; set; } = 8;

    /// <summary>
    /// Whether the model's dense layers run in int8: their weights are quantised when the model loads (per output column,
    /// symmetric) and run by ONNX Runtime's <c>DynamicQuantizeMatMul</c>. Default <see langword="true"/>. Measured with
    /// arctic-embed-xs on 2 cores with VNNI: CPU per query 7.6 to 2.7 ms (on 2 cores with AVX2 only, under load:
    /// 9.7 to 5.3 ms, with both graphs' attention blocks fused), vectors within cosine 0.999 of float32 on average,
    /// LoCoMo turn_frac@10 70.3 to 70.0 (docs/BENCHMARKS.md); loading takes about 1 s longer. Texts then run one per
    /// inference run (<see cref="BatchSize"/> applies to float32 only), so a text's vector never depends on the texts
    /// embedded with it. The model id gets the suffix <c>-int8</c>, so a store built with the float32 model refuses
    /// these vectors (and the other way round) instead of mixing them.
    /// </summary>
    public bool Int8 { get; set; } = true;

    /// <summary>
    /// Threads one inference run may use. Default <see langword="null"/>: 1 with <see cref="Int8"/> (each text is its
    /// own short run, and a call with several texts runs them side by side, one per core), else
    /// <see cref="Environment.ProcessorCount"/>. Measured on 2 cores (arctic-embed-xs int8, docs/BENCHMARKS.md): a
    /// query takes 1.8 ms with 1 thread against 2.1 ms with 2, whose hand-off costs more than the second core gives
    /// on ~15 tokens, and 8 concurrent searches ran at 466 against 322 requests/s.
    /// </summary>
    public int? IntraOpThreads { get; set; }

    /// <summary>These options for the second model: <see cref="SecondModel"/> as the model, the model's own token limit.</summary>
    internal OnnxEmbeddingOptions ForSecondModel() => new()
    {
        Model = SecondModel ?? throw new InvalidOperationException("No second model is set."),
        BatchSize = BatchSize,
        Int8 = Int8,
        IntraOpThreads = IntraOpThreads,
    };

    /// <summary>Throws when the options cannot work.</summary>
    internal void Validate()
    {
        if (!Enum.IsDefined(Model))
        {
            throw new ArgumentOutOfRangeException(nameof(Model), Model, "Unknown ONNX embedding model.");
        }

        if (SecondModel is { } second && (!Enum.IsDefined(second) || second == Model))
        {
            throw new ArgumentOutOfRangeException(nameof(SecondModel), SecondModel, "The second ONNX embedding model must be a known model other than Model.");
        }

        if (!(SecondModelWeight is > 0 and < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(SecondModelWeight), SecondModelWeight, "SecondModelWeight must be between 0 and 1, exclusive.");
        }

        if (MaxTokens is < 3 or > MaxModelTokens)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxTokens), MaxTokens, $"MaxTokens must be between 3 and {MaxModelTokens}.");
        }

        if (BatchSize is < 1 or > 1024)
        {
            throw new ArgumentOutOfRangeException(nameof(BatchSize), BatchSize, "BatchSize must be between 1 and 1024.");
        }

        if (IntraOpThreads is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(IntraOpThreads), IntraOpThreads, "IntraOpThreads must be at least 1.");
        }
    }
}
