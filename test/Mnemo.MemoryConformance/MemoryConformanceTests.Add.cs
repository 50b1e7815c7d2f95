using Microsoft.Extensions.AI;
using Xunit;

namespace Mnemo.MemoryConformance;

public abstract partial class MemoryConformanceTests
{
    [Fact]
    public async Task AddAsync_VerbatimTurns_StoresEachTurnWithScopeRoleAndHash()
    {
        var user = NewUser();
        var result = await Memory.AddAsync(
            [new ChatMessage(ChatRole.User, "I take oat milk in my coffee"), new ChatMessage(ChatRole.Assistant, "You take oat milk in your coffee, noted for next time")],
            new AddOptions { Scope = user, Infer = false },
            Ct);

        Assert.Equal("verbatim", result.Extractor);
        Assert.Equal([MemoryEventType.Add, MemoryEventType.Add], result.Results.Select(r => r.Event));
        Assert.Equal(["I take oat milk in my coffee", "You take oat milk in your coffee, noted for next time"], result.Results.Select(r => r.Memory));
        var first = await Memory.GetAsync(result.Results[0].Id, Tenant.Scope, Ct);
        var second = await Memory.GetAsync(result.Results[1].Id, Tenant.Scope, Ct);
        Assert.NotNull(first);
        Assert.NotNull(second);
        Assert.Equal(("I take oat milk in my coffee", "user"), (first.Text, first.Role));
        Assert.Equal("assistant", second.Role);
        Assert.Equal(MemoryHash.Compute(first.Text), first.Hash);
        Assert.Equal(user, first.Scope);
        Assert.Equal(user, second.Scope);
        Assert.Null(first.SupersededBy);
        Assert.False(first.Immutable);
    }

    [Fact]
    public async Task AddAsync_MetadataCategoriesAndTimes_RoundTripExactly()
    {
        var user = NewUser();
        var observed = new DateTimeOffset(2025, 5, 1, 10, 0, 0, 123, TimeSpan.Zero);
        var expires = new DateTimeOffset(2099, 1, 2, 3, 4, 5, TimeSpan.Zero);
        var metadata = Meta(("topic", "coffee"), ("cups", 3), ("tags", new[] { "morning", "home" }), ("decaf", false));
        var result = await Memory.AddAsync(
            [new ChatMessage(ChatRole.User, "I drink three cups of coffee every morning")],
            new AddOptions { Scope = user, Infer = false, Metadata = metadata, Categories = ["food", "habits"], ObservedAt = observed, ExpiresAt = expires, Immutable = true, ActorId = "alice" },
            Ct);

        var item = await Memory.GetAsync(Assert.Single(result.Results).Id, Tenant.Scope, Ct);
        Assert.NotNull(item);
        Assert.Equal(Raw(metadata), Raw(item.Metadata));
        Assert.Equal(["food", "habits"], item.Categories);
        Assert.Equal(observed, item.ObservedAt);
        Assert.Equal(observed, item.ValidFrom);
        Assert.Null(item.ValidTo);
        Assert.Equal(expires, item.ExpiresAt);
        Assert.True(item.Immutable);
        Assert.Equal("alice", item.ActorId);
        Assert.True(item.CreatedAt <= item.UpdatedAt);
    }

    [Fact]
    public async Task AddAsync_InferWithoutLanguageModel_UsesRulesAndReportsSkippedMessages()
    {
        var user = NewUser();
        var result = await Memory.AddAsync(
            [new ChatMessage(ChatRole.User, "Hi!"), new ChatMessage(ChatRole.User, "I love green tea with jasmine.")],
            new AddOptions { Scope = user },
            Ct);

        Assert.Equal("rules", result.Extractor);
        Assert.Equal([new SkippedMessage(0, "greeting")], result.Skipped);
        var added = Assert.Single(result.Results);
        Assert.Equal(MemoryEventType.Add, added.Event);
        Assert.Contains("green tea", added.Memory, StringComparison.Ordinal);
        Assert.Equal(0, result.Usage.LlmCalls);
        Assert.Equal(added.Id, Assert.Single(await AllAsync(user)).Id);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task AddAsync_NoMessageHasText_ThrowsValidationNamingMessagesAndStoresNothing(string text)
    {
        var user = NewUser();
        var error = await Assert.ThrowsAsync<MemoryValidationException>(() =>
            Memory.AddAsync([new ChatMessage(ChatRole.User, text)], new AddOptions { Scope = user, Infer = false }, Ct));

        Assert.Equal("messages", error.Field);
        Assert.Empty(await AllAsync(user));
    }

    [Fact]
    public async Task AddAsync_ReservedMetadataKey_ThrowsValidationNamingMetadata()
    {
        var user = NewUser();
        var error = await Assert.ThrowsAsync<MemoryValidationException>(() => RememberAsync(user, "I live in Porto", Meta(("user_id", "mallory"))));

        Assert.Equal("metadata", error.Field);
        Assert.Contains("user_id", error.Message, StringComparison.Ordinal);
        Assert.Empty(await AllAsync(user));
    }

    [Fact]
    public async Task AddAsync_ScopeWithoutAnyId_ThrowsValidationNamingScope()
    {
        var error = await Assert.ThrowsAsync<MemoryValidationException>(() => RememberAsync(new MemoryScope { ProjectId = Tenant.ProjectId }, "I live in Porto"));

        Assert.Equal("scope", error.Field);
    }

    [Fact]
    public async Task AddAsync_BlankUserId_ThrowsValidationNamingUserId()
    {
        var error = await Assert.ThrowsAsync<MemoryValidationException>(() => RememberAsync(NewUser(name: "  "), "I live in Porto"));

        Assert.Equal("user_id", error.Field);
    }

    [Fact]
    public async Task AddAsync_CancelledToken_ThrowsAndStoresNothing()
    {
        var user = NewUser();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            Memory.AddAsync([new ChatMessage(ChatRole.User, "I collect vintage stamps")], new AddOptions { Scope = user, Infer = false }, cancelled.Token));
        Assert.Empty(await AllAsync(user));
    }
}
