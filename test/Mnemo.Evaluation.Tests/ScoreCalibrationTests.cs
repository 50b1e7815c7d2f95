namespace Mnemo.Evaluation.Tests;

public sealed class ScoreCalibrationTests
{
    [Fact]
    public void From_CountsOnlyTheTopKIntoScoreBins()
    {
        var calibration = ScoreCalibration.From(
            [
                ([0.91, 0.40, 0.05, 0.99], [true, false, false, true]),
                ([1.0, 0.405], [true, true]),
            ],
            k: 3);

        Assert.Equal(1, calibration.Evidence[91]);
        Assert.Equal(1, calibration.Evidence[99]); // a score of 1 falls in the last bin
        Assert.Equal(1, calibration.Evidence[40]);
        Assert.Equal(3, calibration.Evidence.Sum()); // 0.99 is fourth, past k
        Assert.Equal(1, calibration.Other[40]);
        Assert.Equal(1, calibration.Other[5]);
        Assert.Equal(2, calibration.Other.Sum());
    }

    [Fact]
    public void At_ThresholdKeepsEvidenceAtOrAboveAndCutsOthersBelow()
    {
        var calibration = ScoreCalibration.From(
            [([0.8, 0.6, 0.5, 0.3, 0.2], [true, true, false, true, false])],
            k: 10);

        Assert.Equal((1.0, 0.0), calibration.At(0.0));
        var (kept, cut) = calibration.At(0.4);
        Assert.Equal(2.0 / 3, kept, 6);
        Assert.Equal(0.5, cut, 6);
        Assert.Equal((0.0, 1.0), calibration.At(1.0));
    }
}
