using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace Mnemo.Bench;

/// <summary>A Mnemo engine over one store (an SQLite file unless said otherwise), composed the way an application would with AddMnemo().</summary>
internal sealed class MnemoStack : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private MnemoStack(ServiceProvider services)
    {
        _services = services;
        Memory = services.GetRequiredService<IMemory>();
        Transfer = services.GetRequiredService<IMemoryTransfer>();
        Generator = services.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();
    }

    public IMemory Memory { get; }

    public IMemoryTransfer Transfer { get; }

    public IEmbeddingGenerator<string, Embedding<float>> Generator { get; }

    public static MnemoStack Open(string databasePath, Embedder embedder, Action<MnemoOptions>? configure = null) =>
        Open(b => b.WithSqliteStore(databasePath), embedder, configure);

    /// <summary>
    /// An engine over the store that <paramref name="useStore"/> registers (<see cref="BenchStore"/>), embedding with
    /// <paramref name="embedder"/>; with <see langword="null"/>, <paramref name="useStore"/> registers the generator too.
    /// </summary>
    public static MnemoStack Open(Action<IMnemoBuilder> useStore, Embedder? embedder, Action<MnemoOptions>? configure = null)
    {
        var services = new ServiceCollection();
        var builder = services.AddMnemo(configure);
        useStore(builder);
        if (embedder?.Model is not null)
        {
            builder.WithOnnxEmbeddings(embedder.Configure);
        }
        else if (embedder is not null)
        {
            builder.WithEmbeddingGenerator(new HashEmbeddingGenerator(embedder.Dimensions));
        }

        return new MnemoStack(services.BuildServiceProvider());
    }

    public static string TempDatabase(string name)
    {
        var directory = Path.Combine(Path.GetTempPath(), "mnemo-bench");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"{name}-{Guid.NewGuid():N}.db");
        return path;
    }

    public static long FileBytes(string databasePath) =>
        new[] { databasePath, databasePath + "-wal", databasePath + "-shm" }.Where(File.Exists).Sum(p => new FileInfo(p).Length);

    public static void Delete(string databasePath)
    {
        foreach (var path in new[] { databasePath, databasePath + "-wal", databasePath + "-shm" })
        {
            File.Delete(path);
        }
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
