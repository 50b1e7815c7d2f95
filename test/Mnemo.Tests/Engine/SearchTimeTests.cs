using Mnemo.Searching;

namespace Mnemo.Tests.Engine;

/// <summary>The time signal: a query naming a date favours memories observed then.</summary>
public sealed class SearchTimeTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly DateTimeOffset _july7 = new(2023, 7, 7, 14, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset _may8 = new(2023, 5, 8, 9, 30, 0, TimeSpan.Zero);

    private static SearchOptions For(MemoryScope scope) => new() { Scope = scope, Limit = 10, Explain = true };

    // The same words (a full stop apart, so the add is no duplicate) observed on two days: only time can tell them apart.
    private static async Task<(Guid July, Guid May)> AddTwoDaysAsync(MemoryFixture f)
    {
        var may = await f.AddAsync("I bought a red bike", options: new AddOptions { Scope = MemoryFixture.Alice, Infer = false, ObservedAt = _may8 });
        var july = await f.AddAsync("I bought a red bike.", options: new AddOptions { Scope = MemoryFixture.Alice, Infer = false, ObservedAt = _july7 });
        return (july.Results[0].Id, may.Results[0].Id);
    }

    [Theory]
    [InlineData("What did I buy on 7 July, 2023?")]
    [InlineData("What did I buy on July 7th, 2023?")]
    [InlineData("what did i buy on 2023-07-07")]
    [InlineData("What did I buy in July 2023?")]
    public async Task SearchAsync_QueryNamesADate_MemoryObservedThenRanksFirst(string query)
    {
        await using var f = new MemoryFixture(o => (o.NeighbourWeight, o.TimeWeight) = (0, 0.2));
        var (july, may) = await AddTwoDaysAsync(f);

        var result = await f.Memory.SearchAsync(query, For(MemoryFixture.Alice), Ct);

        Assert.Equal(july, result.Results[0].Memory.Id);
        var first = result.Results[0];
        var second = result.Results.Single(r => r.Memory.Id == may);
        Assert.True(first.Score > second.Score);
        Assert.Equal(1, first.Explanation!.Other["time"]);
        Assert.True(second.Explanation!.Other["time"] < 0.1);
    }

    [Fact]
    public async Task SearchAsync_QueryNamesTheOtherDate_OrderFlips()
    {
        await using var f = new MemoryFixture(o => (o.NeighbourWeight, o.TimeWeight) = (0, 0.2));
        var (_, may) = await AddTwoDaysAsync(f);

        var result = await f.Memory.SearchAsync("What did I buy on 8 May 2023?", For(MemoryFixture.Alice), Ct);

        Assert.Equal(may, result.Results[0].Memory.Id);
    }

    [Fact]
    public async Task SearchAsync_TimeWeightZero_SameTextsTieAndNoTimeIsExplained()
    {
        await using var f = new MemoryFixture(o => (o.NeighbourWeight, o.TimeWeight) = (0, 0));
        var (july, may) = await AddTwoDaysAsync(f);

        var result = await f.Memory.SearchAsync("What did I buy on 7 July, 2023?", For(MemoryFixture.Alice), Ct);

        Assert.Equal(result.Results.Single(r => r.Memory.Id == july).Score, result.Results.Single(r => r.Memory.Id == may).Score);
        Assert.DoesNotContain("time", result.Results[0].Explanation!.Other.Keys);
    }

    [Fact]
    public async Task SearchAsync_QueryWithoutDate_ScoresAsWithoutTheSignal()
    {
        await using var on = new MemoryFixture(o => (o.NeighbourWeight, o.TimeWeight) = (0, 0.2));
        await using var off = new MemoryFixture(o => (o.NeighbourWeight, o.TimeWeight) = (0, 0));
        await AddTwoDaysAsync(on);
        await AddTwoDaysAsync(off);

        var withSignal = await on.Memory.SearchAsync("What did I buy in the summer?", For(MemoryFixture.Alice), Ct);
        var without = await off.Memory.SearchAsync("What did I buy in the summer?", For(MemoryFixture.Alice), Ct);

        Assert.Equal(without.Results.Select(r => r.Score), withSignal.Results.Select(r => r.Score));
        Assert.DoesNotContain("time", withSignal.Results[0].Explanation!.Other.Keys);
    }

    [Theory]
    [InlineData("What happened on 7 July, 2023?", "2023-07-07", "2023-07-08")]
    [InlineData("what happened on july 7, 2023", "2023-07-07", "2023-07-08")]
    [InlineData("What happened on the 3rd of June 2023?", "2023-06-03", "2023-06-04")]
    [InlineData("Anything on Oct. 13 2023?", "2023-10-13", "2023-10-14")]
    [InlineData("What did we plan in May 2023?", "2023-05-01", "2023-06-01")]
    [InlineData("What did we plan in December 2023?", "2023-12-01", "2024-01-01")]
    [InlineData("notes from 2024-02-29", "2024-02-29", "2024-03-01")]
    public void Find_NamedDayOrMonth_GivesThePeriodInUtc(string query, string start, string end)
    {
        var period = QueryDates.Find(query);

        Assert.NotNull(period);
        Assert.Equal(DateTimeOffset.Parse(start + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture), period.Value.Start);
        Assert.Equal(DateTimeOffset.Parse(end + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture), period.Value.End);
    }

    [Theory]
    [InlineData("May I ask what we talked about?")]
    [InlineData("What did we do last week?")]
    [InlineData("What happened in 2023?")]
    [InlineData("What happened on 31 February 2023?")]
    [InlineData("notes from 2023-13-01")]
    [InlineData("I read 12 March books")]
    public void Find_NoCalendarDate_GivesNull(string query) =>
        Assert.Null(QueryDates.Find(query));

    [Fact]
    public void TimeMatch_InsideAndAwayFromThePeriod_OneThenHalvingPerHalfLife()
    {
        var scorer = new HybridScorer(new MnemoOptions { TimeHalfLifeDays = 7 });
        var day = new DateTimeOffset(2023, 7, 7, 0, 0, 0, TimeSpan.Zero);

        Assert.Equal(1, scorer.TimeMatch(day.AddHours(23), day, day.AddDays(1)));
        Assert.Equal(0.5, scorer.TimeMatch(day.AddDays(8), day, day.AddDays(1)), 9);
        Assert.Equal(0.5, scorer.TimeMatch(day.AddDays(-7), day, day.AddDays(1)), 9);
        Assert.Equal(0.25, scorer.TimeMatch(day.AddDays(15), day, day.AddDays(1)), 9);

        // A month reaches further: its half-life is half the month (15.5 days for July) when that is longer.
        var july = new DateTimeOffset(2023, 7, 1, 0, 0, 0, TimeSpan.Zero);
        Assert.Equal(0.5, scorer.TimeMatch(july.AddDays(31 + 15.5), july, july.AddDays(31)), 9);
    }

    [Theory]
    [InlineData(-0.1, 7)]
    [InlineData(0.2, 0)]
    public void Validate_TimeSettingsOutOfRange_Throws(double weight, double halfLife) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new MnemoOptions { TimeWeight = weight, TimeHalfLifeDays = halfLife }.Validate());
}
