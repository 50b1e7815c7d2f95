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
        Assert.Single(await Memory.HistoryAsync(mine, Ct));
    }

    [Fact]
    public async Task Tenancy_AnotherTenantsMemoryId_IsNotFound()
    {
        Assert.SkipWhen(IdIsolationSkipReason is not null, IdIsolationSkipReason ?? string.Empty);
        var theirs = NewUser(OtherTenant);
        var id = await RememberAsync(theirs, "My locker code is 0815", tenant: OtherTenant);

        Assert.Null(await Memory.GetAsync(id, Ct));
        Assert.Empty(await Memory.HistoryAsync(id, Ct));
        Assert.Equal(id, (await Assert.ThrowsAsync<MemoryNotFoundException>(() => Memory.UpdateAsync(id, new MemoryUpdate { Text = "My locker code is 1234" }, Ct))).Id);
        Assert.Equal(id, (await Assert.ThrowsAsync<MemoryNotFoundException>(() => Memory.DeleteAsync(id, Ct))).Id);
        var stored = await OtherTenant.Memory.GetAsync(id, Ct);
        Assert.Equal("My locker code is 0815", stored!.Text);
        Assert.Single(await OtherTenant.Memory.HistoryAsync(id, Ct));
    }
}
