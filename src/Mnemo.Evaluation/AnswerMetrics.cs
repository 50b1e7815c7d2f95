using System.Text;
using System.Text.RegularExpressions;

namespace Mnemo;

/// <summary>
/// Answer-quality metrics over one generated answer and its gold answer, as pure functions: the token-level F1 of
/// SQuAD and LoCoMo (without LoCoMo's stemming).
/// </summary>
public static partial class AnswerMetrics
{
    /// <summary>
    /// SQuAD's answer normalisation: lower case, punctuation and symbols removed (not replaced: <c>don't</c> becomes
    /// <c>dont</c>), the articles <c>a</c>, <c>an</c>, <c>the</c> removed, whitespace collapsed.
    /// </summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var kept = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (!char.IsPunctuation(c) && !char.IsSymbol(c))
            {
                kept.Append(c);
            }
        }

        var withoutArticles = Articles().Replace(kept.ToString(), " ");
        return string.Join(' ', withoutArticles.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>The tokens of <see cref="Normalize"/>d text.</summary>
    public static IReadOnlyList<string> Tokens(string? text) =>
        Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// Token-level F1 between a generated answer and the gold answer, in [0, 1]: tokens are counted with multiplicity,
    /// precision is the share of the prediction's tokens found in the gold answer, recall the share of the gold's found in
    /// the prediction. When either side has no token left, 1 if both are empty and 0 otherwise.
    /// </summary>
    public static double TokenF1(string? prediction, string? gold)
    {
        var predicted = Tokens(prediction);
        var expected = Tokens(gold);
        if (predicted.Count == 0 || expected.Count == 0)
        {
            return predicted.Count == expected.Count ? 1 : 0;
        }

        var remaining = expected.GroupBy(t => t, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var same = 0;
        foreach (var token in predicted)
        {
            if (remaining.TryGetValue(token, out var count) && count > 0)
            {
                remaining[token] = count - 1;
                same++;
            }
        }

        if (same == 0)
        {
            return 0;
        }

        var precision = (double)same / predicted.Count;
        var recall = (double)same / expected.Count;
        return 2 * precision * recall / (precision + recall);
    }

    [GeneratedRegex(@"\b(a|an|the)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Articles();
}
