using Mnemo;

namespace Microsoft.Extensions.AI;

/// <summary>Adds Mnemo's long-term memory to an <see cref="IChatClient"/> pipeline.</summary>
public static class MnemoChatClientBuilderExtensions
{
    /// <summary>
    /// Adds memory for <paramref name="scope"/>: memories searched before each call and the exchange recorded after
    /// (see <see cref="MnemoChatClient"/>). Put it before <c>UseFunctionInvocation()</c>.
    /// </summary>
    public static ChatClientBuilder UseMnemo(this ChatClientBuilder builder, IMemory memory, MemoryScope scope) =>
        builder.UseMnemo(memory, scope, null);

    /// <summary>
    /// Adds memory with options; with a <see langword="null"/> <paramref name="scope"/>, each call names its scope with
    /// <see cref="MnemoChatOptionsExtensions.WithMnemoScope"/>.
    /// </summary>
    public static ChatClientBuilder UseMnemo(this ChatClientBuilder builder, IMemory memory, MemoryScope? scope, MnemoAgentOptions? options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(memory);
        var settings = options ?? new MnemoAgentOptions();
        settings.Validate();
        return builder.Use(inner => new MnemoChatClient(inner, memory, scope, settings));
    }
}
