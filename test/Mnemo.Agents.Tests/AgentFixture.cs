using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Mnemo.TestUtilities;

namespace Mnemo.Agents.Tests;

/// <summary>
/// A real engine over a real SQLite file in a temp folder, with the deterministic fake embedder, the rule-based (offline)
/// formation and a fake clock. Two fixtures on one file play a process restart.
/// </summary>
public sealed class AgentFixture : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly bool _ownsDirectory;

    public AgentFixture(string? databasePath = null, FakeTimeProvider? time = null, bool worker = false)
    {
        _ownsDirectory = databasePath is null;
        Directory = databasePath is null ? System.IO.Directory.CreateTempSubdirectory("mnemo-agents-").FullName : Path.GetDirectoryName(databasePath)!;
        DatabasePath = databasePath ?? Path.Combine(Directory, "mnemo.db");
        Time = time ?? new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Time);
        var builder = services.AddMnemo().WithSqliteStore(DatabasePath).WithEmbeddingGenerator(new FakeEmbeddingGenerator());
        if (worker)
        {
            builder.WithBackgroundIngestion();
        }

        _services = services.BuildServiceProvider();
        Memory = _services.GetRequiredService<IMemory>();
        Ingestion = _services.GetRequiredService<IMemoryIngestion>();
        Store = _services.GetRequiredService<IMemoryStore>();
    }

    public IEnumerable<Microsoft.Extensions.Hosting.IHostedService> HostedServices => _services.GetServices<Microsoft.Extensions.Hosting.IHostedService>();

    public IWorkingMemoryStore WorkingStore => (IWorkingMemoryStore)Store;

    public WorkingMemory Session(string runId, MemoryScope? owner = null) =>
        new(Memory, WorkingStore, (owner ?? Alice) with { RunId = runId }, new WorkingMemoryOptions { TimeProvider = Time, TimeToLive = TimeSpan.FromMinutes(30) });

    public static MemoryScope Alice { get; } = MemoryScope.User("alice");

    public static MemoryScope Bob { get; } = MemoryScope.User("bob");

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public string Directory { get; }

    public string DatabasePath { get; }

    public FakeTimeProvider Time { get; }

    public IMemory Memory { get; }

    public IMemoryIngestion Ingestion { get; }

    public IMemoryStore Store { get; }

    /// <summary>Options wired to this engine: its queue and clock, facts stored verbatim (deterministic), no threshold surprises.</summary>
    public MnemoAgentOptions Options(Action<MnemoAgentOptions>? configure = null)
    {
        var options = new MnemoAgentOptions { Ingestion = Ingestion, TimeProvider = Time, Infer = false, Threshold = 0.05 };
        configure?.Invoke(options);
        return options;
    }

    public Task RememberAsync(string text, MemoryScope scope) =>
        Memory.AddAsync([new ChatMessage(ChatRole.User, text)], new AddOptions { Scope = scope, Infer = false }, Ct);

    public async Task<IReadOnlyList<string>> TextsAsync(MemoryScope scope) =>
        [.. (await Memory.ListAsync(new ListOptions { Scope = scope, PageSize = 100 }, Ct)).Items.Select(i => i.Text)];

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_ownsDirectory)
        {
            try
            {
                System.IO.Directory.Delete(Directory, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless.
            }
        }
    }
}
