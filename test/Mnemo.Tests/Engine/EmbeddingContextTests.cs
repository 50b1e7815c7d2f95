using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging.Abstractions;
using Mnemo.Indexing;
using Mnemo.TestUtilities;

namespace Mnemo.Tests.Engine;

public sealed class EmbeddingContextTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static MemoryFixture Fixture(int context, List<string> inputs)
    {
        var f = new MemoryFixture(o => o.Embedding.ContextMemories = context);
        f.Embedder.OnGenerate = batch => inputs.AddRange(batch);
        return f;
    }

    private static IEnumerable<ChatMessage> Messages(params string[] texts) => texts.Select(t => new ChatMessage(ChatRole.User, t));

    private static AddOptions Verbatim(MemoryScope scope) => new() { Scope = scope, Infer = false };

    [Fact]
    public async Task AddAsync_ContextTwo_EmbedsEachMessageAloneAndAfterTheTwoBeforeIt()
    {
        var inputs = new List<string>();
        await using var f = Fixture(2, inputs);
        var result = await f.Memory.AddAsync(Messages("Did you go to Paris?", "Yes, last May!", "Nice.", "It rained."), Verbatim(MemoryFixture.Alice), Ct);

        Assert.Equal(
            [
                "Did you go to Paris?", "Yes, last May!", "Nice.", "It rained.",
                "Did you go to Paris?\nYes, last May!", "Did you go to Paris?\nYes, last May!\nNice.", "Yes, last May!\nNice.\nIt rained.",
            ],
            inputs);
        Assert.Equal((1, 7), (result.Usage.EmbeddingCalls, result.Usage.EmbeddedTexts));
        var reply = await f.Store.GetWithEmbeddingAsync(result.Results[1].Id, Ct);
        Assert.Equal("Yes, last May!", reply!.Item.Text);
        Assert.Equal(MemoryHash.Compute("Yes, last May!"), reply.Item.Hash);
        Assert.Equal(FakeEmbeddingGenerator.Embed("Yes, last May!"), reply.Embedding.ToArray());

        // The contextual vector is stored too: a search by it finds the reply as if it were the reply's own.
        Assert.Equal((result.Results[1].Id, 1.0), await ClosestByVectorAsync(f, "Did you go to Paris?\nYes, last May!"));
    }

    [Fact]
    public async Task AddAsync_ContextOn_TakesOnlyTheEndOfALongEarlierMemoryCutAtAWordBreak()
    {
        var inputs = new List<string>();
        await using var f = new MemoryFixture(o =>
        {
            o.Embedding.ContextMemories = 1;
            o.Embedding.ContextCharacters = 20;
        });
        f.Embedder.OnGenerate = batch => inputs.AddRange(batch);
        const string reply = "Here is a long answer about trains and buses. Did you ever visit Paris?";
        await f.Memory.AddAsync(Messages(reply, "Yes, last May!"), Verbatim(MemoryFixture.Alice), Ct);

        // The last 20 characters start inside "you"; the cut moves to the next word.
        Assert.Equal([reply, "Yes, last May!", "ever visit Paris?\nYes, last May!"], inputs);
    }

    [Fact]
    public async Task AddAsync_ContextOff_EmbedsEachTextAlone()
    {
        var inputs = new List<string>();
        await using var f = Fixture(0, inputs);
        await f.Memory.AddAsync(Messages("Did you go to Paris?", "Yes, last May!"), Verbatim(MemoryFixture.Alice), Ct);
        Assert.Equal(["Did you go to Paris?", "Yes, last May!"], inputs);
    }

    [Fact]
    public async Task AddAsync_ContextOn_ReadsEarlierAddsOfTheExactScopeOnly()
    {
        var inputs = new List<string>();
        await using var f = Fixture(2, inputs);
        await f.AddAsync("alice one");
        f.Time.Advance(TimeSpan.FromSeconds(1));
        await f.AddAsync("bob one", MemoryFixture.Bob);
        await f.AddAsync("alice with an agent", new MemoryScope { UserId = "alice", AgentId = "travel" });
        f.Time.Advance(TimeSpan.FromSeconds(1));
        await f.AddAsync("alice two");
        f.Time.Advance(TimeSpan.FromSeconds(1));
        inputs.Clear();

        await f.AddAsync("alice three");

        Assert.Equal(["alice three", "alice one\nalice two\nalice three"], inputs);
    }

    [Fact]
    public async Task AddAsync_ContextOn_ADeletedMemoryGivesNoContext()
    {
        var inputs = new List<string>();
        await using var f = Fixture(1, inputs);
        await f.AddAsync("kept");
        f.Time.Advance(TimeSpan.FromSeconds(1));
        var deleted = await f.AddAsync("deleted secret");
        await f.Memory.DeleteAsync(deleted.Results[0].Id, cancellationToken: Ct);
        f.Time.Advance(TimeSpan.FromSeconds(1));
        inputs.Clear();

        await f.AddAsync("later");

        Assert.Equal(["later", "kept\nlater"], inputs);
    }

    [Fact]
    public async Task AddAsync_ContextOn_MemoriesOfTheSameInstantFromAnotherCallGiveNoContext()
    {
        // Their arrival order cannot be read back (ties are broken by id), so they are left out rather than guessed.
        var inputs = new List<string>();
        await using var f = Fixture(2, inputs);
        await f.AddAsync("same instant");
        inputs.Clear();
        await f.AddAsync("next");
        Assert.Equal(["next"], inputs);
    }

    [Fact]
    public async Task AddAsync_SameTextWithContext_ReusesItsOwnVectorButEmbedsItsContextAgain()
    {
        var inputs = new List<string>();
        await using var f = Fixture(1, inputs);
        await f.AddAsync("Thanks!");
        f.Time.Advance(TimeSpan.FromSeconds(1));
        await f.AddAsync("I adopted a puppy");
        f.Time.Advance(TimeSpan.FromSeconds(1));

        var again = await f.AddAsync("Thanks!");

        Assert.Equal((1, 1, 1), (again.Usage.EmbeddingCalls, again.Usage.EmbeddedTexts, again.Usage.EmbeddingCacheHits));
        Assert.Equal("I adopted a puppy\nThanks!", inputs[^1]);
    }

    [Fact]
    public async Task ImportAsync_ContextOn_UsesListOrderPerScopeAndOlderStoredMemories()
    {
        var inputs = new List<string>();
        await using var f = Fixture(1, inputs);
        var start = f.Time.GetUtcNow();
        await f.Transfer.ImportAsync([TestMemories.Item("stored before", MemoryFixture.Alice, start)], Ct);
        inputs.Clear();

        var later = start.AddMinutes(1);
        await f.Transfer.ImportAsync(
            [
                TestMemories.Item("first", MemoryFixture.Alice, later),
                TestMemories.Item("bob's", MemoryFixture.Bob, later),
                TestMemories.Item("second", MemoryFixture.Alice, later),
            ],
            Ct);

        Assert.Equal(["first", "second", "stored before\nfirst", "first\nsecond", "bob's"], inputs);
    }

    [Fact]
    public async Task SearchAsync_ContextOn_FindsAReplyByWhatItAnswers()
    {
        await using var f = new MemoryFixture(o => (o.Embedding.ContextMemories, o.Fusion.KeywordWeight, o.Context.NeighbourWeight, o.Fusion.LengthPriorWords) = (1, 0, 0, 0));
        await f.Memory.AddAsync(Messages("Did you visit Paris?", "Yes, last May!", "What is your cat called?", "Her name is Luna."), Verbatim(MemoryFixture.Alice), Ct);

        var found = await f.Memory.SearchAsync("visit Paris", new SearchOptions { Scope = MemoryFixture.Alice, Limit = 4 }, Ct);

        var best = found.Results.Take(2).Select(r => r.Memory.Text).ToList();
        Assert.Contains("Did you visit Paris?", best);
        Assert.Contains("Yes, last May!", best);
    }

    [Fact]
    public async Task SearchAsync_ContextOn_ScoresAMemoryByTheCloserOfItsTwoVectors()
    {
        await using var f = new MemoryFixture(o => (o.Embedding.ContextMemories, o.Fusion.KeywordWeight, o.Context.NeighbourWeight, o.Fusion.LengthPriorWords, o.Fusion.EntityWeight) = (1, 0, 0, 0, 0));
        await f.Memory.AddAsync(Messages("We hiked in the Alps all week", "Her cat is called Luna"), Verbatim(MemoryFixture.Alice), Ct);

        var found = await f.Memory.SearchAsync("cat called Luna", new SearchOptions { Scope = MemoryFixture.Alice, Limit = 2, Explain = true }, Ct);

        // The reply's own words match better than the reply read after the hike, so its own vector scores it.
        var query = FakeEmbeddingGenerator.Embed("cat called Luna");
        var own = System.Numerics.Tensors.TensorPrimitives.Dot(query, FakeEmbeddingGenerator.Embed("Her cat is called Luna"));
        var contextual = System.Numerics.Tensors.TensorPrimitives.Dot(query, FakeEmbeddingGenerator.Embed("We hiked in the Alps all week\nHer cat is called Luna"));
        Assert.True(own > contextual);
        Assert.Equal("Her cat is called Luna", found.Results[0].Memory.Text);
        Assert.Equal(own, found.Results[0].Explanation!.Semantic!.Value, 4);
    }

    [Fact]
    public async Task SearchAsync_ContextOn_ContextualVectorsSurviveARestart()
    {
        var directory = Directory.CreateTempSubdirectory("mnemo-tests-").FullName;
        var path = Path.Combine(directory, "mnemo.db");
        try
        {
            await using (var f = new MemoryFixture(o => o.Embedding.ContextMemories = 1, databasePath: path))
            {
                await f.Memory.AddAsync(Messages("Did you visit Paris?", "Yes, last May!"), Verbatim(MemoryFixture.Alice), Ct);
            }

            await using var reopened = new MemoryFixture(databasePath: path);
            var found = await reopened.Memory.SearchAsync(
                "Did you visit Paris?\nYes, last May!", new SearchOptions { Scope = MemoryFixture.Alice, Limit = 2, Explain = true }, Ct);
            var reply = Assert.Single(found.Results, r => r.Memory.Text == "Yes, last May!");
            Assert.Equal(1.0, reply.Explanation!.Semantic!.Value, 4);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task AddAsync_InferWithoutLlm_EmbedsAStatementAfterTheMemoryBeforeIt()
    {
        // The default path: offline statements are the user's own sentences, read in the conversation as turns are.
        var inputs = new List<string>();
        await using var f = Fixture(1, inputs);
        var infer = new AddOptions { Scope = MemoryFixture.Alice };
        await f.Memory.AddAsync("I adopted a dog named Rex.", infer, Ct);
        f.Time.Advance(TimeSpan.FromSeconds(1));
        inputs.Clear();

        var result = await f.Memory.AddAsync("He loves long walks on the beach.", infer, Ct);

        Assert.Equal(["He loves long walks on the beach.", "I adopted a dog named Rex.\nHe loves long walks on the beach."], inputs);
        var added = Assert.Single(result.Results).Id;
        var stored = await f.Store.GetWithEmbeddingAsync(added, Ct);
        Assert.Equal(FakeEmbeddingGenerator.Embed("He loves long walks on the beach."), stored!.Embedding.ToArray());
        Assert.Equal((added, 1.0), await ClosestByVectorAsync(f, "I adopted a dog named Rex.\nHe loves long walks on the beach."));
    }

    // The memory whose own or contextual vector is closest to the embedding of text, read from a fresh index of the store.
    private static async Task<(Guid Id, double Similarity)> ClosestByVectorAsync(MemoryFixture f, string text)
    {
        var index = new MemoryIndex(f.Store, f.Time, NullLogger.Instance);
        index.Initialize(FakeEmbeddingGenerator.Embed("x").Length);
        var found = await new IndexSearcher(index, f.Store).SearchAsync(
            new IndexQuery { Scope = MemoryFixture.Alice, Vector = FakeEmbeddingGenerator.Embed(text), AsOf = f.Time.GetUtcNow(), Candidates = 1 }, Ct);
        return (found[0].Memory.Id, Math.Round(found[0].Similarity!.Value, 4));
    }

    [Fact]
    public async Task AddAsync_InferWithLlm_ExtractedFactsGetNoContextualVector()
    {
        var inputs = new List<string>();
        var chat = new FakeChatClient().Then(
            """{"operations": [{"event": "ADD", "text": "Has a dog named Rex"}]}""",
            """{"operations": [{"event": "ADD", "text": "Rex loves the beach"}]}""");
        await using var f = new MemoryFixture(o => o.Embedding.ContextMemories = 1, chat: chat);
        f.Embedder.OnGenerate = batch => inputs.AddRange(batch);
        var infer = new AddOptions { Scope = MemoryFixture.Alice };
        await f.Memory.AddAsync("I adopted a dog named Rex.", infer, Ct);
        f.Time.Advance(TimeSpan.FromSeconds(1));

        var result = await f.Memory.AddAsync("He loves long walks on the beach.", infer, Ct);

        Assert.DoesNotContain(inputs, i => i.Contains('\n', StringComparison.Ordinal));
        var (_, similarity) = await ClosestByVectorAsync(f, "Has a dog named Rex\nRex loves the beach");
        Assert.True(similarity < 0.99, $"a stored vector matched the contextual input ({similarity})");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(17)]
    public void Validate_ContextOutOfRange_Throws(int context)
    {
        var options = new MnemoOptions { Embedding = { ContextMemories = context } };
        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(options.Validate);
        Assert.Contains("Embedding.ContextMemories", error.Message, StringComparison.Ordinal);
    }
}
