namespace Mnemo;

/// <summary>Creates the SQLite API key store (the keys live in the memory store's file).</summary>
public static class SqliteApiKeyStoreFactory
{
    /// <summary>An <see cref="IApiKeyStore"/> over the SQLite file at <paramref name="path"/> (created if missing).</summary>
    public static IApiKeyStore Create(string path, TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        return new SqliteApiKeyStore(path, timeProvider ?? TimeProvider.System);
    }
}
