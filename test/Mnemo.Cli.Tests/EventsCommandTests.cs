using System.Text.Json;
using Mnemo.Cli;

namespace Mnemo.Cli.Tests;

public sealed class EventsCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task AddAsync_ThenProcess_SearchFindsIt()
    {
        var queued = await Ok("add", "I collect vintage fountain pens", "--user", "alice", "--infer", "false", "--async");
        var id = Guid.Parse(queued.Out.Trim());

        var before = await Ok("search", "fountain pens", "--user", "alice", "--json");
        Assert.Empty(Json(before).GetProperty("results").EnumerateArray());

        var process = await Ok("events", "process", "--json");
        Assert.Equal(1, Json(process).GetProperty("processed").GetInt32());
        Assert.Equal(0, Json(process).GetProperty("failed").GetInt32());

        var search = await Ok("search", "fountain pens", "--user", "alice", "--json");
        Assert.Equal("I collect vintage fountain pens", Json(search).GetProperty("results")[0].GetProperty("memory").GetString());

        var show = Json(await Ok("events", "show", id.ToString(), "--json"));
        Assert.Equal("SUCCEEDED", show.GetProperty("status").GetString());
        Assert.Equal("ADD", show.GetProperty("results")[0].GetProperty("event").GetString());
    }

    [Fact]
    public async Task AddAsync_Json_Mem0QueuedShape()
    {
        var queued = Json(await Ok("add", "I drink oolong", "--user", "alice", "--async", "--json"));

        var only = Assert.Single(queued.GetProperty("results").EnumerateArray());
        Assert.Equal("Memory processing has been queued for background execution", only.GetProperty("message").GetString());
        Assert.Equal("PENDING", only.GetProperty("status").GetString());
        Assert.True(Guid.TryParse(only.GetProperty("event_id").GetString(), out _));
    }

    [Fact]
    public async Task Events_Json_ListsStatusWithoutPayload()
    {
        await Ok("add", "my private diary entry", "--user", "alice", "--infer", "false", "--async");
        await Ok("add", "bob's note", "--user", "bob", "--infer", "false", "--async");

        var all = await Ok("events", "--json");
        var alice = Json(await Ok("events", "--user", "alice", "--status", "pending", "--json")).GetProperty("results");
        var succeeded = Json(await Ok("events", "--status", "succeeded", "--json")).GetProperty("results");
        var table = await Ok("events");

        Assert.Equal(2, Json(all).GetProperty("results").GetArrayLength());
        var only = Assert.Single(alice.EnumerateArray());
        Assert.Equal("PENDING", only.GetProperty("status").GetString());
        Assert.Equal("alice", only.GetProperty("user_id").GetString());
        Assert.Equal(0, succeeded.GetArrayLength());
        Assert.DoesNotContain("diary", all.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("diary", table.Out, StringComparison.Ordinal);
        Assert.Contains("PENDING", table.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EventsRetry_NotFailed_UsageError_UnknownId_NotFound()
    {
        var id = (await Ok("add", "I like rain", "--user", "alice", "--async")).Out.Trim();

        Assert.Equal(ExitCodes.Usage, (await _cli.RunAsync("events", "retry", id)).ExitCode);
        Assert.Equal(ExitCodes.NotFound, (await _cli.RunAsync("events", "retry", Guid.NewGuid().ToString())).ExitCode);
        Assert.Equal(ExitCodes.NotFound, (await _cli.RunAsync("events", "show", Guid.NewGuid().ToString())).ExitCode);
    }

    [Fact]
    public async Task AddAsync_EmptyScope_UsageErrorAndNothingQueued()
    {
        var result = await _cli.RunAsync("add", "orphan text", "--async");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Equal(0, Json(await Ok("events", "--json")).GetProperty("results").GetArrayLength());
    }

    private async Task<CliResult> Ok(params string[] args)
    {
        var result = await _cli.RunAsync(args);
        Assert.True(result.ExitCode == 0, result.ToString());
        return result;
    }

    private static JsonElement Json(CliResult result)
    {
        using var document = JsonDocument.Parse(result.Out);
        return document.RootElement.Clone();
    }
}
