using Xunit;

namespace Mnemo.MemoryConformance;

public abstract partial class MemoryConformanceTests
{
    [Fact]
    public async Task GetAsync_UnknownId_ReturnsNull()
    {
        Assert.Null(await Memory.GetAsync(Guid.NewGuid(), Tenant.Scope, Ct));
    }

    [Fact]
    public async Task UpdateAsync_NewText_ChangesTextHashSearchAndHistory()
    {
        var user = NewUser();
        var id = await RememberAsync(user, "I drink cortado");

        var updated = await Memory.UpdateAsync(id, new MemoryUpdate { Text = "I drink flat white", ActorId = "barista" }, Tenant.Scope, Ct);

        Assert.Equal(("I drink flat white", MemoryHash.Compute("I drink flat white")), (updated.Text, updated.Hash));
        Assert.Equal(user, updated.Scope);
        Assert.Equal(updated.Text, (await Memory.GetAsync(id, Tenant.Scope, Ct))!.Text);
        Assert.Equal(id, (await Memory.SearchAsync("flat white", new SearchOptions { Scope = user }, Ct)).Results[0].Memory.Id);
        var history = await Memory.HistoryAsync(id, Tenant.Scope, Ct);
        Assert.Equal([MemoryEventType.Add, MemoryEventType.Update], history.Select(h => h.Event));
        Assert.Equal((null, "I drink cortado"), (history[0].OldText, history[0].NewText));
        Assert.Equal(("I drink cortado", "I drink flat white", "barista"), (history[1].OldText, history[1].NewText, history[1].ActorId));
        Assert.All(history, h => Assert.Equal((id, user), (h.MemoryId, h.Scope)));
        Assert.True(history[0].CreatedAt <= history[1].CreatedAt);
    }

    [Fact]
    public async Task UpdateAsync_MetadataOnly_HistoryRecordsTheOldAndNewMetadata()
    {
        var user = NewUser();
        var id = await RememberAsync(user, "I drink cortado", Meta(("topic", "coffee")));

        await Memory.UpdateAsync(id, new MemoryUpdate { Metadata = Meta(("topic", "drinks")) }, Tenant.Scope, Ct);

        var change = (await Memory.HistoryAsync(id, Tenant.Scope, Ct))[^1];
        Assert.Equal(MemoryEventType.Update, change.Event);
        Assert.Equal(Raw(Meta(("topic", "coffee"))), Raw(change.OldMetadata!));
        Assert.Equal(Raw(Meta(("topic", "drinks"))), Raw(change.NewMetadata!));
        Assert.Null(change.OldCategories);
        Assert.Null(change.NewCategories);
        Assert.Null(change.NewExpiresAt);
    }

    [Fact]
    public async Task UpdateAsync_CategoriesAndExpiry_HistoryRecordsTheirOldAndNewValues()
    {
        var user = NewUser();
        var id = await RememberAsync(user, "I drink cortado");
        var expires = new DateTimeOffset(2099, 6, 1, 0, 0, 0, TimeSpan.Zero);

        await Memory.UpdateAsync(id, new MemoryUpdate { Categories = ["food"], ExpiresAt = expires }, Tenant.Scope, Ct);
        await Memory.UpdateAsync(id, new MemoryUpdate { Categories = ["food"], ExpiresAt = expires.AddDays(1) }, Tenant.Scope, Ct);

        var history = await Memory.HistoryAsync(id, Tenant.Scope, Ct);
        Assert.Empty(history[1].OldCategories!);
        Assert.Equal(["food"], history[1].NewCategories!);
        Assert.Equal(((DateTimeOffset?)null, (DateTimeOffset?)expires), (history[1].OldExpiresAt, history[1].NewExpiresAt));
        Assert.Null(history[1].NewMetadata);
        Assert.Null(history[2].NewCategories);
        Assert.Equal(((DateTimeOffset?)expires, (DateTimeOffset?)expires.AddDays(1)), (history[2].OldExpiresAt, history[2].NewExpiresAt));
    }

