using Xunit;

namespace Mnemo.StoreConformance;

/// <summary>Listing: paging, orders, scope rules, streaming.</summary>
public abstract partial class MemoryStoreConformanceTests
{
    [Fact]
    public async Task List_PagesThroughTies_StableNoOverlapWithTotal()
    {
        var store = await StoreAsync();
        var items = Enumerable.Range(0, 25).Select(i => Memory($"same time {i}")).ToArray();
        await PutAsync(store, items);

        var seen = new List<Guid>();
        for (var offset = 0; offset < 30; offset += 10)
        {
            var page = await store.ListAsync(List(Alice) with { Offset = offset, Limit = 10 }, Ct);
            Assert.Equal(25, page.TotalCount);
            Assert.Equal((offset / 10) + 1, page.Page);
            Assert.Equal(offset + 10 < 25, page.HasNext);
            seen.AddRange(page.Items.Select(i => i.Id));
        }

        Assert.Equal(25, seen.Count);
        Assert.Equal(25, seen.Distinct().Count());
        var again = await store.ListAsync(List(Alice) with { Offset = 10, Limit = 10 }, Ct);
        Assert.Equal(seen.Skip(10).Take(10), again.Items.Select(i => i.Id));
    }

    [Theory]
    [InlineData(MemoryOrder.CreatedDescending)]
    [InlineData(MemoryOrder.CreatedAscending)]
    [InlineData(MemoryOrder.UpdatedDescending)]
    [InlineData(MemoryOrder.ObservedDescending)]
    [InlineData(MemoryOrder.ObservedAscending)]
    public async Task List_EachOrder_SortsWithIdTieBreak(MemoryOrder order)
    {
        var store = await StoreAsync();
        var items = Enumerable.Range(0, 12).Select(i =>
        {
            var item = Memory($"ordered {i}", created: Now.AddMinutes(-(i % 4)));
            return item with { UpdatedAt = Now.AddMinutes(i % 3), ObservedAt = Now.AddMinutes(-(i % 5)) };
        }).ToArray();
        await PutAsync(store, items);

        var listed = (await store.ListAsync(List(Alice) with { Order = order }, Ct)).Items.Select(i => i.Id).ToList();

        var byId = StringComparer.Ordinal;
        var expected = order switch
        {
            MemoryOrder.CreatedDescending => items.OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Id.ToString(), byId),
            MemoryOrder.CreatedAscending => items.OrderBy(i => i.CreatedAt).ThenBy(i => i.Id.ToString(), byId),
            MemoryOrder.UpdatedDescending => items.OrderByDescending(i => i.UpdatedAt).ThenByDescending(i => i.Id.ToString(), byId),
            MemoryOrder.ObservedDescending => items.OrderByDescending(i => i.ObservedAt).ThenByDescending(i => i.Id.ToString(), byId),
            _ => items.OrderBy(i => i.ObservedAt).ThenBy(i => i.Id.ToString(), byId),
        };
        Assert.Equal(expected.Select(i => i.Id), listed);
    }

    [Fact]
    public async Task List_PartialScopes_MatchEveryMemoryWithThoseIds()
    {
        var store = await StoreAsync();
        await PutAsync(
            store,
            Memory("alice alone"),
            Memory("alice with x", new MemoryScope { UserId = "alice", AgentId = "x" }),
            Memory("alice with y in run", new MemoryScope { UserId = "alice", AgentId = "y", RunId = "r1" }),
            Memory("bob with x", new MemoryScope { UserId = "bob", AgentId = "x", AppId = "app" }));

        Assert.Equal(["alice alone", "alice with x", "alice with y in run"], await TextsAsync(store, List(Alice)));
        Assert.Equal(["alice with x"], await TextsAsync(store, List(new MemoryScope { UserId = "alice", AgentId = "x" })));
        Assert.Equal(["alice with x", "bob with x"], await TextsAsync(store, List(MemoryScope.Agent("x"))));
        Assert.Equal(["alice with y in run"], await TextsAsync(store, List(MemoryScope.Run("r1"))));
        Assert.Equal(["bob with x"], await TextsAsync(store, List(new MemoryScope { AppId = "app" })));
        Assert.Empty(await TextsAsync(store, List(new MemoryScope { UserId = "bob", AgentId = "y" })));
    }

    [Fact]
    public async Task List_ScopeOfOneProject_NeverSeesAnotherProject()
    {
        var store = await StoreAsync();
        await PutAsync(
            store,
            Memory("default project", Alice),
            Memory("project a", Alice with { ProjectId = "A" }),
            Memory("project b", Alice with { ProjectId = "B" }));

        Assert.Equal(["default project"], await TextsAsync(store, List(Alice)));
        Assert.Equal(["project a"], await TextsAsync(store, List(Alice with { ProjectId = "A" })));
        Assert.Equal(["project b"], await TextsAsync(store, List(Alice with { ProjectId = "B" })));
        Assert.Empty(await TextsAsync(store, List(Alice with { ProjectId = "C" })));
        Assert.Equal(["default project", "project a", "project b"], await TextsAsync(store, List(null)));
    }

    [Fact]
    public async Task Stream_IgnoresPaging_ReturnsAllInOrder()
    {
        var store = await StoreAsync();
        var items = Enumerable.Range(0, 7).Select(i => Memory($"streamed {i}", created: Now.AddMinutes(i - 10))).ToArray();
        await PutAsync(store, items);
        await PutAsync(store, Memory("other user", Bob));

        var streamed = new List<Guid>();
        await foreach (var item in store.StreamAsync(List(Alice) with { Limit = 2, Offset = 3, Order = MemoryOrder.CreatedAscending }, Ct))
        {
            streamed.Add(item.Id);
        }

        Assert.Equal(items.Select(i => i.Id), streamed);
    }
}
