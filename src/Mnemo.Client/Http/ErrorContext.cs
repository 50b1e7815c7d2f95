using Microsoft.Extensions.AI;

namespace Mnemo.Client.Http;

/// <summary>What a call knows that an error body does not: the memory id asked for, the messages of an add.</summary>
internal sealed record ErrorContext(Guid? MemoryId = null, IReadOnlyList<ChatMessage>? Messages = null)
{
    public static ErrorContext None { get; } = new();
}
