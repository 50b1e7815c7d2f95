using Microsoft.Extensions.AI;

namespace Mnemo.Bench;

/// <summary>Records how long the engine waits on its <see cref="IChatClient"/>.</summary>
internal sealed class TimingChatClient(IChatClient inner, FormationProbe probe) : DelegatingChatClient(inner)
{
    public override async Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var entered = probe.Enter();
        try
        {
            return await base.GetResponseAsync(messages, options, cancellationToken);
        }
        finally
        {
            probe.Llm(entered);
        }
    }
}
