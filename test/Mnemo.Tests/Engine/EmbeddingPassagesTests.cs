using System.Numerics.Tensors;
using Mnemo.Embedding;
using Mnemo.TestUtilities;

namespace Mnemo.Tests.Engine;

/// <summary>Long memories are embedded in passages covering the whole text, within a cap per memory.</summary>
public sealed class EmbeddingPassagesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void Split_TextWithinOnePassage_IsItself()
    {
        Assert.Equal(["Short text."], EmbeddingPassages.Split("Short text.", 1_500, 16));
        var longText = new string('a', 5_000);
        Assert.Equal([longText], EmbeddingPassages.Split(longText, 1_500, max: 1));
    }

    [Fact]
    public void Split_LongText_CutsAtSentenceEndsWithinTheLengthAndLosesNoWord()
    {
        var sentences = Enumerable.Range(0, 200).Select(i => $"Sentence number {i} talks about topic {i}.").ToList();
        var text = string.Join(' ', sentences);

        var passages = EmbeddingPassages.Split(text, 500, 100);

        Assert.True(passages.Count > 1);
        Assert.All(passages, p => Assert.True(p.Length <= 500, $"{p.Length} characters"));
        Assert.All(passages, p => Assert.EndsWith(".", p, StringComparison.Ordinal));
        Assert.Equal(text.Split(' '), passages.SelectMany(p => p.Split(' ')));
    }

    [Fact]
    public void Split_UnbrokenRun_IsCutHard()
    {
        var passages = EmbeddingPassages.Split(new string('x', 1_050), 500, 16);
        Assert.Equal([500, 500, 50], passages.Select(p => p.Length));
    }

    [Fact]
    public void Split_MorePassagesThanTheCap_SpreadsThemOverTheWholeText()
    {
        var text = string.Join(' ', Enumerable.Range(0, 1_000).Select(i => $"Part {i:D4} ends here."));

        var all = EmbeddingPassages.Split(text, 200, int.MaxValue);
        var capped = EmbeddingPassages.Split(text, 200, 4);

        Assert.Equal(4, capped.Count);
        Assert.Equal(all[0], capped[0]);
        Assert.Equal([0, all.Count / 4, all.Count / 2, 3 * all.Count / 4], capped.Select(p => all.ToList().IndexOf(p)));
    }

    [Fact]
    public async Task AddAsync_LongMemory_VectorIsTheMeanOfItsPassagesAndCoversItsEnd()
    {
        var seen = new List<string>();
        var embedder = new FakeEmbeddingGenerator { OnGenerate = seen.AddRange };
        await using var f = new MemoryFixture(o => (o.Embedding.PassageLength, o.Embedding.MaxPassages) = (200, 16), embedder);
        var text = string.Concat(Enumerable.Repeat("The quarterly report covers revenue and churn. ", 10)) + "Finally the violin lesson moved to Tuesday.";

        var added = await f.AddAsync(text);

        var passages = EmbeddingPassages.Split(text, 200, 16);
        Assert.Equal(passages, seen);
        Assert.Contains("violin", passages[^1], StringComparison.Ordinal);
        var stored = (await f.Store.GetEmbeddingsByHashAsync(MemoryFixture.Alice, [MemoryHash.Compute(text)], Ct))[MemoryHash.Compute(text)];
        var expected = new float[stored.Length];
        foreach (var passage in passages)
        {
            TensorPrimitives.Add(expected, FakeEmbeddingGenerator.Embed(passage), expected);
        }

        TensorPrimitives.Divide(expected, TensorPrimitives.Norm(expected), expected);
        Assert.Equal(expected, stored.ToArray(), (a, b) => Math.Abs(a - b) < 1e-5);
        Assert.Equal(text, (await f.Memory.GetAsync(added.Results[0].Id, cancellationToken: Ct))!.Text);
    }

    [Fact]
    public async Task AddAsync_PassagesOff_EmbedsTheTextWhole()
    {
        var seen = new List<string>();
        var embedder = new FakeEmbeddingGenerator { OnGenerate = seen.AddRange };
        await using var f = new MemoryFixture(o => (o.Embedding.PassageLength, o.Embedding.MaxPassages) = (200, 1), embedder);
        var text = string.Concat(Enumerable.Repeat("The quarterly report covers revenue and churn. ", 10));

        await f.AddAsync(text);

        Assert.Equal([text], seen);
    }
}
