using Microsoft.Extensions.AI;

namespace Mnemo;

/// <summary>Adds each chat response's token counts to the dashboard's usage of the project whose request caused it.</summary>
internal sealed class UsageCountingChatClient(IChatClient inner, DashboardMetrics metrics) : DelegatingChatClient(inner)
{
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var response = await base.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        if (metrics.CurrentProject is { } project)
        {
            metrics.RecordChat(project, response.Usage?.InputTokenCount ?? 0, response.Usage?.OutputTokenCount ?? 0);
        }

        return response;
    }
}
