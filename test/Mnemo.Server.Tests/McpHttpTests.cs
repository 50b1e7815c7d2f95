using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using Xunit;

namespace Mnemo.Server.Tests;

/// <summary>
/// The MCP server at <c>/mcp</c> on a real Kestrel, driven by the MCP C# SDK's client over streamable HTTP: the key check
/// and tenancy of the REST API hold for the tools too.
/// </summary>
public sealed class McpHttpTests
{
    private const string Initialize = """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"raw","version":"1"}}}""";

    [Fact]
    public async Task ListTools_WithKey_ListsTheEightMemoryTools()
    {
        await using var server = await TestServer.StartAsync(mcp: true);
        await using var client = await ConnectAsync(server, await KeyAsync(server, "acme"));

        var tools = await client.ListToolsAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(
            ["add_memory", "delete_all_memories", "delete_memory", "forget", "get_memories", "get_memory", "search_memories", "update_memory"],
            tools.Select(t => t.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task AddThenSearch_WithKey_FindsItInTheKeysProjectAsTheDefaultUser()
    {
        await using var server = await TestServer.StartAsync(mcp: true);
        var key = await KeyAsync(server, "acme");
        await using var client = await ConnectAsync(server, key);

        var id = (await CallAsync(client, "add_memory", new() { ["text"] = "Drinks cortado every morning" })).GetProperty("results")[0].GetProperty("id").GetString()!;
        await CallAsync(client, "add_memory", new() { ["text"] = "Works as a backend engineer in Lyon" });
        var found = await CallAsync(client, "search_memories", new() { ["query"] = "cortado morning", ["limit"] = 1 });

        var hit = Assert.Single(found.GetProperty("results").EnumerateArray());
        Assert.Equal(id, hit.GetProperty("id").GetString());
        Assert.Equal("default", hit.GetProperty("user_id").GetString());
        using var rest = server.Anonymous();
        rest.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Token", key);
        var (status, body) = await rest.GetJsonAsync($"/v1/memories/{id}/");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Drinks cortado every morning", body!["memory"]!.GetValue<string>());
    }

    [Fact]
    public async Task Post_WithoutOrWithBadKey_Returns401()
    {
        await using var server = await TestServer.StartAsync(mcp: true);
        using var http = server.Anonymous();

        using var none = await PostRawAsync(http, Initialize);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Token", "mnemo_wrong");
        using var bad = await PostRawAsync(http, Initialize);

        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, bad.StatusCode);
        await Assert.ThrowsAnyAsync<Exception>(() => ConnectAsync(server, key: null));
    }

    [Fact]
    public async Task Post_WithXApiKeyHeader_IsServed()
    {
        await using var server = await TestServer.StartAsync(mcp: true);
        using var http = server.Anonymous();
        http.DefaultRequestHeaders.Add("X-API-Key", await KeyAsync(server, "acme"));

        using var response = await PostRawAsync(http, Initialize);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"serverInfo\"", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tools_OtherProjectsKey_SeeAndChangeNothing()
    {
        await using var server = await TestServer.StartAsync(mcp: true);
        await using var acme = await ConnectAsync(server, await KeyAsync(server, "acme"));
        await using var evil = await ConnectAsync(server, await KeyAsync(server, "evil"));
        var id = (await CallAsync(acme, "add_memory", new() { ["text"] = "acme secret plan", ["user_id"] = "alex" })).GetProperty("results")[0].GetProperty("id").GetString()!;

        Assert.Empty((await CallAsync(evil, "search_memories", new() { ["query"] = "secret plan", ["user_id"] = "alex" })).GetProperty("results").EnumerateArray());
        Assert.Equal(0, (await CallAsync(evil, "get_memories", new() { ["user_id"] = "alex" })).GetProperty("total").GetInt32());
        Assert.True((await RawCallAsync(evil, "get_memory", new() { ["memory_id"] = id })).IsError);
        Assert.True((await RawCallAsync(evil, "update_memory", new() { ["memory_id"] = id, ["text"] = "pwned" })).IsError);
        Assert.True((await RawCallAsync(evil, "delete_memory", new() { ["memory_id"] = id })).IsError);
        await CallAsync(evil, "delete_all_memories", new() { ["user_id"] = "alex" });
        await CallAsync(evil, "forget", new() { ["user_id"] = "alex", ["confirm"] = "FORGET" });

        Assert.Equal("acme secret plan", (await CallAsync(acme, "get_memory", new() { ["memory_id"] = id })).GetProperty("memory").GetString());
        Assert.Single((await CallAsync(acme, "search_memories", new() { ["query"] = "secret plan", ["user_id"] = "alex" })).GetProperty("results").EnumerateArray());
    }

    [Fact]
    public async Task UserHeader_CallNamesNoUser_ActsForTheHeadersUser()
    {
        await using var server = await TestServer.StartAsync(mcp: true);
        var key = await KeyAsync(server, "acme");
        await using var bob = await ConnectAsync(server, key, user: "bob");
        await using var plain = await ConnectAsync(server, key);
        await CallAsync(bob, "add_memory", new() { ["text"] = "Bob keeps bees" });

        var asBob = await CallAsync(bob, "get_memories", []);
        var asDefault = await CallAsync(plain, "get_memories", []);
        var named = await CallAsync(plain, "get_memories", new() { ["user_id"] = "bob" });

        Assert.Equal("bob", Assert.Single(asBob.GetProperty("results").EnumerateArray()).GetProperty("user_id").GetString());
        Assert.Equal(0, asDefault.GetProperty("total").GetInt32());
        Assert.Equal(1, named.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task AnonymousMode_NoKey_ToolsUseTheAnonymousProject()
    {
        await using var server = await TestServer.StartAsync(mcp: true, configure: o => { o.AllowAnonymous = true; o.AnonymousProject = "dev"; });
        await using var client = await ConnectAsync(server, key: null);

        await CallAsync(client, "add_memory", new() { ["text"] = "Prefers tabs", ["user_id"] = "alex" });

        await using var other = await ConnectAsync(server, await KeyAsync(server, "acme"));
        await using var dev = await ConnectAsync(server, await KeyAsync(server, "dev"));
        Assert.Equal(0, (await CallAsync(other, "get_memories", new() { ["user_id"] = "alex" })).GetProperty("total").GetInt32());
        Assert.Equal(1, (await CallAsync(dev, "get_memories", new() { ["user_id"] = "alex" })).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Post_OverTheKeysRateLimit_Returns429()
    {
        await using var server = await TestServer.StartAsync(mcp: true, configure: o => o.RateLimitPerWindow = 2);
        using var http = server.Anonymous();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Token", await KeyAsync(server, "acme"));
        using var first = await PostRawAsync(http, Initialize);
        using var second = await PostRawAsync(http, Initialize);

        using var third = await PostRawAsync(http, Initialize);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
    }

    [Fact]
    public async Task Post_OverTheBodyLimit_IsRefused()
    {
        await using var server = await TestServer.StartAsync(mcp: true, configure: o => o.MaxRequestBodyBytes = 4096);
        using var http = server.Anonymous();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Token", await KeyAsync(server, "acme"));
        var text = new string('x', 8192);
        var call = new JsonObject { ["jsonrpc"] = "2.0", ["id"] = 2, ["method"] = "tools/call", ["params"] = new JsonObject { ["name"] = "add_memory", ["arguments"] = new JsonObject { ["text"] = text } } };

        using var response = await PostRawAsync(http, call.ToJsonString());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    private static async Task<string> KeyAsync(TestServer server, string project) =>
        (await server.Keys.CreateAsync(project, cancellationToken: TestContext.Current.CancellationToken)).Key;

    private static async Task<McpClient> ConnectAsync(TestServer server, string? key, string? user = null)
    {
        var headers = new Dictionary<string, string>();
        if (key is not null)
        {
            headers["Authorization"] = $"Token {key}";
        }

        if (user is not null)
        {
            headers[MnemoMcpHttpOptions.UserHeader] = user;
        }

        var transport = new HttpClientTransport(new HttpClientTransportOptions
        {
            Endpoint = new Uri(server.BaseAddress, "/mcp"),
            TransportMode = HttpTransportMode.StreamableHttp,
            AdditionalHeaders = headers,
        });
        return await McpClient.CreateAsync(transport, cancellationToken: TestContext.Current.CancellationToken);
    }

    private static Task<CallToolResult> RawCallAsync(McpClient client, string tool, Dictionary<string, object?> arguments) =>
        client.CallToolAsync(tool, arguments, cancellationToken: TestContext.Current.CancellationToken).AsTask();

    /// <summary>Calls a tool that must succeed and returns its JSON answer.</summary>
    private static async Task<JsonElement> CallAsync(McpClient client, string tool, Dictionary<string, object?> arguments)
    {
        var result = await RawCallAsync(client, tool, arguments);
        var text = Assert.IsType<TextContentBlock>(Assert.Single(result.Content)).Text;
        Assert.False(result.IsError == true, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static async Task<HttpResponseMessage> PostRawAsync(HttpClient http, string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/mcp") { Content = Http.Json(json) };
        request.Headers.Accept.ParseAdd("application/json");
        request.Headers.Accept.ParseAdd("text/event-stream");
        return await http.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
