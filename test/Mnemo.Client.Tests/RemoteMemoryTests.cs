using System.Net;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Mnemo.Client.Tests;

/// <summary>What only the remote client has: its registration, its options, the API key and the project it names.</summary>
public sealed class RemoteMemoryTests : IAsyncLifetime
{
    private MnemoServer _server = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _server = await MnemoServer.StartAsync();

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task WithRemoteServer_OneLine_ReplacesTheEngineWithoutAStoreOrEmbedder()
    {
        await using var app = _server.Application(await _server.KeyAsync("alpha"));

        var memory = app.GetRequiredService<IMemory>();
        var added = await memory.AddAsync("I keep bees on my roof", new AddOptions { Scope = new MemoryScope { UserId = "ana" }, Infer = false }, Ct);

        Assert.Equal("Mnemo.Client.RemoteMemory", memory.GetType().FullName);
        Assert.Null(app.GetService<IMemoryTransfer>());
        Assert.Null(app.GetService<IMemoryIngestion>());
        var stored = await memory.GetAsync(added.Results[0].Id, cancellationToken: Ct);
        Assert.Equal(("I keep bees on my roof", "alpha"), (stored!.Text, stored.Scope.ProjectId));
    }

    [Theory]
    [InlineData("ftp://memory.example/", 30, "Endpoint")]
    [InlineData("http://memory.example/", 0, "Timeout")]
    public async Task WithRemoteServer_InvalidOptions_FailOnFirstUseNamingTheSetting(string endpoint, int timeoutSeconds, string setting)
    {
        await using var app = new ServiceCollection().AddMnemo().WithRemoteServer(new Uri(endpoint), "key", o => o.Timeout = TimeSpan.FromSeconds(timeoutSeconds)).Services.BuildServiceProvider();

        var error = Assert.ThrowsAny<Exception>(() => app.GetRequiredService<IOptions<MnemoClientOptions>>().Value);

        Assert.Contains(setting, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnyCall_UnknownApiKey_ThrowsServerExceptionWith401WithoutTheKey()
    {
        await using var app = _server.Application("mnemo_not-a-real-key-123");

        var error = await Assert.ThrowsAsync<MnemoServerException>(() => app.GetRequiredService<IMemory>().GetAsync(Guid.NewGuid(), cancellationToken: Ct));

        Assert.Equal(401, error.StatusCode);
        Assert.Contains("Invalid API key", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("not-a-real-key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddAsync_ScopeNamingAnotherProject_ThrowsValidationAndStoresNothing()
    {
        await using var alpha = _server.Application(await _server.KeyAsync("alpha"));
        await using var beta = _server.Application(await _server.KeyAsync("beta"));
        var intruder = new MemoryScope { UserId = "ana", ProjectId = "beta" };

        var error = await Assert.ThrowsAsync<MemoryValidationException>(() =>
            alpha.GetRequiredService<IMemory>().AddAsync("I keep bees", new AddOptions { Scope = intruder, Infer = false }, Ct));

        Assert.Equal("project_id", error.Field);
        Assert.Empty((await beta.GetRequiredService<IMemory>().ListAsync(new ListOptions { Scope = intruder }, Ct)).Items);
    }

    [Fact]
    public async Task AnyCall_ServerUnreachable_ThrowsServerExceptionNamingTheAddress()
    {
        // A port that was free a moment ago: nothing listens there.
        using var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var address = new Uri($"http://127.0.0.1:{port}/");
        await using var app = new ServiceCollection().AddMnemo().WithRemoteServer(address, "key", o => o.MaxRetries = 0).Services.BuildServiceProvider();

        var error = await Assert.ThrowsAsync<MnemoServerException>(() => app.GetRequiredService<IMemory>().GetAsync(Guid.NewGuid(), cancellationToken: Ct));

        Assert.Null(error.StatusCode);
        Assert.Contains(address.ToString(), error.Message, StringComparison.Ordinal);
    }
}
