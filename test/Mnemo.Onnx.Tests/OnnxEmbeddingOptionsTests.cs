namespace Mnemo.Onnx.Tests;

public sealed class OnnxEmbeddingOptionsTests
{
    [Fact]
    public void Defaults_AreArcticModelDefaultTokensBatch32AllCores()
    {
        var options = new OnnxEmbeddingOptions();

        Assert.Equal(OnnxEmbeddingModel.ArcticXs, options.Model);
        Assert.Null(options.MaxTokens);
        Assert.Equal(8, options.BatchSize);
        Assert.Null(options.IntraOpThreads);
    }

    [Theory]
    [InlineData(42, null, 32, null)]
    [InlineData(0, 2, 32, null)]
    [InlineData(0, 513, 32, null)]
    [InlineData(0, null, 0, null)]
    [InlineData(0, null, 1025, null)]
    [InlineData(0, null, 32, 0)]
    public void Constructor_InvalidOption_ThrowsBeforeLoadingModel(int model, int? maxTokens, int batchSize, int? threads)
    {
        var options = new OnnxEmbeddingOptions
        {
            Model = (OnnxEmbeddingModel)model,
            MaxTokens = maxTokens,
            BatchSize = batchSize,
            IntraOpThreads = threads,
        };

        Assert.Throws<ArgumentOutOfRangeException>(() => new OnnxEmbeddingGenerator(options));
    }
}
