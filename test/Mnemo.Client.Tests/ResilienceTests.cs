using System.Net;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace Mnemo.Client.Tests;

/// <summary>Retries (idempotent calls only), per-attempt timeouts and cancellation, with faults injected inside the retry handler.</summary>
public sealed class ResilienceTests : IAsyncLifetime
{
    private readonly FaultHandler _faults = new();
    private MnemoServer _server = null!;
    private ServiceProvider _app = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private IMemory Memory => _app.GetRequiredService<IMemory>();

    public async ValueTask InitializeAsync()
    {
        _server = await MnemoServer.StartAsync();
        var key = await _server.KeyAsync("alpha");

        // Warm up server and client (JIT, the store's first open) without faults or a tight timeout, so the short
        // timeout below measures a hang and not a cold start on a busy machine.
        await using (var warm = _server.Application(key))
        {
            var memory = warm.GetRequiredService<IMemory>();
            var id = (await memory.AddAsync("warm up", new AddOptions { Scope = MemoryScope.User("warm"), Infer = false }, Ct)).Results[0].Id;
            await memory.SearchAsync("warm", new SearchOptions { Scope = MemoryScope.User("warm") }, Ct);
            await memory.ListAsync(new ListOptions { Scope = MemoryScope.User("warm") }, Ct);
            await memory.GetAsync(id, cancellationToken: Ct);
        }

        _app = _server.Application(
            key,
            o =>
            {
                o.MaxRetries = 2;
                o.RetryDelay = TimeSpan.FromMilliseconds(1);
                o.Timeout = TimeSpan.FromSeconds(2);
            },
            services => services.AddHttpClient(MnemoClientOptions.HttpClientName).AddHttpMessageHandler(() => _faults));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task GetAsync_ServerAnswers503Once_RetriesAndReturnsTheMemory()
    {
        var id = (await Memory.AddAsync("I keep bees", new AddOptions { Scope = MemoryScope.User("ana"), Infer = false }, Ct)).Results[0].Id;
        _faults.OnSend = (request, attempt, _) => Task.FromResult(request.Method == HttpMethod.Get && attempt == 1 ? new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) : null);

        var item = await Memory.GetAsync(id, cancellationToken: Ct);

        Assert.Equal("I keep bees", item!.Text);
        Assert.Equal(2, _faults.Attempts(HttpMethod.Get, $"/v1/memories/{id}/"));
    }

    [Fact]
    public async Task SearchAsync_ServerAnswers503Twice_RetriesTwiceAndFinds()
    {
        await Memory.AddAsync("I keep bees", new AddOptions { Scope = MemoryScope.User("ana"), Infer = false }, Ct);
        _faults.OnSend = (request, attempt, _) => Task.FromResult(request.RequestUri!.AbsolutePath.EndsWith("/search/", StringComparison.Ordinal) && attempt <= 2 ? new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) : null);

        var result = await Memory.SearchAsync("bees", new SearchOptions { Scope = MemoryScope.User("ana") }, Ct);

        Assert.Equal("I keep bees", Assert.Single(result.Results).Memory.Text);
        Assert.Equal(3, _faults.Attempts(HttpMethod.Post, "/mnemo/v1/memories/search/"));
    }

    [Fact]
    public async Task AddAsync_AnswerLostAfterTheServerStoredIt_IsNotRetriedAndStoresOnce()
    {
        var user = MemoryScope.User("ben");
        await Memory.ListAsync(new ListOptions { Scope = user }, Ct);
        _faults.OnAnswer = (request, response) =>
        {
            if (request.RequestUri!.AbsolutePath.EndsWith("/add/", StringComparison.Ordinal))
            {
                response.Dispose();
                return new HttpResponseMessage(HttpStatusCode.BadGateway);
            }

            return response;
        };

        var error = await Assert.ThrowsAsync<MnemoServerException>(() => Memory.AddAsync("I keep bees", new AddOptions { Scope = user, Infer = false }, Ct));

        Assert.Equal(502, error.StatusCode);
        Assert.Equal(1, _faults.Attempts(HttpMethod.Post, "/mnemo/v1/memories/add/"));
        Assert.Single((await Memory.ListAsync(new ListOptions { Scope = user }, Ct)).Items);
    }

    [Fact]
    public async Task GetAsync_ServerNeverAnswersInTime_ThrowsTimeoutAfterEveryAttempt()
    {
        await Memory.GetAsync(Guid.NewGuid(), cancellationToken: Ct);
        _faults.OnSend = async (request, _, cancellationToken) =>
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
            return null;
        };
        var id = Guid.NewGuid();

        var error = await Assert.ThrowsAsync<TimeoutException>(() => Memory.GetAsync(id, cancellationToken: Ct));

        Assert.Contains("did not answer", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, _faults.Attempts(HttpMethod.Get, $"/v1/memories/{id}/"));
    }

    [Fact]
    public async Task SearchAsync_CallerCancels_ThrowsCanceledWithoutRetrying()
    {
        await Memory.GetAsync(Guid.NewGuid(), cancellationToken: Ct);
        using var caller = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        _faults.OnSend = async (request, _, cancellationToken) =>
        {
            await caller.CancelAsync();
            await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
            return null;
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Memory.SearchAsync("bees", new SearchOptions { Scope = MemoryScope.User("ana") }, caller.Token));

        Assert.Equal(1, _faults.Attempts(HttpMethod.Post, "/mnemo/v1/memories/search/"));
    }
}
