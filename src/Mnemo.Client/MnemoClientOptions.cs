using System.ComponentModel.DataAnnotations;

namespace Mnemo;

/// <summary>Settings of the remote <see cref="IMemory"/> registered by <c>WithRemoteServer</c>.</summary>
public sealed class MnemoClientOptions
{
    /// <summary>The name of the <see cref="HttpClient"/> the client uses, to add handlers with <c>AddHttpClient(name)</c>.</summary>
    public const string HttpClientName = "Mnemo.Client";

    /// <summary>The server's base address, e.g. <c>http://memory.internal:8080/</c>. Required.</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>
    /// The API key (<c>mnemo keys create</c>), sent as <c>Authorization: Token &lt;key&gt;</c>. Required. Its project is
    /// the tenant of every call: scopes get it, and a scope naming another project is refused.
    /// </summary>
    public string? ApiKey { get; set; }

    /// <summary>How long one attempt may take before it is abandoned (and, when idempotent, retried).</summary>
    /// <value>Default 30 seconds; between 1 millisecond and 10 minutes.</value>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Retries after a transient failure (connection error, timeout, 408, 429, 5xx) of an idempotent call: get, update,
    /// delete by id, search, list, history. Adds, delete-all, reset and forget are never retried. 0 turns retries off.
    /// </summary>
    /// <value>Default 2; between 0 and 10.</value>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 2;

    /// <summary>The first retry's delay; later ones double, with jitter. A 429's <c>Retry-After</c> wins over it.</summary>
    /// <value>Default 500 milliseconds.</value>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Throws <see cref="ArgumentException"/> naming the first setting that is missing or out of range.</summary>
    public void Validate()
    {
        if (Endpoint is null || !Endpoint.IsAbsoluteUri || (Endpoint.Scheme != Uri.UriSchemeHttp && Endpoint.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"{nameof(Endpoint)} must be an absolute http(s) address of a Mnemo server, e.g. http://localhost:8080/.", nameof(Endpoint));
        }

        if (string.IsNullOrWhiteSpace(ApiKey))
        {
            throw new ArgumentException($"{nameof(ApiKey)} is required: create one on the server with `mnemo keys create`.", nameof(ApiKey));
        }

        if (Timeout <= TimeSpan.Zero || Timeout > TimeSpan.FromMinutes(10))
        {
            throw new ArgumentException($"{nameof(Timeout)} must be between 1 ms and 10 minutes; got {Timeout}.", nameof(Timeout));
        }

        if (MaxRetries is < 0 or > 10)
        {
            throw new ArgumentException($"{nameof(MaxRetries)} must be between 0 and 10; got {MaxRetries}.", nameof(MaxRetries));
        }

        if (RetryDelay < TimeSpan.Zero)
        {
            throw new ArgumentException($"{nameof(RetryDelay)} must not be negative; got {RetryDelay}.", nameof(RetryDelay));
        }
    }
}
