using System.Globalization;
using Microsoft.Extensions.AI;

namespace Mnemo;

/// <summary>
/// How a session's working memory becomes long-term memory, shared by an explicit end and by expiry (the ingestion
/// worker): its message window plus one message listing the scratchpad, added with inference on (the formation pipeline)
/// to the scope the session belongs to, without its run id.
/// </summary>
public static class WorkingMemoryConsolidation
{
    /// <summary>The messages to form memories from; empty when the session holds nothing worth remembering.</summary>
    public static IReadOnlyList<ChatMessage> Messages(WorkingMemoryState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var messages = state.Messages
            .Where(m => !string.IsNullOrWhiteSpace(m.Text))
            .Select(m => new ChatMessage(m.Role == "assistant" ? ChatRole.Assistant : ChatRole.User, m.Text))
            .ToList();
        if (state.Values.Count > 0)
        {
            var notes = string.Join("; ", state.Values.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => string.Create(CultureInfo.InvariantCulture, $"{v.Key}: {v.Value}")));
            messages.Add(new ChatMessage(ChatRole.User, $"Notes from this session: {notes}."));
        }

        return messages;
    }

    /// <summary>
    /// The long-term scope of a session: its user, agent and app without the run id (the run ends), or the run itself
    /// when nothing else names an owner.
    /// </summary>
    public static MemoryScope LongTermScope(MemoryScope session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var owner = session with { RunId = null };
        return owner.IsEmpty ? session : owner;
    }

    /// <summary>The add options of a consolidation: inference on, observed when the session was last written.</summary>
    public static AddOptions AddOptions(WorkingMemoryState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return new AddOptions { Scope = LongTermScope(state.Scope), Infer = true, ObservedAt = state.UpdatedAt };
    }
}
