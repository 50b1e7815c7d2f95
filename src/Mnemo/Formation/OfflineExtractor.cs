using Microsoft.Extensions.AI;

namespace Mnemo.Formation;

/// <summary>
/// The extractor used when no LLM is configured: each user message is split into sentences, each sentence classified
/// (<see cref="SentenceClassifier"/>), and every sentence that carries something is kept in the user's own words, with
/// conversational lead-ins removed and relative dates resolved (<see cref="RelativeDates"/>). Nothing is paraphrased,
/// translated or guessed.
/// </summary>
internal static class OfflineExtractor
{
    public static List<Statement> Extract(IEnumerable<ChatMessage> userMessages, DateTimeOffset observedAt, bool skipQuestions = true)
    {
        var statements = new List<Statement>();
        foreach (var message in userMessages)
        {
            foreach (var sentence in SentenceClassifier.Sentences(message.Text))
            {
                var statement = SentenceClassifier.Classify(sentence, skipQuestions);
                if (statement.Carries)
                {
                    statements.Add(statement.Kind == StatementKind.Forget ? statement : statement with { Text = RelativeDates.Resolve(statement.Text, observedAt) });
                }
            }
        }

        return statements;
    }

    /// <summary>
    /// Why a whole message carries nothing, or <see langword="null"/> when one of its sentences does: "question" when
    /// it asks something, otherwise the reason of its first sentence (greeting, thanks, acknowledgement, chit_chat).
    /// </summary>
    public static string? SkipReason(string text, bool skipQuestions = true)
    {
        string? first = null;
        var question = false;
        foreach (var sentence in SentenceClassifier.Sentences(text))
        {
            var statement = SentenceClassifier.Classify(sentence, skipQuestions);
            if (statement.Carries)
            {
                return null;
            }

            first ??= statement.SkipReason;
            question |= statement.SkipReason == "question";
        }

        return question ? "question" : first ?? "empty";
    }
}
