using System.Net;
using Xunit;

namespace Mnemo.Server.Tests;

public sealed class BadInputTests
{
    [Theory]
    [InlineData("/v1/memories/", """{"user_id":"alex"}""", "messages")]
    [InlineData("/v1/memories/", """{"messages":[{"role":"robot","content":"x"}],"user_id":"alex","async_mode":false}""", "role")]
    [InlineData("/v1/memories/", """{"messages":[{"role":"user","content":"x"}],"async_mode":false}""", "scope")]
    [InlineData("/v1/memories/", """{"messages":[{"role":"user","content":"x"}],"user_id":"alex","async_mode":false,"metadata":{"project_id":"other"}}""", "metadata")]
    [InlineData("/v1/memories/", """{"messages":"not an array","user_id":"alex"}""", "messages")]
    [InlineData("/v3/memories/search/", """{"filters":{"user_id":"alex"}}""", "query")]
    [InlineData("/v3/memories/search/", """{"query":"x","filters":{"user_id":"alex","created_at":{"bogus":"2024-01-01"}}}""", "filters")]
    [InlineData("/v3/memories/search/", """{"query":"x","filters":{"user_id":"alex"},"top_k":"many"}""", "top_k")]
    [InlineData("/v3/memories/search/", """{"query":"x","filters":{"user_id":"alex"},"spread_threshold":1.5}""", "spread_threshold")]
    [InlineData("/v2/memories/search/", """{"query":"x","filters":{"user_id":"alex"},"spread_threshold":-0.1}""", "spread_threshold")]
    [InlineData("/v1/memories/search/", """{"query":"x","user_id":"alex","spread_threshold":"NaN"}""", "spread_threshold")]
    [InlineData("/search", """{"query":"x","user_id":"alex","spread_threshold":"wide"}""", "spread_threshold")]
    [InlineData("/v3/memories/search/", """{"query":"x","filters":{"user_id":"alex"},"relative_threshold":2}""", "relative_threshold")]
    [InlineData("/mnemo/v1/memories/search/", """{"query":"x","user_id":"alex","spread_threshold":1e400}""", "spread_threshold")]
    [InlineData("/mnemo/v1/memories/search/", """{"query":"x","user_id":"alex","spread_threshold":-1}""", "spread_threshold")]
    [InlineData("/mnemo/v1/memories/search/", """{"query":"x","user_id":"alex","relative_threshold":"NaN"}""", "relative_threshold")]
    public async Task Post_InvalidBody_Returns400NamingTheField_AndStoresNothing(string path, string body, string field)
    {
        await using var server = await TestServer.StartAsync();
        using var client = await server.ClientAsync("acme");

        var (status, error) = await client.PostJsonAsync(path, body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith(field, error!["field"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(0, (await client.GetJsonAsync("/v1/entities/")).Body!["count"]!.GetValue<int>());
    }

    [Fact]
    public async Task Post_MalformedJson_Returns400()
    {
        await using var server = await TestServer.StartAsync();
        using var client = await server.ClientAsync("acme");

        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostJsonAsync("/v1/memories/", """{"messages":[""")).Status);
    }

    [Fact]
    public async Task Ids_UnknownOrMalformed_Return404Or400()
    {
        await using var server = await TestServer.StartAsync();
        using var client = await server.ClientAsync("acme");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetJsonAsync($"/v1/memories/{Guid.NewGuid()}/")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetJsonAsync($"/v1/event/{Guid.NewGuid()}/")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetJsonAsync("/v1/memories/not-a-uuid/")).Status);
    }

    [Fact]
    public async Task Post_BodyOverTheLimit_Returns413_AndStoresNothing()
    {
        await using var server = await TestServer.StartAsync(configure: o => o.MaxRequestBodyBytes = 1000);
        using var client = await server.ClientAsync("acme");
        var big = new string('a', 2000);

        var (status, _) = await client.PostJsonAsync("/v1/memories/", $$"""{"messages":[{"role":"user","content":"{{big}}"}],"user_id":"alex","async_mode":false}""");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Equal(0, (await client.GetJsonAsync("/v1/entities/")).Body!["count"]!.GetValue<int>());
    }
}
