namespace Mnemo;

/// <summary>Settings of the PostgreSQL store.</summary>
public sealed class PostgresStoreOptions
{
    /// <summary>
    /// The Npgsql connection string (<c>Host=...;Database=...;Username=...;Password=...</c>). Required. The role needs
    /// <c>CREATE</c> on the schema for the first start (migrations); <c>Search Path</c> chooses the schema.
    /// </summary>
    public string ConnectionString { get; set; } = string.Empty;

    /// <summary>
    /// How long a statement may run before it is cancelled. Default 30 seconds. Lock waits of the scope write lock are
    /// not statements of this kind: they wait as long as the caller's cancellation token allows.
    /// </summary>
    public TimeSpan CommandTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long the change listener waits before reconnecting after it lost its connection. Default 1 second; while it
    /// is down, <see cref="IMemoryChangeNotifications.IsConnected"/> is false and readers poll.
    /// </summary>
    public TimeSpan ReconnectDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Throws when the options cannot work.</summary>
    internal void Validate()
    {
        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            throw new ArgumentException("PostgresStoreOptions.ConnectionString is required.", nameof(ConnectionString));
        }

        if (CommandTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(CommandTimeout), "CommandTimeout must be positive.");
        }

        if (ReconnectDelay < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(ReconnectDelay), "ReconnectDelay must not be negative.");
        }
    }
}
