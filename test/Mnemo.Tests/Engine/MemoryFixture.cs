using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Mnemo.TestUtilities;

namespace Mnemo.Tests.Engine;

/// <summary>
/// A real engine over a real SQLite file in a temp folder, with the deterministic fake embedder and a fake clock; optionally
/// the background-ingestion worker. Several fixtures can share one file (<c>databasePath</c>) to play a restart.
/// </summary>
public sealed class MemoryFixture : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly bool _ownsDirectory;

    public MemoryFixture(
        Action<MnemoOptions>? configure = null, FakeEmbeddingGenerator? embedder = null, string? databasePath = null, FakeChatClient? chat = null, bool worker = false)
    {
        _ownsDirectory = databasePath is null;
        Directory = databasePath is null ? System.IO.Directory.CreateTempSubdirectory("mnemo-tests-").FullName : Path.GetDirectoryName(databasePath)!;
        DatabasePath = databasePath ?? Path.Combine(Directory, "mnemo.db");
        Embedder = embedder ?? new FakeEmbeddingGenerator();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Time);
        if (chat is not null)
        {
            services.AddSingleton<Microsoft.Extensions.AI.IChatClient>(chat);
        }

        var builder = services.AddMnemo(configure).WithSqliteStore(DatabasePath).WithEmbeddingGenerator(Embedder);
        if (worker)
        {
            builder.WithBackgroundIngestion();
        }

        _services = services.BuildServiceProvider();
        Memory = _services.GetRequiredService<IMemory>();
        Transfer = _services.GetRequiredService<IMemoryTransfer>();
        Store = _services.GetRequiredService<IMemoryStore>();
        Ingestion = _services.GetRequiredService<IMemoryIngestion>();
        Queue = _services.GetRequiredService<IIngestionQueue>();
        Engine = _services.GetRequiredService<Memory>();
    }

    public string Directory { get; }

    public string DatabasePath { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));

    public FakeEmbeddingGenerator Embedder { get; }

    public IMemory Memory { get; }

    public IMemoryTransfer Transfer { get; }

    public IMemoryStore Store { get; }

    public IMemoryIngestion Ingestion { get; }

    public IIngestionQueue Queue { get; }

    internal Memory Engine { get; }

    public IEnumerable<Microsoft.Extensions.Hosting.IHostedService> HostedServices => _services.GetServices<Microsoft.Extensions.Hosting.IHostedService>();

    public static MemoryScope Alice { get; } = MemoryScope.User("alice");

    public static MemoryScope Bob { get; } = MemoryScope.User("bob");

    public Task<AddResult> AddAsync(string text, MemoryScope? scope = null, AddOptions? options = null) =>
        Memory.AddAsync(text, (options ?? new AddOptions { Scope = scope ?? Alice, Infer = false }) with { Scope = scope ?? options?.Scope ?? Alice }, TestContext.Current.CancellationToken);

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
