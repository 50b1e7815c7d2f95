using System.ComponentModel.DataAnnotations;

namespace Mnemo;

/// <summary>
/// The keyword signal (<see cref="MnemoOptions.Keywords"/>): BM25 over the engine's keyword index, with the formula and
/// scale of FTS5's <c>bm25()</c>, the pruning of common query terms, and the score at which the signal reaches one half.
/// </summary>
public sealed class KeywordOptions
{
    /// <summary>BM25 score at which the keyword signal reaches 0.5 (it saturates towards 1 above).</summary>
    /// <value>Default 6, about one rare term matched in a short memory; more than 0.</value>
    [Range(double.Epsilon, double.MaxValue)]
    public double HalfScore { get; set; } = 6.0;

    /// <summary>BM25's term-frequency saturation k1.</summary>
    /// <value>Default 1.2 (FTS5's); 0 or more.</value>
    [Range(0.0, 100.0)]
    public double K1 { get; set; } = 1.2;

    /// <summary>BM25's length normalisation b: 0 ignores a memory's length, 1 divides fully by it.</summary>
    /// <value>Default 0.75 (FTS5's); 0 to 1.</value>
    [Range(0.0, 1.0)]
    public double B { get; set; } = 0.75;

    /// <summary>
    /// A query term found in at most this many memories is never pruned. Above it, a term found in more than
    /// <see cref="PruneFraction"/> of the memories is dropped from the query (it would score thousands of memories for
    /// almost no signal); when every term is that common, the rarest one is kept.
    /// </summary>
    /// <value>Default 200 (chosen on LoCoMo, docs/architecture.md); 1 or more.</value>
    [Range(1L, long.MaxValue)]
    public long PruneMinFrequency { get; set; } = 200;

    /// <summary>Share of all memories above which (and above <see cref="PruneMinFrequency"/>) a query term is pruned.</summary>
    /// <value>Default 0.01 (1 %); more than 0, at most 1.</value>
    [Range(double.Epsilon, 1.0)]
    public double PruneFraction { get; set; } = 0.01;

    /// <summary>
    /// Keyword context: a memory is keyword-indexed with the last this-many characters (cut at a word break) of the
    /// memory before it in its scope, when another speaker said that one in the same conversation (observed within
    /// <see cref="ContextOptions.SessionGapMinutes"/>), so a reply is found by the words of what it answers ("5 years
    /// already!" after "How long have you been married?"). 0 turns it off. Costs no model call.
    /// </summary>
    /// <value>Default 40 (measured on LoCoMo and LongMemEval dev, docs/BENCHMARKS.md); 0 to 1000.</value>
    [Range(0, 1000)]
    public int ContextCharacters { get; set; } = 40;
}
