using System.Net;
using Xunit;

namespace Mnemo.Server.Tests;

public sealed class OssAndRecoveryTests
{
    [Fact]
    public async Task OssRoutes_AddListSearchUpdateHistoryDelete_Work()
    {
        await using var server = await TestServer.StartAsync();
        using var client = await server.ClientAsync("acme");

        var (addStatus, added) = await client.PostJsonAsync("/memories", """{"messages":[{"role":"user","content":"I drink green tea"}],"user_id":"kim","infer":false}""");
        Assert.Equal(HttpStatusCode.OK, addStatus);
        var id = added!["results"]![0]!["id"]!.GetValue<string>();
        Assert.Single((await client.GetJsonAsync("/memories?user_id=kim")).Body!["results"]!.AsArray());
        Assert.Single((await client.PostJsonAsync("/search", """{"query":"green tea","user_id":"kim"}""")).Body!["results"]!.AsArray());
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(HttpMethod.Put, $"/memories/{id}", """{"text":"I drink black tea"}""")).Status);
        Assert.Equal("I drink black tea", (await client.GetJsonAsync($"/memories/{id}")).Body!["memory"]!.GetValue<string>());
        Assert.Equal(2, (await client.GetJsonAsync($"/memories/{id}/history")).Body!.AsArray().Count);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(HttpMethod.Delete, $"/memories/{id}")).Status);
        await client.AddAsync("another", userId: "kim");
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(HttpMethod.Delete, "/memories?user_id=kim")).Status);
        await client.AddAsync("third", userId: "lee");
        Assert.Equal(HttpStatusCode.OK, (await client.PostJsonAsync("/reset", "{}")).Status);
        Assert.Equal(0, (await client.GetJsonAsync("/v1/entities/")).Body!["count"]!.GetValue<int>());
    }

    [Fact]
    public async Task QueuedAdd_ServerStoppedBeforeProcessing_IsProcessedAfterRestart()
    {
        string path;
        string key;
        string eventId;
        await using (var first = await TestServer.StartAsync(background: false))
        {
            path = first.DatabasePath;
            key = (await first.Keys.CreateAsync("acme", cancellationToken: TestContext.Current.CancellationToken)).Key;
            using var client = first.Anonymous();
            client.DefaultRequestHeaders.Add("X-API-Key", key);
            var (_, queued) = await client.PostJsonAsync("/v3/memories/add/", """{"messages":[{"role":"user","content":"I moved to Oslo"}],"user_id":"alex","infer":false}""");
            eventId = queued![0]!["event_id"]!.GetValue<string>();
            Assert.Equal("PENDING", (await client.GetJsonAsync($"/v1/event/{eventId}/")).Body!["status"]!.GetValue<string>());
        }

        await using var second = await TestServer.StartAsync(path);
        using var again = second.Anonymous();
        again.DefaultRequestHeaders.Add("X-API-Key", key);
        var final = await PlatformRoutesTests.PollAsync(again, eventId);

        Assert.Equal("SUCCEEDED", final["status"]!.GetValue<string>());
        Assert.Single((await again.PostJsonAsync("/v3/memories/", """{"filters":{"user_id":"alex"}}""")).Body!["results"]!.AsArray());
    }
}
