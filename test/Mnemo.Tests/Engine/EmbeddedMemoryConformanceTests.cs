using Microsoft.Extensions.DependencyInjection;
using Mnemo.MemoryConformance;
using Mnemo.TestUtilities;

namespace Mnemo.Tests.Engine;

/// <summary>The shared <see cref="IMemory"/> suite against the embedded engine: a real SQLite file and the fake embedder.</summary>
public sealed class EmbeddedMemoryConformanceTests(EmbeddedMemoryConformanceTests.Engine engine) : MemoryConformanceTests, IClassFixture<EmbeddedMemoryConformanceTests.Engine>
{
    protected override MemoryTenant Tenant => new(engine.Memory, "alpha");

    protected override MemoryTenant OtherTenant => new(engine.Memory, "beta");

    /// <summary>One engine over one SQLite file for the class; the two tenants are two projects in it.</summary>
    public sealed class Engine : IAsyncDisposable
    {
        private readonly ServiceProvider _services;
        private readonly string _directory = Directory.CreateTempSubdirectory("mnemo-conformance-").FullName;

        public Engine()
        {
            var services = new ServiceCollection();
            services.AddMnemo().WithSqliteStore(Path.Combine(_directory, "mnemo.db")).WithEmbeddingGenerator(new FakeEmbeddingGenerator());
            _services = services.BuildServiceProvider();
            Memory = _services.GetRequiredService<IMemory>();
        }

        public IMemory Memory { get; }

        public async ValueTask DisposeAsync()
        {
            await _services.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_directory, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless; never fail a test over clean-up.
            }
        }
    }
}
