namespace Mnemo;

/// <summary>
/// The language model could not be used: a missing or rejected key, an unknown model, an unreachable server, a timeout,
/// or retries exhausted. The message names the provider and what to check; it never contains the key.
/// </summary>
public sealed class LlmException : MnemoException
{
    /// <summary>Creates the exception.</summary>
    public LlmException(LlmProvider provider, int? statusCode, string message, Exception? innerException = null)
        : base(message, innerException ?? new InvalidOperationException(message))
    {
        Provider = provider;
        StatusCode = statusCode;
    }

    /// <summary>The provider that failed.</summary>
    public LlmProvider Provider { get; }

    /// <summary>The HTTP status the provider answered, or <see langword="null"/> when it never answered (or no key was set).</summary>
    public int? StatusCode { get; }

    /// <summary>
    /// Whether retrying cannot help until the configuration changes: no key, a rejected key (401/403), an unknown model
    /// or endpoint (404).
    /// </summary>
    public bool IsConfigurationError => !IsTransportError && StatusCode is null or 401 or 403 or 404;

    /// <summary>Whether the server was never reached or never answered in time.</summary>
    public bool IsTransportError { get; init; }
}
