using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;

namespace Mnemo.Formation;

/// <summary>
/// Cost control before any model call: greetings, acknowledgements, pure questions and near-empty messages carry
/// nothing to remember, so they never reach the embedder or the LLM. Each skip is reported with its rule.
/// </summary>
internal sealed partial class MessagePreFilter(PreFilterOptions options)
{
    public (List<(int Index, ChatMessage Message)> Kept, List<SkippedMessage> Skipped) Apply(IReadOnlyList<ChatMessage> messages)
    {
        var kept = new List<(int, ChatMessage)>();
        var skipped = new List<SkippedMessage>();
        for (var i = 0; i < messages.Count; i++)
        {
            var reason = Reason(messages[i]);
            if (reason is null)
            {
                kept.Add((i, messages[i]));
            }
            else
            {
                skipped.Add(new SkippedMessage(i, reason));
            }
        }

        return (kept, skipped);
    }

    private string? Reason(ChatMessage message)
    {
        if (message.Role == ChatRole.System || message.Role == ChatRole.Tool)
        {
            return "system";
        }

        var text = message.Text?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            return "empty";
        }

        if (!options.Enabled)
        {
            return null;
        }

        if (Greeting().IsMatch(text))
        {
            return "greeting";
        }

        if (Acknowledgement().IsMatch(text))
        {
            return "acknowledgement";
        }

        if (text.Count(char.IsLetterOrDigit) < options.MinimumLetters)
        {
            return "too_short";
        }

        if (options.SkipQuestions && IsPureQuestion(text))
        {
            return "question";
        }

        return options.SkipPatterns.Any(p => Regex.IsMatch(text, p, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100)))
            ? "custom_rule"
            : null;
    }

    // Every sentence is a question and none says something about the speaker ("Where should I eat? I'm vegan." is kept).
    private static bool IsPureQuestion(string text)
    {
        return text.TrimEnd().EndsWith('?') && !SelfStatement().IsMatch(text)
            && SentenceEnd().Matches(text).All(m => m.Value.Contains('?', StringComparison.Ordinal));
    }

    [GeneratedRegex(@"^(hi|hello|hey|hiya|yo|good (morning|afternoon|evening|night)|bonjour|bonsoir|salut|coucou|hola)( there| everyone| all| tout le monde)?[\s!.,:)]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Greeting();

    [GeneratedRegex(@"^((ok(ay)?|k|thanks?( you)?( so much| a lot)?|thx|ty|merci( beaucoup)?|cool|great|nice|perfect|parfait|sure|got it|sounds good|d'accord|ça marche|yes|yep|no|nope|oui|non|bye|goodbye|au revoir|à plus|lol|haha)[\s!.,:)]*)+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Acknowledgement();

    [GeneratedRegex(@"[.!?]+(\s|$)")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\b(I am|I'm|I have|I've|I was|I will|I'll|my|je suis|j'ai|mon|ma|mes)\b[^?]*[.!]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SelfStatement();
}
