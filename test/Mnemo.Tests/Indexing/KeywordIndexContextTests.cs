using Mnemo.Indexing;
using Xunit;

namespace Mnemo.Tests.Indexing;

/// <summary>
/// A memory's keyword context (<see cref="KeywordOptions.ContextCharacters"/>): scored as if the memory said those
/// words too, and replaced alone without a trace of the old words.
/// </summary>
public sealed class KeywordIndexContextTests
{
    private static readonly (long, string?, string)[] _others = [(1, null, "harbor walk"), (2, null, "falcon lunch")];

    [Fact]
    public void Score_MemoryWithContext_ScoresAsItsTextJoinedWithTheContext()
    {
        using var index = new KeywordIndex();
        index.ApplyWithContext([], _others.Select(o => (o.Item1, o.Item2, o.Item3, string.Empty)).Append((3, null, "five years already", "been married")));
        using var joined = new KeywordIndex();
        joined.Apply([], [.. _others, (3, null, "five years already been married")]);

        Assert.Equal(joined.Score(["married", "years"]).Scores[3], index.Score(["married", "years"]).Scores[3], 12);
        Assert.Equal(joined.Score(["harbor"]).Scores[1], index.Score(["harbor"]).Scores[1], 12);
    }

    [Fact]
    public void SetContext_ReplacesTheOldWords_AndLeavesNoKeyOnlyTheyHeld()
    {
        using var index = new KeywordIndex();
        index.ApplyWithContext([], [(1, null, "harbor walk", string.Empty), (3, null, "five years already", "been married harbor")]);

        index.SetContext([(3, "your wedding")]);

        Assert.Empty(index.Score(["married"]).Scores);
        Assert.False(index.Holds("married"));
        Assert.Equal([1L], index.Score(["harbor"]).Scores.Keys); // the word memory 1 also holds stays, for memory 1 alone
        Assert.Equal([3L], index.Score(["wedding"]).Scores.Keys);
        using var replaced = new KeywordIndex();
        replaced.Apply([], [(1, null, "harbor walk"), (3, null, "five years already your wedding")]);
        Assert.Equal(replaced.KeyCount, index.KeyCount);

        index.SetContext([(3, string.Empty)]);
        using var plain = new KeywordIndex();
        plain.Apply([], [(1, null, "harbor walk"), (3, null, "five years already")]);
        Assert.Equal(plain.KeyCount, index.KeyCount);
        Assert.Equal(plain.Score(["years", "harbor"]).Scores, index.Score(["years", "harbor"]).Scores);
    }

    [Fact]
    public void SetContext_WordTheTextHoldsToo_KeepsTheTextsOwnCount()
    {
        using var index = new KeywordIndex();
        index.ApplyWithContext([], [(1, null, "harbor walk", string.Empty), (3, null, "married five years", "been married")]);

        index.SetContext([(3, string.Empty)]);

        using var plain = new KeywordIndex();
        plain.Apply([], [(1, null, "harbor walk"), (3, null, "married five years")]);
        Assert.Equal(plain.Score(["married"]).Scores[3], index.Score(["married"]).Scores[3], 12);
    }
}
