using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Mnemo.TestUtilities;
using Xunit;

namespace Mnemo.Server.Tests;

/// <summary>The defects an attack on <c>mnemo serve</c> found (issue 13, part 3), each reproduced here.</summary>
public sealed class AttackDefectTests
{
    [Fact]
    public async Task BatchDelete_RepeatedId_Returns400NamingTheItem_AndDeletesNothing()
    {
        await using var server = await TestServer.StartAsync();
        using var client = await server.ClientAsync("acme");
        var m1 = await client.AddAsync("first");
        var m2 = await client.AddAsync("second");

        var (status, error) = await client.SendAsync(HttpMethod.Delete, "/v1/batch/", $$"""{"memories":[{"memory_id":"{{m1}}"},{"memory_id":"{{m2}}"},{"memory_id":"{{m1}}"}]}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("memories[2].memory_id", error!["field"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await client.GetJsonAsync($"/v1/memories/{m1}/")).Status);
        Assert.Equal(HttpStatusCode.OK, (await client.GetJsonAsync($"/v1/memories/{m2}/")).Status);
    }

    public static TheoryData<string> WideFilters()
    {
        var ors = string.Join(",", Enumerable.Range(0, 1000).Select(i => $$$"""{"metadata":{"k":"v{{{i}}}"}}"""));
        var ands = string.Join(",", Enumerable.Range(0, 1000).Select(i => "{\"metadata\":{\"k" + i + "\":{\"ne\":\"v\"}}}"));
        var inList = string.Join(",", Enumerable.Range(0, 32_763).Select(i => $"\"u{i}\""));
        return new TheoryData<string>
        {
            $$"""{"AND":[{"user_id":"alex"},{"OR":[{{ors}}]}]}""",
            $$"""{"AND":[{"user_id":"alex"},{{ands}}]}""",
            $$$"""{"AND":[{"user_id":"alex"},{"run_id":{"in":[{{{inList}}}]}}]}""",
        };
    }

    [Theory]
    [MemberData(nameof(WideFilters))]
    public async Task ListAndSearch_FilterOverTheLimit_Return400NamingTheLimit(string filters)
    {
        await using var server = await TestServer.StartAsync();
        using var client = await server.ClientAsync("acme");
        await client.AddAsync("alex likes tea");

        var list = await client.PostJsonAsync("/v2/memories/", $$"""{"filters":{{filters}}}""");
        var search = await client.PostJsonAsync("/v2/memories/search/", $$"""{"query":"tea","filters":{{filters}}}""");

        foreach (var (status, body) in new[] { list, search })
        {
            Assert.Equal(HttpStatusCode.BadRequest, status);
            Assert.StartsWith("filters", body!["field"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.Contains("at most", body["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ListAndSearch_FilterUnderTheLimit_AreEvaluated()
    {
        await using var server = await TestServer.StartAsync();
        using var client = await server.ClientAsync("acme");
        await client.AddAsync("alex likes tea");
        var ors = string.Join(",", Enumerable.Range(0, MemoryFilter.MaxConditions - 4).Select(i => $$"""{"run_id":"r{{i}}"}""")) + """,{"memory":{"contains":"tea"}}""";
        var values = string.Join(",", Enumerable.Range(0, MemoryFilter.MaxListValues - 1).Select(i => $"\"u{i}\"")) + ",\"alex\"";

        var (orStatus, orBody) = await client.PostJsonAsync("/v2/memories/", $$$"""{"filters":{"AND":[{"user_id":"alex"},{"OR":[{{{ors}}}]}]}}""");
        var (inStatus, inBody) = await client.PostJsonAsync("/v2/memories/search/", $$$"""{"query":"tea","filters":{"AND":[{"user_id":"alex"},{"user_id":{"in":[{{{values}}}]}}]}}""");

        Assert.Equal(HttpStatusCode.OK, orStatus);
        Assert.Equal(1, orBody!["count"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.OK, inStatus);
        Assert.Single(inBody!.AsArray());
    }

    [Theory]
    [InlineData("/v1/memories/", 253402300800L)]
    [InlineData("/v1/memories/", -62135596801L)]
    [InlineData("/memories", 99999999999999L)]
    [InlineData("/memories", -99999999999999L)]
    public async Task Add_TimestampOutOfRange_Returns400NamingTimestamp(string path, long timestamp)
    {
        await using var server = await TestServer.StartAsync();
        using var client = await server.ClientAsync("acme");

        var (status, error) = await client.PostJsonAsync(path, $$"""{"messages":[{"role":"user","content":"x"}],"user_id":"alex","infer":false,"async_mode":false,"timestamp":{{timestamp}}}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("timestamp", error!["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task DeleteEntity_User_ForgetsHistoryEventsAndEveryByteOfTheText()
    {
        const string Marker = "zanzibarquokka";
        var path = Path.Combine(Path.GetTempPath(), "mnemo-server-tests", Guid.NewGuid().ToString("N") + ".db");
        string queuedEvent, memoryId;
        await using (var server = await TestServer.StartAsync(path))
        {
            using var client = await server.ClientAsync("acme");
            memoryId = await client.AddAsync($"{Marker} one", "victim");
            Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(HttpMethod.Put, $"/v1/memories/{memoryId}/", $$"""{"text":"{{Marker}} two"}""")).Status);
            var (_, queued) = await client.PostJsonAsync("/v1/memories/", $$"""{"messages":[{"role":"user","content":"{{Marker}} three"}],"user_id":"victim","infer":false}""");
            queuedEvent = queued![0]!["event_id"]!.GetValue<string>();
            await WaitForEventAsync(client, queuedEvent);
            var keep = await client.AddAsync("bystander text", "bystander");

            var (status, _) = await client.SendAsync(HttpMethod.Delete, "/v1/entities/user/victim/");

            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetJsonAsync($"/v1/memories/{memoryId}/history/")).Status);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetJsonAsync($"/v1/event/{queuedEvent}/")).Status);
            Assert.Equal(HttpStatusCode.OK, (await client.GetJsonAsync($"/v1/memories/{keep}/")).Status);
        }

        Assert.Equal(0, CountInStoreFiles(path, Marker));
    }

    [Fact]
    public async Task Forget_ExplicitRoute_ErasesExactlyTheSubjectAndAnswersTheReceipt()
    {
        await using var server = await TestServer.StartAsync();
        using var client = await server.ClientAsync("acme");
        var gone = await client.AddAsync("victim fact", "victim");
        var kept = await client.AddAsync("bystander fact", "bystander");
        using var other = await server.ClientAsync("other");
        var otherProject = await other.AddAsync("same user, other project", "victim");

        var (status, receipt) = await client.PostJsonAsync("/v1/forget/", """{"user_id":"victim"}""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("victim", receipt!["scope"]!["user_id"]!.GetValue<string>());
        Assert.Equal(1, receipt["memories"]!.GetValue<int>());
        Assert.Equal(1, receipt["history_entries"]!.GetValue<int>());
        Assert.Equal(0, receipt["queued_items"]!.GetValue<int>());
        Assert.NotNull(receipt["completed_at"]);
        Assert.NotNull(receipt["duration_ms"]);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetJsonAsync($"/v1/memories/{gone}/")).Status);
        Assert.Equal(HttpStatusCode.OK, (await client.GetJsonAsync($"/v1/memories/{kept}/")).Status);
        Assert.Equal(HttpStatusCode.OK, (await other.GetJsonAsync($"/v1/memories/{otherProject}/")).Status);
    }

    [Theory]
    [InlineData("{}", "user_id")]
    [InlineData("""{"user_id":""}""", "user_id")]
    [InlineData("""{"user_id":"a","project_id":"x"}""", "project_id")]
    public async Task Forget_NoSubjectOrUnknownField_Returns400AndErasesNothing(string body, string field)
    {
        await using var server = await TestServer.StartAsync();
        using var client = await server.ClientAsync("acme");
        var id = await client.AddAsync("still here", "a");

        var (status, error) = await client.PostJsonAsync("/v1/forget/", body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(field, error!["field"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await client.GetJsonAsync($"/v1/memories/{id}/")).Status);
    }

    [Fact]
    public async Task Auth_RepeatedBadKeysFromOneAddress_Returns429WithRetryAfter()
    {
        await using var server = await TestServer.StartAsync(configure: o => o.FailedAuthLimitPerWindow = 5);
        using var client = server.Anonymous();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 7; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/ping/");
            request.Headers.TryAddWithoutValidation("Authorization", $"Token bad-key-{i}");
            last?.Dispose();
            last = await client.SendAsync(request, TestContext.Current.CancellationToken);
            statuses.Add(last.StatusCode);
        }

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Unauthorized, 5), statuses.Take(5));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[5]);
        Assert.Equal(HttpStatusCode.TooManyRequests, last!.StatusCode);
        Assert.True(last.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        var body = JsonNode.Parse(await last.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains("authentication", body!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        last.Dispose();
    }

    [Fact]
    public async Task Entities_PageSizeOverTheCap_Returns400NamingPageSize()
    {
        await using var server = await TestServer.StartAsync();
        using var client = await server.ClientAsync("acme");

        var (status, error) = await client.GetJsonAsync("/v1/entities/?page_size=1000000000");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("page_size", error!["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task Post_WrongContentType_Returns415WithDetail()
    {
        await using var server = await TestServer.StartAsync();
        using var client = await server.ClientAsync("acme");
        using var content = new StringContent("""{"query":"x","user_id":"a"}""", Encoding.UTF8, "text/plain");

        using var response = await client.PostAsync("/v1/memories/search/", content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains("application/json", body!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private static async Task WaitForEventAsync(HttpClient client, string eventId)
    {
        for (var i = 0; i < 200; i++)
        {
            var (_, body) = await client.GetJsonAsync($"/v1/event/{eventId}/");
            if (body?["status"]?.GetValue<string>() == "SUCCEEDED")
            {
                return;
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        Assert.Fail($"event {eventId} did not succeed");
    }

    private static int CountInStoreFiles(string path, string marker)
    {
        var needle = Encoding.UTF8.GetBytes(marker);
        var count = 0;
        foreach (var file in new[] { path, path + "-wal", path + "-shm" }.Where(File.Exists))
        {
            var bytes = File.ReadAllBytes(file).AsSpan();
            int at;
            while ((at = bytes.IndexOf(needle)) >= 0)
            {
                count++;
                bytes = bytes[(at + needle.Length)..];
            }
        }

        return count;
    }

    [Theory]
    [InlineData("/memories", """{"messages":[{"role":"user","content":"I moved to Lisbon"}],"user_id":"alex"}""")]
    [InlineData("/v1/memories/", """{"messages":[{"role":"user","content":"I moved to Lisbon"}],"user_id":"alex","async_mode":false}""")]
    public async Task SynchronousAdd_LlmAnswersInvalidJsonTwice_Returns502AndKeepsTheMessagesAsAnEvent(string route, string body)
    {
        var chat = new FakeChatClient().Then("not json", "still not json");
        await using var server = await TestServer.StartAsync(background: false, chat: chat);
        using var client = await server.ClientAsync("acme");

        var (status, error) = await client.PostJsonAsync(route, body);

        Assert.Equal(HttpStatusCode.BadGateway, status);
        var detail = error!["detail"]!.GetValue<string>();
        Assert.Contains("invalid JSON", detail, StringComparison.Ordinal);
        Assert.Equal("extraction_failed", error["code"]!.GetValue<string>());
        var eventId = error["event_id"]!.GetValue<string>();
        Assert.Contains(eventId, detail, StringComparison.Ordinal);
        var (eventStatus, kept) = await client.GetJsonAsync($"/v1/event/{eventId}/");
        Assert.Equal(HttpStatusCode.OK, eventStatus);
        Assert.Equal("PENDING", kept!["status"]!.GetValue<string>());
        var (queueStatus, queue) = await client.GetJsonAsync("/v1/dashboard/queue/");
        Assert.Equal(HttpStatusCode.OK, queueStatus);
        Assert.Equal(eventId, Assert.Single(queue!.AsArray())!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task RequestLog_ProjectAndPathWithControlCharacters_AreEscaped()
    {
        var logs = new RecordingLoggerProvider();
        await using (var server = await TestServer.StartAsync(logs: logs))
        {
            using var client = await server.ClientAsync("acme\u001b[31m\r\nFAKE");
            await client.AddAsync("a fact");
            await client.GetJsonAsync("/nowhere/%1B[31m%0D%0AFAKE");
        }

        // What mnemo serve writes by default: Information and up, ASP.NET Core's own lines only from Warning.
        var entries = logs.Entries
            .Where(e => e.Level >= (e.Category.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) ? LogLevel.Warning : LogLevel.Information))
            .ToList();
        Assert.Contains(entries, e => e.Message.Contains("acme\\u001B[31m\\r\\nFAKE", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.Message.Any(c => char.IsControl(c) && c != '\n'));
        Assert.DoesNotContain(entries, e => e.Message.Contains("\r\nFAKE", StringComparison.Ordinal));
    }
}
