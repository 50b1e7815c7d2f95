using System.Net;
using Xunit;

namespace Mnemo.Server.Tests;

/// <summary>The REST add says why (skipped messages, notes, warnings) without breaking Mem0's shape.</summary>
public sealed class AddReportingTests
{
    [Fact]
    public async Task OssAdd_Inferred_ReportsSkippedMessagesNotesAndWarnings()
    {
        await using var server = await TestServer.StartAsync();
        using var client = await server.ClientAsync("acme");

        var (status, added) = await client.PostJsonAsync(
            "/memories",
            """{"messages":[{"role":"user","content":"Hello!"},{"role":"user","content":"Please always answer in French"},{"role":"user","content":"Forget that I own a sailboat"}],"user_id":"kim"}""");

        Assert.Equal(HttpStatusCode.OK, status);
        var result = Assert.Single(added!["results"]!.AsArray())!;
        Assert.Equal(("ADD", "kept as procedural memory"), (result["event"]!.GetValue<string>(), result["note"]!.GetValue<string>()));
        var skipped = Assert.Single(added["skipped"]!.AsArray())!;
        Assert.Equal((0, "greeting", "skipped: greeting"), (skipped["index"]!.GetValue<int>(), skipped["reason"]!.GetValue<string>(), skipped["message"]!.GetValue<string>()));
        Assert.StartsWith("retraction matched nothing", added["warnings"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OssAdd_Verbatim_KeepsTheBareMem0Shape()
    {
        await using var server = await TestServer.StartAsync();
        using var client = await server.ClientAsync("acme");

        var (_, added) = await client.PostJsonAsync("/memories", """{"messages":[{"role":"user","content":"Hello!"}],"user_id":"kim","infer":false}""");

        Assert.Equal(["results"], added!.AsObject().Select(p => p.Key));
        Assert.Equal(["id", "memory", "event"], added["results"]![0]!.AsObject().Select(p => p.Key));
    }
}
