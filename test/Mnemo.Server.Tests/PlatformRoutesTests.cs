using System.Net;

using Xunit;

namespace Mnemo.Server.Tests;

public sealed class PlatformRoutesTests
{
    [Fact]
    public async Task Ping_ValidKey_ReturnsOkWithProject()
    {
        await using var server = await TestServer.StartAsync();
        using var client = await server.ClientAsync("acme");

        var (status, body) = await client.GetJsonAsync("/v1/ping/");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("ok", body!["status"]!.GetValue<string>());
        Assert.Equal("acme", body["project_id"]!.GetValue<string>());
    }

    [Fact]
    public async Task AddGetUpdateHistoryDelete_OneMemory_RoundTrips()
    {
        await using var server = await TestServer.StartAsync();
        using var client = await server.ClientAsync("acme");

        var (addStatus, added) = await client.PostJsonAsync("/v1/memories/", """{"messages":[{"role":"user","content":"I live in Lisbon"}],"user_id":"alex","infer":false,"async_mode":false,"metadata":{"src":"test"}}""");
        Assert.Equal(HttpStatusCode.OK, addStatus);
        Assert.Equal("ADD", added![0]!["event"]!.GetValue<string>());
        Assert.Equal("I live in Lisbon", added[0]!["data"]!["memory"]!.GetValue<string>());
        var id = added[0]!["id"]!.GetValue<string>();

        var (_, got) = await client.GetJsonAsync($"/v1/memories/{id}/");
        Assert.Equal("alex", got!["user_id"]!.GetValue<string>());
        Assert.Equal("test", got["metadata"]!["src"]!.GetValue<string>());

        var (updateStatus, updated) = await client.SendAsync(HttpMethod.Put, $"/v1/memories/{id}/", """{"text":"I live in Porto"}""");
        Assert.Equal(HttpStatusCode.OK, updateStatus);
        Assert.Equal("I live in Porto", updated!["memory"]!.GetValue<string>());

        var (_, history) = await client.GetJsonAsync($"/v1/memories/{id}/history/");
        Assert.Equal(["ADD", "UPDATE"], history!.AsArray().Select(h => h!["event"]!.GetValue<string>()));

        var (deleteStatus, _) = await client.SendAsync(HttpMethod.Delete, $"/v1/memories/{id}/");
        Assert.Equal(HttpStatusCode.OK, deleteStatus);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetJsonAsync($"/v1/memories/{id}/")).Status);
    }

    [Theory]
    [InlineData("2023-05-09T12:00:00Z", "I bought a red bike")]
    [InlineData("2023-07-08T12:00:00Z", "I bought a red bike.")]
    public async Task SearchV3_ReferenceTime_ResolvesYesterdayFromIt(string askedAt, string expected)
    {
        await using var server = await TestServer.StartAsync();
        using var client = await server.ClientAsync("acme");
        // 2023-05-08T09:30Z and 2023-07-07T14:00Z; the same words a full stop apart, so only the day tells them apart.
        await client.PostJsonAsync("/v1/memories/", """{"messages":[{"role":"user","content":"I bought a red bike"}],"user_id":"alex","infer":false,"async_mode":false,"timestamp":1683538200}""");
        await client.PostJsonAsync("/v1/memories/", """{"messages":[{"role":"user","content":"I bought a red bike."}],"user_id":"alex","infer":false,"async_mode":false,"timestamp":1688738400}""");

        var (status, body) = await client.PostJsonAsync(
            "/v3/memories/search/", $$"""{"query":"What did I buy yesterday?","filters":{"user_id":"alex"},"reference_time":"{{askedAt}}"}""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(expected, body!["results"]![0]!["memory"]!.GetValue<string>());
    }

    [Fact]
    public async Task AddV3_DefaultAsync_QueuesThenEventSucceeds()
    {
        await using var server = await TestServer.StartAsync();
        using var client = await server.ClientAsync("acme");

        var (status, body) = await client.PostJsonAsync("/v3/memories/add/", """{"messages":[{"role":"user","content":"My cat is called Tom"}],"user_id":"alex","infer":false}""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("PENDING", body![0]!["status"]!.GetValue<string>());
        var eventId = body[0]!["event_id"]!.GetValue<string>();
        var final = await PollAsync(client, eventId);
        Assert.Equal("SUCCEEDED", final["status"]!.GetValue<string>());
        Assert.Equal("My cat is called Tom", final["results"]![0]!["memory"]!.GetValue<string>());
    }

    [Fact]
    public async Task Search_V2AndV3_FindEntityMemoriesInTheirShapes()
    {
        await using var server = await TestServer.StartAsync();
        using var client = await server.ClientAsync("acme");
        await client.AddAsync("I play the violin");
        await client.AddAsync("I play the violin too", userId: "sam");

        var (v2Status, v2) = await client.PostJsonAsync("/v2/memories/search/", """{"query":"violin","filters":{"AND":[{"user_id":"alex"}]},"top_k":5,"rerank":true}""");
        var (_, v3) = await client.PostJsonAsync("/v3/memories/search/", """{"query":"violin","filters":{"user_id":"alex"},"threshold":0.0}""");

        Assert.Equal(HttpStatusCode.OK, v2Status);
        Assert.Single(v2!.AsArray());
        Assert.Equal("alex", v2[0]!["user_id"]!.GetValue<string>());
        Assert.Single(v3!["results"]!.AsArray());
    }

    [Fact]
    public async Task GetAll_V3Paged_ReturnsCountAndLinks()
    {
        await using var server = await TestServer.StartAsync();
        using var client = await server.ClientAsync("acme");
        foreach (var text in new[] { "one fact", "two fact", "three fact" })
        {
            await client.AddAsync(text);
        }

        var (_, first) = await client.PostJsonAsync("/v3/memories/?page=1&page_size=2", """{"filters":{"user_id":"alex"}}""");
        var (_, second) = await client.PostJsonAsync("/v2/memories/?page=2&page_size=2", """{"filters":{"user_id":"alex"}}""");

        Assert.Equal(3, first!["count"]!.GetValue<int>());
        Assert.Equal(2, first["results"]!.AsArray().Count);
        Assert.Contains("page=2", first["next"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(first["previous"]);
        Assert.Single(second!["results"]!.AsArray());
        Assert.Null(second["next"]);
    }

    [Fact]
    public async Task EntitiesAndDeleteAll_ListCountsThenDeleteOneEntity()
    {
        await using var server = await TestServer.StartAsync();
        using var client = await server.ClientAsync("acme");
        await client.AddAsync("a fact");
        await client.AddAsync("b fact");
        await client.AddAsync("c fact", userId: "sam");

        var (_, entities) = await client.GetJsonAsync("/v1/entities/");
        Assert.Equal(2, entities!["count"]!.GetValue<int>());
        Assert.Equal(2, entities["results"]!.AsArray().Single(e => e!["name"]!.GetValue<string>() == "alex")!["total_memories"]!.GetValue<int>());

        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(HttpMethod.Delete, "/v1/memories/?user_id=alex")).Status);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(HttpMethod.Delete, "/v2/entities/user/sam/")).Status);
        var (_, after) = await client.GetJsonAsync("/v1/entities/");
        Assert.Equal(0, after!["count"]!.GetValue<int>());
    }

    [Fact]
    public async Task Batch_OneUnknownId_ChangesNothing_ValidBatchApplies()
    {
        await using var server = await TestServer.StartAsync();
        using var client = await server.ClientAsync("acme");
        var a = await client.AddAsync("first text");
        var b = await client.AddAsync("second text");

        var (badStatus, _) = await client.SendAsync(HttpMethod.Put, "/v1/batch/", $$"""{"memories":[{"memory_id":"{{a}}","text":"changed"},{"memory_id":"{{Guid.NewGuid()}}","text":"x"}]}""");
        Assert.Equal(HttpStatusCode.NotFound, badStatus);
        Assert.Equal("first text", (await client.GetJsonAsync($"/v1/memories/{a}/")).Body!["memory"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(HttpMethod.Put, "/v1/batch/", $$"""{"memories":[{"memory_id":"{{a}}","text":"changed"}]}""")).Status);
        Assert.Equal("changed", (await client.GetJsonAsync($"/v1/memories/{a}/")).Body!["memory"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(HttpMethod.Delete, "/v1/batch/", $$"""{"memories":[{"memory_id":"{{a}}"},{"memory_id":"{{b}}"}]}""")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetJsonAsync($"/v1/memories/{b}/")).Status);
    }

    [Fact]
    public async Task Embeddings_StringArray_ReturnsOneVectorPerInput()
    {
        await using var server = await TestServer.StartAsync();
        using var client = await server.ClientAsync("acme");

        var (status, body) = await client.PostJsonAsync("/v1/embeddings", """{"input":["hello world","bye"],"model":"any"}""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(2, body!["data"]!.AsArray().Count);
        Assert.Equal(64, body["data"]![1]!["embedding"]!.AsArray().Count);
        Assert.Equal(1, body["data"]![1]!["index"]!.GetValue<int>());
    }

    [Fact]
    public async Task PublicRoutes_NoKey_HealthOpenApiAndDocsServed()
    {
        await using var server = await TestServer.StartAsync();
        using var client = server.Anonymous();

        Assert.Equal(HttpStatusCode.OK, (await client.GetJsonAsync("/healthz")).Status);
        var (_, openapi) = await client.GetJsonAsync("/openapi/v1.json");
        Assert.Contains(openapi!["paths"]!.AsObject(), p => p.Key.StartsWith("/v3/memories/search", StringComparison.Ordinal));
        using var docs = await client.GetAsync(new Uri("/docs", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Contains("/openapi/v1.json", await docs.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    internal static async Task<System.Text.Json.Nodes.JsonNode> PollAsync(HttpClient client, string eventId)
    {
        for (var i = 0; i < 200; i++)
        {
            var (status, body) = await client.GetJsonAsync($"/v1/event/{eventId}/");
            Assert.Equal(HttpStatusCode.OK, status);
            if (body!["status"]!.GetValue<string>() is "SUCCEEDED" or "FAILED")
            {
                return body;
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        throw new TimeoutException($"event {eventId} did not finish");
    }
}
