using Xunit;

namespace Mnemo.StoreConformance;

/// <summary>Actor listing: the distinct actors of a scope and its sub-scopes, current after every write.</summary>
public abstract partial class MemoryStoreConformanceTests
{
    [Fact]
    public async Task ListActors_Scope_IncludesSubScopesAndNoOtherTenant()
    {
        var store = await StoreAsync();
        await PutAsync(
            store,
            Memory("hiking", Alice) with { ActorId = "Melanie" },
            Memory("pottery", Alice with { AgentId = "coach" }) with { ActorId = "Caroline" },
            Memory("again", Alice) with { ActorId = "Melanie" },
            Memory("expired", Alice) with { ActorId = "Gina", ExpiresAt = Now.AddDays(-1) },
            Memory("no actor", Alice),
            Memory("bob's", Bob) with { ActorId = "Zed" },
            Memory("other project", new MemoryScope { ProjectId = "two", UserId = "alice" }) with { ActorId = "Quinn" });

        Assert.Equal(["Caroline", "Gina", "Melanie"], await store.ListActorsAsync(Alice, Ct));
        Assert.Equal(["Caroline"], await store.ListActorsAsync(Alice with { AgentId = "coach" }, Ct));
        Assert.Equal(["Zed"], await store.ListActorsAsync(Bob, Ct));
        Assert.Empty(await store.ListActorsAsync(MemoryScope.User("nobody"), Ct));
    }

    [Fact]
    public async Task ListActors_AfterWrites_FollowsTheCurrentMemories()
    {
        var store = await StoreAsync();
        var melanie = Memory("hiking", Alice) with { ActorId = "Melanie" };
        var caroline = Memory("pottery", Alice) with { ActorId = "Caroline" };
        await PutAsync(store, melanie, caroline);
        Assert.Equal(["Caroline", "Melanie"], await store.ListActorsAsync(Alice, Ct));

        await store.ApplyAsync(new MemoryChangeSet { Deletes = [melanie.Id] }, Ct);
        Assert.Equal(["Caroline"], await store.ListActorsAsync(Alice, Ct));

        await store.ApplyAsync(new MemoryChangeSet { Upserts = [Stored(caroline with { ActorId = "Nate", UpdatedAt = Now.AddMinutes(1) })] }, Ct);
        Assert.Equal(["Nate"], await store.ListActorsAsync(Alice, Ct));

        await store.ForgetAsync(Alice, Ct);
        Assert.Empty(await store.ListActorsAsync(Alice, Ct));
    }
}
