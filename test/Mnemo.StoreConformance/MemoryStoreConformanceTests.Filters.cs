using System.Text.Json;
using Xunit;

namespace Mnemo.StoreConformance;

/// <summary>Filters (every operator, typed metadata, dates, categories, logic) and activity rules.</summary>
public abstract partial class MemoryStoreConformanceTests
{
    private static MemoryItem[] FilterData() =>
    [
        Memory("m1 alpha apple pie", created: Now.AddDays(-3)) with
        {
            Metadata = Meta("""{"n": 5, "s": "apple", "b": true, "tags": ["x", "y"], "f": 2.5}"""),
            Categories = ["work", "travel"],
            Role = "user",
            ActorId = "Alice",
            Immutable = true,
        },
        Memory("m2 beta banana bread", created: Now.AddDays(-2)) with
        {
            Metadata = Meta("""{"n": 10, "s": "Banana", "b": false, "tags": ["y"]}"""),
            Categories = ["Work"],
            Role = "user",
            ExpiresAt = Now.AddDays(10),
        },
        Memory("m3 gamma cherry tart", created: Now.AddDays(-1)) with
        {
            Metadata = Meta("""{"n": "5", "s": "cherry"}"""),
            Categories = ["personal"],
            Role = "assistant",
        },
        Memory("m4 delta Éclair"),
    ];

    private static Dictionary<string, JsonElement> Meta(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json)!;

    [Theory]
    [InlineData("""{"n": 5}""", "m1")]
    [InlineData("""{"n": "5"}""", "m3")]
    [InlineData("""{"n": {"eq": 5}}""", "m1")]
    [InlineData("""{"n": {"ne": 5}}""", "m2 m3 m4")]
    [InlineData("""{"n": {"gt": 5}}""", "m2")]
    [InlineData("""{"n": {"gte": 5}}""", "m1 m2")]
    [InlineData("""{"n": {"lt": 10}}""", "m1")]
    [InlineData("""{"n": {"lte": 10}}""", "m1 m2")]
    [InlineData("""{"n": {"gte": 5, "lt": 10}}""", "m1")]
    [InlineData("""{"n": {"in": [5, 7]}}""", "m1")]
    [InlineData("""{"n": {"in": []}}""", "")]
    [InlineData("""{"n": {"nin": [5]}}""", "m2 m3 m4")]
    [InlineData("""{"f": {"gt": 2}}""", "m1")]
    [InlineData("""{"s": {"gt": "b"}}""", "m3")]
    [InlineData("""{"s": {"contains": "an"}}""", "m2")]
    [InlineData("""{"s": {"contains": "AN"}}""", "")]
    [InlineData("""{"s": {"icontains": "bAN"}}""", "m2")]
    [InlineData("""{"s": "*"}""", "m1 m2 m3")]
    [InlineData("""{"b": true}""", "m1")]
    [InlineData("""{"b": false}""", "m2")]
    [InlineData("""{"tags": "y"}""", "m1 m2")]
    [InlineData("""{"tags": {"contains": "x"}}""", "m1")]
    [InlineData("""{"tags": {"in": ["x", "z"]}}""", "m1")]
    [InlineData("""{"metadata": {"n": 10}}""", "m2")]
    [InlineData("""{"metadata.s": "apple"}""", "m1")]
    [InlineData("""{"missing": "*"}""", "")]
    [InlineData("""{"categories": {"contains": "work"}}""", "m1")]
    [InlineData("""{"category": "personal"}""", "m3")]
    [InlineData("""{"categories": {"icontains": "WORK"}}""", "m1 m2")]
    [InlineData("""{"categories": {"in": ["travel", "personal"]}}""", "m1 m3")]
    [InlineData("""{"categories": {"nin": ["work"]}}""", "m2 m3 m4")]
    [InlineData("""{"categories": "*"}""", "m1 m2 m3")]
    [InlineData("""{"role": "user"}""", "m1 m2")]
    [InlineData("""{"role": {"ne": "user"}}""", "m3 m4")]
    [InlineData("""{"role": {"in": ["assistant", "system"]}}""", "m3")]
    [InlineData("""{"actor_id": "*"}""", "m1")]
    [InlineData("""{"memory": {"contains": "apple"}}""", "m1")]
    [InlineData("""{"text": {"icontains": "éCLAIR"}}""", "m4")]
    [InlineData("""{"created_at": {"gte": "2025-05-30T12:00:00.123Z"}}""", "m2 m3 m4")]
    [InlineData("""{"created_at": {"gt": "2025-05-30T12:00:00.123Z"}}""", "m3 m4")]
    [InlineData("""{"created_at": "2025-05-30T12:00:00.123Z"}""", "m2")]
    [InlineData("""{"created_at": {"gte": "2025-05-31", "lt": "2025-06-01"}}""", "m3")]
    [InlineData("""{"created_at": {"lt": "2025-05-30T14:00:00+02:00"}}""", "m1")]
    [InlineData("""{"expires_at": "*"}""", "m2")]
    [InlineData("""{"immutable": true}""", "m1")]
    [InlineData("""{"immutable": false}""", "m2 m3 m4")]
    [InlineData("""{"AND": [{"role": "user"}, {"n": {"gt": 5}}]}""", "m2")]
    [InlineData("""{"OR": [{"n": 5}, {"s": "cherry"}]}""", "m1 m3")]
    [InlineData("""{"NOT": {"role": "user"}}""", "m3 m4")]
    [InlineData("""{"NOT": {"n": 5}}""", "m2 m3 m4")]
    [InlineData("""{"OR": [{"AND": [{"b": true}, {"f": 2.5}]}, {"NOT": {"categories": "*"}}]}""", "m1 m4")]
    [InlineData("""{"OR": []}""", "")]
    [InlineData("""{"AND": []}""", "m1 m2 m3 m4")]
    public async Task List_Filter_MatchesExpected(string filter, string expected)
    {
        var store = await StoreAsync();
        await PutAsync(store, FilterData());
        await PutAsync(store, Memory("m9 other user apple", Bob) with { Metadata = Meta("""{"n": 5}""") });

        var texts = await TextsAsync(store, List(Alice, filter));

        Assert.Equal(expected.Split(' ', StringSplitOptions.RemoveEmptyEntries), texts.Select(t => t.Split(' ')[0]));
    }

