using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Mnemo.Sqlite.Tests;

public sealed class SqliteMnemoBuilderExtensionsTests
{
    [Fact]
    public async Task WithSqliteStore_Path_RegistersOneDisposableStoreThatCreatesItsFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "mnemo-di-" + Guid.NewGuid().ToString("N"));
        var path = Path.Combine(folder, "nested", "mnemo.db");
        var services = new ServiceCollection();
        new Builder(services).WithSqliteStore(path);

        await using (var provider = services.BuildServiceProvider())
        {
            var store = provider.GetRequiredService<IMemoryStore>();
            Assert.Same(store, provider.GetRequiredService<IMemoryStore>());
            await store.InitializeAsync(new EmbeddingModelInfo("m", 4), TestContext.Current.CancellationToken);
            Assert.True(File.Exists(path));
        }

        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void WithSqliteStore_NoPath_Throws()
    {
        Assert.Throws<ArgumentException>(() => new Builder(new ServiceCollection()).WithSqliteStore(o => o.BusyTimeout = TimeSpan.FromSeconds(1)));
    }

    private sealed class Builder(IServiceCollection services) : IMnemoBuilder
    {
        public IServiceCollection Services { get; } = services;
    }
}
