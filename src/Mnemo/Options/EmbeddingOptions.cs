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
    /// model time on every add and a second vector per memory in the index: with 1 earlier memory it helps both dev sets
    /// (see <see cref="ContextCharacters"/>) but halves add throughput, which is why it is off (docs/BENCHMARKS.md).
    /// </summary>
    /// <value>Default 0 (off); 0 to 16.</value>
    [Range(0, 16)]
    public int ContextMemories { get; set; }

    /// <summary>
    /// With <see cref="ContextMemories"/>: each earlier memory contributes at most its last this many characters to the
    /// contextual input (cut at a word break). What a reply answers is usually said last, and a long earlier text (an
    /// assistant's reply of several paragraphs) would otherwise make the second vector about itself rather than the
    /// memory: with the whole earlier memory, context 1 hurt LongMemEval dev (turn frac@10 −2.1); with its last 75
    /// characters it helps both dev sets (docs/BENCHMARKS.md, "What was tried, part 6").
    /// </summary>
    /// <value>Default 75; 1 or more.</value>
    [Range(1, int.MaxValue)]
    public int ContextCharacters { get; set; } = 75;

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