    [Theory]
    [InlineData("""{"user_id": "alice"}""", "m1 m2 m3 m4")]
    [InlineData("""{"AND": [{"user_id": "alice"}, {"role": "user"}]}""", "m1 m2")]
    [InlineData("""{"user_id": "bob"}""", "")]
    public async Task Search_FilterRepeatingOrContradictingTheScope_SameAsTheScopeAlone(string filter, string expected)
    {
        // Mem0's v2 clients send the scope's ids again inside filters.
        var store = await StoreAsync();
        await PutAsync(store, FilterData());
        await PutAsync(store, Memory("m9 other user apple", Bob));

        var hits = await store.SearchAsync(Search(Alice, "apple banana cherry date", "apple banana cherry date", filter), Ct);
        var neighbours = await store.GetNeighboursAsync(new NeighbourQuery
        {
            Scope = Alice,
            Ids = [.. hits.Select(h => h.Memory.Id)],
            Radius = 1,
            Filter = MemoryFilter.Parse(filter),
            AsOf = Now.AddHours(1),
        }, Ct);

        Assert.Equal(expected.Split(' ', StringSplitOptions.RemoveEmptyEntries), hits.Select(h => h.Memory.Text.Split(' ')[0]).Order());
        Assert.All(neighbours, n => Assert.Contains(n.Memory.Item.Text.Split(' ')[0], expected.Split(' ')));
    }

    [Fact]
    public async Task List_FilterById_AcceptsAnyGuidSpelling()
    {
        var store = await StoreAsync();
        var items = FilterData();
        await PutAsync(store, items);

        var upper = items[1].Id.ToString("D").ToUpperInvariant();
        var texts = await TextsAsync(store, List(Alice, $$"""{"id": "{{upper}}"}"""));

        Assert.Equal([items[1].Text], texts);
    }

    [Theory]
    [InlineData("""{"immutable": {"gt": true}}""")]
    [InlineData("""{"categories": {"gt": "a"}}""")]
    [InlineData("""{"created_at": {"contains": "2024"}}""")]
    [InlineData("""{"b": {"gt": true}}""")]
    public async Task List_UnsupportedCombination_ThrowsInvalidFilter(string filter)
    {
        var store = await StoreAsync();
        await Assert.ThrowsAsync<InvalidFilterException>(() => store.ListAsync(List(Alice, filter), Ct));
    }

    private static MemoryItem[] ActivityData()
    {
        var superseder = Guid.CreateVersion7();
        var start = Now.AddDays(-10);
        return
        [
            Memory("current fact", created: start),
            Memory("future fact", created: start) with { ValidFrom = Now.AddDays(1) },
            Memory("ended fact", created: start) with { ValidTo = Now.AddDays(-1) },
            Memory("superseded fact", created: start) with { ValidTo = Now.AddDays(-2), SupersededBy = superseder },
            Memory("supersededopen fact", created: start) with { SupersededBy = superseder },
            Memory("expired fact", created: start) with { ExpiresAt = Now.AddHours(-1) },
            Memory("expiring fact", created: start) with { ExpiresAt = Now.AddHours(1) },
        ];
    }

    [Theory]
    [InlineData(0, false, false, "current expiring")]
    [InlineData(0, true, false, "current ended expiring future superseded supersededopen")]
    [InlineData(0, false, true, "current expired expiring")]
    [InlineData(0, true, true, "current ended expired expiring future superseded supersededopen")]
    [InlineData(-72, false, false, "current ended expired expiring superseded")]
    [InlineData(48, false, false, "current future")]
    public async Task ListAndSearch_Activity_FollowsValidityExpiryAndFlags(int asOfHours, bool includeSuperseded, bool includeExpired, string expected)
    {
        var store = await StoreAsync();
        await PutAsync(store, ActivityData());
        var asOf = Now.AddHours(asOfHours);
        var expectedTexts = Sorted(expected.Split(' ').Select(w => w + " fact"));

        var listed = await TextsAsync(store, List(Alice) with { AsOf = asOf, IncludeSuperseded = includeSuperseded, IncludeExpired = includeExpired });
        var search = Search(Alice, "fact", "fact") with { AsOf = asOf, IncludeSuperseded = includeSuperseded, IncludeExpired = includeExpired };
        var hits = await store.SearchAsync(search, Ct);
        var filtered = await store.SearchAsync(search with { Filter = MemoryFilter.Parse("""{"role": {"ne": "x"}}""") }, Ct);

        Assert.Equal(expectedTexts, listed);
        Assert.Equal(expectedTexts, Sorted(hits.Where(h => h.Similarity is not null).Select(h => h.Memory.Text)));
        Assert.Equal(expectedTexts, Sorted(hits.Where(h => h.Keyword is not null).Select(h => h.Memory.Text)));
        Assert.Equal(expectedTexts, Sorted(filtered.Where(h => h.Similarity is not null).Select(h => h.Memory.Text)));
    }
}
