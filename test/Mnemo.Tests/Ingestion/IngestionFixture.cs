using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Mnemo.TestUtilities;

namespace Mnemo.Tests.Ingestion;

/// <summary>A real engine with background ingestion over a real SQLite file; several fixtures can share one file.</summary>
public sealed class IngestionFixture : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly bool _ownsDirectory;

    public IngestionFixture(string? databasePath = null, FakeChatClient? chat = null, bool worker = false)
    {
        _ownsDirectory = databasePath is null;
        Directory = databasePath is null ? System.IO.Directory.CreateTempSubdirectory("mnemo-ingest-").FullName : Path.GetDirectoryName(databasePath)!;
        DatabasePath = databasePath ?? Path.Combine(Directory, "mnemo.db");
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Time);
        if (chat is not null)
        {
            services.AddSingleton<Microsoft.Extensions.AI.IChatClient>(chat);
        }

        var builder = services.AddMnemo().WithSqliteStore(DatabasePath).WithEmbeddingGenerator(new FakeEmbeddingGenerator());
        if (worker)
        {
            builder.WithBackgroundIngestion();
        }

        _services = services.BuildServiceProvider();
        Memory = _services.GetRequiredService<IMemory>();
        Ingestion = _services.GetRequiredService<IMemoryIngestion>();
        Queue = _services.GetRequiredService<IIngestionQueue>();
        Engine = _services.GetRequiredService<Memory>();
    }

    public string Directory { get; }

    public string DatabasePath { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));

    public IMemory Memory { get; }

    public IMemoryIngestion Ingestion { get; }

    public IIngestionQueue Queue { get; }

    internal Memory Engine { get; }

    public IEnumerable<IHostedService> HostedServices => _services.GetServices<IHostedService>();

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (!_ownsDirectory)
        {
            return;
        }

        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; never fail a test over clean-up.
        }
    }
}
