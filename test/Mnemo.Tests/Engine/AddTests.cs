using System.Text.Json;
using Microsoft.Extensions.AI;

namespace Mnemo.Tests.Engine;

public sealed class AddTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AddAsync_InferOff_StoresEachUserAndAssistantMessageVerbatim()
    {
        await using var f = new MemoryFixture();
        var result = await f.Memory.AddAsync(
            [
                new ChatMessage(ChatRole.System, "You are a helpful assistant."),
                new ChatMessage(ChatRole.User, "Je m'appelle Amélie et j'adore le café.") { AuthorName = "amelie" },
                new ChatMessage(ChatRole.Assistant, "Enchanté, Amélie !"),
                new ChatMessage(ChatRole.User, "   "),
            ],
            new AddOptions { Scope = MemoryFixture.Alice, Infer = false, ObservedAt = new DateTimeOffset(2023, 5, 8, 13, 56, 0, TimeSpan.Zero) },
            Ct);

        Assert.Equal(2, result.Results.Count);
        Assert.All(result.Results, r => Assert.Equal(MemoryEventType.Add, r.Event));
        var first = await f.Memory.GetAsync(result.Results[0].Id, cancellationToken: Ct);
        Assert.NotNull(first);
        Assert.Equal("Je m'appelle Amélie et j'adore le café.", first.Text);
        Assert.Equal(("user", "amelie"), (first.Role, first.ActorId));
        Assert.Equal(new DateTimeOffset(2023, 5, 8, 13, 56, 0, TimeSpan.Zero), first.ObservedAt);
        Assert.Equal(first.ObservedAt, first.ValidFrom);
        Assert.Equal(f.Time.GetUtcNow(), first.CreatedAt);
        Assert.Equal(MemoryHash.Compute(first.Text), first.Hash);
        var second = await f.Memory.GetAsync(result.Results[1].Id, cancellationToken: Ct);
        Assert.Equal("assistant", second!.Role);
    }

    [Fact]
    public async Task AddAsync_BatchOfMessages_EmbedsInOneCall()
    {
        await using var f = new MemoryFixture();
        var before = f.Embedder.Calls;
        var result = await f.Memory.AddAsync(
            Enumerable.Range(0, 20).Select(i => new ChatMessage(ChatRole.User, $"fact number {i}")),
            new AddOptions { Scope = MemoryFixture.Alice, Infer = false },
            Ct);
        Assert.Equal(20, result.Results.Count);
        Assert.Equal((1, 20), (result.Usage.EmbeddingCalls, result.Usage.EmbeddedTexts));
        Assert.Equal(before + 1, f.Embedder.Calls);
    }

    [Fact]
    public async Task AddAsync_SameTextAgainInTheScope_ReusesTheStoredVector()
    {
        await using var f = new MemoryFixture();
        await f.AddAsync("I like green tea");
        var again = await f.AddAsync("I like green tea");
        Assert.Equal((0, 1), (again.Usage.EmbeddingCalls, again.Usage.EmbeddingCacheHits));
    }

    [Fact]
    public async Task AddAsync_SameTextInAnotherScopeOrProject_IsNotACacheHit()
    {
        // A hit there would tell one user (or tenant) that someone else stored that exact text.
        await using var f = new MemoryFixture();
        await f.AddAsync("Bob has a rare disease");
        var otherUser = await f.AddAsync("Bob has a rare disease", MemoryFixture.Bob);
        var otherProject = await f.AddAsync("Bob has a rare disease", new MemoryScope { UserId = "alice", ProjectId = "acme" });
        Assert.Equal((1, 0), (otherUser.Usage.EmbeddingCalls, otherUser.Usage.EmbeddingCacheHits));
        Assert.Equal((1, 0), (otherProject.Usage.EmbeddingCalls, otherProject.Usage.EmbeddingCacheHits));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t")]
    public async Task AddAsync_EmptyText_ThrowsAndStoresNothing(string text)
    {
        await using var f = new MemoryFixture();
        var error = await Assert.ThrowsAsync<MemoryValidationException>(() => f.AddAsync(text));
        Assert.Equal("messages", error.Field);
        var page = await f.Memory.ListAsync(new ListOptions { Scope = MemoryFixture.Alice }, Ct);
        Assert.Equal(0, page.TotalCount);
        Assert.Equal(0, f.Embedder.Calls);
    }

    [Fact]
    public async Task AddAsync_EmptyScope_Throws()
    {
        await using var f = new MemoryFixture();
        var error = await Assert.ThrowsAsync<MemoryValidationException>(
            () => f.Memory.AddAsync("hello there", new AddOptions { Scope = new MemoryScope { ProjectId = "p" } }, Ct));
        Assert.Equal("scope", error.Field);
    }

    [Theory]
    [InlineData("user_id")]
    [InlineData("USER_ID")]
    [InlineData("project_id")]
    [InlineData("agent_id")]
    public async Task AddAsync_IdentityKeyInMetadata_IsRejected(string key)
    {
        await using var f = new MemoryFixture();
        var metadata = new Dictionary<string, JsonElement> { [key] = JsonSerializer.SerializeToElement("bob") };
        var error = await Assert.ThrowsAsync<MemoryValidationException>(
            () => f.Memory.AddAsync("I moved to Lyon", new AddOptions { Scope = MemoryFixture.Alice, Metadata = metadata }, Ct));
        Assert.Equal("metadata", error.Field);
        Assert.Equal(0, (await f.Memory.ListAsync(new ListOptions { Scope = MemoryFixture.Bob }, Ct)).TotalCount);
    }

    [Fact]
    public async Task AddAsync_TextOverLimit_IsRejected()
    {
        await using var f = new MemoryFixture(o => o.MaxTextLength = 100);
        await Assert.ThrowsAsync<MemoryValidationException>(() => f.AddAsync(new string('x', 101)));
    }

    [Fact]
    public async Task AddAsync_PastedDocumentOf200kCharacters_IsStoredWholeAndFoundByAWordNearItsEnd()
    {
        await using var f = new MemoryFixture();
        var document = string.Concat(Enumerable.Repeat("The quarterly report covers revenue and churn. ", 4_300)) + "Appendix: zanzibarite deposits.";

        var added = await f.AddAsync(document, options: new AddOptions { Scope = MemoryFixture.Alice, Infer = false });
        var found = await f.Memory.SearchAsync("zanzibarite", new SearchOptions { Scope = MemoryFixture.Alice }, Ct);

        Assert.True(document.Length > 200_000);
        Assert.Equal(document, (await f.Memory.GetAsync(added.Results[0].Id, cancellationToken: Ct))!.Text);
        Assert.Equal(added.Results[0].Id, found.Results[0].Memory.Id);
    }

    [Fact]
    public async Task AddAsync_EmbedderFails_NothingIsStored()
    {
        await using var f = new MemoryFixture();
        f.Embedder.OnGenerate = texts => throw new HttpRequestException("provider down");
        await Assert.ThrowsAsync<HttpRequestException>(() => f.AddAsync("I have two kids"));
        f.Embedder.OnGenerate = null;
        Assert.Equal(0, (await f.Memory.ListAsync(new ListOptions { Scope = MemoryFixture.Alice }, Ct)).TotalCount);
    }

    [Fact]
    public async Task AddAsync_ConcurrentAddsInOneAndManyScopes_AllLand()
    {
        await using var f = new MemoryFixture();
        var tasks = Enumerable.Range(0, 40).Select(i => f.AddAsync($"note {i} about topic {i % 5}", MemoryScope.User($"u{i % 4}")));
        await Task.WhenAll(tasks);
        for (var u = 0; u < 4; u++)
        {
            Assert.Equal(10, (await f.Memory.ListAsync(new ListOptions { Scope = MemoryScope.User($"u{u}") }, Ct)).TotalCount);
        }
    }
}
