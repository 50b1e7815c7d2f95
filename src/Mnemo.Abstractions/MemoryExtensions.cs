using Microsoft.Extensions.AI;

namespace Mnemo;

/// <summary>Conveniences over <see cref="IMemory"/>.</summary>
public static class MemoryExtensions
{
    /// <summary>Remembers one piece of text said by the user.</summary>
    public static Task<AddResult> AddAsync(this IMemory memory, string text, AddOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(memory);
        ArgumentNullException.ThrowIfNull(text);
        return memory.AddAsync([new ChatMessage(ChatRole.User, text)], options, cancellationToken);
    }
}
