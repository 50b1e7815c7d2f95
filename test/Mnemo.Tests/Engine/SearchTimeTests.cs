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
        await using var f = new MemoryFixture(o => (o.Context.NeighbourWeight, o.Fusion.TimeWeight) = (0, 0.2));
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
        await using var f = new MemoryFixture(o => (o.Context.NeighbourWeight, o.Fusion.TimeWeight) = (0, 0.2));
        var (_, may) = await AddTwoDaysAsync(f);

        var result = await f.Memory.SearchAsync("What did I buy on 8 May 2023?", For(MemoryFixture.Alice), Ct);

        Assert.Equal(may, result.Results[0].Memory.Id);
    }

    [Fact]
    public async Task SearchAsync_TimeWeightZero_SameTextsTieAndNoTimeIsExplained()
    {
        await using var f = new MemoryFixture(o => (o.Context.NeighbourWeight, o.Fusion.TimeWeight) = (0, 0));
        var (july, may) = await AddTwoDaysAsync(f);

        var result = await f.Memory.SearchAsync("What did I buy on 7 July, 2023?", For(MemoryFixture.Alice), Ct);

        Assert.Equal(result.Results.Single(r => r.Memory.Id == july).Score, result.Results.Single(r => r.Memory.Id == may).Score);
        Assert.DoesNotContain("time", result.Results[0].Explanation!.Other.Keys);
    }

    [Fact]
    public async Task SearchAsync_QueryWithoutDate_ScoresAsWithoutTheSignal()
    {
        await using var on = new MemoryFixture(o => (o.Context.NeighbourWeight, o.Fusion.TimeWeight) = (0, 0.2));
        await using var off = new MemoryFixture(o => (o.Context.NeighbourWeight, o.Fusion.TimeWeight) = (0, 0));
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
        var period = QueryDates.Find(query, _asked);

        Assert.NotNull(period);
        Assert.Equal(DateTimeOffset.Parse(start + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture), period.Value.Start);
        Assert.Equal(DateTimeOffset.Parse(end + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture), period.Value.End);
    }

    [Theory]
    [InlineData("May I ask what we talked about?")]
    [InlineData("What happened in 2023?")]
    [InlineData("What happened on 31 February 2023?")]
    [InlineData("notes from 2023-13-01")]
    [InlineData("I read 12 March books")]
    [InlineData("How many days ago did I start the course?")]
    [InlineData("Wie ist das Wetter hier?")]
    [InlineData("What did I say about the last chapter?")]
    public void Find_NoDate_GivesNull(string query) =>
        Assert.Null(QueryDates.Find(query, _asked));

    // Asked on Tuesday 30 May 2023 at 23:40 UTC (Monday 29 May starts its week).
    private static readonly DateTimeOffset _asked = new(2023, 5, 30, 23, 40, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("What did I buy yesterday?", "2023-05-29", "2023-05-30")]
    [InlineData("What did I do today?", "2023-05-30", "2023-05-31")]
    [InlineData("And the day before yesterday?", "2023-05-28", "2023-05-29")]
    [InlineData("Qu'est-ce que j'ai mangé hier soir ?", "2023-05-29", "2023-05-30")]
    [InlineData("¿Qué compré ayer?", "2023-05-29", "2023-05-30")]
    [InlineData("Was habe ich gestern gekauft?", "2023-05-29", "2023-05-30")]
    [InlineData("Where was I 3 days ago?", "2023-05-27", "2023-05-28")]
    [InlineData("Où étais-je il y a trois jours ?", "2023-05-27", "2023-05-28")]
    [InlineData("¿Dónde estaba hace tres días?", "2023-05-27", "2023-05-28")]
    [InlineData("Wo war ich vor drei Tagen?", "2023-05-27", "2023-05-28")]
    [InlineData("What did we do last week?", "2023-05-22", "2023-05-29")]
    [InlineData("Qu'avons-nous fait la semaine dernière ?", "2023-05-22", "2023-05-29")]
    [InlineData("¿Qué hicimos la semana pasada?", "2023-05-22", "2023-05-29")]
    [InlineData("Was haben wir letzte Woche gemacht?", "2023-05-22", "2023-05-29")]
    [InlineData("What did I read last month?", "2023-04-01", "2023-05-01")]
    [InlineData("Qu'ai-je lu le mois dernier ?", "2023-04-01", "2023-05-01")]
    [InlineData("What did I buy in the past month?", "2023-04-30", "2023-05-31")]
    [InlineData("Which movies did I watch in the last 3 days?", "2023-05-27", "2023-05-31")]
    [InlineData("Where did I go last Saturday?", "2023-05-27", "2023-05-28")]
    [InlineData("Où suis-je allé samedi dernier ?", "2023-05-27", "2023-05-28")]
    [InlineData("¿Adónde fui el sábado pasado?", "2023-05-27", "2023-05-28")]
    [InlineData("Wohin bin ich letzten Samstag gegangen?", "2023-05-27", "2023-05-28")]
    [InlineData("What did I do on Tuesday?", "2023-05-23", "2023-05-24")]
    [InlineData("What did I cook last weekend?", "2023-05-27", "2023-05-29")]
    [InlineData("How much did I spend this year?", "2023-01-01", "2024-01-01")]
    public void Find_RelativeExpression_ResolvesAgainstTheReference(string query, string start, string end)
    {
        var period = QueryDates.Find(query, _asked);

        Assert.NotNull(period);
        Assert.Equal(DateTimeOffset.Parse(start + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture), period.Value.Start);
        Assert.Equal(DateTimeOffset.Parse(end + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture), period.Value.End);
    }

    [Theory]
    [InlineData("What did I buy two weeks ago?")]
    [InlineData("¿Qué compré hace dos semanas?")]
    [InlineData("Was habe ich vor zwei Wochen gekauft?")]
    public void Find_WeeksAgo_GivesAWeekCentredThatLongBefore(string query)
    {
        var period = QueryDates.Find(query, _asked);

        Assert.NotNull(period);
        Assert.Equal(_asked.AddDays(-14), period.Value.Start + ((period.Value.End - period.Value.Start) / 2));
        Assert.Equal(TimeSpan.FromDays(7), period.Value.End - period.Value.Start);
    }

    [Fact]
    public async Task SearchAsync_RelativeQueryWithReferenceTime_MemoryObservedThenRanksFirst()
    {
        await using var f = new MemoryFixture(o => (o.Context.NeighbourWeight, o.Fusion.TimeWeight) = (0, 0.2));
        var (july, may) = await AddTwoDaysAsync(f);

        var askedJuly8 = await f.Memory.SearchAsync(
            "What did I buy yesterday?", For(MemoryFixture.Alice) with { ReferenceTime = _july7.AddDays(1) }, Ct);
        var askedMay9 = await f.Memory.SearchAsync(
            "What did I buy yesterday?", For(MemoryFixture.Alice) with { ReferenceTime = _may8.AddDays(1) }, Ct);

        Assert.Equal(july, askedJuly8.Results[0].Memory.Id);
        Assert.Equal(1, askedJuly8.Results[0].Explanation!.Other["time"]);
        Assert.Equal(may, askedMay9.Results[0].Memory.Id);
    }

    [Fact]
    public async Task SearchAsync_ReferenceTimeBeforeAMemory_IsTheDefaultAsOf()
    {
        await using var f = new MemoryFixture(o => (o.Context.NeighbourWeight, o.Fusion.TimeWeight) = (0, 0.2));
        var (july, may) = await AddTwoDaysAsync(f);

        var asked = await f.Memory.SearchAsync("What did I buy?", For(MemoryFixture.Alice) with { ReferenceTime = _july7.AddDays(-1) }, Ct);
        var explicitAsOf = await f.Memory.SearchAsync(
            "What did I buy?", For(MemoryFixture.Alice) with { ReferenceTime = _july7.AddDays(-1), AsOf = _july7.AddDays(1) }, Ct);

        Assert.Equal([may], asked.Results.Select(r => r.Memory.Id));
        Assert.Contains(july, explicitAsOf.Results.Select(r => r.Memory.Id));
    }

    [Fact]
    public void TimeMatch_InsideAndAwayFromThePeriod_OneThenHalvingPerHalfLife()
    {
        var scorer = new HybridScorer(new MnemoOptions { Fusion = { TimeHalfLifeDays = 7 } });
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
    [InlineData(-0.1, 7, "Fusion.TimeWeight")]
    [InlineData(0.2, 0, "Fusion.TimeHalfLifeDays")]
    public void Validate_TimeSettingsOutOfRange_ThrowsNamingTheSetting(double weight, double halfLife, string name)
    {
        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => new MnemoOptions { Fusion = { TimeWeight = weight, TimeHalfLifeDays = halfLife } }.Validate());

        Assert.Contains(name, Assert.Single(error.Failures), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What is the order of the sports events I watched in January?", "2023-01-01", "2023-02-01")]
    [InlineData("What did I plant during March?", "2023-03-01", "2023-04-01")]
    [InlineData("What did we do in May?", "2023-05-01", "2023-06-01")]
    [InlineData("Which trips did I take in December?", "2022-12-01", "2023-01-01")]
    public void Find_MonthWithoutYear_IsTheLatestSuchMonthWhenAskedFor(string query, string start, string end)
    {
        Assert.Null(QueryDates.Find(query, _asked));

        var period = QueryDates.Find(query, _asked, monthAlone: true);

        Assert.NotNull(period);
        Assert.Equal(DateTimeOffset.Parse(start + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture), period.Value.Start);
        Assert.Equal(DateTimeOffset.Parse(end + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture), period.Value.End);
    }

    [Theory]
    [InlineData("May I ask what we talked about?")]
    [InlineData("What did Jan say about the march?")]
    [InlineData("Did I mention August, my cousin?")]
    public void Find_MonthWithoutYear_NoMonthNamedAfterAPreposition_GivesNull(string query) =>
        Assert.Null(QueryDates.Find(query, _asked, monthAlone: true));
}
