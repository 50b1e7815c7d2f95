using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;

namespace Mnemo.Formation;

/// <summary>
/// The extractor used when no LLM is configured: each user message is split into sentences, each sentence classified
/// (<see cref="SentenceClassifier"/>), and every sentence that carries something is kept in the user's own words, with
/// conversational lead-ins removed and relative dates resolved (<see cref="RelativeDates"/>). Nothing is paraphrased,
/// translated or guessed.
/// </summary>
internal static partial class OfflineExtractor
{
    private const int MinAskedWords = 4;
    private const int MaxFragmentWords = 6;

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
    /// <param name="answered">
    /// The question the assistant asked right before a message (<see cref="QuestionsAnswered"/>): the message's first
    /// sentence is read as its answer, and the question goes with the fact it answers.
    /// </param>
    /// <param name="readings">The add's sentences read so far (the pre-filter's), or <see langword="null"/> to read every sentence here.</param>
    public static List<Statement> Extract(
        IEnumerable<ChatMessage> userMessages, DateTimeOffset observedAt, bool skipQuestions = true, bool sentencePerMemory = false, Func<string, bool>? onTopic = null,
        IReadOnlyDictionary<ChatMessage, string>? answered = null, SentenceReadings? readings = null)
    {
        readings ??= new SentenceReadings();
        var statements = new List<Statement>();
        foreach (var message in userMessages)
        {
            Statement? previous = null;
            var answering = answered?.GetValueOrDefault(message);
            string? question = null;
            var first = true;
            foreach (var sentence in readings.Sentences(message.Text))
            {
                var statement = readings.Classify(sentence, skipQuestions);

                // A short answer means something only with its question ("Where are you based? Tokyo."); a statement
                // that stands alone ("I'm allergic to cats.") goes without it.
                if (first && answering is not null && AsAnswer(statement, sentence) is { } answer)
                {
                    statement = answer;
                    question = RelativeDates.Resolve(answering, observedAt);
                }

                first = false;
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
    /// <param name="text">The message.</param>
    /// <param name="skipQuestions">Whether questions carry nothing.</param>
    /// <param name="answers">Whether the message answers a question the assistant asked just before it.</param>
    /// <param name="readings">The add's sentences read so far, kept for the extractor; <see langword="null"/> to read them here alone.</param>
    public static string? SkipReason(string text, bool skipQuestions = true, bool answers = false, SentenceReadings? readings = null)
    {
        readings ??= new SentenceReadings();
        string? first = null;
        var question = false;
        foreach (var sentence in readings.Sentences(text))
        {
            var statement = readings.Classify(sentence, skipQuestions);
            if (answers && first is null && !question && AsAnswer(statement, sentence) is { } answer)
            {
                statement = answer;
            }

            if (statement.Carries)
            {
                return null;
            }

            first ??= statement.SkipReason;
            question |= statement.SkipReason == "question";
        }

        return question ? "question" : first ?? "empty";
    }

    /// <summary>
    /// The question each user message of <paramref name="messages"/> answers: the last sentence of the assistant message
    /// right before it, when that sentence asks the user something of at least four words ("Where are you based?",
    /// "Do you have any allergies?"), and is not an offer or a check ("Would you like me to book it?", "Does that
    /// help?"). "Tokyo." or "No." alone says nothing; after its question it says where the user lives or that they have
    /// no allergies.
    /// </summary>
    public static Dictionary<ChatMessage, string> QuestionsAnswered(IReadOnlyList<ChatMessage> messages)
    {
        var answered = new Dictionary<ChatMessage, string>(ReferenceEqualityComparer.Instance);
        for (var i = 1; i < messages.Count; i++)
        {
            if (messages[i].Role == ChatRole.User && messages[i - 1].Role == ChatRole.Assistant
                && SentenceClassifier.Sentences(messages[i - 1].Text).LastOrDefault() is { } last
                && last.EndsWith('?')
                && SentenceClassifier.StripLeadIns(last) is var asked
                && SentenceClassifier.WordCount(asked) >= MinAskedWords
                && (SentenceClassifier.SpeaksToTheOther(asked) || SecondPersonVerb().IsMatch(asked))
                && !Offer().IsMatch(asked))
            {
                answered[messages[i]] = asked;
            }
        }

        return answered;
    }

    // The first sentence after a question, read as its answer: a short answer that alone would be skipped ("Tokyo.",
    // "Two kids.") or a yes or no becomes a fact, and a fragment of at most six words that does not speak of the speaker
    // ("Around 2000 euros, I think.") needs its question too; null for a sentence that stands alone ("I'm allergic to
    // cats." after "What is your favourite colour?").
    private static Statement? AsAnswer(Statement statement, string sentence)
    {
        if (statement.SkipReason == "chit_chat" || (statement.SkipReason == "acknowledgement" && YesOrNo().IsMatch(sentence)))
        {
            return new Statement(StatementKind.Fact, SentenceClassifier.StripLeadIns(sentence) is { Length: > 0 } stripped ? stripped : sentence.Trim());
        }

        var said = Hedge().Replace(statement.Text, string.Empty);
        return statement.Kind == StatementKind.Fact && SentenceClassifier.WordCount(said) <= MaxFragmentWords && !SentenceClassifier.SpeaksOfSelf(said)
            ? statement
            : null;
    }

    // "..., I think.", "..., probably": a hedge after an answer is not the speaker speaking of themselves.
    [GeneratedRegex(@"[,\s]+(?:i think|i guess|i believe|i'd say|i suppose|probably|maybe|je pense|je crois|creo|supongo|glaube ich|denke ich)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Hedge();

    // A question to the user without a pronoun: Spanish and German say who by the verb ("¿Cuántos hijos tienes?").
    [GeneratedRegex(@"\b(?:tienes|eres|estás|vives|trabajas|prefieres|hast|bist|wohnst|arbeitest)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecondPersonVerb();

    [GeneratedRegex(@"\b(?:would you like me|would you like to|do you want me|want me to|shall i|should i|can i|may i|could i|let me know|does (?:that|this) (?:help|make sense|work)|anything else|is there anything|any other questions|veux-tu que je|voulez-vous que je|souhaitez-vous que je|autre chose|quieres que|quiere que|algo más|soll ich|möchtest du, dass ich|möchten sie, dass ich|noch etwas)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Offer();

    [GeneratedRegex(@"^\W*(?:yes|yeah|yep|yup|no|nope|nah|oui|non|sí|si|ja|nein)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YesOrNo();
}
