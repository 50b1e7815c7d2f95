using System.Collections.Concurrent;
using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Mnemo;

/// <summary>
/// Limits failed authentications per client address (<see cref="MnemoApiOptions.FailedAuthLimitPerWindow"/>): after
/// that many in a window, every request from the address is refused until the window ends, valid key or not, so a
/// guesser learns nothing from the answers.
/// </summary>
internal sealed class FailedAuthLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string>? _limiter;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, DateTimeOffset> _blockedUntil = new(StringComparer.Ordinal);

    public FailedAuthLimiter(IOptions<MnemoApiOptions> options, TimeProvider time)
    {
        var o = options.Value;
        _time = time;
        if (o.FailedAuthLimitPerWindow > 0)
        {
            _limiter = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetFixedWindowLimiter(
                address,
                _ => new FixedWindowRateLimiterOptions { PermitLimit = o.FailedAuthLimitPerWindow, Window = o.RateLimitWindow, QueueLimit = 0 }));
        }
    }

    /// <summary>The seconds to wait (Retry-After) when <paramref name="address"/> is blocked; otherwise <see langword="null"/>.</summary>
    public string? Blocked(string address)
    {
        if (_limiter is null || !_blockedUntil.TryGetValue(address, out var until))
        {
            return null;
        }

        var wait = until - _time.GetUtcNow();
        if (wait > TimeSpan.Zero)
        {
            return Seconds(wait);
        }

        _blockedUntil.TryRemove(address, out _);
        return null;
    }

    /// <summary>Counts one failure of <paramref name="address"/>; the seconds to wait when it is one too many.</summary>
    public string? Fail(string address)
    {
        if (_limiter is null)
        {
            return null;
        }

        using var lease = _limiter.AttemptAcquire(address);
        if (lease.IsAcquired)
        {
            return null;
        }

        var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);
        _blockedUntil[address] = _time.GetUtcNow() + wait;
        return Seconds(wait);
    }

    public void Dispose() => _limiter?.Dispose();

    private static string Seconds(TimeSpan wait) =>
        Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
}
