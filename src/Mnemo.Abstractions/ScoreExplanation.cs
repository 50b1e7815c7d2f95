namespace Mnemo;

/// <summary>How a search score was made up.</summary>
public sealed record ScoreExplanation
{
    /// <summary>Cosine similarity between the query and the memory, or <see langword="null"/> when the memory was not among the vector candidates.</summary>
    public double? Semantic { get; init; }

    /// <summary>
    /// Raw BM25 score from the keyword index, or <see langword="null"/> when no query term matched. A reply is indexed
    /// with the last words of the message it answers (keyword context, <c>KeywordOptions.ContextCharacters</c>), so it
    /// can match a term its own text does not hold.
    /// </summary>
    public double? Keyword { get; init; }

    /// <summary>The semantic signal after normalisation, in [0, 1].</summary>
    public double SemanticNormalized { get; init; }

    /// <summary>The keyword signal after normalisation, in [0, 1].</summary>
    public double KeywordNormalized { get; init; }

    /// <summary>Other signals by name (recency, entity, time), each in [0, 1].</summary>
    public IReadOnlyDictionary<string, double> Other { get; init; } = new Dictionary<string, double>();

    /// <summary>
    /// Each signal's part of <see cref="Fused"/> by name (<c>semantic</c>, <c>keyword</c>, <c>entity</c>, and <c>time</c>
    /// and <c>neighbour</c> when they took part), with the weights, the length prior and the neighbour share already
    /// applied: the parts add up to <see cref="Fused"/>, so a caller can show where a score came from without restating
    /// the engine's fusion.
    /// </summary>
    public IReadOnlyDictionary<string, double> Contributions { get; init; } = new Dictionary<string, double>();

    /// <summary>The final fused score.</summary>
    public double Fused { get; init; }
}
