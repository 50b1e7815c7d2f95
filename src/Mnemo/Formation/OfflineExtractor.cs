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
    private const int MinAskedWords = 4;

    /// <summary>
    /// The statements of <paramref name="userMessages"/>. Unless <paramref name="sentencePerMemory"/>, consecutive plain
    /// facts of one message stay together as one statement (the message minus what carries nothing): one memory per
    /// turn retrieves better than several fragments competing for the same slots. Requests, instructions, changes and
    /// retractions are always statements of their own.
    /// </summary>
    /// <param name="userMessages">The messages to read.</param>
    /// <param name="observedAt">What relative dates are resolved against.</param>
    /// <param name="skipQuestions">Whether questions carry nothing (the pre-filter's setting).</param>
    /// <param name="sentencePerMemory">Keep each sentence as its own statement.</param>
    /// <param name="onTopic">Which sentences the add's topics allow (retractions are always read), before any grouping.</param>
    public static List<Statement> Extract(
        IEnumerable<ChatMessage> userMessages, DateTimeOffset observedAt, bool skipQuestions = true, bool sentencePerMemory = false, Func<string, bool>? onTopic = null)
    {
        var statements = new List<Statement>();
        foreach (var message in userMessages)
        {
            Statement? previous = null;
            string? question = null;
            foreach (var sentence in SentenceClassifier.Sentences(message.Text))
            {
                var statement = SentenceClassifier.Classify(sentence, skipQuestions);
                if (!sentencePerMemory && statement.SkipReason == "question")
                {
                    var asked = RelativeDates.Resolve(SentenceClassifier.StripLeadIns(sentence), observedAt);
                    if (SentenceClassifier.WordCount(asked) < MinAskedWords)
                    {
                        continue;
                    }

                    if (previous?.Kind == StatementKind.Fact)
                    {
                        previous = previous with { Text = previous.Text + " " + asked };
                        statements[^1] = previous;
                    }
                    else
                    {
                        question = question is null ? asked : question + " " + asked;
                    }

                    continue;
                }

                if (!statement.Carries || (statement.Kind != StatementKind.Forget && onTopic?.Invoke(statement.Text) == false))
                {
                    continue;
                }

                statement = statement.Kind == StatementKind.Forget ? statement : statement with { Text = RelativeDates.Resolve(statement.Text, observedAt) };
                if (statement.Kind == StatementKind.Fact && question is not null)
                {
                    statement = statement with { Text = question + " " + statement.Text };
                }

                question = null;
                if (!sentencePerMemory && statement.Kind == StatementKind.Fact && previous?.Kind == StatementKind.Fact)
                {
                    statement = previous with { Text = previous.Text + " " + statement.Text };
                    statements[^1] = statement;
                }
                else
                {
                    statements.Add(statement);
                }

                previous = statement;
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
