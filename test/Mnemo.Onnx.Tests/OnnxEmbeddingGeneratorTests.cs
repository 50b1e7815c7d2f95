using System.Numerics.Tensors;
using Microsoft.Extensions.AI;

namespace Mnemo.Onnx.Tests;

public sealed class OnnxEmbeddingGeneratorTests(ModelsFixture models)
{
    private static readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    public static TheoryData<OnnxEmbeddingModel> Models => [OnnxEmbeddingModel.MiniLM, OnnxEmbeddingModel.ArcticXs];

    [Theory]
    [MemberData(nameof(Models))]
    public async Task GenerateAsync_AnyText_Returns384DimensionalUnitVectors(OnnxEmbeddingModel model)
    {
        var result = await models.Get(model).GenerateAsync(["I have a cat named Pixel", "", "x"], cancellationToken: _ct);

        Assert.Equal(3, result.Count);
        Assert.All(result, e =>
        {
            Assert.Equal(384, e.Vector.Length);
            Assert.Equal(1f, TensorPrimitives.Norm(e.Vector.Span), 1e-4f);
            Assert.Equal(models.Get(model).Model.ModelId, e.ModelId);
        });
    }

    [Theory]
    [MemberData(nameof(Models))]
    public async Task GenerateAsync_SameTextTwice_GivesSameVector(OnnxEmbeddingModel model)
    {
        var first = await models.Get(model).EmbedAsync("Melanie ran a charity race for mental health last Saturday.");
        var second = await models.Get(model).EmbedAsync("Melanie ran a charity race for mental health last Saturday.");

        Assert.True(first.Span.SequenceEqual(second.Span));
    }

    [Theory]
    [MemberData(nameof(Models))]
    public async Task GenerateAsync_TextInPaddedBatch_MatchesTextAlone(OnnxEmbeddingModel model)
    {
        const string Short = "hi";
        string[] batch = [Short, "Caroline went to the LGBTQ support group yesterday and said the stories there were really powerful.", "ok then"];

        var alone = await models.Get(model).EmbedAsync(Short);
        var together = await models.Get(model).GenerateAsync(batch, cancellationToken: _ct);

        Assert.True(Vectors.MaxAbsDifference(alone, together[0].Vector) < 1e-4f);
    }

    [Fact]
    public async Task GenerateAsync_TextInPaddedFloat32Batch_MatchesTextAlone()
    {
        // Float32 shares runs (padded to the longest text); the attention mask keeps padding out of the result.
        const string Short = "hi";
        string[] batch = [Short, "Caroline went to the LGBTQ support group yesterday and said the stories there were really powerful.", "ok then"];

        var alone = await models.MiniLMFloat.EmbedAsync(Short);
        var together = await models.MiniLMFloat.GenerateAsync(batch, cancellationToken: _ct);

        Assert.True(Vectors.MaxAbsDifference(alone, together[0].Vector) < 1e-4f);
    }

    [Theory]
    [MemberData(nameof(Models))]
    public async Task GenerateAsync_Pets_CloserToPetQueryThanTaxReport(OnnxEmbeddingModel model)
    {
        var generator = models.Get(model);
        var query = await generator.EmbedAsync("what pets does the user have?", Vectors.Query);
        var cat = await generator.EmbedAsync("I have a cat named Pixel", Vectors.Document);
        var tax = await generator.EmbedAsync("the quarterly tax report is due", Vectors.Document);

        Assert.True(Vectors.Cosine(query, cat) > Vectors.Cosine(query, tax) + 0.1f);
    }

    // Both models are English-trained: French works (tokens are accent-folded word pieces) but ranks weakly. This pair
    // holds for both models (MiniLM 0.47 vs 0.40, ArcticXs 0.57 vs 0.54); "l'utilisateur a-t-il des animaux ?" does not
    // rank the cat above the PDF sentence with ArcticXs.
    [Theory]
    [MemberData(nameof(Models))]
    public async Task GenerateAsync_FrenchPreference_CloserToFormatQueryThanFrenchPetFact(OnnxEmbeddingModel model)
    {
        var generator = models.Get(model);
        var query = await generator.EmbedAsync("quel format de document l'utilisateur préfère-t-il ?", Vectors.Query);
        var pdf = await generator.EmbedAsync("Je déteste les PDF, envoyez-moi du Markdown", Vectors.Document);
        var cat = await generator.EmbedAsync("J'ai un chat qui s'appelle Pixel", Vectors.Document);

        Assert.True(Vectors.Cosine(query, pdf) > Vectors.Cosine(query, cat));
    }

