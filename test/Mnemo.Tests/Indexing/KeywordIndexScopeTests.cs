using Mnemo.Indexing;
using Xunit;

namespace Mnemo.Tests.Indexing;

/// <summary>
/// Keyword scoring restricted to a scope's memories: the same scores as over the whole project (the statistics stay the
/// project's), for just the allowed memories, whichever side (postings or scope) each term walks; and statistics kept
/// per project, so one tenant's memories never move another's scores.
/// </summary>
public sealed class KeywordIndexScopeTests
{
    [Fact]
    public void Score_WithScopeSet_ScoresOnlyItsMemoriesWithTheWholeIndexStatistics()
    {
        using var index = new KeywordIndex();
        var random = new Random(5);
        string[] words = ["apple", "banana", "cherry", "delta", "echo", "falcon", "harbor"];
        var documents = new List<(long Seq, string? Project, string Text)>();
        for (long seq = 1; seq <= 600; seq++)
        {
            // Scope: 85 memories. "garnet" (15 memories) walks its postings, "kestrel" (150, under the pruning floor of
            // 200) walks the scope; the random words are in most memories and pruned.
            var text = string.Join(' ', Enumerable.Range(0, 12).Select(_ => words[random.Next(words.Length)]));
            documents.Add((seq, null, text + (seq % 40 == 0 ? " garnet" : string.Empty) + (seq % 4 == 0 ? " kestrel kestrel" : string.Empty)));
        }

        index.Apply([], documents);
        var scope = documents.Where(d => d.Seq % 7 == 0).Select(d => d.Seq).ToHashSet();
        string[] terms = ["garnet", "kestrel", "apple"];

        var (whole, _) = index.Score(terms);
        long? offered = null;
        var (restricted, common) = index.Score(terms, scope: postings =>
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
        index.Apply([], [(1, null, "red fox"), (2, null, "red hen"), (3, null, "blue jay")]);

        var (whole, _) = index.Score(["red"]);
        var (declined, _) = index.Score(["red"], scope: _ => null);

        Assert.Equal(whole.OrderBy(p => p.Key), declined.OrderBy(p => p.Key));
        Assert.Equal(2, declined.Count);
    }

    [Fact]
    public void Score_OtherProjectsMemories_NeitherScoredNorCountedInTheStatistics()
    {
        (long, string?, string)[] acme = [(1, "acme", "the falcon launch moved to friday"), (2, "acme", "lunch with the falcon team"), (3, "acme", "quarterly report draft")];
        using var alone = new KeywordIndex();
        alone.Apply([], acme);
        using var shared = new KeywordIndex();
        shared.Apply([], acme);

        // Another tenant writes the same word into many memories: in one shared statistic "falcon" would become common.
        shared.Apply([], Enumerable.Range(100, 50).Select(i => ((long)i, (string?)"globex", $"falcon falcon note {i}")));

        var (acmeScores, _) = shared.Score(["falcon", "launch"], "acme");
        var (aloneScores, _) = alone.Score(["falcon", "launch"], "acme");

        Assert.Equal(aloneScores.OrderBy(p => p.Key), acmeScores.OrderBy(p => p.Key));
        Assert.Equal([1L, 2L], acmeScores.Keys.Order());
        Assert.All(shared.Score(["falcon"], "globex").Scores.Keys, seq => Assert.InRange(seq, 100, 149));
        Assert.Empty(shared.Score(["falcon"], "initech").Scores);
    }

    [Fact]
    public void Score_ProjectEmptiedByDeletes_ItsStatisticsGoWithIt()
    {
        using var index = new KeywordIndex();
        index.Apply([], [(1, "acme", "falcon launch"), (2, null, "falcon lunch"), (3, null, "harbor walk")]);

        index.Apply([1], []);

        Assert.Empty(index.Score(["falcon"], "acme").Scores);
        Assert.Equal([2L], index.Score(["falcon"]).Scores.Keys);

        // Indexed again, the project scores as new: same score as the default project's single match on a twin index.
        index.Apply([], [(4, "acme", "falcon launch")]);
        using var twin = new KeywordIndex();
        twin.Apply([], [(4, null, "falcon launch")]);
        Assert.Equal(twin.Score(["falcon"]).Scores[4], index.Score(["falcon"], "acme").Scores[4]);
    }
}
