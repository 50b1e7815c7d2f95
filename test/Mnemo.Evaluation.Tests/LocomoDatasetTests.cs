namespace Mnemo.Evaluation.Tests;

public sealed class LocomoDatasetTests
{
    [Theory]
    [InlineData("1:56 pm on 8 May, 2023", "2023-05-08T13:56:00+00:00")]
    [InlineData("12:19 am on 4 January, 2024", "2024-01-04T00:19:00+00:00")]
    [InlineData("12:48 PM on 1 February, 2023", "2023-02-01T12:48:00+00:00")]
    [InlineData("9:05 am on 10 June, 2023", "2023-06-10T09:05:00+00:00")]
    public void Parse_SessionDate_ReadsTwelveHourClockAsUtc(string text, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), LocomoDate.Parse(text));
    }

    [Fact]
    public void Parse_UnknownDateFormat_Throws()
    {
        Assert.Throws<FormatException>(() => LocomoDate.Parse("yesterday"));
    }

    [Fact]
    public void Parse_Sessions_AreOrderedByNumberWithTheirDates()
    {
        var sample = Assert.Single(TinyLocomo.Load().Samples);

        Assert.Equal([1, 2, 10], sample.Sessions.Select(s => s.Number));
        Assert.Equal(new DateTimeOffset(2023, 6, 10, 9, 5, 0, TimeSpan.Zero), sample.Sessions[1].Date);
        Assert.Equal(["D1:1", "D1:2", "D1:3", "D2:1", "D2:2", "D10:1"], sample.Turns.Select(t => t.DiaId));
        Assert.Equal("Ann", sample.SpeakerA);
        Assert.Equal("Bob", sample.SpeakerB);
    }

    [Fact]
    public void Parse_TurnWithImage_AppendsCaptionToMemoryText()
    {
        var turns = TinyLocomo.Load().Samples[0].Turns.ToList();

        Assert.Equal("Bob: Nice! Look at my garden. [image: a photo of tomatoes]", turns[1].MemoryText);
        Assert.Equal("Ann: I adopted a dog named Rex.", turns[0].MemoryText);
        Assert.Null(turns[0].ImageCaption);
        Assert.Equal(2, turns[3].Session);
    }

    [Fact]
    public void Parse_EvidenceNamingNoTurn_IsDroppedAndDuplicatesMerged()
    {
        var questions = TinyLocomo.Load().Samples[0].Questions;

        Assert.Equal(["D2:1"], questions[2].Evidence);
        Assert.Equal(["D7:7"], questions[2].DroppedEvidence);
        Assert.Equal(["D1:1", "D1:3", "D2:2"], questions[1].Evidence);
        Assert.Empty(questions[4].Evidence);
        Assert.Equal(["D:11:26", "D1:1; D1:2"], questions[4].DroppedEvidence);
    }

    [Fact]
    public void ScoredQuestions_SkipAdversarialAndEvidenceless()
    {
        var dataset = TinyLocomo.Load();

        Assert.Equal(
            ["What is Ann's dog called?", "What does Ann's dog like?", "When did Bob start running?"],
            dataset.ScoredQuestions.Select(q => q.Question));
        Assert.False(dataset.Samples[0].Questions[3].IsScored);
        Assert.Equal(LocomoCategory.Adversarial, dataset.Samples[0].Questions[3].Category);
        Assert.Null(dataset.Samples[0].Questions[3].Answer);
    }

    [Fact]
    public void Parse_NumericAnswer_IsKeptAsText()
    {
        Assert.Equal("2023", TinyLocomo.Load().Samples[0].Questions[2].Answer);
    }

    [Fact]
    public void Parse_NotAList_Throws()
    {
        Assert.Throws<FormatException>(() => LocomoDataset.Parse("""{"sample_id": "x"}"""));
    }

    [Fact]
    public async Task LoadAsync_File_NamesDatasetAfterFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"tiny-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, TinyLocomo.Json, TestContext.Current.CancellationToken);
        try
        {
            var dataset = await LocomoDataset.LoadAsync(path, TestContext.Current.CancellationToken);

            Assert.Equal(Path.GetFileNameWithoutExtension(path), dataset.Name);
            Assert.Equal(6, dataset.Samples[0].Turns.Count());
        }
        finally
        {
            File.Delete(path);
        }
    }
}