    [Theory]
    [MemberData(nameof(Models))]
    public async Task GenerateAsync_AccentedText_EqualsUnaccentedText(OnnxEmbeddingModel model)
    {
        var accented = await models.Get(model).EmbedAsync("Je vais au café près de l'école");
        var plain = await models.Get(model).EmbedAsync("Je vais au cafe pres de l'ecole");

        Assert.True(Vectors.MaxAbsDifference(accented, plain) < 1e-6f);
    }

    [Fact]
    public async Task GenerateAsync_ArcticQuery_DiffersFromDocumentVector()
    {
        var asDocument = await models.Arctic.EmbedAsync("what pets does the user have?", Vectors.Document);
        var asQuery = await models.Arctic.EmbedAsync("what pets does the user have?", Vectors.Query);
        var asDefault = await models.Arctic.EmbedAsync("what pets does the user have?");

        Assert.True(Vectors.Cosine(asDocument, asQuery) < 0.99f);
        Assert.True(asDocument.Span.SequenceEqual(asDefault.Span));
    }

    [Fact]
    public async Task GenerateAsync_MiniLMQuery_EqualsDocumentVector()
    {
        var asDocument = await models.MiniLM.EmbedAsync("what pets does the user have?", Vectors.Document);
        var asQuery = await models.MiniLM.EmbedAsync("what pets does the user have?", Vectors.Query);

        Assert.True(asDocument.Span.SequenceEqual(asQuery.Span));
    }

    [Fact]
    public async Task GenerateAsync_UnknownInputType_Throws()
    {
        var options = new EmbeddingGenerationOptions { AdditionalProperties = new() { [EmbeddingInputType.PropertyName] = "passage" } };

        await Assert.ThrowsAsync<ArgumentException>(() => models.Arctic.GenerateAsync(["x"], options, _ct));
    }

