namespace Mnemo.Formation;

/// <summary>
/// The sentences of each message an add reads, and what each sentence is (<see cref="SentenceClassifier"/>), read once
/// for the add. The pre-filter reads a message's sentences until one carries something, and the offline extractor then
/// reads every sentence of each message kept: without this, the sentences up to the first that carries were split and
/// classified twice. One instance per add; both readings are pure functions of the text, so keeping them changes no
/// result.
/// </summary>
internal sealed class SentenceReadings
{
    private readonly Dictionary<string, List<string>> _sentences = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Sentence, bool SkipQuestions), Statement> _statements = [];

    /// <summary>The sentences of <paramref name="text"/> (<see cref="SentenceClassifier.Sentences"/>).</summary>
    public IReadOnlyList<string> Sentences(string text)
    {
        if (!_sentences.TryGetValue(text, out var sentences))
        {
            _sentences[text] = sentences = [.. SentenceClassifier.Sentences(text)];
        }

        return sentences;
    }

    /// <summary>What <paramref name="sentence"/> is (<see cref="SentenceClassifier.Classify"/>).</summary>
    public Statement Classify(string sentence, bool skipQuestions)
    {
        if (!_statements.TryGetValue((sentence, skipQuestions), out var statement))
        {
            _statements[(sentence, skipQuestions)] = statement = SentenceClassifier.Classify(sentence, skipQuestions);
        }

        return statement;
    }
}
