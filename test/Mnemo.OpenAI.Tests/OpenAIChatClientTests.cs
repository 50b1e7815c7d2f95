using Mnemo.TestUtilities;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace Mnemo.OpenAI.Tests;

public sealed class OpenAIChatClientTests : IAsyncDisposable
{
    private const string Operations = """{"operations":[{"event":"ADD","text":"Has a cat named Pixel"}]}""";
    private readonly FakeOpenAIServer _server = new();

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private LlmSettings Settings(LlmProvider provider = LlmProvider.Custom, string? key = "test-key", int retries = 3) => new()
    {
        Provider = provider,
        BaseUrl = _server.BaseUrl,
        ApiKey = key,
        Model = "fake-model",
        MaxRetries = retries,
        Timeout = TimeSpan.FromSeconds(20),
    };

    private static IChatClient Client(LlmSettings settings)
    {
        var services = new ServiceCollection();
        new TestBuilder(services).WithOpenAIChat(settings);
        return services.BuildServiceProvider().GetRequiredService<IChatClient>();
    }

    [Fact]
    public async Task GetResponseAsync_CompatibleServer_ReturnsContentAndSendsModelKeyAndJsonFormat()
    {
        _server.Respond = (_, _) => (200, Operations);
        var client = Client(Settings());

        var response = await client.GetResponseAsync("hello", new ChatOptions { ResponseFormat = ChatResponseFormat.Json }, TestContext.Current.CancellationToken);

        Assert.Equal(Operations, response.Text);
        var request = Assert.Single(_server.Requests);
        Assert.Equal("/v1/chat/completions", request.Path);
        Assert.Equal("Bearer test-key", request.Authorization);
        Assert.Contains("\"model\":\"fake-model\"", request.Body, StringComparison.Ordinal);
        Assert.Contains("json_object", request.Body, StringComparison.Ordinal);
        Assert.Contains("hello", request.Body, StringComparison.Ordinal);
        Assert.Equal(10, response.Usage?.InputTokenCount);
    }

    [Fact]
    public async Task GetResponseAsync_429ThenOk_RetriesThenSucceeds()
    {
        _server.Respond = (n, _) => n == 0 ? (429, "slow down") : (200, Operations);
        var client = Client(Settings());

        var response = await client.GetResponseAsync("hello", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(Operations, response.Text);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task GetResponseAsync_AlwaysFailing_GivesUpAfterMaxRetriesNamingProvider()
    {
        _server.Respond = (_, _) => (503, "overloaded");
        var client = Client(Settings(LlmProvider.Groq, retries: 1));

        var error = await Assert.ThrowsAsync<LlmException>(() => client.GetResponseAsync("hello", cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(2, _server.Requests.Count);
        Assert.Equal(503, error.StatusCode);
        Assert.Contains("groq", error.Message, StringComparison.Ordinal);
        Assert.False(error.IsConfigurationError);
    }

    [Fact]
    public async Task GetResponseAsync_401_ThrowsNamingProviderAndVariableNeverTheKey()
    {
        _server.Respond = (_, _) => (401, "Incorrect API key provided: gsk-secret");
        var client = Client(Settings(LlmProvider.Groq, key: "gsk-secret"));

        var error = await Assert.ThrowsAsync<LlmException>(() => client.GetResponseAsync("hello", cancellationToken: TestContext.Current.CancellationToken));

        Assert.Single(_server.Requests);
        Assert.Equal(401, error.StatusCode);
        Assert.True(error.IsConfigurationError);
        Assert.Contains("groq", error.Message, StringComparison.Ordinal);
        Assert.Contains("GROQ_API_KEY", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("gsk-secret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetResponseAsync_404_NamesTheModel()
    {
        _server.Respond = (_, _) => (404, "model not found");
        var client = Client(Settings());

        var error = await Assert.ThrowsAsync<LlmException>(() => client.GetResponseAsync("hello", cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains("'fake-model'", error.Message, StringComparison.Ordinal);
        Assert.Contains("MNEMO_LLM_MODEL", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetResponseAsync_KeyRequiredButMissing_ThrowsWithoutCallingNamingVariable()
    {
        var client = Client(Settings(LlmProvider.OpenAI, key: null));

        var error = await Assert.ThrowsAsync<LlmException>(() => client.GetResponseAsync("hello", cancellationToken: TestContext.Current.CancellationToken));

        Assert.Empty(_server.Requests);
        Assert.Contains("OPENAI_API_KEY", error.Message, StringComparison.Ordinal);
        Assert.True(error.IsConfigurationError);
    }

    [Fact]
    public async Task GetResponseAsync_KeylessLocalServer_Works()
    {
        _server.Respond = (_, _) => (200, "hi");
        var client = Client(Settings(LlmProvider.Ollama, key: null));

        var response = await client.GetResponseAsync("hello", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("hi", response.Text);
    }

    [Fact]
    public async Task GetResponseAsync_NothingListening_TransportErrorNamingTheUrl()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var client = Client(new LlmSettings { BaseUrl = new Uri($"http://127.0.0.1:{port}/v1"), Model = "m", MaxRetries = 0 });

        var error = await Assert.ThrowsAsync<LlmException>(() => client.GetResponseAsync("hello", cancellationToken: TestContext.Current.CancellationToken));

        Assert.True(error.IsTransportError);
        Assert.Contains($"127.0.0.1:{port}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetResponseAsync_SlowerThanTimeout_TransportErrorNamingTheTimeout()
    {
        _server.Delay = TimeSpan.FromSeconds(3);
        var settings = Settings(retries: 0);
        settings.Timeout = TimeSpan.FromMilliseconds(500);
        var client = Client(settings);

        var error = await Assert.ThrowsAsync<LlmException>(() => client.GetResponseAsync("hello", cancellationToken: TestContext.Current.CancellationToken));

        Assert.True(error.IsTransportError);
        Assert.Contains("0.5 s", error.Message, StringComparison.Ordinal);
    }

    private sealed class TestBuilder(IServiceCollection services) : IMnemoBuilder
    {
        public IServiceCollection Services { get; } = services;
    }
}
