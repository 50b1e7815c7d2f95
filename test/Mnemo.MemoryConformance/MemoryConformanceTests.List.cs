using Xunit;

namespace Mnemo.MemoryConformance;

public abstract partial class MemoryConformanceTests
{
    [Fact]
    public async Task ListAsync_Pages_CoverEveryMemoryOnceInTheAskedOrder()
    {
        var user = NewUser();
        var ids = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add(await RememberAsync(user, $"Fact number {i} about my garden"));
        }

        // The documented order (MemoryOrder): creation time, ties by id. Two adds in the same millisecond (a fast machine
        // does that) tie; the contract orders them by id, whatever order an implementation gives its ids.
        var created = new Dictionary<Guid, DateTimeOffset>();
        foreach (var id in ids)
        {
            created[id] = (await Memory.GetAsync(id, user, Ct))!.CreatedAt;
        }

        ids = [.. ids.OrderBy(id => created[id]).ThenBy(id => id.ToString("D"), StringComparer.Ordinal)];
        var pages = new List<MemoryPage>();
        for (var page = 1; page <= 3; page++)
        {
            pages.Add(await Memory.ListAsync(new ListOptions { Scope = user, Page = page, PageSize = 2, Order = MemoryOrder.CreatedAscending }, Ct));
        }

        Assert.Equal(ids, pages.SelectMany(p => p.Items).Select(i => i.Id));
        Assert.All(pages, p => Assert.Equal(5, p.TotalCount));
        Assert.Equal([true, true, false], pages.Select(p => p.HasNext));
        Assert.Equal([1, 2, 3], pages.Select(p => p.Page));
        Assert.All(pages, p => Assert.Equal(2, p.PageSize));
        var newestFirst = await Memory.ListAsync(new ListOptions { Scope = user }, Ct);
        Assert.Equal(Enumerable.Reverse(ids), newestFirst.Items.Select(i => i.Id));
    }

    [Fact]
    public async Task ListAsync_Filter_ListsOnlyMatchingMemories()
    {
        var user = NewUser();
        await RememberAsync(user, "Sunday tennis with Paul", Meta(("topic", "sport")));
        var lunch = await RememberAsync(user, "Sunday lunch with my sister", Meta(("topic", "family")));

        var page = await Memory.ListAsync(new ListOptions { Scope = user, Filter = MemoryFilter.Parse("""{"topic": {"ne": "sport"}}""") }, Ct);

        Assert.Equal(lunch, Assert.Single(page.Items).Id);
        Assert.Equal(1, page.TotalCount);
    }

    [Fact]
    public async Task ListAsync_OtherUser_IsNotListed()
    {
        var alice = NewUser();
        var bob = NewUser();
        await RememberAsync(alice, "I live in Porto");
        var bobs = await RememberAsync(bob, "I live in Quito");

        Assert.Equal(bobs, Assert.Single(await AllAsync(bob)).Id);
    }

    [Theory]
    [InlineData(0, 10, "page")]
    [InlineData(1, 0, "page_size")]
    [InlineData(1, 1001, "page_size")]
    public async Task ListAsync_PageOutOfRange_ThrowsValidationNamingTheField(int page, int pageSize, string field)
    {
        var error = await Assert.ThrowsAsync<MemoryValidationException>(() => Memory.ListAsync(new ListOptions { Scope = NewUser(), Page = page, PageSize = pageSize }, Ct));

        Assert.Equal(field, error.Field);
    }
}
