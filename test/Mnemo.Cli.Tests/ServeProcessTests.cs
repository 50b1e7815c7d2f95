using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Mnemo.Cli;

namespace Mnemo.Cli.Tests;

/// <summary><c>mnemo serve</c> as a real process: auth with keys made by <c>mnemo keys</c>, <c>--no-auth</c>, SIGTERM.</summary>
public sealed partial class ServeProcessTests : IDisposable
{
    private readonly string _home = Directory.CreateTempSubdirectory("mnemo-cli-serve-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(_home, recursive: true);
        }
        catch (IOException)
        {
            // A pooled SQLite handle may linger a moment; the OS temp cleaner gets it.
        }
    }

    [Fact]
    public async Task Serve_KeyFromKeysCommand_AuthorisesUntilRevokedFromAnotherProcess()
    {
        SkipWithoutSigterm();
        var created = await MnemoProcess.RunAsync(_home, "keys", "create", "--project", "acme", "--json");
        Assert.True(created.ExitCode == ExitCodes.Ok, created.ToString());
        using var json = JsonDocument.Parse(created.Out);
        var key = json.RootElement.GetProperty("key").GetString()!;

        await using var server = await Server.StartAsync(_home);
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/v1/ping/", Ct)).StatusCode);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Token", key);
        var ping = await client.GetAsync("/v1/ping/", Ct);
        Assert.Equal(HttpStatusCode.OK, ping.StatusCode);
        Assert.Contains("acme", await ping.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var revoked = await MnemoProcess.RunAsync(_home, "keys", "revoke", json.RootElement.GetProperty("id").GetString()!);
        Assert.True(revoked.ExitCode == ExitCodes.Ok, revoked.ToString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/v1/ping/", Ct)).StatusCode);
        Assert.Equal(ExitCodes.Ok, await server.StopAsync());
    }

    [Fact]
    public async Task ServeNoAuth_RequestWithoutKey_WritesTheCliDefaultProjectAndSigtermExitsZero()
    {
        SkipWithoutSigterm();
        await using (var server = await Server.StartAsync(_home, "--no-auth"))
        {
            using var client = new HttpClient { BaseAddress = server.BaseAddress };
            using var body = new StringContent("""{"messages":[{"role":"user","content":"I keep bees"}],"user_id":"kim","infer":false,"async_mode":false}""", Encoding.UTF8, "application/json");
            var added = await client.PostAsync("/v1/memories/", body, Ct);
            Assert.True(added.StatusCode == HttpStatusCode.OK, await added.Content.ReadAsStringAsync(Ct));
            Assert.Equal(ExitCodes.Ok, await server.StopAsync());
        }

        var list = await MnemoProcess.RunAsync(_home, "list", "--user", "kim", "--json");
        Assert.True(list.ExitCode == ExitCodes.Ok, list.ToString());
        Assert.Contains("I keep bees", list.Out, StringComparison.Ordinal);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static void SkipWithoutSigterm() => Assert.SkipWhen(OperatingSystem.IsWindows(), "The server is stopped with SIGTERM ('kill -TERM'), which Windows lacks.");

    [GeneratedRegex(@"listening on (http://[^\s,]+)")]
    private static partial Regex ListeningLine();

    /// <summary>A running <c>mnemo serve --urls http://127.0.0.1:0</c>; its address is read from its stderr.</summary>
    private sealed class Server : IAsyncDisposable
    {
        private readonly Process _process;
        private readonly Task<string> _restOfError;

        private Server(Process process, Uri baseAddress, Task<string> restOfError)
        {
            _process = process;
            BaseAddress = baseAddress;
            _restOfError = restOfError;
        }

        public Uri BaseAddress { get; }

        public static async Task<Server> StartAsync(string home, params string[] extra)
        {
            var process = MnemoProcess.Start(home, ["serve", "--urls", "http://127.0.0.1:0", .. extra], environment: null);
            process.StandardInput.Close();
            _ = process.StandardOutput.ReadToEndAsync(Ct);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(60));
            var seen = new StringBuilder();
            while (await process.StandardError.ReadLineAsync(timeout.Token) is { } line)
            {
                seen.AppendLine(line);
                if (ListeningLine().Match(line) is { Success: true } match)
                {
                    // Keep draining stderr (request logs), so the server never blocks on a full pipe.
                    return new Server(process, new Uri(match.Groups[1].Value), process.StandardError.ReadToEndAsync(Ct));
                }
            }

            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"mnemo serve ended before listening:\n{seen}");
        }

        /// <summary>Sends SIGTERM (what a service manager sends) and returns the exit code.</summary>
        public async Task<int> StopAsync()
        {
            using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync(Ct);
            }

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(40));
            await _process.WaitForExitAsync(timeout.Token);
            await _restOfError;
            return _process.ExitCode;
        }

        public async ValueTask DisposeAsync()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync(CancellationToken.None);
            }

            _process.Dispose();
        }
    }
}
