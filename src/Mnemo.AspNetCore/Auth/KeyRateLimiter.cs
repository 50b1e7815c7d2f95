using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Mnemo;

/// <summary>A fixed-window request limit per API key (per project in anonymous mode).</summary>
internal sealed class KeyRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string>? _limiter;

    public KeyRateLimiter(IOptions<MnemoApiOptions> options)
    {
        var o = options.Value;
        if (o.RateLimitPerWindow > 0)
        {
            _limiter = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(
                key,
                _ => new FixedWindowRateLimiterOptions { PermitLimit = o.RateLimitPerWindow, Window = o.RateLimitWindow, QueueLimit = 0 }));
        }
    }

    /// <summary><see langword="null"/> when the request may go on; otherwise the seconds to wait (Retry-After).</summary>
    public string? TryAcquire(string key)
    {
        if (_limiter is null)
        {
            return null;
        }

        using var lease = _limiter.AttemptAcquire(key);
        if (lease.IsAcquired)
        {
            return null;
        }

        var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);
        return Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
    }

    public void Dispose() => _limiter?.Dispose();
}
