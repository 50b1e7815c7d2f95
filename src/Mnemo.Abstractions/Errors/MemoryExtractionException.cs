namespace Mnemo;

/// <summary>
/// The language model's answer could not be used (invalid JSON twice, or the call failed). Nothing was written; the
/// messages are kept in <see cref="Messages"/> (and, for queued adds, in the queue) so the add can be retried.
/// </summary>
public sealed class MemoryExtractionException : MnemoException
{
    /// <summary>Creates the exception.</summary>
    public MemoryExtractionException(string message, IReadOnlyList<Microsoft.Extensions.AI.ChatMessage> messages, Exception? innerException = null)
        : base(message, innerException ?? new InvalidOperationException(message))
    {
        Messages = messages;
    }

    /// <summary>The messages of the failed add, unchanged.</summary>
    public IReadOnlyList<Microsoft.Extensions.AI.ChatMessage> Messages { get; }

    /// <summary>
    /// <see langword="true"/> when the model answered but its answer could not be used (invalid JSON twice), so a later
    /// retry may succeed; <see langword="false"/> when the call itself failed (provider, key, network).
    /// </summary>
    public bool UnusableAnswer { get; init; }
}
