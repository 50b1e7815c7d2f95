using Microsoft.Extensions.DependencyInjection;

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

    [Theory]
    [InlineData(1, 0.25)] // ArcticXs beside itself
    [InlineData(42, 0.25)]
    [InlineData(0, 0.0)]
    [InlineData(0, 1.0)]
    [InlineData(0, double.NaN)]
    public void SecondModel_TheSameModelOrAShareOutsideZeroToOne_Throws(int second, double weight)
    {
        var services = new ServiceCollection();

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new Builder(services).WithOnnxEmbeddings(o =>
            (o.SecondModel, o.SecondModelWeight) = ((OnnxEmbeddingModel)second, weight)));

        Assert.Contains("Second", error.ParamName, StringComparison.Ordinal);
    }

    private sealed class Builder(IServiceCollection services) : IMnemoBuilder
    {
        public IServiceCollection Services { get; } = services;
    }
}
