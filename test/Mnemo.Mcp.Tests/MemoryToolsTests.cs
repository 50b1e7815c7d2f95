using System.Text.Json;
using Microsoft.Extensions.AI;
using Mnemo.TestUtilities;

namespace Mnemo.Mcp.Tests;

public sealed class MemoryToolsTests
{
    private static readonly string[] _expectedTools =
        ["add_memory", "delete_all_memories", "delete_memory", "forget", "get_memories", "get_memory", "search_memories", "update_memory"];

    [Fact]
    public async Task ListTools_Always_OffersMem0NamesWithDescriptions()
    {
        await using var mcp = await McpFixture.StartAsync(o => o.UserId = "alice");

        var tools = await mcp.Client.ListToolsAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(_expectedTools, tools.Select(t => t.Name).Order(StringComparer.Ordinal));
        Assert.All(tools, t => Assert.False(string.IsNullOrWhiteSpace(t.Description)));
        Assert.Contains("BEFORE answering", tools.Single(t => t.Name == "search_memories").Description, StringComparison.Ordinal);
        var searchProperties = tools.Single(t => t.Name == "search_memories").JsonSchema.GetProperty("properties");
        Assert.Contains(FormattableString.Invariant($"{SearchOptions.RecommendedSpreadThreshold} is calibrated"), searchProperties.GetProperty("spread_threshold").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains(FormattableString.Invariant($"{SearchOptions.RecommendedRelativeThreshold} is calibrated"), searchProperties.GetProperty("relative_threshold").GetProperty("description").GetString(), StringComparison.Ordinal);
        var addSchema = tools.Single(t => t.Name == "add_memory").JsonSchema;
        Assert.True(addSchema.GetProperty("properties").TryGetProperty("text", out _));
        Assert.Contains("text", addSchema.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task AddMemory_Text_StoresItVerbatimForTheConfiguredUser()
    {
        await using var mcp = await McpFixture.StartAsync(o => o.UserId = "alice");

        var added = await mcp.CallAsync("add_memory", new() { ["text"] = "Prefers dark mode in every editor", ["metadata"] = new { source = "chat" } });

        Assert.False(added.IsError, added.Text);
        Assert.Equal("ADD", added.Results[0].GetProperty("event").GetString());
        var stored = await mcp.Memory.GetAsync(Guid.Parse(added.FirstId), cancellationToken: TestContext.Current.CancellationToken);
        Assert.NotNull(stored);
        Assert.Equal("Prefers dark mode in every editor", stored.Text);
        Assert.Equal("alice", stored.Scope.UserId);
        Assert.Equal("chat", stored.Metadata["source"].GetString());
    }

    [Fact]
    public async Task AddMemory_InferredGreetingAndInstruction_SayWhy()
    {
        await using var mcp = await McpFixture.StartAsync(o => o.UserId = "alice");

        var greeting = await mcp.CallAsync("add_memory", new() { ["text"] = "Hi there!", ["infer"] = true });
        var instruction = await mcp.CallAsync("add_memory", new() { ["text"] = "Always use metric units", ["infer"] = true });

        Assert.False(greeting.IsError, greeting.Text);
        Assert.Empty(greeting.Results.EnumerateArray());
        Assert.Equal("skipped: greeting", greeting.Json.GetProperty("skipped")[0].GetString());
        Assert.Equal("kept as procedural memory", instruction.Results[0].GetProperty("note").GetString());
    }

    [Fact]
    public async Task SearchMemories_Query_ReturnsBestMatchWithScoreAndDates()
    {
        await using var mcp = await McpFixture.StartAsync(o => o.UserId = "alice");
        await mcp.CallAsync("add_memory", new() { ["text"] = "Drinks cortado every morning" });
        await mcp.CallAsync("add_memory", new() { ["text"] = "Works as a backend engineer in Lyon" });

        var found = await mcp.CallAsync("search_memories", new() { ["query"] = "cortado coffee", ["limit"] = 1 });

        Assert.False(found.IsError, found.Text);
        var hit = Assert.Single(found.Results.EnumerateArray());
        Assert.Equal("Drinks cortado every morning", hit.GetProperty("memory").GetString());
        Assert.InRange(hit.GetProperty("score").GetDouble(), 0.0001, 1);
        Assert.True(hit.TryGetProperty("created_at", out _));
        Assert.True(hit.TryGetProperty("updated_at", out _));
        Assert.False(hit.TryGetProperty("hash", out _));
    }

    [Theory]
    [InlineData("spread_threshold", RankedMemories.SpreadThreshold)]
    [InlineData("relative_threshold", RankedMemories.RelativeThreshold)]
    public async Task SearchMemories_ThresholdArgument_CutsTheTailOfTheResults(string argument, double value)
    {
        await using var mcp = await McpFixture.StartAsync(o => o.UserId = "alice");
        foreach (var text in RankedMemories.Texts)
        {
            await mcp.Memory.AddAsync([new ChatMessage(ChatRole.User, text)], new AddOptions { Scope = MemoryScope.User("alice"), Infer = false }, TestContext.Current.CancellationToken);
        }

        var all = await mcp.CallAsync("search_memories", new() { ["query"] = RankedMemories.Query, ["limit"] = 5 });
        var cut = await mcp.CallAsync("search_memories", new() { ["query"] = RankedMemories.Query, ["limit"] = 5, [argument] = value });

        Assert.False(cut.IsError, cut.Text);
        var allTexts = all.Results.EnumerateArray().Select(r => r.GetProperty("memory").GetString()).ToList();
        var cutTexts = cut.Results.EnumerateArray().Select(r => r.GetProperty("memory").GetString()).ToList();
        Assert.Equal(5, allTexts.Count);
        Assert.InRange(cutTexts.Count, 1, 4);
        Assert.Equal(allTexts.Take(cutTexts.Count), cutTexts);
    }

    [Fact]
    public async Task GetUpdateDelete_ById_RoundTrip()
    {
        await using var mcp = await McpFixture.StartAsync(o => o.UserId = "alice");
        var id = (await mcp.CallAsync("add_memory", new() { ["text"] = "Lives in Paris" })).FirstId;

        var got = await mcp.CallAsync("get_memory", new() { ["memory_id"] = id });
        var updated = await mcp.CallAsync("update_memory", new() { ["memory_id"] = id, ["text"] = "Lives in Lyon" });
        var afterUpdate = await mcp.CallAsync("get_memory", new() { ["memory_id"] = id });
        var deleted = await mcp.CallAsync("delete_memory", new() { ["memory_id"] = id });
        var afterDelete = await mcp.CallAsync("get_memory", new() { ["memory_id"] = id });

        Assert.Equal("Lives in Paris", got.Json.GetProperty("memory").GetString());
        Assert.False(updated.IsError, updated.Text);
        Assert.Equal("Lives in Lyon", afterUpdate.Json.GetProperty("memory").GetString());
        Assert.True(deleted.Json.GetProperty("deleted").GetBoolean());
        Assert.True(afterDelete.IsError);
        Assert.Contains("does not exist", afterDelete.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetMemories_Pages_ListsNewestFirstWithTotal()
    {
        await using var mcp = await McpFixture.StartAsync(o => o.UserId = "alice");
        foreach (var text in new[] { "Fact one", "Fact two", "Fact three" })
        {
            await mcp.CallAsync("add_memory", new() { ["text"] = text });
        }

        var page = await mcp.CallAsync("get_memories", new() { ["page_size"] = 2 });

        Assert.False(page.IsError, page.Text);
        Assert.Equal(2, page.Results.GetArrayLength());
        Assert.Equal(3, page.Json.GetProperty("total").GetInt32());
        Assert.True(page.Json.GetProperty("has_more").GetBoolean());
    }

    [Fact]
    public async Task DeleteAllMemories_Scope_DeletesOnlyTheConfiguredUsers()
    {
        await using var mcp = await McpFixture.StartAsync(o => o.UserId = "alice");
        await mcp.CallAsync("add_memory", new() { ["text"] = "Alice fact one" });
        await mcp.CallAsync("add_memory", new() { ["text"] = "Alice fact two" });
        await SeedAsync(mcp, "bob", "Bob likes tea");

        var deleted = await mcp.CallAsync("delete_all_memories");

        Assert.Equal(2, deleted.Json.GetProperty("deleted").GetInt32());
        var bobs = await mcp.Memory.ListAsync(new ListOptions { Scope = MemoryScope.User("bob") }, TestContext.Current.CancellationToken);
        Assert.Single(bobs.Items);
    }

    [Fact]
    public async Task Forget_WithoutConfirmation_ErasesNothing()
    {
        await using var mcp = await McpFixture.StartAsync(o => o.UserId = "alice");
        await mcp.CallAsync("add_memory", new() { ["text"] = "Alice fact" });

        var refused = await mcp.CallAsync("forget", new() { ["confirm"] = "yes" });
        var missing = await mcp.CallAsync("forget");

        Assert.True(refused.IsError);
        Assert.Contains("FORGET", refused.Text, StringComparison.Ordinal);
        Assert.True(missing.IsError);
        var left = await mcp.Memory.ListAsync(new ListOptions { Scope = MemoryScope.User("alice") }, TestContext.Current.CancellationToken);
        Assert.Single(left.Items);
    }

    [Fact]
    public async Task Forget_Confirmed_ErasesTheUserAndReturnsReceipt()
    {
        await using var mcp = await McpFixture.StartAsync(o => o.UserId = "alice");
        await mcp.CallAsync("add_memory", new() { ["text"] = "Alice fact" });
        await SeedAsync(mcp, "bob", "Bob fact");

        var receipt = await mcp.CallAsync("forget", new() { ["confirm"] = "FORGET" });

        Assert.False(receipt.IsError, receipt.Text);
        Assert.Contains("\"alice\"", receipt.Text, StringComparison.Ordinal);
        var alice = await mcp.Memory.ListAsync(new ListOptions { Scope = MemoryScope.User("alice") }, TestContext.Current.CancellationToken);
        var bob = await mcp.Memory.ListAsync(new ListOptions { Scope = MemoryScope.User("bob") }, TestContext.Current.CancellationToken);
        Assert.Empty(alice.Items);
        Assert.Single(bob.Items);
    }

    [Theory]
    [InlineData("add_memory", "{\"text\": \"   \"}", "text is required")]
    [InlineData("search_memories", "{\"query\": \"\"}", "query is required")]
    [InlineData("search_memories", "{\"query\": \"tea\", \"limit\": 0}", "limit must be between 1 and 100")]
    [InlineData("search_memories", "{\"query\": \"tea\", \"threshold\": 2}", "threshold must be between 0 and 1")]
    [InlineData("search_memories", "{\"query\": \"tea\", \"relative_threshold\": -0.5}", "relative_threshold must be between 0 and 1")]
    [InlineData("search_memories", "{\"query\": \"tea\", \"spread_threshold\": 1.5}", "spread_threshold must be between 0 and 1")]
    [InlineData("search_memories", "{\"query\": \"tea\", \"filters\": {\"categories\": {\"bogus_op\": 1}}}", "filter")]
    [InlineData("search_memories", "{\"query\": \"tea\", \"filters\": [1]}", "filters must be a JSON object")]
    [InlineData("get_memories", "{\"page\": 0}", "page must be 1 or more")]
    [InlineData("get_memory", "{\"memory_id\": \"not-a-uuid\"}", "is not a memory id")]
    [InlineData("update_memory", "{\"memory_id\": \"0198c5a2-0000-7000-8000-000000000000\", \"text\": \"x\"}", "does not exist")]
    [InlineData("delete_memory", "{\"memory_id\": \"0198c5a2-0000-7000-8000-000000000000\"}", "does not exist")]
    [InlineData("add_memory", "{\"text\": \"fact\", \"metadata\": \"not an object\"}", "metadata must be a JSON object")]
    public async Task Tool_BadInput_ReturnsErrorResultNotProtocolError(string tool, string argumentsJson, string expected)
    {
        await using var mcp = await McpFixture.StartAsync(o => o.UserId = "alice");
        var arguments = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(argumentsJson)!
            .ToDictionary(p => p.Key, p => (object?)p.Value);

        var result = await mcp.CallAsync(tool, arguments);

        Assert.True(result.IsError, result.Text);
        Assert.Contains(expected, result.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Tool_MissingRequiredArgument_ReturnsErrorResult()
    {
        await using var mcp = await McpFixture.StartAsync(o => o.UserId = "alice");

        var result = await mcp.CallAsync("get_memory");

        Assert.True(result.IsError, result.Text);
    }

    internal static async Task<Guid> SeedAsync(McpFixture mcp, string user, string text)
    {
        var added = await mcp.Memory.AddAsync(
            [new ChatMessage(ChatRole.User, text)],
            new AddOptions { Scope = MemoryScope.User(user), Infer = false },
            TestContext.Current.CancellationToken);
        return added.Results[0].Id;
    }
}
