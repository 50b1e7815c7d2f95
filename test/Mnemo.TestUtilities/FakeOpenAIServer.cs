using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Mnemo.TestUtilities;

/// <summary>
/// A tiny OpenAI-compatible server on 127.0.0.1: answers POST /v1/chat/completions with what <see cref="Respond"/> says,
/// and records every request (path, Authorization header, body).
/// </summary>
public sealed class FakeOpenAIServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;

    public FakeOpenAIServer()
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

    /// <summary>The answer to the n-th request (0-based) and its body: status and message content.</summary>
    public Func<int, string, (int Status, string Content)> Respond { get; set; } = (_, _) => (200, "{\"operations\": []}");

    /// <summary>How long to wait before answering (to exceed a client's timeout).</summary>
    public TimeSpan Delay { get; set; }

    public ConcurrentQueue<(string Path, string? Authorization, string Body)> Requests { get; } = new();

    /// <summary>The text of every message of a chat-completion request body, one per line.</summary>
    public static string MessagesText(string body)
    {
        using var request = JsonDocument.Parse(body);
        return string.Join("\n", request.RootElement.GetProperty("messages").EnumerateArray()
            .Select(m => m.GetProperty("content")).Select(c => c.ValueKind == JsonValueKind.String ? c.GetString() : c.ToString()));
    }

    public static string Completion(string content, string model = "fake-model") => JsonSerializer.Serialize(new
    {
        id = "chatcmpl-1",
        @object = "chat.completion",
        created = 1_700_000_000,
        model,
        choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = "stop" } },
        usage = new { prompt_tokens = 10, completion_tokens = 5, total_tokens = 15 },
    });

    public async ValueTask DisposeAsync()
    {
        // Close alone: Stop then Close removed the prefix twice, and on Linux the second removal binds the port again
        // to find its listener, which fails with "Address already in use" once another test has taken the freed port.
        // A cleanup that fails must not fail the test that used the server.
        try
        {
            _listener.Close();
        }
        catch (HttpListenerException)
        {
        }

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
            var index = Requests.Count;
            Requests.Enqueue((context.Request.Url!.AbsolutePath, context.Request.Headers["Authorization"], body));
            var (status, content) = context.Request.Url.AbsolutePath == "/v1/chat/completions"
                ? Respond(index, body)
                : (404, string.Empty);
            if (Delay > TimeSpan.Zero)
            {
                await Task.Delay(Delay);
            }

            var payload = status == 200
                ? Completion(content)
                : JsonSerializer.Serialize(new { error = new { message = content.Length > 0 ? content : $"fake error {status}", type = "error", code = status } });
            var bytes = Encoding.UTF8.GetBytes(payload);
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            if (status == 429)
            {
                context.Response.Headers["Retry-After"] = "0";
            }

            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }
}
