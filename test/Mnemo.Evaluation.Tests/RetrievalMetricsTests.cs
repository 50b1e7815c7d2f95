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

    [Fact]
    public void RecallAnyAndAll_OneOrEveryPieceOfEvidenceWithinK()
    {
        string?[] ranked = ["x", "b", null, "a"];

        Assert.Equal(0, RetrievalMetrics.RecallAny(ranked, ["a", "b"], 1));
        Assert.Equal(1, RetrievalMetrics.RecallAny(ranked, ["a", "b"], 2));
        Assert.Equal(0, RetrievalMetrics.RecallAll(ranked, ["a", "b"], 3));
        Assert.Equal(1, RetrievalMetrics.RecallAll(ranked, ["a", "b"], 4));
    }

    [Fact]
    public void NdcgAny_MatchesLongMemEvalsDiscounts()
    {
        // Ideal for two pieces: 1 + 1 (rank 2 is divided by log2 2 = 1). Found at ranks 2 and 4: 1 + 1/log2 4; a repeat counts once.
        string?[] ranked = ["x", "a", null, "b", "a"];

        Assert.Equal(0, RetrievalMetrics.NdcgAny(ranked, ["a", "b"], 1));
        Assert.Equal(0.5, RetrievalMetrics.NdcgAny(ranked, ["a", "b"], 2), 12);
        Assert.Equal((1 + 0.5) / 2, RetrievalMetrics.NdcgAny(ranked, ["a", "b"], 5), 12);
        Assert.Equal(1, RetrievalMetrics.NdcgAny(["a", "b"], ["a", "b"], 10), 12);
        Assert.Throws<ArgumentException>(() => RetrievalMetrics.NdcgAny(ranked, [], 5));
    }
}
