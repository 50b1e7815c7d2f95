using System.Diagnostics;
using System.Net.Http.Headers;

namespace Mnemo.Bench;

/// <summary>
/// HTTP load: N clients (each its own HttpClient and connections), each sending its share of the request bodies one
/// after another: closed loop (next request as soon as the last is answered), or paced (each client on a fixed
/// schedule, starts staggered; a late request goes at once). Latency is from send to the last byte of the response.
/// </summary>
internal static class ServerLoad
{
    /// <summary>The latencies, the wall time, this process's CPU time over the run, and the response bodies.</summary>
    public sealed record Result(Timings Timings, double Seconds, double CpuSeconds, IReadOnlyList<string> Bodies);

    public static HttpClient Client(Uri baseAddress, string apiKey)
    {
        var client = new HttpClient { BaseAddress = baseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Token", apiKey);
        return client;
    }

    public static async Task<Result> RunAsync(Uri baseAddress, string apiKey, string path, IReadOnlyList<string> bodies, int clients, TimeSpan? interval = null)
    {
        var timings = new Timings[clients];
        var responses = new string[bodies.Count];
        var cpu = Environment.CpuUsage.TotalTime;
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async c =>
        {
            using var client = Client(baseAddress, apiKey);
            timings[c] = new Timings();
            var sent = 0;
            for (var i = c; i < bodies.Count; i += clients)
            {
                if (interval is { } every)
                {
                    var due = (every * sent++) + (every * c / clients) - Stopwatch.GetElapsedTime(started);
                    if (due > TimeSpan.Zero)
                    {
                        await Task.Delay(due);
                    }
                }

                var index = i;
                responses[index] = await timings[c].TimeAsync(() => SendAsync(client, path, bodies[index]));
            }
        }));
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        return new Result(Timings.Merge(timings), seconds, (Environment.CpuUsage.TotalTime - cpu).TotalSeconds, responses);
    }

    public static async Task<string> SendAsync(HttpClient client, string path, string body)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(path, content);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"POST {path} answered {(int)response.StatusCode}: {text}");
        }

        return text;
    }
}
