using Microsoft.Extensions.AI;

namespace Mnemo.Mcp.Tests;

/// <summary>The MCP defects an attack found (issue 13, 3.2 and 3.4).</summary>
public sealed class DefectTests
{
    [Fact]
    public async Task Forget_OnlyAgentId_ErasesExactlyThatAgentsMemories()
    {
        await using var mcp = await McpFixture.StartAsync(o => (o.UserId, o.AllowAnyUser) = ("default", true));
        await SeedAsync(mcp, new MemoryScope { UserId = "bob", AgentId = "helper" }, "Bob told the helper a secret");
        await SeedAsync(mcp, new MemoryScope { AgentId = "helper" }, "The helper's own note");
        await SeedAsync(mcp, MemoryScope.User("default"), "The default user's fact");

        var receipt = await mcp.CallAsync("forget", new() { ["confirm"] = "FORGET", ["agent_id"] = "helper" });

        Assert.False(receipt.IsError, receipt.Text);
        Assert.Equal(2, receipt.Json.GetProperty("memories").GetInt32());
        Assert.Equal("helper", receipt.Json.GetProperty("scope").GetProperty("agent_id").GetString());
        Assert.False(receipt.Json.GetProperty("scope").TryGetProperty("user_id", out _), receipt.Text);
        var helper = await mcp.Memory.ListAsync(new ListOptions { Scope = MemoryScope.Agent("helper") }, TestContext.Current.CancellationToken);
        var user = await mcp.Memory.ListAsync(new ListOptions { Scope = MemoryScope.User("default") }, TestContext.Current.CancellationToken);
        Assert.Empty(helper.Items);
        Assert.Single(user.Items);
    }

    [Fact]
    public async Task Forget_OtherAgentWhereCallsCannotChooseIt_IsRefusedAndErasesNothing()
    {
        await using var mcp = await McpFixture.StartAsync(o => o.UserId = "default");
        await SeedAsync(mcp, new MemoryScope { UserId = "default", AgentId = "helper" }, "kept");

        var result = await mcp.CallAsync("forget", new() { ["confirm"] = "FORGET", ["agent_id"] = "helper" });

        Assert.True(result.IsError);
        var left = await mcp.Memory.ListAsync(new ListOptions { Scope = MemoryScope.Agent("helper") }, TestContext.Current.CancellationToken);
        Assert.Single(left.Items);
    }

    [Theory]
    [InlineData("search_memories")]
    [InlineData("get_memories")]
    public async Task Filters_OverTheLimit_AreAnErrorNamingTheLimit(string tool)
    {
        await using var mcp = await McpFixture.StartAsync(o => o.UserId = "alice");
        var ors = string.Join(",", Enumerable.Range(0, 1000).Select(i => $$"""{"k":"v{{i}}"}"""));
        var filters = System.Text.Json.JsonDocument.Parse($$"""{"OR":[{{ors}}]}""").RootElement;

        var result = await mcp.CallAsync(tool, new() { ["query"] = "x", ["filters"] = filters });

        Assert.True(result.IsError);
        Assert.Contains($"at most {MemoryFilter.MaxConditions} conditions", result.Text, StringComparison.Ordinal);
    }

    private static Task SeedAsync(McpFixture mcp, MemoryScope scope, string text) =>
        mcp.Memory.AddAsync([new ChatMessage(ChatRole.User, text)], new AddOptions { Scope = scope, Infer = false }, TestContext.Current.CancellationToken);
}
