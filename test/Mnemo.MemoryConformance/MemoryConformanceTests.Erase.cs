using Xunit;

namespace Mnemo.MemoryConformance;

public abstract partial class MemoryConformanceTests
{
    [Fact]
    public async Task DeleteAllAsync_User_DeletesOnlyThatUsersMemoriesAndCountsThem()
    {
        var alice = NewUser();
        var bob = NewUser();
        var first = await RememberAsync(alice, "I live in Porto");
        await RememberAsync(alice, "I work as a nurse");
        var bobs = await RememberAsync(bob, "I live in Quito");

        var deleted = await Memory.DeleteAllAsync(alice, Ct);

        Assert.Equal(2, deleted);
        Assert.Empty(await AllAsync(alice));
        Assert.Equal(bobs, Assert.Single(await AllAsync(bob)).Id);
        Assert.Equal(MemoryEventType.Delete, (await Memory.HistoryAsync(first, Tenant.Scope, Ct))[^1].Event);
        Assert.Equal(0, await Memory.DeleteAllAsync(alice, Ct));
    }

    [Fact]
    public async Task DeleteAllAsync_ScopeWithoutAnyId_ThrowsValidationNamingScope()
    {
        var error = await Assert.ThrowsAsync<MemoryValidationException>(() => Memory.DeleteAllAsync(new MemoryScope { ProjectId = Tenant.ProjectId }, Ct));

        Assert.Equal("scope", error.Field);
    }

    [Fact]
    public async Task ForgetAsync_User_ErasesMemoriesAndHistoryAndReturnsTheReceipt()
    {
        var alice = NewUser();
        var bob = NewUser();
        var porto = await RememberAsync(alice, "I live in Porto");
        var nurse = await RememberAsync(alice, "I work as a nurse");
        await Memory.UpdateAsync(nurse, new MemoryUpdate { Text = "I work as a head nurse" }, Tenant.Scope, Ct);
        var bobs = await RememberAsync(bob, "I live in Quito");

        var receipt = await Memory.ForgetAsync(alice, Ct);

        Assert.Equal(alice.UserId, receipt.Scope.UserId);
        Assert.Equal(2, receipt.Memories);
        Assert.Equal(3, receipt.HistoryEntries);
        Assert.Equal(0, receipt.QueuedItems);
        Assert.True(receipt.Duration >= TimeSpan.Zero);
        Assert.Null(await Memory.GetAsync(porto, Tenant.Scope, Ct));
        Assert.Empty(await Memory.HistoryAsync(porto, Tenant.Scope, Ct));
        Assert.Empty(await Memory.HistoryAsync(nurse, Tenant.Scope, Ct));
        Assert.Empty(await AllAsync(alice));
        Assert.Empty((await Memory.SearchAsync("head nurse", new SearchOptions { Scope = alice }, Ct)).Results);
        Assert.Equal(bobs, Assert.Single(await AllAsync(bob)).Id);
        Assert.Single(await Memory.HistoryAsync(bobs, Tenant.Scope, Ct));
    }

    [Fact]
    public async Task ForgetAsync_ScopeWithoutAnyId_ThrowsValidationNamingScope()
    {
        var error = await Assert.ThrowsAsync<MemoryValidationException>(() => Memory.ForgetAsync(new MemoryScope { ProjectId = Tenant.ProjectId }, Ct));

        Assert.Equal("scope", error.Field);
    }

    [Fact]
    public async Task ResetAsync_Tenant_LeavesNoMemoryOfItsUsers()
    {
        var alice = NewUser();
        var id = await RememberAsync(alice, "I live in Porto");

        await Memory.ResetAsync(Ct);

        Assert.Null(await Memory.GetAsync(id, Tenant.Scope, Ct));
        Assert.Empty(await AllAsync(alice));
    }
}
