using Mnemo.Answering;

namespace Mnemo.Evaluation.Tests;

public sealed class JudgeVerdictTests
{
    [Theory]
    [InlineData("""{"label": "CORRECT"}""", true)]
    [InlineData("""{"label": "WRONG"}""", false)]
    [InlineData("```json\n{\"label\": \"correct\"}\n```", true)]
    [InlineData("""The answer names the same dog. {"LABEL": " Wrong "} Done.""", false)]
    [InlineData("""{"reasoning": "same topic", "label": "CORRECT"}""", true)]
    public void TryParse_LabelledReply_ReadsTheLabel(string reply, bool expected)
    {
        Assert.True(JudgeVerdict.TryParse(reply, out var correct));
        Assert.Equal(expected, correct);
    }

    [Theory]
    [InlineData("CORRECT")]
    [InlineData("""{"label": "MAYBE"}""")]
    [InlineData("""{"verdict": "CORRECT"}""")]
    [InlineData("""{"label": true}""")]
    [InlineData("{label: CORRECT")]
    [InlineData("{not json}")]
    [InlineData("""["CORRECT"]""")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_UnreadableReply_IsNotCorrect(string? reply)
    {
        Assert.False(JudgeVerdict.TryParse(reply, out var correct));
        Assert.False(correct);
    }
}
