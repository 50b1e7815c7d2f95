using System.Collections.Concurrent;
using Microsoft.Extensions.AI;
using Mnemo.Searching;
using Mnemo.TestUtilities;

namespace Mnemo.Tests.Engine;

/// <summary>The query is embedded without the names of the scope's actors it holds; the entity signal scores those.</summary>
public sealed class SearchActorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("What is Caroline's identity?", "What is identity?")]
    [InlineData("what did caroline and melanie paint", "what did and paint")]
    [InlineData("Where did James’s car break down?", "Where did car break down?")]
    [InlineData("Did Jean-Luc Picard visit Paris?", "Did visit Paris?")]
    [InlineData("Did Jean visit Paris?", "Did Jean visit Paris?")]
    [InlineData("Caroline's?", "Caroline's?")]
    [InlineData("Is A the best grade?", "Is A the best grade?")]
    [InlineData("Did Carolines come?", "Did Carolines come?")]
    public void Without_NamedActors_RemovesTheirWordsOnly(string query, string expected) =>
        Assert.Equal(expected, ActorNames.Without(query, ["Caroline", "Melanie", "James", "Jean-Luc Picard", "A"]));

    [Fact]
    public void Without_NoActors_ReturnsTheQuery() =>
        Assert.Equal("What is Caroline's identity?", ActorNames.Without("What is Caroline's identity?", []));

    [Fact]
    public async Task SearchAsync_QueryNamesAnActorOfTheScope_EmbedsTheQueryWithoutTheName()
    {
        var embedded = new ConcurrentQueue<string>();
        await using var f = new MemoryFixture(embedder: Recording(embedded));
        await AddAsync(f, "I went hiking with my kids", "Melanie", MemoryFixture.Alice);
        await AddAsync(f, "Melanie, your pottery is lovely", "Caroline", MemoryFixture.Alice);
        embedded.Clear();

        var result = await f.Memory.SearchAsync("What does Melanie do with her kids?", new SearchOptions { Scope = MemoryFixture.Alice, Limit = 5 }, Ct);

        Assert.Equal(["What does do with her kids?"], embedded);
        Assert.Equal("Melanie", result.Results[0].Memory.ActorId);
    }

    [Fact]
    public async Task SearchAsync_ActorOfAnotherScopeOnly_StaysInTheEmbeddedQuery()
    {
        var embedded = new ConcurrentQueue<string>();
        await using var f = new MemoryFixture(embedder: Recording(embedded));
        await AddAsync(f, "I went hiking with my kids", "Melanie", MemoryFixture.Bob);
        await AddAsync(f, "I like pottery", "Caroline", MemoryFixture.Alice);

        Assert.Equal(["What does Melanie do?"], await EmbeddedQueryAsync(f, embedded, "What does Melanie do?"));
    }

    [Fact]
    public async Task SearchAsync_OptionOff_EmbedsTheWholeQuery()
    {
        var embedded = new ConcurrentQueue<string>();
        await using var f = new MemoryFixture(o => o.Fusion.EmbedQueryWithoutActors = false, Recording(embedded));
        await AddAsync(f, "I went hiking with my kids", "Melanie", MemoryFixture.Alice);

        Assert.Equal(["What does Melanie do?"], await EmbeddedQueryAsync(f, embedded, "What does Melanie do?"));
    }

    [Fact]
    public async Task SearchAsync_ActorAddedAfterASearch_IsStrippedFromTheNextQuery()
    {
        var embedded = new ConcurrentQueue<string>();
        await using var f = new MemoryFixture(embedder: Recording(embedded));
        await AddAsync(f, "I like pottery", "Caroline", MemoryFixture.Alice);
        await f.Memory.SearchAsync("Does Nate play games?", new SearchOptions { Scope = MemoryFixture.Alice }, Ct);
        await AddAsync(f, "I play video games", "Nate", MemoryFixture.Alice);

        Assert.Equal(["Does like games?"], await EmbeddedQueryAsync(f, embedded, "Does Nate like games?"));
    }

    private static FakeEmbeddingGenerator Recording(ConcurrentQueue<string> embedded) => new()
    {
        OnGenerate = texts =>
        {
            foreach (var text in texts)
            {
                embedded.Enqueue(text);
            }
        },
    };

    // What one search in Alice's scope gives the embedder.
    private static async Task<string[]> EmbeddedQueryAsync(MemoryFixture f, ConcurrentQueue<string> embedded, string query)
    {
        embedded.Clear();
        await f.Memory.SearchAsync(query, new SearchOptions { Scope = MemoryFixture.Alice }, Ct);
        return [.. embedded];
    }

    private static Task<AddResult> AddAsync(MemoryFixture f, string text, string speaker, MemoryScope scope) =>
        f.Memory.AddAsync([new ChatMessage(ChatRole.User, text) { AuthorName = speaker }], new AddOptions { Scope = scope, Infer = false }, Ct);
}
