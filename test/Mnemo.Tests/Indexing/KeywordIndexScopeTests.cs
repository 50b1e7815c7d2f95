using Mnemo.Indexing;
using Xunit;

namespace Mnemo.Tests.Indexing;

/// <summary>
/// Keyword scoring restricted to a scope's memories: the same scores as over the whole index (the statistics stay the
/// index's), for just the allowed memories, whichever side (postings or scope) each term walks.
/// </summary>
public sealed class KeywordIndexScopeTests
{
    [Fact]
    public void Score_WithScopeSet_ScoresOnlyItsMemoriesWithTheWholeIndexStatistics()
    {
        using var index = new KeywordIndex();
        var random = new Random(5);
        string[] words = ["apple", "banana", "cherry", "delta", "echo", "falcon", "harbor"];
        var documents = new List<(long Seq, string Text)>();
        for (long seq = 1; seq <= 600; seq++)
        {
            // Scope: 85 memories. "garnet" (15 memories) walks its postings, "kestrel" (150, under the pruning floor of
            // 200) walks the scope; the random words are in most memories and pruned.
            var text = string.Join(' ', Enumerable.Range(0, 12).Select(_ => words[random.Next(words.Length)]));
            documents.Add((seq, text + (seq % 40 == 0 ? " garnet" : string.Empty) + (seq % 4 == 0 ? " kestrel kestrel" : string.Empty)));
        }

        index.Apply([], documents);
        var scope = documents.Where(d => d.Seq % 7 == 0).Select(d => d.Seq).ToHashSet();
        string[] terms = ["garnet", "kestrel", "apple"];

        var (whole, _) = index.Score(terms);
        long? offered = null;
        var (restricted, common) = index.Score(terms, postings =>
        {
            offered = postings;
            return scope;
        });

        Assert.False(common);
        Assert.Equal(15 + 150, offered);
        Assert.NotEmpty(restricted);
        Assert.All(restricted.Keys, seq => Assert.Contains(seq, scope));
        var expected = whole.Where(p => scope.Contains(p.Key)).ToDictionary(p => p.Key, p => p.Value);
        Assert.Equal(expected.Count, restricted.Count);
        foreach (var (seq, score) in expected)
        {
            Assert.Equal(score, restricted[seq]);
        }
    }

    [Fact]
    public void Score_ScopeDeclined_ScoresEveryMatch()
    {
        using var index = new KeywordIndex();
        index.Apply([], [(1, "red fox"), (2, "red hen"), (3, "blue jay")]);

        var (whole, _) = index.Score(["red"]);
        var (declined, _) = index.Score(["red"], _ => null);

        Assert.Equal(whole.OrderBy(p => p.Key), declined.OrderBy(p => p.Key));
        Assert.Equal(2, declined.Count);
    }
}
