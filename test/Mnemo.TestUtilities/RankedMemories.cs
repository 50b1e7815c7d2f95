namespace Mnemo.TestUtilities;

/// <summary>
/// Memories whose ranking for <see cref="Query"/> has a head and a long flat tail, to test the score cuts
/// (<see cref="SearchOptions.RelativeThreshold"/>, <see cref="SearchOptions.SpreadThreshold"/>) on every surface: two
/// memories match the query well, one halfway, and 22 share one word with it, so the query has 25 results, more than
/// the <see cref="SearchOptions.SpreadReferenceRank"/> the spread measures from. With the fake embedder, a search for
/// the top 5 with <see cref="SpreadThreshold"/> or <see cref="RelativeThreshold"/> keeps between one and four of them.
/// </summary>
public static class RankedMemories
{
    /// <summary>The query.</summary>
    public const string Query = "tennis lesson with coach Marc on Sunday";

    /// <summary>A spread threshold that cuts the top 5 of <see cref="Query"/>.</summary>
    public const double SpreadThreshold = 0.5;

    /// <summary>A relative threshold that cuts the top 5 of <see cref="Query"/>.</summary>
    public const double RelativeThreshold = 0.99;

    /// <summary>The 25 texts, to store verbatim in one scope.</summary>
    public static IReadOnlyList<string> Texts { get; } =
    [
        "Tennis lesson with coach Marc every Sunday",
        "My tennis lesson with Marc moved to Sunday",
        "Marc is a patient coach",
        .. Enumerable.Range(1, 22).Select(i => $"Tennis ball tube number {i} is in locker {i * 7}"),
    ];
}
