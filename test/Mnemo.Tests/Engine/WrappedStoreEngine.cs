using Microsoft.Extensions.DependencyInjection;
using Mnemo.TestUtilities;

namespace Mnemo.Tests.Engine;

/// <summary>An engine over a real SQLite file whose store is wrapped by a test's decorator (to count or record its calls).</summary>
internal static class WrappedStoreEngine
{
    /// <summary>
    /// Builds the engine on <paramref name="services"/> (which may hold a chat client already) with the fake embedder;
    /// <paramref name="wrap"/> decorates the SQLite store at <paramref name="path"/>.
    /// </summary>
    public static (IMemory Memory, TStore Store, ServiceProvider Provider) Build<TStore>(
        string path, Func<IMemoryStore, TStore> wrap, Action<MnemoOptions>? configure = null, IServiceCollection? services = null)
        where TStore : class, IMemoryStore
    {
        services ??= new ServiceCollection();
        services.AddMnemo(configure).WithSqliteStore(path).WithEmbeddingGenerator(new FakeEmbeddingGenerator());
        var sqlite = services.Last(d => d.ServiceType == typeof(IMemoryStore));
        services.Remove(sqlite);
        TStore? wrapped = null;
        services.AddSingleton<IMemoryStore>(sp => wrapped = wrap((IMemoryStore)sqlite.ImplementationFactory!(sp)));
        var provider = services.BuildServiceProvider();
        var memory = provider.GetRequiredService<IMemory>();
        _ = provider.GetRequiredService<IMemoryStore>();
        return (memory, wrapped!, provider);
    }
}
