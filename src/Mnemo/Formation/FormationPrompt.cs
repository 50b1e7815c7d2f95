using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.AI;

namespace Mnemo.Formation;

/// <summary>
/// The one prompt of an add with infer on (see docs/llm-protocol.md): new messages, observation date, instructions, and
/// the existing memories under short integer ids so the model cannot invent real ones.
/// </summary>
internal static class FormationPrompt
{
    public static List<ChatMessage> Build(
        IReadOnlyList<ChatMessage> messages, IReadOnlyList<MemoryItem> existing, DateTimeOffset observedAt, string? instructions, AddOptions options)
    {
        var system = new StringBuilder("""
            You are the memory manager of an AI assistant. From the new messages, extract the facts worth remembering
            about the user (preferences, identity, relationships, plans, health, work, possessions, important events)
            and reconcile them with the existing memories.

            Rules:
            - Write each fact as one short, self-contained sentence, in the language the user wrote in. Never translate.
            - Resolve relative dates ("yesterday", "next week", "hier") against the observation date, never against today,
              and write them as absolute dates.
            - Keep facts the user states; use the assistant's messages only as context.
            - Compare with the existing memories, which have short ids:
              ADD: a new fact (no id).
              UPDATE: the same fact with more or better detail; give its id and the full new text.
              SUPERSEDE: the new fact makes an existing one false (moved city, changed job, broke up); give the old id and
                the new fact's text; set valid_at when the conversation says when the change happened.
              DELETE: the user retracts a fact or asks to forget it; give its id.
              NONE: already known; give its id.
            - Answer with only this JSON object, nothing else:
              {"operations": [{"event": "ADD|UPDATE|SUPERSEDE|DELETE|NONE", "id": "<existing id>", "text": "<fact>", "valid_at": "<ISO-8601 date, optional>"}]}
            - If nothing is worth remembering, answer {"operations": []}.
            """);
        if (options.IncludeTopics is { Count: > 0 } include)
        {
            system.Append(CultureInfo.InvariantCulture, $"\n- Keep only facts about: {string.Join(", ", include)}.");
        }

        if (options.ExcludeTopics is { Count: > 0 } exclude)
        {
            system.Append(CultureInfo.InvariantCulture, $"\n- Never keep facts about: {string.Join(", ", exclude)}.");
        }

        if (!string.IsNullOrWhiteSpace(instructions))
        {
            system.Append("\n\nAdditional instructions:\n").Append(instructions);
        }

        var user = new StringBuilder();
        user.Append(CultureInfo.InvariantCulture, $"Observation date: {observedAt:yyyy-MM-dd} ({observedAt:dddd})\n\n");
        user.Append("Existing memories:\n");
        user.Append(JsonSerializer.Serialize(existing.Select((m, i) => new ShortMemory(i.ToString(CultureInfo.InvariantCulture), m.Text)).ToList(), FormationJson.Default.ListShortMemory));
        user.Append("\n\nNew messages:\n");
        foreach (var message in messages)
        {
            var who = message.AuthorName is { Length: > 0 } name ? $"{message.Role.Value} ({name})" : message.Role.Value;
            user.Append(who).Append(": ").Append(message.Text).Append('\n');
        }

        return [new ChatMessage(ChatRole.System, system.ToString()), new ChatMessage(ChatRole.User, user.ToString())];
    }

    public static List<ChatMessage> BuildProcedural(IReadOnlyList<ChatMessage> messages, string? instructions)
    {
        var system = """
            Summarise this agent run as one procedural memory the agent can reuse next time: the task, the steps taken in
            order, their results, errors and how they were resolved, and the final outcome. Be concise and concrete
            (commands, parameters, names). Answer with only this JSON object:
            {"operations": [{"event": "ADD", "text": "<the summary>"}]}
            """ + (string.IsNullOrWhiteSpace(instructions) ? string.Empty : "\n\nAdditional instructions:\n" + instructions);
        var user = string.Join('\n', messages.Select(m => $"{m.Role.Value}: {m.Text}"));
        return [new ChatMessage(ChatRole.System, system), new ChatMessage(ChatRole.User, user)];
    }
}
