using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;

namespace Mnemo.Formation;

/// <summary>
/// Cost control before any model call: a message none of whose sentences carries anything (greetings, thanks,
/// acknowledgements, questions, chit-chat; see <see cref="SentenceClassifier"/>) never reaches the embedder or the LLM.
/// Each skip is reported with its rule.
/// </summary>
internal sealed class MessagePreFilter(PreFilterOptions options)
{
    /// <summary>
    /// Which of <paramref name="messages"/> go on, and why the others do not. <c>Answered</c> holds the question each
    /// user message answers (<see cref="OfflineExtractor.QuestionsAnswered"/>), read once here for the extractor too, as
    /// are the sentences read (<paramref name="readings"/>).
    /// </summary>
    public (List<(int Index, ChatMessage Message)> Kept, List<SkippedMessage> Skipped, IReadOnlyDictionary<ChatMessage, string> Answered) Apply(
        IReadOnlyList<ChatMessage> messages, SentenceReadings? readings = null)
    {
        readings ??= new SentenceReadings();
        var answered = OfflineExtractor.QuestionsAnswered(messages);
        var reasons = messages.Select(m => Reason(m, answered.ContainsKey(m), readings)).ToArray();
        var kept = new List<(int, ChatMessage)>();
        var skipped = new List<SkippedMessage>();
        for (var i = 0; i < messages.Count; i++)
        {
            // The assistant's question that a user message answers is that answer's context: kept when the answer is.
            var context = i + 1 < messages.Count && answered.ContainsKey(messages[i + 1]) && reasons[i + 1] is null;
            if (context || reasons[i] is null)
            {
                kept.Add((i, messages[i]));
            }
            else
            {
                skipped.Add(new SkippedMessage(i, reasons[i]!));
            }
        }

        return (kept, skipped, answered);
    }

    private string? Reason(ChatMessage message, bool answers, SentenceReadings readings)
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

        // The same reading as the offline extractor, so a message the offline path would keep always reaches the LLM.
        if (OfflineExtractor.SkipReason(text, options.SkipQuestions, answers, readings) is { } reason)
        {
            return reason;
        }

        // "No." after "Do you have any allergies?" says something, however short.
        if (!answers && text.Count(char.IsLetterOrDigit) < options.MinimumLetters)
        {
            return "too_short";
        }

        return options.SkipPatterns.Any(p => Regex.IsMatch(text, p, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100)))
            ? "custom_rule"
            : null;
    }
}
