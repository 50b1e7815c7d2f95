using System.Net;
using System.Net.Http.Headers;
using Xunit;

namespace Mnemo.Server.Tests;

public sealed class TenancyAndAuthTests
{
    [Fact]
    public async Task EveryRoute_OtherProjectsKey_SeesAndChangesNothing()
    {
        await using var server = await TestServer.StartAsync();
        using var acme = await server.ClientAsync("acme");
        using var evil = await server.ClientAsync("evil");
        var id = await acme.AddAsync("acme secret plan");
        var (_, queued) = await acme.PostJsonAsync("/v3/memories/add/", """{"messages":[{"role":"user","content":"acme queued secret"}],"user_id":"alex","infer":false}""");
        var eventId = queued![0]!["event_id"]!.GetValue<string>();
        await PlatformRoutesTests.PollAsync(acme, eventId);

        Assert.Equal(HttpStatusCode.NotFound, (await evil.GetJsonAsync($"/v1/memories/{id}/")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await evil.GetJsonAsync($"/v1/memories/{id}/history/")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await evil.GetJsonAsync($"/v1/event/{eventId}/")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await evil.SendAsync(HttpMethod.Put, $"/v1/memories/{id}/", """{"text":"pwned"}""")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await evil.SendAsync(HttpMethod.Delete, $"/v1/memories/{id}/")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await evil.SendAsync(HttpMethod.Delete, "/v1/batch/", $$"""{"memories":[{"memory_id":"{{id}}"}]}""")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await evil.GetJsonAsync($"/memories/{id}")).Status);
        Assert.Empty((await evil.PostJsonAsync("/v3/memories/search/", """{"query":"secret plan","filters":{"user_id":"alex"}}""")).Body!["results"]!.AsArray());
        Assert.Empty((await evil.PostJsonAsync("/search", """{"query":"secret plan","user_id":"alex"}""")).Body!["results"]!.AsArray());
        Assert.Equal(0, (await evil.PostJsonAsync("/v3/memories/", """{"filters":{"OR":[{"user_id":"alex"},{"user_id":"bob"}]}}""")).Body!["count"]!.GetValue<int>());
        Assert.Equal(0, (await evil.GetJsonAsync("/v1/entities/")).Body!["count"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.BadRequest, (await evil.PostJsonAsync("/v3/memories/", """{"filters":{"project_id":"acme"}}""")).Status);
        await evil.SendAsync(HttpMethod.Delete, "/v1/memories/?user_id=alex");
        await evil.SendAsync(HttpMethod.Delete, "/v2/entities/user/alex/");
        await evil.PostJsonAsync("/reset", "{}");

        var (_, page) = await acme.PostJsonAsync("/v3/memories/", """{"filters":{"user_id":"alex"}}""");
        Assert.Equal(2, page!["count"]!.GetValue<int>());
        Assert.Equal("acme secret plan", (await acme.GetJsonAsync($"/v1/memories/{id}/")).Body!["memory"]!.GetValue<string>());
    }

    [Fact]
    public async Task Auth_MissingBadOrRevokedKey_Returns401_AllSchemesAccepted()
    {
        await using var server = await TestServer.StartAsync();
        var key = await server.Keys.CreateAsync("acme", cancellationToken: TestContext.Current.CancellationToken);
        using var client = server.Anonymous();

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetJsonAsync("/v1/ping/")).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostJsonAsync("/memories", """{"messages":[{"role":"user","content":"x"}],"user_id":"a"}""")).Status);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Token", "mnemo_wrong");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetJsonAsync("/v1/ping/")).Status);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key.Key);
        Assert.Equal(HttpStatusCode.OK, (await client.GetJsonAsync("/v1/ping/")).Status);
        client.DefaultRequestHeaders.Authorization = null;
        client.DefaultRequestHeaders.Add("X-API-Key", key.Key);
        Assert.Equal(HttpStatusCode.OK, (await client.GetJsonAsync("/v1/ping/")).Status);

        Assert.True(await server.Keys.RevokeAsync(key.Info.Id, TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetJsonAsync("/v1/ping/")).Status);
    }

    [Fact]
    public async Task RateLimit_OverTheLimit_Returns429WithRetryAfter()
    {
        await using var server = await TestServer.StartAsync(configure: o => o.RateLimitPerWindow = 2);
        using var client = await server.ClientAsync("acme");
        await client.GetJsonAsync("/v1/ping/");
        await client.GetJsonAsync("/v1/ping/");

        using var response = await client.GetAsync(new Uri("/v1/ping/", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero);
    }

    [Fact]
    public async Task AnonymousMode_NoKey_ServesTheAnonymousProject()
    {
        await using var server = await TestServer.StartAsync(configure: o => { o.AllowAnonymous = true; o.AnonymousProject = "dev"; });
        using var client = server.Anonymous();

        var (status, body) = await client.GetJsonAsync("/v1/ping/");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("dev", body!["project_id"]!.GetValue<string>());
    }
}
