using Microsoft.Extensions.AI;
using Mnemo.TestUtilities;

namespace Mnemo.Tests.Engine;

/// <summary>Session context and the role signal: what a memory's session and role add to its score.</summary>
public sealed class SearchSessionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static SearchOptions For(MemoryScope scope) => new() { Scope = scope, Limit = 10, Explain = true };

    private const string Answer = "Yes, last May";

    private static readonly DateTimeOffset _monday = new(2023, 5, 1, 10, 0, 0, TimeSpan.Zero);

    private static Task<AddResult> AddAsync(MemoryFixture f, string text, DateTimeOffset observed) =>
        f.AddAsync(text, options: new AddOptions { Scope = MemoryFixture.Alice, Infer = false, ObservedAt = observed });

    // The same reply twice, two and three memories after the question: once in the question's session (observed minutes
    // after it), once alone in a session three days later. Same words (a full stop apart), so the same own score; the question's
    // direct neighbours are fillers, so neighbour context (radius 1) cannot tell the replies apart.
    private static async Task<(Guid Same, Guid Other)> AddSessionsAsync(MemoryFixture f)
    {
        await AddAsync(f, "I bought new running shoes", _monday);
        await AddAsync(f, "Did you adopt the puppy from the shelter", _monday.AddMinutes(1));
        await AddAsync(f, "The weather in Lisbon was lovely", _monday.AddMinutes(2));
        var same = await AddAsync(f, Answer, _monday.AddMinutes(3));
        var other = await AddAsync(f, Answer + ".", _monday.AddDays(3));
        return (same.Results[0].Id, other.Results[0].Id);
    }

    [Fact]
    public async Task SearchAsync_SessionContext_LiftsTheMemoryObservedWithTheStrongHit()
    {
        await using var f = new MemoryFixture(o => (o.Context.NeighbourWeight, o.Context.SessionRadius, o.Context.SessionWeight) = (0, 4, 0.3));
        var (same, other) = await AddSessionsAsync(f);

        var result = await f.Memory.SearchAsync("adopt puppy shelter", For(MemoryFixture.Alice), Ct);

        var sameResult = result.Results.Single(r => r.Memory.Id == same);
        var otherResult = result.Results.Single(r => r.Memory.Id == other);
        Assert.True(sameResult.Score > otherResult.Score);
        Assert.True(sameResult.Explanation!.Other["session"] > 0);
        Assert.Equal(0, otherResult.Explanation!.Other["session"]); // within the radius, but observed days apart
        Assert.All(result.Results, r => Assert.Equal(r.Score, r.Explanation!.Contributions.Values.Sum(), 9));
    }

    [Theory]
    [InlineData(256L << 20)]
    [InlineData(0L)] // no row cache: the neighbours' rows are read from the store
    public async Task SearchAsync_SessionNeighbourOutsideTheCandidates_IsScoredByItsOwnCosineAndLifted(long rowCacheBytes)
    {
        // One candidate per signal: only the question is a first-stage candidate; both replies come in as its neighbours.
        await using var f = new MemoryFixture(o => (o.Context.NeighbourWeight, o.Context.SessionRadius, o.Context.SessionWeight, o.Candidates.PerSignal, o.Index.RowCacheBytes) = (0, 4, 0.3, 1, rowCacheBytes));
        var (same, other) = await AddSessionsAsync(f);
        const string query = "adopt puppy shelter";

        var result = await f.Memory.SearchAsync(query, For(MemoryFixture.Alice), Ct);

        var sameResult = result.Results.Single(r => r.Memory.Id == same);
        var otherResult = result.Results.Single(r => r.Memory.Id == other);
        Assert.True(sameResult.Score > otherResult.Score);
        Assert.True(sameResult.Explanation!.Other["session"] > 0);
        Assert.Equal(0, otherResult.Explanation!.Other["session"]);

        // Its own cosine (not the stand-in that keyword-only candidates get), computed on the index's vector.
        var cosine = System.Numerics.Tensors.TensorPrimitives.Dot(FakeEmbeddingGenerator.Embed(query), FakeEmbeddingGenerator.Embed(Answer));
        Assert.Equal(cosine, sameResult.Explanation.Semantic!.Value, 6);
        Assert.Null(sameResult.Explanation.Keyword);
        Assert.All(result.Results, r => Assert.Equal(r.Score, r.Explanation!.Contributions.Values.Sum(), 9));
    }

    [Fact]
    public async Task SearchAsync_SmallLimit_ReturnsTheTopOfTheRankingALargeLimitReturns()
    {
        // Context returns only the best results the cut can keep: a small limit must see the same top as a large one
        // (every memory is a neighbour target in both, so the context is the same).
        await using var f = new MemoryFixture(o => (o.Context.NeighbourCandidates, o.Context.SessionRadius) = (100, 8));
        var random = new Random(5);
        string[] words = ["puppy", "shelter", "running", "shoes", "Lisbon", "weather", "guitar", "lessons", "garden", "tomatoes", "trip", "Paris"];
        for (var i = 0; i < 60; i++)
        {
            var text = string.Join(' ', Enumerable.Range(0, 4).Select(_ => words[random.Next(words.Length)])) + $" {i}";
            await AddAsync(f, text, _monday.AddMinutes(i * 20));
        }

        var small = await f.Memory.SearchAsync("puppy shelter garden", new SearchOptions { Scope = MemoryFixture.Alice, Limit = 3 }, Ct);
        var large = await f.Memory.SearchAsync("puppy shelter garden", new SearchOptions { Scope = MemoryFixture.Alice, Limit = 50 }, Ct);

        Assert.Equal(3, small.Results.Count);
        Assert.Equal(50, large.Results.Count);
        Assert.Equal(large.Results.Take(3).Select(r => (r.Memory.Id, r.Score)), small.Results.Select(r => (r.Memory.Id, r.Score)));
        Assert.True(large.Results.Zip(large.Results.Skip(1)).All(p => p.First.Score >= p.Second.Score), "results are not best first");
    }

    [Fact]
    public async Task SearchAsync_SessionContextOff_SameTextsTie()
    {
        await using var f = new MemoryFixture(o => (o.Context.NeighbourWeight, o.Context.SessionRadius) = (0, 0));
        var (same, other) = await AddSessionsAsync(f);

        var result = await f.Memory.SearchAsync("adopt puppy shelter", For(MemoryFixture.Alice), Ct);

        Assert.Equal(result.Results.Single(r => r.Memory.Id == same).Score, result.Results.Single(r => r.Memory.Id == other).Score);
        Assert.DoesNotContain("session", result.Results[0].Explanation!.Other.Keys);
    }

    [Theory]
    [InlineData("How much did my red bike cost?", "user")]
    [InlineData("What did you say the red bike cost?", "assistant")]
    // The "you" of a request for suggestions is the one asked: these are about the user (they had both persons, no role).
    [InlineData("Can you recommend a lock for my red bike?", "user")]
    [InlineData("Could you please suggest me a seat for my red bike?", "user")]
    [InlineData("Do you have any tips for my red bike?", "user")]
    [InlineData("What do you suggest for my red bike?", "user")]
    public async Task SearchAsync_QueryPronouns_FavourTheMemoriesOfThatRole(string query, string role)
    {
        await using var f = new MemoryFixture(o => (o.Context.NeighbourWeight, o.Fusion.RoleWeight) = (0, 0.2));
        var add = new AddOptions { Scope = MemoryFixture.Alice, Infer = false };
        await f.Memory.AddAsync([new ChatMessage(ChatRole.User, "The red bike cost 300 euros")], add, Ct);
        await f.Memory.AddAsync([new ChatMessage(ChatRole.Assistant, "The red bike cost 300 euros.")], add, Ct);

        var result = await f.Memory.SearchAsync(query, For(MemoryFixture.Alice), Ct);

        Assert.Equal(2, result.Results.Count);
        Assert.Equal(role, result.Results[0].Memory.Role);
        Assert.Equal(1.0, result.Results[0].Explanation!.Other["role"]);
        Assert.Equal(0.0, result.Results[1].Explanation!.Other["role"]);
        Assert.True(result.Results[0].Score > result.Results[1].Score);
    }

    [Theory]
    [InlineData("Can you remind me what the red bike cost?")]
    [InlineData("What did the red bike cost?")]
    public async Task SearchAsync_QueryWithBothOrNoPersons_HasNoRoleSignal(string query)
    {
        // Keyword context off: the assistant's turn would else be keyword-indexed with the end of the user's before it.
        await using var f = new MemoryFixture(o => (o.Context.NeighbourWeight, o.Fusion.RoleWeight, o.Keywords.ContextCharacters) = (0, 0.2, 0));
        var add = new AddOptions { Scope = MemoryFixture.Alice, Infer = false };
        await f.Memory.AddAsync([new ChatMessage(ChatRole.User, "The red bike cost 300 euros")], add, Ct);
        await f.Memory.AddAsync([new ChatMessage(ChatRole.Assistant, "The red bike cost 300 euros.")], add, Ct);

        var result = await f.Memory.SearchAsync(query, For(MemoryFixture.Alice), Ct);

        Assert.Equal(result.Results[0].Score, result.Results[1].Score);
        Assert.DoesNotContain("role", result.Results[0].Explanation!.Other.Keys);
    }

    // Among memories of one role the role signal tells none apart; its part would only rescale the others by the length
    // prior (a short memory then lost ground to a long one), so it is left out and they rank as without it.
    [Fact]
    public async Task SearchAsync_CandidatesOfOneRole_RankAsWithoutTheRoleSignal()
    {
        async Task<IReadOnlyList<ScoredMemory>> SearchAsync(double roleWeight)
        {
            await using var f = new MemoryFixture(o => (o.Context.NeighbourWeight, o.Fusion.RoleWeight) = (0, roleWeight));
            var add = new AddOptions { Scope = MemoryFixture.Alice, Infer = false };
            await f.Memory.AddAsync([new ChatMessage(ChatRole.User, "Red bike")], add, Ct);
            await f.Memory.AddAsync([new ChatMessage(ChatRole.User, "The red bike I bought last spring from the shop on the corner cost 300 euros")], add, Ct);
            return (await f.Memory.SearchAsync("How much did my red bike cost?", For(MemoryFixture.Alice), Ct)).Results;
        }

        var with = await SearchAsync(0.3);
        var without = await SearchAsync(0);

        Assert.Equal(without.Select(r => (r.Memory.Text, r.Score)), with.Select(r => (r.Memory.Text, r.Score)));
        Assert.DoesNotContain("role", with[0].Explanation!.Other.Keys);
    }
}
