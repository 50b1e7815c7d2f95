using Microsoft.Extensions.AI;
using Mnemo.Formation;
using Mnemo.Searching;

namespace Mnemo.Tests.Engine;

/// <summary>The analysis warm-up the engine queues at start: its probes must reach the readers they are there to compile.</summary>
public sealed class AnalysisWarmUpTests
{
    private static readonly DateTimeOffset _asked = new(2024, 6, 15, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Queries_EachNamesAPeriodOrARole()
    {
        // A probe that no reader matches compiles no matcher: it would be dead weight, and its language or form uncovered.
        foreach (var probe in AnalysisWarmUp.Queries)
        {
            var period = QueryDates.Find(probe, _asked, monthAlone: true);
            var role = QueryPerson.RoleOf(probe, ActorNames.Words(probe));
            Assert.True(period is not null || role is not null, $"'{probe}' names neither a period nor a role");
        }
    }

    [Theory]
    [InlineData("hier soir")]
    [InlineData("hace dos semanas")]
    [InlineData("vor zwei Wochen")]
    [InlineData("in the past three months")]
    [InlineData("last weekend")]
    public void Queries_CoverEachLanguageAndForm(string expression)
    {
        Assert.Contains(AnalysisWarmUp.Queries, p => p.Contains(expression, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Messages_ReachEveryStatementKindAndASkip()
    {
        var kinds = AnalysisWarmUp.Messages
            .SelectMany(m => OfflineExtractor.Extract([new ChatMessage(ChatRole.User, m)], _asked))
            .Select(s => s.Kind)
            .ToHashSet();

        Assert.Superset(new HashSet<StatementKind> { StatementKind.Fact, StatementKind.Forget }, kinds);
        Assert.True(kinds.Count >= 4, $"kinds reached: {string.Join(", ", kinds)}");
        Assert.Contains(AnalysisWarmUp.Messages, m => OfflineExtractor.SkipReason(m) is not null);
    }

    [Fact]
    public void Run_LeavesTheReadersAnsweringAsBefore()
    {
        var before = QueryDates.Find("What did I buy two weeks ago?", _asked);

        AnalysisWarmUp.Run();

        Assert.NotNull(before);
        Assert.Equal(before, QueryDates.Find("What did I buy two weeks ago?", _asked));
    }
}
