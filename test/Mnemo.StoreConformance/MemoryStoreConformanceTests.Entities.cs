using Xunit;

namespace Mnemo.StoreConformance;

/// <summary>Entity listing: counts per user, agent, app and run id, inside a project, over active memories.</summary>
public abstract partial class MemoryStoreConformanceTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ListEntities_MemoriesWithSeveralIds_CountsEachIdOrderedByKindThenName(bool interfaceDefault)
    {
        var store = await EntityStoreAsync(interfaceDefault);
        var project = new MemoryScope { ProjectId = "P" };
        await PutAsync(
            store,
            Memory("alice one", project with { UserId = "alice" }, Now.AddHours(-3)),
            Memory("alice two", project with { UserId = "alice", AgentId = "helper", RunId = "r1" }, Now.AddHours(-1)) with { UpdatedAt = Now },
            Memory("bob one", project with { UserId = "bob", AppId = "web" }, Now.AddHours(-2)),
            Memory("agent only", project with { AgentId = "helper" }, Now.AddHours(-2)));

        var entities = await store.ListEntitiesAsync(List(project), Ct);

        Assert.Equal(
            ["User alice 2", "User bob 1", "Agent helper 2", "App web 1", "Run r1 1"],
            entities.Select(e => $"{e.Kind} {e.Name} {e.MemoryCount}"));
        var alice = entities[0];
        Assert.Equal(Now.AddHours(-3), alice.FirstCreatedAt);
        Assert.Equal(Now, alice.LastUpdatedAt);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ListEntities_OtherProjectsExpiredAndFilteredOut_AreNotCounted(bool interfaceDefault)
    {
        var store = await EntityStoreAsync(interfaceDefault);
        var project = new MemoryScope { ProjectId = "P" };
        await PutAsync(
            store,
            Memory("kept", project with { UserId = "alice" }) with { Metadata = Meta("""{"topic":"tea"}""") },
            Memory("other topic", project with { UserId = "carol" }) with { Metadata = Meta("""{"topic":"golf"}""") },
            Memory("expired", project with { UserId = "dave" }) with { ExpiresAt = Now.AddMinutes(-1) },
            Memory("other project", new MemoryScope { ProjectId = "Q", UserId = "eve" }),
            Memory("default project", MemoryScope.User("frank")));

        var filtered = await store.ListEntitiesAsync(List(project, """{"metadata.topic":"tea"}"""), Ct);
        var all = await store.ListEntitiesAsync(List(project), Ct);
        var withExpired = await store.ListEntitiesAsync(List(project) with { IncludeExpired = true }, Ct);

        Assert.Equal(["alice"], filtered.Select(e => e.Name));
        Assert.Equal(["alice", "carol"], all.Select(e => e.Name));
        Assert.Equal(["alice", "carol", "dave"], withExpired.Select(e => e.Name));
        Assert.Equal(["frank"], (await store.ListEntitiesAsync(List(new MemoryScope()), Ct)).Select(e => e.Name));
    }

    /// <summary>The store, or (<paramref name="interfaceDefault"/>) the store behind the interface's default listing.</summary>
    private async Task<IMemoryStore> EntityStoreAsync(bool interfaceDefault)
    {
        var store = await StoreAsync();
        return interfaceDefault ? new DefaultEntityListingStore(store) : store;
    }
}
