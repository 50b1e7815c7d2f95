using System.Text.RegularExpressions;

namespace Mnemo.StoreConformance;

/// <summary>
/// Keyword terms as the engine hands them to a store (<see cref="IndexQuery.Keywords"/>): the lower-cased words of a
/// text. Stop words are the engine's concern (its own tests), so none are removed here.
/// </summary>
public static partial class KeywordTerms
{
    /// <summary>The distinct lower-cased words of <paramref name="text"/>; empty for <see langword="null"/>.</summary>
    public static IReadOnlyList<string> Of(string? text) =>
        text is null ? [] : [.. WordRegex().Matches(text).Select(m => m.Value.ToLowerInvariant()).Distinct(StringComparer.Ordinal)];

    [GeneratedRegex(@"[\p{L}\p{M}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex WordRegex();
}