    [Fact]
    public async Task UpdateAsync_MetadataCategoriesAndExpiry_ReplacesThemAndKeepsTheText()
    {
        var user = NewUser();
        var id = await RememberAsync(user, "I drink cortado", Meta(("topic", "coffee")));
        var expires = new DateTimeOffset(2099, 6, 1, 0, 0, 0, TimeSpan.Zero);

        var updated = await Memory.UpdateAsync(id, new MemoryUpdate { Metadata = Meta(("topic", "drinks"), ("strength", 2)), Categories = ["food"], ExpiresAt = expires }, Tenant.Scope, Ct);

        var stored = await Memory.GetAsync(id, Tenant.Scope, Ct);
        Assert.NotNull(stored);
        Assert.Equal("I drink cortado", stored.Text);
        Assert.Equal(Raw(Meta(("topic", "drinks"), ("strength", 2))), Raw(stored.Metadata));
        Assert.Equal(["food"], stored.Categories);
        Assert.Equal(expires, stored.ExpiresAt);
        Assert.Equal(Raw(updated.Metadata), Raw(stored.Metadata));
    }

    [Fact]
    public async Task UpdateAsync_UnknownId_ThrowsNotFoundNamingTheId()
    {
        var id = Guid.NewGuid();

        var error = await Assert.ThrowsAsync<MemoryNotFoundException>(() => Memory.UpdateAsync(id, new MemoryUpdate { Text = "I drink tea" }, Tenant.Scope, Ct));

        Assert.Equal(id, error.Id);
        Assert.Contains(id.ToString(), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpdateAsync_BlankText_ThrowsValidationNamingTextAndKeepsTheMemory()
    {
        var user = NewUser();
        var id = await RememberAsync(user, "I drink cortado");

        var error = await Assert.ThrowsAsync<MemoryValidationException>(() => Memory.UpdateAsync(id, new MemoryUpdate { Text = "  " }, Tenant.Scope, Ct));

        Assert.Equal("text", error.Field);
        Assert.Equal("I drink cortado", (await Memory.GetAsync(id, Tenant.Scope, Ct))!.Text);
    }

    [Fact]
    public async Task UpdateAsync_ImmutableMemory_ThrowsValidationAndKeepsTheText()
    {
        var user = NewUser();
        var added = await Memory.AddAsync(
            [new Microsoft.Extensions.AI.ChatMessage(Microsoft.Extensions.AI.ChatRole.User, "My blood type is O negative")],
            new AddOptions { Scope = user, Infer = false, Immutable = true },
            Ct);
        var id = added.Results[0].Id;

        var error = await Assert.ThrowsAsync<MemoryValidationException>(() => Memory.UpdateAsync(id, new MemoryUpdate { Text = "My blood type is A" }, Tenant.Scope, Ct));

        Assert.Contains("immutable", error.Message, StringComparison.Ordinal);
        Assert.Equal("My blood type is O negative", (await Memory.GetAsync(id, Tenant.Scope, Ct))!.Text);
    }

    [Fact]
    public async Task DeleteAsync_Memory_IsGoneAndHistoryEndsWithDelete()
    {
        var user = NewUser();
        var id = await RememberAsync(user, "I have a dentist appointment on Friday");

        await Memory.DeleteAsync(id, Tenant.Scope, Ct);

        Assert.Null(await Memory.GetAsync(id, Tenant.Scope, Ct));
        Assert.Empty((await Memory.SearchAsync("dentist appointment", new SearchOptions { Scope = user }, Ct)).Results);
        var history = await Memory.HistoryAsync(id, Tenant.Scope, Ct);
        Assert.Equal([MemoryEventType.Add, MemoryEventType.Delete], history.Select(h => h.Event));
        Assert.Equal("I have a dentist appointment on Friday", history[^1].OldText);
        await Assert.ThrowsAsync<MemoryNotFoundException>(() => Memory.DeleteAsync(id, Tenant.Scope, Ct));
    }

    [Fact]
    public async Task DeleteAsync_UnknownId_ThrowsNotFoundNamingTheId()
    {
        var id = Guid.NewGuid();

        var error = await Assert.ThrowsAsync<MemoryNotFoundException>(() => Memory.DeleteAsync(id, Tenant.Scope, Ct));

        Assert.Equal(id, error.Id);
    }

    [Fact]
    public async Task HistoryAsync_UnknownId_IsEmpty()
    {
        Assert.Empty(await Memory.HistoryAsync(Guid.NewGuid(), Tenant.Scope, Ct));
    }
}
