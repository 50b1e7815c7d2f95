using System.ComponentModel.DataAnnotations;

namespace Mnemo;

/// <summary>What the engine embeds and keeps (<see cref="MnemoOptions.Embedding"/>): contextual vectors, passages of long texts, the query cache.</summary>
public sealed class EmbeddingOptions
{
    /// <summary>
    /// Contextual embedding: a memory in the user's own words (an add with infer off, an import, or a statement kept by
    /// the offline extractor when infer is on and no LLM is configured) gets a second vector, embedded after the texts of
    /// this many memories stored just before it in the same scope (oldest first, one per line), and search scores it by
    /// the closer of its own vector and that one. So a reply ("Yes, last May!") is found by a query about what it
    /// answers. The stored text stays the memory's own and queries are embedded alone. Updates, facts written by an LLM
    /// (meant to stand alone) and the first memory of a scope get no second vector; a text change drops it. It costs
    /// model time on every add and a second vector per memory in the index, and it is off because it helps LoCoMo dev
    /// but hurts LongMemEval dev (docs/BENCHMARKS.md).
    /// </summary>
    /// <value>Default 0 (off); 0 to 16.</value>
    [Range(0, 16)]
    public int ContextMemories { get; set; }

    /// <summary>
    /// A memory text longer than this many characters is embedded in passages of at most this length (cut at a
    /// paragraph, sentence or word break), and its vector is the mean of the passages' unit vectors, made unit length
    /// again. Queries are embedded whole.
    /// </summary>
    /// <value>Default 1 500 characters, about 350 to 500 tokens, inside the default model's 512-token window; 100 or more.</value>
    [Range(100, int.MaxValue)]
    public int PassageLength { get; set; } = 1_500;

    /// <summary>
    /// Most passages embedded for one memory (<see cref="PassageLength"/>): a longer text is represented by this many
    /// passages spread evenly over it, which bounds the model time per memory.
    /// </summary>
    /// <value>Default 1: the text is embedded whole and the model reads its first window; 1 to 256.</value>
    [Range(1, 256)]
    public int MaxPassages { get; set; } = 1;

    /// <summary>How many query embeddings to keep in memory (cleared on forget and reset).</summary>
    /// <value>Default 1024; 0 disables the cache.</value>
    [Range(0, int.MaxValue)]
    public int QueryCacheCapacity { get; set; } = 1024;
}
