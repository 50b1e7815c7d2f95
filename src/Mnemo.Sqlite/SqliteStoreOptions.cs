namespace Mnemo;

/// <summary>Settings of the embedded SQLite store.</summary>
public sealed class SqliteStoreOptions
{
    /// <summary>
    /// Path of the database file. Required. The parent directory is created when missing. The store also uses the
    /// <c>-wal</c> and <c>-shm</c> files next to it.
    /// </summary>
    public string Path { get; set; } = string.Empty;

    /// <summary>
    /// How long a write waits for another process's write transaction before failing. Default 5 seconds.
    /// </summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// SQLite page cache per connection, in KiB. Default 8192 (8 MiB); the vectors live in the store's own in-memory
    /// index, so the page cache mostly serves metadata and the keyword index.
    /// </summary>
    public int CacheSizeKiB { get; set; } = 8192;

    /// <summary>Throws when the options cannot work.</summary>
    internal void Validate()
    {
        if (string.IsNullOrWhiteSpace(Path))
        {
            throw new ArgumentException("SqliteStoreOptions.Path is required.", nameof(Path));
        }

        if (BusyTimeout < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(BusyTimeout), "BusyTimeout must not be negative.");
        }
    }
}
