using System.Net;
using System.Text;
using System.Text.Json.Nodes;

using Xunit;

namespace Mnemo.Server.Tests;

/// <summary>Small JSON helpers over HttpClient.</summary>
internal static class Http
{
    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static async Task<(HttpStatusCode Status, JsonNode? Body)> SendAsync(this HttpClient client, HttpMethod method, string url, string? json = null)
    {
        using var request = new HttpRequestMessage(method, url) { Content = json is null ? null : Json(json) };
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    public static Task<(HttpStatusCode Status, JsonNode? Body)> PostJsonAsync(this HttpClient client, string url, string json) => client.SendAsync(HttpMethod.Post, url, json);

    public static Task<(HttpStatusCode Status, JsonNode? Body)> GetJsonAsync(this HttpClient client, string url) => client.SendAsync(HttpMethod.Get, url);

    /// <summary>Adds one memory synchronously (infer off) and returns its id.</summary>
    public static async Task<string> AddAsync(this HttpClient client, string text, string userId = "alex")
    {
        var (status, body) = await client.PostJsonAsync("/v1/memories/", $$"""{"messages":[{"role":"user","content":"{{text}}"}],"user_id":"{{userId}}","infer":false,"async_mode":false}""");
        Assert.Equal(HttpStatusCode.OK, status);
        return body![0]!["id"]!.GetValue<string>();
    }
}
