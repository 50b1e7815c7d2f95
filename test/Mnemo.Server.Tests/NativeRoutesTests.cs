using System.Net;

using Xunit;

namespace Mnemo.Server.Tests;

/// <summary>Mnemo's own routes (<c>/mnemo/v1/…</c>, <c>POST /v1/forget/</c>) and the error <c>code</c>, on the wire.</summary>
public sealed class NativeRoutesTests
{
    [Fact]
    public async Task Forget_User_ErasesMemoriesAndHistoryAndAnswersTheReceipt()
    {
        await using var server = await TestServer.StartAsync();
        using var client = await server.ClientAsync("acme");
        var id = await client.AddAsync("My locker code is 4711", "alex");
        await client.AddAsync("My locker code is 0815", "sam");

        var (status, receipt) = await client.PostJsonAsync("/v1/forget/", """{"user_id":"alex"}""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("alex", receipt!["scope"]!["user_id"]!.GetValue<string>());
        Assert.Equal(1, receipt["memories"]!.GetValue<int>());
        Assert.Equal(1, receipt["history_entries"]!.GetValue<int>());
        Assert.DoesNotContain("4711", receipt.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetJsonAsync($"/v1/memories/{id}/history/")).Status);
        Assert.Single((await client.GetJsonAsync("/v1/memories/?user_id=sam")).Body!.AsArray());
    }

    [Fact]
    public async Task Forget_NoEntityId_Answers400NamingTheIds()
    {
        await using var server = await TestServer.StartAsync();
        using var client = await server.ClientAsync("acme");
        await client.AddAsync("My locker code is 4711", "alex");

        var (status, body) = await client.PostJsonAsync("/v1/forget/", "{}");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid_input", body!["code"]!.GetValue<string>());
        Assert.NotNull(body["field"]);
        Assert.Contains("user_id", body["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Single((await client.GetJsonAsync("/v1/memories/?user_id=alex")).Body!.AsArray());
    }

    [Fact]
    public async Task Forget_AnotherProjectsUser_ErasesNothingThere()
    {
        await using var server = await TestServer.StartAsync();
        using var acme = await server.ClientAsync("acme");
        using var globex = await server.ClientAsync("globex");
        await acme.AddAsync("My locker code is 4711", "alex");

        var (_, receipt) = await globex.PostJsonAsync("/v1/forget/", """{"user_id":"alex"}""");

        Assert.Equal(0, receipt!["memories"]!.GetValue<int>());
        Assert.Single((await acme.GetJsonAsync("/v1/memories/?user_id=alex")).Body!.AsArray());
    }

    [Fact]
    public async Task NativeSearch_FilterNamingAnotherUser_NeverMovesTheScope()
    {
        await using var server = await TestServer.StartAsync();
        using var client = await server.ClientAsync("acme");
        await client.AddAsync("My locker code is 4711", "alex");
        await client.AddAsync("My locker code is 0815", "sam");

        var (status, body) = await client.PostJsonAsync("/mnemo/v1/memories/search/", """{"query":"locker code","user_id":"alex","filters":{"user_id":"sam"}}""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Empty(body!["results"]!.AsArray());
        Assert.True(body["usage"]!["embedding_calls"]!.GetValue<int>() + body["usage"]!["embedding_cache_hits"]!.GetValue<int>() >= 1);
    }

    [Fact]
    public async Task NativeAdd_AnswersUsageExtractorAndSkippedMessages()
    {
        await using var server = await TestServer.StartAsync();
        using var client = await server.ClientAsync("acme");

        var (status, body) = await client.PostJsonAsync(
            "/mnemo/v1/memories/add/",
            """{"messages":[{"role":"user","content":"Hi!"},{"role":"user","content":"I love green tea with jasmine."}],"user_id":"alex"}""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("rules", body!["extractor"]!.GetValue<string>());
        Assert.Equal("greeting", body["skipped"]![0]!["reason"]!.GetValue<string>());
        Assert.Equal("ADD", body["results"]![0]!["event"]!.GetValue<string>());
        Assert.True(body["usage"]!["embedding_calls"]!.GetValue<int>() >= 1);
    }

    [Fact]
    public async Task NativeList_UnknownOrder_Answers400NamingOrder()
    {
        await using var server = await TestServer.StartAsync();
        using var client = await server.ClientAsync("acme");

        var (status, body) = await client.PostJsonAsync("/mnemo/v1/memories/list/", """{"user_id":"alex","order":"sideways"}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("order", body!["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task MemSearch_BadFilter_Answers400WithTheInvalidFilterCode()
    {
        await using var server = await TestServer.StartAsync();
        using var client = await server.ClientAsync("acme");

        var (status, body) = await client.PostJsonAsync("/v2/memories/search/", """{"query":"x","filters":{"AND":[{"user_id":"alex"},{"created_at":{"gte":"soon"}}]}}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid_filter", body!["code"]!.GetValue<string>());
        Assert.StartsWith("filters.AND[1].created_at", body["field"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
