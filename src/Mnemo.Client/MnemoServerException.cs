namespace Mnemo;

/// <summary>
/// The Mnemo server could not be reached, refused the API key (401), limited the caller (429) or failed (5xx): errors
/// of the remote client that have no counterpart in the embedded engine. Input errors raise the engine's own exceptions
/// (<see cref="MemoryValidationException"/>, <see cref="InvalidFilterException"/>, <see cref="MemoryNotFoundException"/>).
/// </summary>
public sealed class MnemoServerException : MnemoException
{
    /// <summary>Creates the exception.</summary>
    public MnemoServerException(string message, int? statusCode = null, Exception? innerException = null)
        : base(message, innerException ?? new InvalidOperationException(message))
    {
        StatusCode = statusCode;
    }

    /// <summary>The HTTP status the server answered, or <see langword="null"/> when no answer came.</summary>
    public int? StatusCode { get; }
}
