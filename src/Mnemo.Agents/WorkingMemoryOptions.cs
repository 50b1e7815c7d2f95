namespace Mnemo;

/// <summary>Settings of a session's <see cref="WorkingMemory"/>.</summary>
public sealed class WorkingMemoryOptions
{
    /// <summary>How long a session lives after its last write; then the ingestion worker consolidates and erases it.</summary>
    /// <value>Default 30 minutes.</value>
    public TimeSpan TimeToLive { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How many recent messages the window keeps (older ones leave it).</summary>
    /// <value>Default 20.</value>
    public int Window { get; set; } = 20;

    /// <summary>The clock.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first value out of range.</summary>
    public void Validate()
    {
        if (TimeToLive <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(TimeToLive), TimeToLive, "TimeToLive must be positive.");
        }

        if (Window is < 1 or > 1000)
        {
            throw new ArgumentOutOfRangeException(nameof(Window), Window, "Window must be between 1 and 1000.");
        }

        ArgumentNullException.ThrowIfNull(TimeProvider);
    }
}
