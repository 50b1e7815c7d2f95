namespace Mnemo;

/// <summary>Creates the SQLite API key store (the keys live in the memory store's file).</summary>
public static class SqliteApiKeyStoreFactory
{
    /// <summary>An <see cref="IApiKeyStore"/> over the SQLite file at <paramref name="path"/> (created if missing: folder 0700, file 0600).</summary>
    public static IApiKeyStore Create(string path, TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        PrivateFiles.EnsureDatabaseFile(path);
        return new SqliteApiKeyStore(path, timeProvider ?? TimeProvider.System);
    }
}
