using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Npgsql;

namespace Mnemo.Cli.Tests;

/// <summary>
/// Several real <c>mnemo serve --postgres</c> processes on one database (eng/test-setup/postgres.sh's throw-away
/// PostgreSQL, a fresh schema per test): a write through one replica is found by a search on another within a second,
/// deletes and forgets reach every replica, a replica started later catches up, and queued adds are processed exactly
/// once across replicas even when one is killed with SIGKILL.
/// </summary>
public sealed partial class ReplicaProcessTests : IAsyncDisposable
{
    private readonly string _home = Directory.CreateTempSubdirectory("mnemo-replicas-").FullName;
    private readonly List<Replica> _replicas = [];
    private TestSchema? _schema;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Replicas_WriteDeleteAndForgetThroughOne_SeenByTheOthers_AndALateReplicaCatchesUp()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "The replicas are stopped with signals, which Windows lacks.");
        var database = await NewSchemaAsync();
        var a = await StartAsync(database);
        var b = await StartAsync(database);
        Assert.Empty(await SearchAsync(b, "green tea", "alice"));

        var kept = await AddAsync(a, "I love green tea", "alice");
        var written = Stopwatch.StartNew();
        await WaitUntilAsync(async () => (await SearchAsync(b, "green tea", "alice")).Contains(kept), TimeSpan.FromSeconds(1));
        var lag = written.Elapsed;
        TestContext.Current.SendDiagnosticMessage($"replication lag A -> B (write to found by search): {lag.TotalMilliseconds:F0} ms");

        var deleted = await AddAsync(a, "I work at the harbour", "alice");
        await WaitUntilAsync(async () => (await SearchAsync(b, "harbour", "alice")).Contains(deleted), TimeSpan.FromSeconds(5));
        Assert.Equal(HttpStatusCode.OK, (await a.Client.DeleteAsync($"/v1/memories/{deleted}/", Ct)).StatusCode);
        await WaitUntilAsync(async () => !(await SearchAsync(b, "harbour", "alice")).Contains(deleted), TimeSpan.FromSeconds(5));

        var forgotten = await AddAsync(b, "Bob's PIN is 4410", "bob");
        await WaitUntilAsync(async () => (await SearchAsync(a, "PIN", "bob")).Contains(forgotten), TimeSpan.FromSeconds(5));
        using (var forget = Json("""{"user_id":"bob"}"""))
        {
            var response = await a.Client.PostAsync("/v1/forget/", forget, Ct);
            Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        }

        await WaitUntilAsync(async () => (await SearchAsync(b, "PIN", "bob")).Count == 0, TimeSpan.FromSeconds(5));

        // A replica started after the writes loads them from the database.
        var late = await StartAsync(database);
        Assert.Equal([kept], await SearchAsync(late, "green tea", "alice"));
        Assert.Empty(await SearchAsync(late, "PIN", "bob"));
    }

    [Fact]
    public async Task QueuedAdds_TwoReplicasOneKilledWithSigkill_EachAddAppliedExactlyOnce()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "The replica is killed with SIGKILL, which Windows lacks.");
        var database = await NewSchemaAsync();
        var a = await StartAsync(database);
        var b = await StartAsync(database);
        var texts = Enumerable.Range(0, 40).Select(i => $"queued fact number {i} about kiwis").ToList();
        var events = new List<string>();
        foreach (var text in texts)
        {
            using var body = Json(JsonSerializer.Serialize(new { messages = new[] { new { role = "user", content = text } }, user_id = "kim", infer = false, async_mode = true }));
            var response = await a.Client.PostAsync("/v1/memories/", body, Ct);
            var answer = await response.Content.ReadAsStringAsync(Ct);
            Assert.True(response.IsSuccessStatusCode, answer);
            using var json = JsonDocument.Parse(answer);
            var root = json.RootElement.ValueKind == JsonValueKind.Array ? json.RootElement[0] : json.RootElement;
            events.Add(root.GetProperty("event_id").GetString()!);
        }

        // Kill A while the queue is being worked through.
        await WaitUntilAsync(async () => await CountAsync(database, "SELECT count(*) FROM ingest_queue WHERE status = 'succeeded'") >= 5, TimeSpan.FromSeconds(60));
        a.Kill();

        await WaitUntilAsync(async () => await CountAsync(database, "SELECT count(*) FROM ingest_queue WHERE status = 'succeeded'") == texts.Count, TimeSpan.FromSeconds(90));
        var listed = await b.Client.GetStringAsync("/v1/memories/?user_id=kim&page_size=100", Ct);
        using var list = JsonDocument.Parse(listed);
        var items = list.RootElement.ValueKind == JsonValueKind.Array ? list.RootElement : list.RootElement.GetProperty("results");
        Assert.Equal(texts.Order(StringComparer.Ordinal), items.EnumerateArray().Select(i => i.GetProperty("memory").GetString()!).Order(StringComparer.Ordinal));
        Assert.Equal(texts.Count, await CountAsync(database, "SELECT count(*) FROM memories"));
        Assert.Equal(texts.Count, await CountAsync(database, "SELECT count(*) FROM memory_history WHERE event = 'ADD'"));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var replica in _replicas)
        {
            await replica.DisposeAsync();
        }

        if (_schema is not null)
        {
            await _schema.DisposeAsync();
        }

        try
        {
            Directory.Delete(_home, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private async Task<string> NewSchemaAsync()
    {
        _schema = await TestSchema.CreateAsync("rep_");
        return _schema.ConnectionString;
    }

    private async Task<Replica> StartAsync(string database)
    {
        var replica = await Replica.StartAsync(_home, database);
        _replicas.Add(replica);
        return replica;
    }

    private static async Task<string> AddAsync(Replica replica, string text, string user)
    {
        using var body = Json(JsonSerializer.Serialize(new { messages = new[] { new { role = "user", content = text } }, user_id = user, infer = false, async_mode = false }));
        var response = await replica.Client.PostAsync("/v1/memories/", body, Ct);
        var answer = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.IsSuccessStatusCode, answer);
        using var json = JsonDocument.Parse(answer);
        var results = json.RootElement.ValueKind == JsonValueKind.Array ? json.RootElement : json.RootElement.GetProperty("results");
        return results[0].GetProperty("id").GetString()!;
    }

    private static async Task<List<string>> SearchAsync(Replica replica, string query, string user)
    {
        using var body = Json(JsonSerializer.Serialize(new { query, user_id = user, limit = 5 }));
        var response = await replica.Client.PostAsync("/v1/memories/search/", body, Ct);
        var answer = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.IsSuccessStatusCode, answer);
        using var json = JsonDocument.Parse(answer);
        var results = json.RootElement.ValueKind == JsonValueKind.Array ? json.RootElement : json.RootElement.GetProperty("results");
        return [.. results.EnumerateArray().Select(r => r.GetProperty("id").GetString()!)];
    }

    private static async Task<long> CountAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync(Ct))!;
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(deadline.Elapsed < timeout, $"not reached within {timeout}");
            await Task.Delay(20, Ct);
        }
    }

    [GeneratedRegex(@"listening on (http://[^\s,]+)")]
    private static partial Regex ListeningLine();

    /// <summary>A running <c>mnemo serve --postgres ... --no-auth --urls http://127.0.0.1:0</c>.</summary>
    private sealed class Replica : IAsyncDisposable
    {
        private readonly Process _process;

        private Replica(Process process, Uri address)
        {
            _process = process;
            Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
        }

        public HttpClient Client { get; }

        public static async Task<Replica> StartAsync(string home, string database)
        {
            var process = MnemoProcess.Start(home, ["serve", "--urls", "http://127.0.0.1:0", "--no-auth", "--postgres", database], environment: null);
            process.StandardInput.Close();
            _ = process.StandardOutput.ReadToEndAsync(Ct);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(90));
            var seen = new StringBuilder();
            while (await process.StandardError.ReadLineAsync(timeout.Token) is { } line)
            {
                seen.AppendLine(line);
                if (ListeningLine().Match(line) is { Success: true } match)
                {
                    _ = process.StandardError.ReadToEndAsync(Ct);
                    return new Replica(process, new Uri(match.Groups[1].Value));
                }
            }

            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"mnemo serve ended before listening:\n{seen}");
        }

        /// <summary>SIGKILL: no shutdown, no cleanup; PostgreSQL ends its sessions.</summary>
        public void Kill() => _process.Kill(entireProcessTree: true);

        public async ValueTask DisposeAsync()
        {
            Client.Dispose();
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync(CancellationToken.None);
            }

            _process.Dispose();
        }
    }
}
