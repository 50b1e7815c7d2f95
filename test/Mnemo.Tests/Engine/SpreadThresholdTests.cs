namespace Mnemo.Tests.Engine;

/// <summary><see cref="SearchOptions.SpreadThreshold"/>: a cut relative to how far the best results stand out.</summary>
public sealed class SpreadThresholdTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly DateTimeOffset _at = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    // A ranking with the given scores, best first.
    private static List<ScoredMemory> Ranking(params double[] scores) =>
        [.. scores.Select((s, i) => new ScoredMemory(
            new MemoryItem
            {
                Id = Guid.CreateVersion7(_at.AddSeconds(i)),
                Text = $"memory {i}",
                Hash = $"h{i}",
                Scope = MemoryScope.User("alice"),
                CreatedAt = _at,
                UpdatedAt = _at,
                ObservedAt = _at,
                ValidFrom = _at,
            },
            s,
            null))];

    // Best 0.60, second 0.56, then 0.50 and 18 results at 0.40 (the 20th is 0.40): the spread is 0.20.
    private static List<ScoredMemory> TwentyOne() => Ranking([0.60, 0.56, 0.50, .. Enumerable.Repeat(0.40, 18)]);

    [Fact]
    public void Cut_SpreadThreshold_KeepsResultsInTheTopShareOfTheSpread()
    {
        var ranked = TwentyOne();
        var options = new SearchOptions { Scope = MemoryScope.User("alice"), Limit = 10, SpreadThreshold = 0.4 };

        var kept = options.Cut(ranked);

        // The bottom is 0.40 + 0.4 x 0.20 = 0.48: 0.60, 0.56 and 0.50 pass, 0.40 does not.
        Assert.Equal(ranked.Take(3), kept);
        Assert.Equal(kept, options.Cut(kept)); // cutting again changes nothing
    }

    [Fact]
    public void Cut_SpreadAndRelativeThreshold_BothApply()
    {
        var ranked = TwentyOne();
        var options = new SearchOptions { Scope = MemoryScope.User("alice"), Limit = 10, SpreadThreshold = 0.4, RelativeThreshold = 0.9 };

        // 0.9 x 0.60 = 0.54 cuts 0.50, which the spread alone keeps.
        Assert.Equal(ranked.Take(2), options.Cut(ranked));
    }

    [Fact]
    public void Cut_FewerResultsThanTheReferenceRank_SpreadDoesNotApply()
    {
        var ranked = Ranking(0.60, 0.56, 0.50, 0.40);
        var options = new SearchOptions { Scope = MemoryScope.User("alice"), Limit = 10, SpreadThreshold = 0.9 };

        Assert.Equal(ranked, options.Cut(ranked));
    }

    [Fact]
    public void Cut_AllScoresEqual_KeepsEveryResultUpToTheLimit()
    {
        var ranked = Ranking([.. Enumerable.Repeat(0.5, 25)]);
        var options = new SearchOptions { Scope = MemoryScope.User("alice"), Limit = 10, SpreadThreshold = SearchOptions.RecommendedSpreadThreshold };

        Assert.Equal(10, options.Cut(ranked).Count);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public async Task SearchAsync_SpreadThresholdOutOfRange_Throws(double spread)
    {
        await using var f = new MemoryFixture();
        var error = await Assert.ThrowsAsync<MemoryValidationException>(
            () => f.Memory.SearchAsync("x", new SearchOptions { Scope = MemoryFixture.Alice, SpreadThreshold = spread }, Ct));
        Assert.Equal("spread_threshold", error.Field);
    }
}
