namespace Mnemo.Evaluation.Tests;

public sealed class AnswerMetricsTests
{
    [Theory]
    [InlineData("The Dog's bowl!", "dogs bowl")]
    [InlineData("A  shell,\tnecklace.", "shell necklace")]
    [InlineData("an apple and THE pear", "apple and pear")]
    [InlineData("theatre then", "theatre then")]
    [InlineData("7 May, 2023", "7 may 2023")]
    [InlineData("mid-2023 “quoted”", "mid2023 quoted")]
    [InlineData("  ", "")]
    [InlineData(null, "")]
    public void Normalize_Text_LowercasesAndDropsPunctuationAndArticles(string? text, string expected) =>
        Assert.Equal(expected, AnswerMetrics.Normalize(text));

    [Theory]
    [InlineData("Rex", "Rex", 1.0)]
    [InlineData("rex.", "The Rex", 1.0)]
    [InlineData("The dog likes tomatoes.", "tomatoes", 0.5)]
    [InlineData("June 2023", "2023", 2.0 / 3)]
    [InlineData("rex rex", "rex", 2.0 / 3)]
    [InlineData("rex", "rex rex", 2.0 / 3)]
    [InlineData("a cat", "the dog", 0.0)]
    [InlineData("the", "a", 1.0)]
    [InlineData("", "Rex", 0.0)]
    [InlineData("Rex", null, 0.0)]
    public void TokenF1_PredictionAndGold_IsSquadF1(string? prediction, string? gold, double expected) =>
        Assert.Equal(expected, AnswerMetrics.TokenF1(prediction, gold), precision: 10);
}
