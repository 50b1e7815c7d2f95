using System.Net;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace Mnemo.Server.Tests;

/// <summary>The dashboard's assets (<c>/ui/</c>) and its routes (<c>/v1/dashboard/…</c>) over a real Kestrel and SQLite file.</summary>
public sealed class DashboardRoutesTests
{
    [Fact]
    public async Task Ui_Assets_ServedWithStrictCsp_UnknownIs404_BareUiRedirects()
    {
        await using var server = await TestServer.StartAsync(background: false);
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.BaseAddress };
        var ct = TestContext.Current.CancellationToken;

        using var index = await client.GetAsync("/ui/", ct);
        Assert.Equal(HttpStatusCode.OK, index.StatusCode);
        Assert.Equal("text/html", index.Content.Headers.ContentType!.MediaType);
        var csp = string.Join(";", index.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", index.Headers.GetValues("X-Content-Type-Options").Single());

        using var script = await client.GetAsync("/ui/app.js", ct);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType!.MediaType);
        using var cached = new HttpRequestMessage(HttpMethod.Get, "/ui/app.js");
        cached.Headers.TryAddWithoutValidation("If-None-Match", script.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(cached, ct)).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/ui/../appsettings.json", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/ui/missing.js", ct)).StatusCode);
        using var bare = await client.GetAsync("/ui", ct);
        Assert.Equal(HttpStatusCode.Redirect, bare.StatusCode);
        Assert.Equal("/ui/", bare.Headers.Location!.ToString());
    }

    [Fact]
    public async Task DashboardRoutes_OtherProjectsKey_SeesAndRetriesNothing()
    {
        await using var server = await TestServer.StartAsync();
        using var acme = await server.ClientAsync("acme");
        using var evil = await server.ClientAsync("evil");
        await acme.AddAsync("acme secret plan");
        var (_, queued) = await acme.PostJsonAsync("/v3/memories/add/", """{"messages":[{"role":"user","content":"acme queued secret"}],"user_id":"alex","infer":false}""");
        var eventId = queued![0]!["event_id"]!.GetValue<string>();
        await PlatformRoutesTests.PollAsync(acme, eventId);

        Assert.Equal(0, (await evil.PostJsonAsync("/v1/dashboard/memories/", """{"filters":{"user_id":"alex"},"include_superseded":true,"include_expired":true}""")).Body!["count"]!.GetValue<int>());
        Assert.Empty((await evil.PostJsonAsync("/v1/dashboard/search/", """{"query":"secret plan","filters":{"user_id":"alex"},"include_superseded":true}""")).Body!["results"]!.AsArray());
        Assert.Empty((await evil.GetJsonAsync("/v1/dashboard/queue/")).Body!.AsArray());
        Assert.Equal(HttpStatusCode.NotFound, (await evil.PostJsonAsync($"/v1/dashboard/queue/{eventId}/retry/", "{}")).Status);
        Assert.Equal(0, (await evil.GetJsonAsync("/v1/dashboard/stats/")).Body!["added_per_day"]!.AsArray().Sum(d => d!["count"]!.GetValue<int>()));

        Assert.Equal(2, (await acme.PostJsonAsync("/v1/dashboard/memories/", """{"filters":{"user_id":"alex"}}""")).Body!["count"]!.GetValue<int>());
        var queue = (await acme.GetJsonAsync("/v1/dashboard/queue/?status=succeeded")).Body!.AsArray();
        Assert.Equal(eventId, Assert.Single(queue)!["id"]!.GetValue<string>());
        Assert.Equal(2, (await acme.GetJsonAsync("/v1/dashboard/stats/?user_id=alex&days=1")).Body!["added_per_day"]![0]!["count"]!.GetValue<int>());
    }

    [Fact]
    public async Task DashboardRoutes_BadInput_Returns400NamingTheInput()
    {
        await using var server = await TestServer.StartAsync(background: false);
        using var acme = await server.ClientAsync("acme");

        var (status, body) = await acme.PostJsonAsync("/v1/dashboard/memories/", """{"filters":{"categories":{"contains":"work"}}}""");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("filters", body!["field"]!.GetValue<string>());
        (status, body) = await acme.PostJsonAsync("/v1/dashboard/search/", """{"filters":{"user_id":"alex"}}""");
        Assert.Equal((HttpStatusCode.BadRequest, "query"), (status, body!["field"]!.GetValue<string>()));
        (status, body) = await acme.PostJsonAsync("/v1/dashboard/memories/", """{"filters":{"user_id":"alex"},"page_size":5000}""");
        Assert.Equal((HttpStatusCode.BadRequest, "page_size"), (status, body!["field"]!.GetValue<string>()));
        (status, body) = await acme.GetJsonAsync("/v1/dashboard/queue/?status=lost");
        Assert.Equal((HttpStatusCode.BadRequest, "status"), (status, body!["field"]!.GetValue<string>()));
        (status, body) = await acme.GetJsonAsync("/v1/dashboard/stats/?days=0");
        Assert.Equal((HttpStatusCode.BadRequest, "days"), (status, body!["field"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.NotFound, (await acme.PostJsonAsync("/v1/dashboard/queue/not-a-uuid/retry/", "{}")).Status);
    }

    [Fact]
    public async Task Retry_SucceededEvent_Returns409()
    {
        await using var server = await TestServer.StartAsync();
        using var acme = await server.ClientAsync("acme");
        var (_, queued) = await acme.PostJsonAsync("/v3/memories/add/", """{"messages":[{"role":"user","content":"done already"}],"user_id":"alex","infer":false}""");
        var eventId = queued![0]!["event_id"]!.GetValue<string>();
        await PlatformRoutesTests.PollAsync(acme, eventId);

        var (status, body) = await acme.PostJsonAsync($"/v1/dashboard/queue/{eventId}/retry/", "{}");
        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains("only a failed add", body!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stats_SearchesAndRequests_CountedForTheirProjectOnly()
    {
        await using var server = await TestServer.StartAsync(background: false);
        using var acme = await server.ClientAsync("acme");
        using var other = await server.ClientAsync("other");
        await acme.AddAsync("I play the violin");
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await acme.PostJsonAsync("/v3/memories/search/", """{"query":"violin","filters":{"user_id":"alex"}}""")).Status);
        }

        var acmeStats = (await acme.GetJsonAsync("/v1/dashboard/stats/")).Body!;
        Assert.Equal(3, acmeStats["searches_last_hour"]!.GetValue<int>());
        Assert.True(acmeStats["search_p50_ms"]!.GetValue<double>() > 0);
        Assert.True(acmeStats["search_p95_ms"]!.GetValue<double>() >= acmeStats["search_p50_ms"]!.GetValue<double>());
        Assert.Equal(60, acmeStats["requests_per_minute"]!.AsArray().Count);

        // The add, three searches and this stats call, in the last minute or the one before it.
        Assert.Equal(5, acmeStats["requests_per_minute"]!.AsArray().TakeLast(2).Sum(n => n!.GetValue<long>()));
        Assert.True(acmeStats["usage"]!["mnemo.embedding.calls"]!.GetValue<long>() >= 1);

        var otherStats = (await other.GetJsonAsync("/v1/dashboard/stats/")).Body!;
        Assert.Equal(0, otherStats["searches_last_hour"]!.GetValue<int>());
        Assert.Null(otherStats["search_p50_ms"]);
        Assert.Null(otherStats["usage"]!["mnemo.embedding.calls"]);
    }

    [Fact]
    public void ProjectMetrics_Snapshot_NearestRankPercentiles_OldMinutesAndSearchesDropped()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 12, 0, 30, TimeSpan.Zero));
        using var metrics = new DashboardMetrics(time);
        foreach (var ms in new double[] { 10, 20, 30, 40, 50, 60, 70, 80, 90, 1000 })
        {
            metrics.RecordSearch("p", ms);
        }

        metrics.RecordRequest("p");
        metrics.RecordRequest("p");
        var snapshot = metrics.Snapshot("p");
        Assert.Equal((10, 50.0, 1000.0), (snapshot.Searches, snapshot.SearchP50, snapshot.SearchP95));
        Assert.Equal(2, snapshot.RequestsPerMinute[^1]);

        time.Advance(TimeSpan.FromMinutes(5));
        metrics.RecordRequest("p");
        snapshot = metrics.Snapshot("p");
        Assert.Equal(2, snapshot.RequestsPerMinute[^6]);
        Assert.Equal(1, snapshot.RequestsPerMinute[^1]);

        // An hour later the slot of 12:00 is reused: its old count must not come back.
        time.Advance(TimeSpan.FromMinutes(55));
        snapshot = metrics.Snapshot("p");
        Assert.Equal(0, snapshot.Searches);
        Assert.Null(snapshot.SearchP50);
        Assert.Equal(1, snapshot.RequestsPerMinute.Sum());
        Assert.Equal(0, metrics.Snapshot("unknown").RequestsPerMinute.Sum());
    }
}
