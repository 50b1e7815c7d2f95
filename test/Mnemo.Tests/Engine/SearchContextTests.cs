using Microsoft.Extensions.AI;

namespace Mnemo.Tests.Engine;

/// <summary>Neighbour context and the length prior: the search steps beyond the per-memory signals.</summary>
public sealed class SearchContextTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static SearchOptions For(MemoryScope scope) => new() { Scope = scope, Limit = 10, Explain = true };

    private const string Answer = "Yes, last May";

    // The same reply twice: once far from the question, once right after it.
    // The same words (a full stop apart, so the add is no duplicate) give the same own score, so only the neighbour
    // context can put the second one first.
    private static async Task<(Guid Far, Guid Near)> AddConversationAsync(MemoryFixture f)
    {
        var far = await f.AddAsync(Answer + ".");
        await f.AddAsync("I bought new running shoes");
        await f.AddAsync("The weather in Lisbon was lovely");
        await f.AddAsync("Did you adopt the puppy from the shelter");
        var near = await f.AddAsync(Answer);
        return (far.Results[0].Id, near.Results[0].Id);
    }

    [Fact]
    public async Task SearchAsync_NeighbourOfStrongHit_RanksAboveTheSameTextElsewhere()
    {
        await using var f = new MemoryFixture(o => o.Context.NeighbourWeight = 0.3);
        var (far, near) = await AddConversationAsync(f);

        var result = await f.Memory.SearchAsync("adopt puppy shelter", For(MemoryFixture.Alice), Ct);

        Assert.Equal("Did you adopt the puppy from the shelter", result.Results[0].Memory.Text);
        var ids = result.Results.Select(r => r.Memory.Id).ToList();
        Assert.True(ids.IndexOf(near) < ids.IndexOf(far));
        var nearResult = result.Results.Single(r => r.Memory.Id == near);
        var farResult = result.Results.Single(r => r.Memory.Id == far);
        Assert.True(nearResult.Score > farResult.Score);
        Assert.True(nearResult.Explanation!.Other["neighbour"] > farResult.Explanation!.Other["neighbour"]);
    }

    [Fact]
    public async Task SearchAsync_Explain_ContributionsAddUpToTheScoreWithLengthPriorNeighbourSessionTimeAndRole()
    {
        await using var f = new MemoryFixture(o => (o.Context.NeighbourWeight, o.Context.SessionRadius, o.Fusion.LengthPriorWords, o.Fusion.TimeWeight) = (0.3, 8, 4, 0.2));
        await AddConversationAsync(f);

        // A reply of the assistant's: the role signal applies only among memories of more than one role.
        await f.Memory.AddAsync(
            [new ChatMessage(ChatRole.Assistant, "We talked about the shelter puppy")], new AddOptions { Scope = MemoryFixture.Alice, Infer = false }, Ct);

        var result = await f.Memory.SearchAsync("did you adopt the puppy in May 2023", For(MemoryFixture.Alice), Ct);

        Assert.NotEmpty(result.Results);
        Assert.All(result.Results, r =>
        {
            var e = r.Explanation!;
            Assert.Equal(["entity", "keyword", "neighbour", "role", "semantic", "session", "time"], e.Contributions.Keys.Order(StringComparer.Ordinal));
            Assert.Equal(r.Score, e.Contributions.Values.Sum(), 9);
            Assert.Equal(e.Fused, r.Score, 9);
            Assert.True(e.Other["length"] < 1);
        });
        Assert.Contains(result.Results, r => r.Explanation!.Contributions["neighbour"] > 0);
    }

    [Fact]
    public async Task SearchAsync_NeighbourContextOff_SameTextsTieAndTheTieIsBrokenById()
    {
        await using var f = new MemoryFixture(o => (o.Context.NeighbourWeight, o.Context.SessionRadius) = (0, 0));
        var (far, near) = await AddConversationAsync(f);

        var result = await f.Memory.SearchAsync("adopt puppy shelter", For(MemoryFixture.Alice), Ct);

        // Ids made in the same millisecond (the fixture's clock stands still) are not ordered by creation.
        var ids = result.Results.Select(r => r.Memory.Id).ToList();
        Assert.Equal(far.CompareTo(near) < 0, ids.IndexOf(far) < ids.IndexOf(near));
        Assert.Equal(result.Results.Single(r => r.Memory.Id == far).Score, result.Results.Single(r => r.Memory.Id == near).Score);
        Assert.False(result.Results.Single(r => r.Memory.Id == near).Explanation!.Other.ContainsKey("neighbour"));
    }

    [Fact]
    public async Task SearchAsync_NeighbourInAnotherScope_GivesNoContextAndIsNotReturned()
    {
        await using var f = new MemoryFixture(o => o.Context.NeighbourWeight = 0.3);
        await f.AddAsync("Did you adopt the puppy from the shelter");
        await f.AddAsync(Answer, MemoryFixture.Bob);
        await f.AddAsync("The weather in Lisbon was lovely");

        var result = await f.Memory.SearchAsync("adopt puppy shelter", For(MemoryFixture.Alice), Ct);

        Assert.DoesNotContain(result.Results, r => r.Memory.Text == Answer);
        var lisbon = result.Results.Single(r => r.Memory.Text == "The weather in Lisbon was lovely");
        Assert.True(lisbon.Explanation!.Other["neighbour"] > 0);
    }

    [Fact]
    public async Task SearchAsync_NeighbourWeight_FusesOwnAndNeighbourScores()
    {
        await using var f = new MemoryFixture(o => (o.Context.NeighbourWeight, o.Context.SessionRadius, o.Fusion.LengthPriorWords, o.Fusion.EntityWeight) = (0.5, 0, 0, 0));
        var (_, near) = await AddConversationAsync(f);

        var result = await f.Memory.SearchAsync("adopt puppy shelter", For(MemoryFixture.Alice), Ct);

        var hit = result.Results[0].Explanation!;
        var answer = result.Results.Single(r => r.Memory.Id == near);
        var e = answer.Explanation!;
        static double Own(ScoreExplanation x) => (0.75 * x.SemanticNormalized) + (0.25 * x.KeywordNormalized);
        Assert.Equal(Own(hit), e.Other["neighbour"], 9);
        Assert.Equal((Own(e) + (0.5 * Own(hit))) / 1.5, answer.Score, 9);
        Assert.Equal(answer.Score, e.Fused, 12);
    }

    [Fact]
    public async Task SearchAsync_LengthPrior_ScalesTheFusedScoreByWordCount()
    {
        await using var f = new MemoryFixture(o => (o.Fusion.LengthPriorWords, o.Context.NeighbourWeight, o.Fusion.EntityWeight) = (3, 0, 0));
        await f.AddAsync("I adopted a greyhound named Comet");

        var result = await f.Memory.SearchAsync("greyhound Comet", For(MemoryFixture.Alice), Ct);

        var e = Assert.Single(result.Results).Explanation!;
        var expectedPrior = (6 + 3) / (6 + 6.0);
        Assert.Equal(expectedPrior, e.Other["length"], 12);
        Assert.Equal(expectedPrior * ((0.75 * e.SemanticNormalized) + (0.25 * e.KeywordNormalized)), e.Fused, 9);
    }

    [Fact]
    public async Task SearchAsync_LengthPriorOff_KeepsTheWholeScore()
    {
        await using var f = new MemoryFixture(o => (o.Fusion.LengthPriorWords, o.Context.NeighbourWeight, o.Fusion.EntityWeight) = (0, 0, 0));
        await f.AddAsync("Comet");

        var result = await f.Memory.SearchAsync("greyhound Comet", For(MemoryFixture.Alice), Ct);

        var e = Assert.Single(result.Results).Explanation!;
        Assert.Equal(1.0, e.Other["length"]);
        Assert.Equal((0.75 * e.SemanticNormalized) + (0.25 * e.KeywordNormalized), e.Fused, 9);
    }

    [Theory]
    [InlineData("I adopted a greyhound named Comet", 6)]
    [InlineData("  Jean-Luc's café, 3½ km away (2024)!  ", 8)]
    [InlineData("東京 ２０２４ Ⅻ x²", 4)]
    [InlineData("🙂 ... --- 🙂", 0)]
    [InlineData("", 0)]
    public void CountWords_CountsRunsOfLettersAndDigits_AsTheRegexDoes(string text, int words)
    {
        Assert.Equal(words, Mnemo.Searching.HybridScorer.CountWords(text));
        Assert.Equal(System.Text.RegularExpressions.Regex.Count(text, @"[\p{L}\p{N}]+"), words);
    }
}
