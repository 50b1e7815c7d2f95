namespace Mnemo;

/// <summary>Settings of the background ingestion worker (<c>WithBackgroundIngestion</c>).</summary>
public sealed class IngestionOptions
{
    /// <summary>
    /// How often the worker looks for adds enqueued by other processes. Default 1 second. Adds enqueued in this process
    /// wake it at once.
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Throws when a setting is out of range.</summary>
    public void Validate()
    {
        if (PollInterval <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(PollInterval), PollInterval, "The poll interval must be positive.");
        }
    }
}
