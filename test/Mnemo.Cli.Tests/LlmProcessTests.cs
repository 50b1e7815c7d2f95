using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Mnemo.Cli.Tests;

/// <summary>
/// The real executable against an OpenAI-compatible server on 127.0.0.1, configured only through MNEMO_LLM_BASE_URL,
/// MNEMO_LLM_API_KEY and MNEMO_LLM_MODEL: one chat request per add, its operations applied; chat answers on stdout.
/// </summary>
public sealed partial class LlmProcessTests : IAsyncDisposable
{
    private const string Pixel = "Has a cat named Pixel";
    private readonly string _home = Directory.CreateTempSubdirectory("mnemo-cli-llm-").FullName;
    private readonly FakeServer _server = new();

    private string Db => Path.Combine(_home, "memories.db");

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        Directory.Delete(_home, recursive: true);
    }

    [Fact]
    public async Task Add_InferWithLlmFromEnvironment_OneChatRequestAndItsOperationsApplied()
    {
        _server.Respond = (body, content) => IsFormation(body)
            ? Operations(new { @event = "ADD", text = Pixel })
            : "unexpected";

        var add = await RunAsync(null, "add", "I have a cat named Pixel", "--user", "alice", "--json");

        Assert.True(add.ExitCode == 0, add.ToString());
        var request = Assert.Single(_server.Requests);
        Assert.Equal("/v1/chat/completions", request.Path);
        Assert.Equal("Bearer local-test-key", request.Authorization);
        Assert.Contains("\"model\":\"fake-model\"", request.Body, StringComparison.Ordinal);
        Assert.Contains("I have a cat named Pixel", request.Body, StringComparison.Ordinal);
        using var added = JsonDocument.Parse(add.Out);
        Assert.Equal("ADD", added.RootElement.GetProperty("results")[0].GetProperty("event").GetString());
        Assert.Equal(Pixel, added.RootElement.GetProperty("results")[0].GetProperty("memory").GetString());
        Assert.Equal([Pixel], await ListAsync());
    }

    [Fact]
    public async Task Add_LlmAnswersSupersede_OldFactRetired()
    {
        const string Dog = "Has a dog named Pixel (the cat was rehomed)";
        _server.Respond = (_, content) =>
        {
            var old = ShortId().Match(content);
            return old.Success
                ? Operations(new { @event = "SUPERSEDE", id = old.Groups[1].Value, text = Dog })
                : Operations(new { @event = "ADD", text = Pixel });
        };
        Assert.Equal(0, (await RunAsync(null, "add", "I have a cat named Pixel", "--user", "alice")).ExitCode);

        var second = await RunAsync(null, "add", "We rehomed the cat; Pixel is now my dog's name", "--user", "alice", "--json");

        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Equal(2, _server.Requests.Count);
        Assert.Equal([Dog], await ListAsync());
        var all = await RunAsync(null, "list", "--user", "alice", "--include-superseded", "--json");
        Assert.Contains(Pixel, all.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chat_StdinLine_ServerAnswerOnStdoutAndTurnRecorded()
    {
        _server.Respond = (body, _) => IsFormation(body)
            ? Operations(new { @event = "ADD", text = "Likes green tea" })
            : "Green tea it is, then.";

        var chat = await RunAsync("I like green tea\n/exit\n", "chat", "--user", "alice");

        Assert.True(chat.ExitCode == 0, chat.ToString());
        Assert.Equal("Green tea it is, then.", chat.Out.Trim());
        Assert.Contains(_server.Requests, r => !IsFormation(r.Body) && r.Body.Contains("I like green tea", StringComparison.Ordinal));
        Assert.Equal(["Likes green tea"], await ListAsync());
    }

    [Fact]
    public async Task Chat_NoLlmConfigured_ExitsFourNamingTheVariables()
    {
        var chat = await RunAsync("hello\n", withLlm: false, "chat", "--user", "alice");

        Assert.Equal(ExitCodes.Configuration, chat.ExitCode);
        Assert.Contains("MNEMO_LLM_BASE_URL", chat.Error, StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task Add_ServerRejectsKey_ExitsFourNamingTheVariableNotTheKey()
    {
        _server.Status = 401;

        var add = await RunAsync(null, "add", "I have a cat named Pixel", "--user", "alice");

        Assert.Equal(ExitCodes.Configuration, add.ExitCode);
        Assert.Contains("MNEMO_LLM_API_KEY", add.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("local-test-key", add.Error, StringComparison.Ordinal);
    }

    private static bool IsFormation(string body) => body.Contains("json_object", StringComparison.Ordinal);

    private static string Operations(object operation) => JsonSerializer.Serialize(new { operations = new[] { operation } });

    [GeneratedRegex("\"id\"\\s*:\\s*\"(\\d+)\"\\s*,\\s*\"text\"\\s*:\\s*\"Has a cat named Pixel\"", RegexOptions.IgnoreCase)]
    private static partial Regex ShortId();

    private async Task<List<string>> ListAsync()
    {
        var list = await RunAsync(null, "list", "--user", "alice", "--json");
        Assert.True(list.ExitCode == 0, list.ToString());
        using var document = JsonDocument.Parse(list.Out);
        return document.RootElement.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("memory").GetString()!).ToList();
    }

    private Task<CliResult> RunAsync(string? input, params string[] args) => RunAsync(input, withLlm: true, args);

    private async Task<CliResult> RunAsync(string? input, bool withLlm, params string[] args)
    {
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(MnemoProcess.DllPath);
        foreach (var arg in args.Concat(["--db", Db]))
        {
            info.ArgumentList.Add(arg);
        }

        // Only the documented variables configure the LLM: clear every other route to one.
        foreach (var name in new[] { "OPENAI_API_KEY", "GROQ_API_KEY", "OLLAMA_HOST", "AZURE_OPENAI_ENDPOINT", "AZURE_OPENAI_API_KEY", "MNEMO_LLM_PROVIDER", "MNEMO_EMBEDDING_MODEL", "MNEMO_DEBUG" })
        {
            info.Environment.Remove(name);
        }

        info.Environment["MNEMO_HOME"] = _home;
        if (withLlm)
        {
            info.Environment["MNEMO_LLM_BASE_URL"] = _server.BaseUrl.ToString();
            info.Environment["MNEMO_LLM_API_KEY"] = "local-test-key";
            info.Environment["MNEMO_LLM_MODEL"] = "fake-model";
            info.Environment["MNEMO_LLM_MAX_RETRIES"] = "0";
        }
        else
        {
            foreach (var name in new[] { "MNEMO_LLM_BASE_URL", "MNEMO_LLM_API_KEY", "MNEMO_LLM_MODEL" })
            {
                info.Environment.Remove(name);
            }
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start dotnet");
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
        }

        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(90));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return new CliResult(process.ExitCode, await output, await error);
    }

    /// <summary>An OpenAI-compatible /v1/chat/completions on 127.0.0.1 that records requests and answers <see cref="Respond"/>.</summary>
    private sealed class FakeServer : IAsyncDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly Task _loop;

        public FakeServer()
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            BaseUrl = new Uri($"http://127.0.0.1:{port}/v1");
            _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            _listener.Start();
            _loop = Task.Run(LoopAsync);
        }

        public Uri BaseUrl { get; }

        /// <summary>The assistant's content for a request (raw body, and the text of all its messages).</summary>
        public Func<string, string, string> Respond { get; set; } = (_, _) => "{\"operations\": []}";

        public int Status { get; set; } = 200;

        public ConcurrentQueue<(string Path, string? Authorization, string Body)> Requests { get; } = new();

        public async ValueTask DisposeAsync()
        {
            _listener.Stop();
            _listener.Close();
            try
            {
                await _loop;
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
            {
            }
        }

        private async Task LoopAsync()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
                {
                    return;
                }

                using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
                var body = await reader.ReadToEndAsync();
                Requests.Enqueue((context.Request.Url!.AbsolutePath, context.Request.Headers["Authorization"], body));
                string payload;
                if (Status != 200)
                {
                    context.Response.StatusCode = Status;
                    payload = JsonSerializer.Serialize(new { error = new { message = "Incorrect API key provided: local-test-key", type = "invalid_request_error" } });
                }
                else
                {
                    using var request = JsonDocument.Parse(body);
                    var text = string.Join("\n", request.RootElement.GetProperty("messages").EnumerateArray()
                        .Select(m => m.GetProperty("content")).Select(c => c.ValueKind == JsonValueKind.String ? c.GetString() : c.ToString()));
                    payload = JsonSerializer.Serialize(new
                    {
                        id = "chatcmpl-1",
                        @object = "chat.completion",
                        created = 1_700_000_000,
                        model = "fake-model",
                        choices = new[] { new { index = 0, message = new { role = "assistant", content = Respond(body, text) }, finish_reason = "stop" } },
                        usage = new { prompt_tokens = 10, completion_tokens = 5, total_tokens = 15 },
                    });
                }

                var bytes = Encoding.UTF8.GetBytes(payload);
                context.Response.ContentType = "application/json";
                context.Response.ContentLength64 = bytes.Length;
                await context.Response.OutputStream.WriteAsync(bytes);
                context.Response.Close();
            }
        }
    }
}
