namespace Mnemo.Mcp.Tests;

public sealed class ScopeEnforcementTests
{
    [Fact]
    public async Task SearchMemories_OtherUserId_IsRejected()
    {
        await using var mcp = await McpFixture.StartAsync(o => o.UserId = "alice");
        await MemoryToolsTests.SeedAsync(mcp, "bob", "Bob likes green tea");

        var result = await mcp.CallAsync("search_memories", new() { ["query"] = "green tea", ["user_id"] = "bob" });

        Assert.True(result.IsError);
        Assert.Contains("serves user 'alice' only", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Bob likes", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchMemories_ConfiguredUserId_IsAccepted()
    {
        await using var mcp = await McpFixture.StartAsync(o => o.UserId = "alice");
        await mcp.CallAsync("add_memory", new() { ["text"] = "Likes green tea" });

        var result = await mcp.CallAsync("search_memories", new() { ["query"] = "green tea", ["user_id"] = "alice" });

        Assert.False(result.IsError, result.Text);
        Assert.Equal(1, result.Results.GetArrayLength());
    }

    [Fact]
    public async Task SearchMemories_NoUserId_NeverSeesOtherUsers()
    {
        await using var mcp = await McpFixture.StartAsync(o => o.UserId = "alice");
        await MemoryToolsTests.SeedAsync(mcp, "bob", "Bob likes green tea");

        var result = await mcp.CallAsync("search_memories", new() { ["query"] = "green tea" });

        Assert.False(result.IsError, result.Text);
        Assert.Equal(0, result.Results.GetArrayLength());
    }

    [Theory]
    [InlineData("get_memory")]
    [InlineData("update_memory")]
    [InlineData("delete_memory")]
    public async Task ById_OtherUsersMemory_IsNotFoundAndUntouched(string tool)
    {
        await using var mcp = await McpFixture.StartAsync(o => o.UserId = "alice");
        var bobs = await MemoryToolsTests.SeedAsync(mcp, "bob", "Bob likes green tea");

        var result = await mcp.CallAsync(tool, new() { ["memory_id"] = bobs.ToString(), ["text"] = "hijacked" });

        Assert.True(result.IsError);
        Assert.Contains("does not exist", result.Text, StringComparison.Ordinal);
        var stored = await mcp.Memory.GetAsync(bobs, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal("Bob likes green tea", stored?.Text);
    }

    [Theory]
    [InlineData("add_memory")]
    [InlineData("delete_all_memories")]
    [InlineData("forget")]
    public async Task Write_OtherUserId_IsRejected(string tool)
    {
        await using var mcp = await McpFixture.StartAsync(o => o.UserId = "alice");
        await MemoryToolsTests.SeedAsync(mcp, "bob", "Bob likes green tea");

        var result = await mcp.CallAsync(tool, new() { ["text"] = "planted", ["user_id"] = "bob", ["confirm"] = "FORGET" });

        Assert.True(result.IsError);
        var bob = await mcp.Memory.ListAsync(new ListOptions { Scope = MemoryScope.User("bob") }, TestContext.Current.CancellationToken);
        Assert.Equal("Bob likes green tea", Assert.Single(bob.Items).Text);
    }

    [Fact]
    public async Task AgentConfigured_OtherAgentId_IsRejected()
    {
        await using var mcp = await McpFixture.StartAsync(o => { o.UserId = "alice"; o.AgentId = "cursor"; });

        var result = await mcp.CallAsync("get_memories", new() { ["agent_id"] = "claude" });

        Assert.True(result.IsError);
        Assert.Contains("serves agent 'cursor' only", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AllowAnyUser_OtherUserId_ReadsThatUser()
    {
        await using var mcp = await McpFixture.StartAsync(o => { o.UserId = "alice"; o.AllowAnyUser = true; });
        var bobs = await MemoryToolsTests.SeedAsync(mcp, "bob", "Bob likes green tea");

        var search = await mcp.CallAsync("search_memories", new() { ["query"] = "green tea", ["user_id"] = "bob" });
        var get = await mcp.CallAsync("get_memory", new() { ["memory_id"] = bobs.ToString() });

        Assert.False(search.IsError, search.Text);
        Assert.Equal("Bob likes green tea", search.Results[0].GetProperty("memory").GetString());
        Assert.False(get.IsError, get.Text);
    }

    [Fact]
    public async Task ProjectResolver_OtherProjectsMemory_IsNotFound()
    {
        await using var mcp = await McpFixture.StartAsync(o => { o.UserId = "alice"; o.ProjectResolver = _ => "tenant-a"; });
        var other = await MemoryToolsTests.SeedAsync(mcp, "alice", "Default-project fact");

        var get = await mcp.CallAsync("get_memory", new() { ["memory_id"] = other.ToString() });
        var search = await mcp.CallAsync("search_memories", new() { ["query"] = "fact" });

        Assert.True(get.IsError);
        Assert.Equal(0, search.Results.GetArrayLength());
    }

    [Fact]
    public async Task UserResolver_ReturnsAUser_ReplacesTheConfiguredUser()
    {
        await using var mcp = await McpFixture.StartAsync(o => { o.UserId = "alice"; o.UserResolver = _ => "bob"; });
        var bobs = await MemoryToolsTests.SeedAsync(mcp, "bob", "Bob likes green tea");
        await MemoryToolsTests.SeedAsync(mcp, "alice", "Alice likes green tea");

        var search = await mcp.CallAsync("search_memories", new() { ["query"] = "green tea" });
        var get = await mcp.CallAsync("get_memory", new() { ["memory_id"] = bobs.ToString() });
        var alice = await mcp.CallAsync("search_memories", new() { ["query"] = "green tea", ["user_id"] = "alice" });

        Assert.Equal("Bob likes green tea", Assert.Single(search.Results.EnumerateArray()).GetProperty("memory").GetString());
        Assert.False(get.IsError, get.Text);
        Assert.True(alice.IsError);
    }

    [Fact]
    public async Task UserResolver_ReturnsNothing_ConfiguredUserApplies()
    {
        await using var mcp = await McpFixture.StartAsync(o => { o.UserId = "alice"; o.UserResolver = _ => " "; });
        await MemoryToolsTests.SeedAsync(mcp, "bob", "Bob likes green tea");
        await MemoryToolsTests.SeedAsync(mcp, "alice", "Alice likes green tea");

        var search = await mcp.CallAsync("search_memories", new() { ["query"] = "green tea" });

        Assert.Equal("Alice likes green tea", Assert.Single(search.Results.EnumerateArray()).GetProperty("memory").GetString());
    }
}
