using Xunit;

namespace Mnemo.MemoryConformance;

public abstract partial class MemoryConformanceTests
{
    [Fact]
    public async Task Tenancy_SameUserIdInAnotherTenant_SearchesAndListsOnlyItsOwnMemories()
    {
        var name = "user-" + Guid.NewGuid().ToString("N")[..12];
        var ours = NewUser(Tenant, name);
        var theirs = NewUser(OtherTenant, name);
        var mine = await RememberAsync(ours, "My locker code is 4711");
        var other = await RememberAsync(theirs, "My locker code is 0815", tenant: OtherTenant);

        var theirSearch = await OtherTenant.Memory.SearchAsync("locker code", new SearchOptions { Scope = theirs }, Ct);
        var ourSearch = await Memory.SearchAsync("locker code", new SearchOptions { Scope = ours }, Ct);

        Assert.Equal(other, Assert.Single(theirSearch.Results).Memory.Id);
        Assert.Equal(OtherTenant.ProjectId, theirSearch.Results[0].Memory.Scope.ProjectId);
        Assert.Equal(mine, Assert.Single(ourSearch.Results).Memory.Id);
        Assert.Equal(other, Assert.Single(await AllAsync(theirs, OtherTenant)).Id);
    }

    [Fact]
    public async Task Tenancy_AnotherTenantDeletesAndForgetsTheSameUserId_OursStayIntact()
    {
        var name = "user-" + Guid.NewGuid().ToString("N")[..12];
        var ours = NewUser(Tenant, name);
        var theirs = NewUser(OtherTenant, name);
        var mine = await RememberAsync(ours, "My locker code is 4711");
        await RememberAsync(theirs, "My locker code is 0815", tenant: OtherTenant);

        Assert.Equal(1, await OtherTenant.Memory.DeleteAllAsync(theirs, Ct));
        var receipt = await OtherTenant.Memory.ForgetAsync(theirs, Ct);

        Assert.Equal(0, receipt.Memories);
        Assert.Equal(mine, Assert.Single(await AllAsync(ours)).Id);
        Assert.Single(await Memory.HistoryAsync(mine, Tenant.Scope, Ct));
    }

    [Fact]
    public async Task Tenancy_AnotherTenantsMemoryId_IsNotFoundAndChangesNothing()
    {
        var theirs = NewUser(OtherTenant);
        var id = await RememberAsync(theirs, "My locker code is 0815", tenant: OtherTenant);
        var unknown = Guid.CreateVersion7();

        // Exactly the answers of an unknown id, so a caller cannot tell that the other tenant's id exists.
        Assert.Null(await Memory.GetAsync(id, Tenant.Scope, Ct));
        Assert.Null(await Memory.GetAsync(unknown, Tenant.Scope, Ct));
        Assert.Empty(await Memory.HistoryAsync(id, Tenant.Scope, Ct));
        var update = await Assert.ThrowsAsync<MemoryNotFoundException>(() => Memory.UpdateAsync(id, new MemoryUpdate { Text = "My locker code is 1234" }, Tenant.Scope, Ct));
        var updateUnknown = await Assert.ThrowsAsync<MemoryNotFoundException>(() => Memory.UpdateAsync(unknown, new MemoryUpdate { Text = "My locker code is 1234" }, Tenant.Scope, Ct));
        var delete = await Assert.ThrowsAsync<MemoryNotFoundException>(() => Memory.DeleteAsync(id, Tenant.Scope, Ct));
        Assert.Equal(id, update.Id);
        Assert.Equal(id, delete.Id);
        Assert.Equal(updateUnknown.Message.Replace(unknown.ToString(), "ID", StringComparison.Ordinal), update.Message.Replace(id.ToString(), "ID", StringComparison.Ordinal));

        var stored = await OtherTenant.Memory.GetAsync(id, OtherTenant.Scope, Ct);
        Assert.Equal("My locker code is 0815", stored!.Text);
        Assert.Equal(MemoryEventType.Add, Assert.Single(await OtherTenant.Memory.HistoryAsync(id, OtherTenant.Scope, Ct)).Event);
        Assert.Equal(id, Assert.Single((await OtherTenant.Memory.SearchAsync("locker code", new SearchOptions { Scope = theirs }, Ct)).Results).Memory.Id);
    }

    [Fact]
    public async Task ById_ScopeOfAnotherUser_IsNotFoundAndChangesNothing()
    {
        var alice = NewUser();
        var bob = NewUser();
        var id = await RememberAsync(alice, "I drink cortado");

        Assert.Null(await Memory.GetAsync(id, bob, Ct));
        Assert.Empty(await Memory.HistoryAsync(id, bob, Ct));
        await Assert.ThrowsAsync<MemoryNotFoundException>(() => Memory.UpdateAsync(id, new MemoryUpdate { Text = "I drink tea" }, bob, Ct));
        await Assert.ThrowsAsync<MemoryNotFoundException>(() => Memory.DeleteAsync(id, bob, Ct));

        Assert.Equal("I drink cortado", (await Memory.GetAsync(id, alice, Ct))!.Text);
        Assert.Single(await Memory.HistoryAsync(id, alice, Ct));
        Assert.Equal("I drink tea", (await Memory.UpdateAsync(id, new MemoryUpdate { Text = "I drink tea" }, alice, Ct)).Text);
    }

    [Fact]
    public async Task ById_BlankIdInScope_ThrowsValidationNamingIt()
    {
        var error = await Assert.ThrowsAsync<MemoryValidationException>(() => Memory.GetAsync(Guid.CreateVersion7(), Tenant.Scope with { UserId = " " }, Ct));

        Assert.Equal("user_id", error.Field);
    }
}
