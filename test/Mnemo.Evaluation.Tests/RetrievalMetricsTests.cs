namespace Mnemo.Evaluation.Tests;

public sealed class RetrievalMetricsTests
{
    private static readonly string?[] _ranked = ["a", null, "b", "x", "a", "c"];

    [Theory]
    [InlineData(0, 0.0)]
    [InlineData(1, 1.0 / 3)]
    [InlineData(3, 2.0 / 3)]
    [InlineData(5, 2.0 / 3)]
    [InlineData(6, 1.0)]
    [InlineData(100, 1.0)]
    public void TurnFraction_CountsEachEvidenceOnceWithinK(int k, double expected)
    {
        Assert.Equal(expected, RetrievalMetrics.TurnFraction(_ranked, ["a", "b", "c"], k), 10);
    }

    [Fact]
    public void TurnFraction_NoEvidence_Throws()
    {
        Assert.Throws<ArgumentException>(() => RetrievalMetrics.TurnFraction(_ranked, [], 5));
    }

    [Fact]
    public void SessionRecall_ShareOfEvidenceSessionsHit()
    {
        int?[] sessions = [3, null, 3, 1, 7];

        Assert.Equal(0.5, RetrievalMetrics.SessionRecall(sessions, [3, 7], 4));
        Assert.Equal(1.0, RetrievalMetrics.SessionRecall(sessions, [3, 7], 5));
        Assert.Equal(0.0, RetrievalMetrics.SessionRecall(sessions, [2], 5));
    }

    [Fact]
    public void ReciprocalRank_FirstRelevantRank()
    {
        Assert.Equal(1.0 / 3, RetrievalMetrics.ReciprocalRank(_ranked, ["b", "c"]), 10);
        Assert.Equal(1.0, RetrievalMetrics.ReciprocalRank(_ranked, ["a"]));
        Assert.Equal(0.0, RetrievalMetrics.ReciprocalRank(_ranked, ["z"]));
    }

    [Fact]
    public void Percentile_InterpolatesBetweenRanks()
    {
        double[] values = [40, 10, 30, 20];

        Assert.Equal(25, RetrievalMetrics.Percentile(values, 50));
        Assert.Equal(38.5, RetrievalMetrics.Percentile(values, 95)!.Value, 10);
        Assert.Equal(10, RetrievalMetrics.Percentile(values, 0));
        Assert.Equal(40, RetrievalMetrics.Percentile(values, 100));
        Assert.Null(RetrievalMetrics.Percentile([], 50));
    }
}
