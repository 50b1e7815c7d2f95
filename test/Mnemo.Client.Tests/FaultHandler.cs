using System.Collections.Concurrent;

namespace Mnemo.Client.Tests;

/// <summary>
/// A handler inside the client's retry handler: counts the attempts per route and lets a test decide, per attempt,
/// to answer in place of the server (a 503, a hang) or to let the request through.
/// </summary>
internal sealed class FaultHandler : DelegatingHandler
{
    private readonly ConcurrentDictionary<string, int> _attempts = new();

    /// <summary>Called on each attempt with its 1-based number on that route; return an answer to stand in for the server.</summary>
    public Func<HttpRequestMessage, int, CancellationToken, Task<HttpResponseMessage?>> OnSend { get; set; } = (_, _, _) => Task.FromResult<HttpResponseMessage?>(null);

    /// <summary>Called with the server's answer on each attempt that reached it; return an answer to replace it.</summary>
    public Func<HttpRequestMessage, HttpResponseMessage, HttpResponseMessage> OnAnswer { get; set; } = (_, response) => response;

    public int Attempts(HttpMethod method, string path) => _attempts.GetValueOrDefault($"{method} {path}");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var attempt = _attempts.AddOrUpdate($"{request.Method} {request.RequestUri!.AbsolutePath}", 1, (_, n) => n + 1);
        if (await OnSend(request, attempt, cancellationToken) is { } answer)
        {
            return answer;
        }

        var response = await base.SendAsync(request, cancellationToken);
        return OnAnswer(request, response);
    }
}
