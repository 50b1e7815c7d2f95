using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Mnemo.TestUtilities;

namespace Mnemo.Evaluation.Tests;

/// <summary>The real engine over a SQLite file in a temp folder, with the fake embedder and, optionally, a scripted chat client for infer.</summary>
internal sealed class AnswerEngine : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly string _directory = Directory.CreateTempSubdirectory("mnemo-eval-answer-").FullName;

    public AnswerEngine(IChatClient? chat)
    {
        var services = new ServiceCollection();
        if (chat is not null)
        {
            services.AddSingleton(chat);
        }

        services.AddMnemo().WithSqliteStore(Path.Combine(_directory, "eval.db")).WithEmbeddingGenerator(new FakeEmbeddingGenerator());
        _services = services.BuildServiceProvider();
        Memory = _services.GetRequiredService<IMemory>();
        Transfer = _services.GetRequiredService<IMemoryTransfer>();
    }

    public IMemory Memory { get; }

    public IMemoryTransfer Transfer { get; }

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
            // A pooled handle may linger; the OS temp cleaner gets it.
        }
    }
}
