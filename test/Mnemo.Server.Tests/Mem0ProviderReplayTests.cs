using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

using Xunit;

namespace Mnemo.Server.Tests;

/// <summary>
/// Agent Framework's <c>Mem0Provider</c> (Microsoft.Agents.AI.Mem0, not served by our registry) replayed request by
/// request against a real server: the bodies are byte-for-byte what its client serialises (nulls left out, one message per
/// add), the header is <c>Authorization: Token</c>, and the search answer is read with the provider's own item shape.
/// </summary>
public sealed class Mem0ProviderReplayTests
{
    // The provider's storage and search scope: ApplicationId, AgentId, ThreadId (sent as run_id) and UserId.
    private const string Scope = "\"app_id\":\"office\",\"agent_id\":\"writer\",\"run_id\":\"thread-1\",\"user_id\":\"alice\"";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string CreateMemory(string role, string content) =>
        $$"""{{{Scope}},"messages":[{"content":"{{content}}","role":"{{role}}"}]}""";

    private static string Search(string query, string scope = Scope) => $$"""{{{scope}},"query":"{{query}}"}""";

    [Fact]
    public async Task Mem0ProviderRequests_AddSearchClear_AnsweredInTheShapeTheProviderReads()
    {
        await using var server = await TestServer.StartAsync();
        using var client = await server.ClientAsync("acme");
        Assert.StartsWith("Token ", client.DefaultRequestHeaders.Authorization?.ToString(), StringComparison.Ordinal);

        // After a run, the provider posts each request and response message on its own (system ones too).
        foreach (var (role, content) in new[] { ("system", "You are a helpful writer."), ("user", "I prefer Markdown over PDF for my reports"), ("assistant", "Noted, I will use Markdown.") })
        {
            using var add = await client.PostAsync("/v1/memories/", Body(CreateMemory(role, content)), Ct);
            Assert.Equal(HttpStatusCode.OK, add.StatusCode); // the provider calls EnsureSuccessStatusCode and stops at the first failure
        }

        // Before the next run it searches with the new input, without top_k; the adds were queued (async by default).
        var items = await SearchUntilFoundAsync(client, Search("Which format for my reports?"));
        var item = Assert.Single(items, i => i.Memory.Contains("Markdown", StringComparison.Ordinal));
        Assert.True(Guid.TryParse(item.Id, out _));
        Assert.Matches("^[0-9a-f]{64}$", item.Hash);
        Assert.InRange(item.Score, 0.000001, 1);
        Assert.NotEqual(default, item.CreatedAt);
        Assert.Equal(("alice", "office", "writer", "thread-1"), (item.UserId, item.AppId, item.AgentId, item.RunId));
        Assert.DoesNotContain(items, i => i.Memory.Contains("helpful writer", StringComparison.Ordinal));

        // Another user's scope finds nothing.
        Assert.Empty(await SearchAsync(client, Search("Which format for my reports?", "\"user_id\":\"bob\"")));

        // ClearStoredMemoriesAsync: DELETE with the scope in the query string.
        using var clear = await client.DeleteAsync("/v1/memories/?app_id=office&agent_id=writer&run_id=thread-1&user_id=alice", Ct);
        Assert.Equal(HttpStatusCode.OK, clear.StatusCode);
        Assert.Empty(await SearchAsync(client, Search("Which format for my reports?")));
    }

    [Fact]
    public async Task Mem0ProviderSearch_RawAnswer_IsABareArrayWithEveryV1Field()
    {
        await using var server = await TestServer.StartAsync();
        using var client = await server.ClientAsync("acme");
        await client.AddAsync("I prefer Markdown over PDF for my reports", userId: "alice");

        using var response = await client.PostAsync("/v1/memories/search/", Body("""{"user_id":"alice","query":"Markdown reports"}"""), Ct);
        var root = JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct));

        var first = Assert.IsType<JsonArray>(root)[0]!.AsObject();
        foreach (var field in new[] { "id", "memory", "hash", "metadata", "score", "created_at", "updated_at", "user_id", "app_id", "agent_id", "session_id" })
        {
            Assert.True(first.ContainsKey(field), $"missing {field}");
        }
    }

    [Fact]
    public async Task Mem0ProviderRequests_WithoutAKey_Unauthorized()
    {
        await using var server = await TestServer.StartAsync();
        using var anonymous = server.Anonymous();

        using var response = await anonymous.PostAsync("/v1/memories/search/", Body(Search("anything")), Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static StringContent Body(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task<List<SearchResponseItem>> SearchAsync(HttpClient client, string body)
    {
        using var response = await client.PostAsync("/v1/memories/search/", Body(body), Ct);
        response.EnsureSuccessStatusCode();
        return JsonSerializer.Deserialize<List<SearchResponseItem>>(await response.Content.ReadAsStringAsync(Ct)) ?? [];
    }

    private static async Task<List<SearchResponseItem>> SearchUntilFoundAsync(HttpClient client, string body)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var items = await SearchAsync(client, body);
            if (items.Count > 0)
            {
                return items;
            }

            await Task.Delay(50, Ct);
        }

        return [];
    }

    /// <summary>The provider's own response item (its fields and types, default System.Text.Json settings).</summary>
    private sealed class SearchResponseItem
    {
        [JsonPropertyName("id")] public string Id { get; set; } = string.Empty;

        [JsonPropertyName("memory")] public string Memory { get; set; } = string.Empty;

        [JsonPropertyName("hash")] public string Hash { get; set; } = string.Empty;

        [JsonPropertyName("metadata")] public object? Metadata { get; set; }

        [JsonPropertyName("score")] public double Score { get; set; }

        [JsonPropertyName("created_at")] public DateTime CreatedAt { get; set; }

        [JsonPropertyName("updated_at")] public DateTime? UpdatedAt { get; set; }

        [JsonPropertyName("user_id")] public string UserId { get; set; } = string.Empty;

        [JsonPropertyName("app_id")] public string? AppId { get; set; }

        [JsonPropertyName("agent_id")] public string AgentId { get; set; } = string.Empty;

        [JsonPropertyName("session_id")] public string RunId { get; set; } = string.Empty;
    }
}
