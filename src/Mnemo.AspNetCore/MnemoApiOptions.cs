namespace Mnemo;

/// <summary>Settings of the REST API (<c>MapMnemoApi</c>).</summary>
public sealed class MnemoApiOptions
{
    /// <summary>The largest request body accepted, in bytes; larger ones get 413. Default 1 MiB.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Requests each API key may make per <see cref="RateLimitWindow"/>; 0 turns the limit off. Default 600.</summary>
    public int RateLimitPerWindow { get; set; } = 600;

    /// <summary>The window of <see cref="RateLimitPerWindow"/>. Default one minute.</summary>
    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Failed authentications (missing, unknown or revoked key) one client address may make per
    /// <see cref="RateLimitWindow"/>; beyond it every request from that address gets 429 until the window ends, so keys
    /// cannot be guessed at speed. 0 turns the limit off. Default 30.
    /// </summary>
    public int FailedAuthLimitPerWindow { get; set; } = 30;

    /// <summary>
    /// Development mode: requests without a key are served as <see cref="AnonymousProject"/>. The host must only allow
    /// it on a loopback address. Default off.
    /// </summary>
    public bool AllowAnonymous { get; set; }

    /// <summary>The project served without a key when <see cref="AllowAnonymous"/> is on. Default empty: the CLI's own memories.</summary>
    public string AnonymousProject { get; set; } = string.Empty;

    /// <summary>Most memories changed by one batch request. Default 1000 (Mem0's limit).</summary>
    public int MaxBatchSize { get; set; } = 1000;

    /// <summary>Checks the settings; throws <see cref="ArgumentOutOfRangeException"/> for an invalid one.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxRequestBodyBytes, 1, nameof(MaxRequestBodyBytes));
        ArgumentOutOfRangeException.ThrowIfNegative(RateLimitPerWindow, nameof(RateLimitPerWindow));
        ArgumentOutOfRangeException.ThrowIfNegative(FailedAuthLimitPerWindow, nameof(FailedAuthLimitPerWindow));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(RateLimitWindow, TimeSpan.Zero, nameof(RateLimitWindow));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxBatchSize, 1, nameof(MaxBatchSize));
        ArgumentNullException.ThrowIfNull(AnonymousProject, nameof(AnonymousProject));
    }
}
