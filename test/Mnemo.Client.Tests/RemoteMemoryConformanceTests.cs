using Microsoft.Extensions.DependencyInjection;
using Mnemo.MemoryConformance;

namespace Mnemo.Client.Tests;

/// <summary>
/// The shared <see cref="IMemory"/> suite against the remote client: each tenant is an application registered with
/// <c>AddMnemo().WithRemoteServer(url, key)</c> holding an API key of its own project, on one real server.
/// </summary>
public sealed class RemoteMemoryConformanceTests(RemoteMemoryConformanceTests.Server server) : MemoryConformanceTests, IClassFixture<RemoteMemoryConformanceTests.Server>
{
    protected override MemoryTenant Tenant => server.Alpha;

    protected override MemoryTenant OtherTenant => server.Beta;

    /// <summary>One server for the class, and two applications with keys of projects "alpha" and "beta".</summary>
    public sealed class Server : IAsyncLifetime
    {
        private MnemoServer? _server;
        private ServiceProvider? _alpha;
        private ServiceProvider? _beta;

        public MemoryTenant Alpha { get; private set; } = null!;

        public MemoryTenant Beta { get; private set; } = null!;

        public async ValueTask InitializeAsync()
        {
            _server = await MnemoServer.StartAsync();
            _alpha = _server.Application(await _server.KeyAsync("alpha"));
            _beta = _server.Application(await _server.KeyAsync("beta"));
            Alpha = new MemoryTenant(_alpha.GetRequiredService<IMemory>(), "alpha");
            Beta = new MemoryTenant(_beta.GetRequiredService<IMemory>(), "beta");
        }

        public async ValueTask DisposeAsync()
        {
            if (_alpha is not null)
            {
                await _alpha.DisposeAsync();
            }

            if (_beta is not null)
            {
                await _beta.DisposeAsync();
            }

            if (_server is not null)
            {
                await _server.DisposeAsync();
            }
        }
    }
}