    [Fact]
    public async Task GenerateAsync_OtherDimensionsRequested_Throws()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => models.MiniLM.GenerateAsync(["x"], new EmbeddingGenerationOptions { Dimensions = 768 }, _ct));
    }

    [Fact]
    public async Task GenerateAsync_NullText_Throws()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() => models.MiniLM.GenerateAsync(["a", null!], cancellationToken: _ct));
        await Assert.ThrowsAsync<ArgumentNullException>(() => models.MiniLM.GenerateAsync(null!, cancellationToken: _ct));
    }

    [Fact]
    public async Task GenerateAsync_NoTexts_ReturnsEmpty()
    {
        var result = await models.MiniLM.GenerateAsync([], cancellationToken: _ct);

        Assert.Empty(result);
    }

    [Fact]
    public async Task GenerateAsync_CancelledToken_Throws()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => models.MiniLM.GenerateAsync(["a"], cancellationToken: cts.Token));
    }

    [Fact]
    public async Task GenerateAsync_CancelledDuringLargeCall_StopsWithCancellation()
    {
        var texts = Enumerable.Range(0, 5000).Select(i => $"Memory number {i}: the user mentioned a trip to Lisbon and a new job at the bakery.").ToList();
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => models.MiniLM.GenerateAsync(texts, cancellationToken: cts.Token));
    }

    [Fact]
    public async Task GenerateAsync_HundredTexts_ReturnsVectorsInInputOrder()
    {
        // Lengths vary and are shuffled so the length sort reorders across several batches of 7.
        var texts = Enumerable.Range(0, 100)
            .Select(i => $"Fact {i}: " + string.Join(' ', Enumerable.Repeat("the user likes hiking", (i * 37) % 11 + 1)))
            .ToList();
        using var smallBatches = new OnnxEmbeddingGenerator(new OnnxEmbeddingOptions { Model = OnnxEmbeddingModel.MiniLM, BatchSize = 7, Int8 = false });

        var result = await smallBatches.GenerateAsync(texts, cancellationToken: _ct);

        Assert.Equal(100, result.Count);
        for (var i = 0; i < texts.Count; i += 9)
        {
            var alone = await models.MiniLMFloat.EmbedAsync(texts[i]);
            Assert.True(Vectors.MaxAbsDifference(alone, result[i].Vector) < 1e-4f, $"text {i} differs");
        }
    }

    [Theory]
    [MemberData(nameof(Models))]
    public async Task GenerateAsync_Int8ManyTexts_RunSideBySideInInputOrder(OnnxEmbeddingModel model)
    {
        // int8 runs one text per run, several runs at once: each vector must still be its own text's, in input order.
        var texts = Enumerable.Range(0, 40)
            .Select(i => $"Fact {i}: " + string.Join(' ', Enumerable.Repeat("the user likes hiking", (i * 37) % 11 + 1)))
            .ToList();

        var result = await models.Get(model).GenerateAsync(texts, cancellationToken: _ct);

        Assert.Equal(texts.Count, result.Count);
        for (var i = 0; i < texts.Count; i += 3)
        {
            var alone = await models.Get(model).EmbedAsync(texts[i]);
            Assert.True(Vectors.MaxAbsDifference(alone, result[i].Vector) < 1e-5f, $"text {i} differs");
        }
    }

    [Fact]
    public async Task GenerateAsync_LongText_IsTruncatedToMaxTokens()
    {
        using var short8 = new OnnxEmbeddingGenerator(new OnnxEmbeddingOptions { Model = OnnxEmbeddingModel.MiniLM, MaxTokens = 8 });
        var longText = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda";

        var truncated = await short8.GenerateAsync([longText, "alpha beta gamma delta epsilon zeta"], cancellationToken: _ct);

        // 8 tokens = [CLS] + 6 words + [SEP]: both texts are identical after truncation.
        Assert.True(Vectors.MaxAbsDifference(truncated[0].Vector, truncated[1].Vector) < 1e-4f);
        Assert.Equal(16, truncated.Usage?.InputTokenCount);
    }

    [Theory]
    [InlineData(OnnxEmbeddingModel.MiniLM, true, "all-MiniLM-L6-v2-int8")]
    [InlineData(OnnxEmbeddingModel.ArcticXs, true, "snowflake-arctic-embed-xs-int8")]
    [InlineData(OnnxEmbeddingModel.MiniLM, false, "all-MiniLM-L6-v2")]
    public void GetService_Metadata_ReportsProviderModelAndDimensions(OnnxEmbeddingModel model, bool int8, string modelId)
    {
        var generator = int8 ? models.Get(model) : models.MiniLMFloat;

        var metadata = generator.GetService<EmbeddingGeneratorMetadata>();

        Assert.NotNull(metadata);
        Assert.Equal("onnx", metadata.ProviderName);
        Assert.Equal(modelId, metadata.DefaultModelId);
        Assert.Equal(384, metadata.DefaultModelDimensions);
        Assert.Equal(new EmbeddingModelInfo(modelId, 384), generator.Model);
        Assert.Same(generator, generator.GetService<OnnxEmbeddingGenerator>());
        Assert.Null(generator.GetService(typeof(string)));
    }

    [Fact]
    public async Task Dispose_ThenGenerate_ThrowsObjectDisposed()
    {
        var generator = new OnnxEmbeddingGenerator(new OnnxEmbeddingOptions { Model = OnnxEmbeddingModel.MiniLM });
        generator.Dispose();
        generator.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => generator.GenerateAsync(["x"], cancellationToken: _ct));
    }

    [Fact]
    public async Task GenerateAsync_ConcurrentCalls_GiveSameVectorsAsSequential()
    {
        var texts = Enumerable.Range(0, 8).Select(i => $"The user visited {i} museums in Paris.").ToList();
        var sequential = new List<ReadOnlyMemory<float>>();
        foreach (var text in texts)
        {
            sequential.Add(await models.Arctic.EmbedAsync(text));
        }

        var concurrent = await Task.WhenAll(texts.Select(t => Task.Run(() => models.Arctic.EmbedAsync(t), _ct)));

        for (var i = 0; i < texts.Count; i++)
        {
            Assert.True(Vectors.MaxAbsDifference(sequential[i], concurrent[i]) < 1e-5f);
        }
    }
}
