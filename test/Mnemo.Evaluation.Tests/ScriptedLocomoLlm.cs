using System.Text.Json;
using Microsoft.Extensions.AI;
using Mnemo.TestUtilities;

namespace Mnemo.Evaluation.Tests;

/// <summary>
/// A <see cref="FakeChatClient"/> playing the three roles of the answer phase on <see cref="TinyLocomo"/>: memory
/// formation (a fact per turn it recognises), answering (a scripted answer per question) and judging (a scripted reply
/// per question). Each call reports 100 input and 20 output tokens.
/// </summary>
internal static class ScriptedLocomoLlm
{
    public const string Dog = "Ann adopted a dog named Rex.";
    public const string Likes = "Ann's dog Rex loves tomatoes.";
    public const string Running = "Bob started running marathons in June 2023.";

    // Turn text -> the fact extracted from any batch holding it.
    public static readonly Dictionary<string, string> Facts = new()
    {
        ["I adopted a dog named Rex."] = Dog,
        ["Rex loves tomatoes."] = Likes,
        ["I started running marathons."] = Running,
    };

    // Question -> (answer, judge reply).
    public static readonly Dictionary<string, (string Answer, string Judge)> Script = new()
    {
        ["What is Ann's dog called?"] = ("Rex", """{"label": "CORRECT"}"""),
        ["What does Ann's dog like?"] = ("The dog likes tomatoes.", "```json\n{\"label\": \"correct\"}\n```"),
        ["When did Bob start running?"] = ("June 2023", "I would say CORRECT, roughly."),
    };

    public static FakeChatClient Create() => new() { Respond = Respond };

    public static bool IsFormation(IReadOnlyList<ChatMessage> messages) => messages[0].Text.StartsWith("You are the memory manager", StringComparison.Ordinal);

    public static bool IsAnswer(IReadOnlyList<ChatMessage> messages) => messages[0].Role == ChatRole.System && !IsFormation(messages);

    public static bool IsJudge(IReadOnlyList<ChatMessage> messages) => messages is [{ Role.Value: "user" }] && messages[0].Text.Contains("Gold answer:", StringComparison.Ordinal);

    public static string QuestionOf(IReadOnlyList<ChatMessage> messages) =>
        Script.Keys.Single(q => messages[^1].Text.Contains($"Question: {q}", StringComparison.Ordinal));

    private static string Respond(IReadOnlyList<ChatMessage> messages)
    {
        if (IsFormation(messages))
        {
            var facts = Facts.Where(f => messages[^1].Text.Contains(f.Key, StringComparison.Ordinal)).Select(f => new { @event = "ADD", text = f.Value });
            return JsonSerializer.Serialize(new { operations = facts });
        }

        var (answer, judge) = Script[QuestionOf(messages)];
        return IsJudge(messages) ? judge : answer;
    }
}
