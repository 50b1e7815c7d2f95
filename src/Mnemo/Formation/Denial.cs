using System.Text.RegularExpressions;

namespace Mnemo.Formation;

/// <summary>
/// A statement that denies an earlier one: "I'm not allergic to peanuts, it was a misdiagnosis" after "I'm allergic to
/// peanuts", "I never eat breakfast" after "I eat breakfast". The first clause of one of its sentences says, word for
/// word, what the earlier memory says, with a negation the memory lacks ("not", "n't", "never", "ne … pas", "no",
/// "nicht", "kein"). Read by form, so a denial that rewords the memory is not one; only a memory that is that one
/// sentence, of at least three words, is denied (a longer memory says more than the denial takes back). A hedge around
/// the denial is not part of what it says: "Turns out I'm not allergic to penicillin after all".
/// </summary>
internal static partial class Denial
{
    private const int MinWords = 3;

    /// <summary>Whether a sentence of <paramref name="text"/> denies <paramref name="memory"/>.</summary>
    public static bool Denies(string text, string memory)
    {
        if (SentenceClassifier.Sentences(memory).Skip(1).Any())
        {
            return false;
        }

        var said = Words(FirstClause(Adverb().Replace(memory, " ")), out var memoryNegated);
        if (memoryNegated || said.Count < MinWords)
        {
            return false;
        }

        foreach (var sentence in SentenceClassifier.Sentences(text))
        {
            // Most sentences deny nothing: only one with a negation is read further (this runs for every candidate).
            if (!NegationCue().IsMatch(sentence))
            {
                continue;
            }

            if (Words(FirstClause(Adverb().Replace(Hedge().Replace(sentence, string.Empty), " ")), out var negated) is var words && negated && words.SetEquals(said))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a sentence of <paramref name="text"/> says, word for word and without a negation, what
    /// <paramref name="memory"/> denies: "I drink coffee again" after "I don't drink coffee", "I have a car now" after "I
    /// don't have a car", "Ich habe jetzt ein Auto" after "Ich habe kein Auto". The denial read the other
    /// way: the words that say it holds now ("again", "now", "anymore", "maintenant", "otra vez", "wieder") are passed over
    /// on both sides.
    /// </summary>
    public static bool Undoes(string text, string memory)
    {
        if (!NegationCue().IsMatch(memory) || SentenceClassifier.Sentences(memory).Skip(1).Any())
        {
            return false;
        }

        var denied = Words(FirstClause(Now().Replace(memory, " ")), out var memoryNegated);
        if (!memoryNegated || denied.Count < MinWords)
        {
            return false;
        }

        foreach (var sentence in SentenceClassifier.Sentences(text))
        {
            if (!NegationCue().IsMatch(sentence)
                && Words(FirstClause(Now().Replace(Hedge().Replace(sentence, string.Empty), " ")), out var negated) is var words && !negated && words.SetEquals(denied))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="text"/> holds a negation ("not", "n't", "never", "ne … pas", "no", "nicht", "kein").</summary>
    public static bool Negates(string text) => NegationCue().IsMatch(text);

    /// <summary>Whether <paramref name="text"/> denies <paramref name="memory"/> or says what it denies (<see cref="Denies"/>, <see cref="Undoes"/>).</summary>
    public static bool Reverses(string text, string memory) => Denies(text, memory) || Undoes(text, memory);

    private static string FirstClause(string sentence) => ClauseEnd().Split(sentence, 2)[0];

    // The clause's words in lower case, without its negation (and without the "do" that carries an English one: "I don't
    // drink coffee" says "I drink coffee" denied); "kein" reads as "ein".
    private static HashSet<string> Words(string clause, out bool negated)
    {
        negated = false;
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match match in Word().Matches(clause.ToLowerInvariant().Replace('’', '\'')))
        {
            var word = match.Value;
            if (Negator().IsMatch(word))
            {
                negated = true;
                continue;
            }

            if (word.EndsWith("n't", StringComparison.Ordinal))
            {
                negated = true;
                word = word switch
                {
                    "can't" => "can",
                    "won't" => "will",
                    "don't" or "doesn't" or "didn't" => string.Empty,
                    _ => word[..^3],
                };
            }
            else if (word.StartsWith("n'", StringComparison.Ordinal))
            {
                negated = true;
                word = word[2..];
            }
            else if (Elided().Match(word) is { Success: true } elided)
            {
                // French elision: "j'aime" is "je aime", as "je n'aime pas" reads.
                words.Add(elided.Groups[1].Value == "j" ? "je" : elided.Groups[1].Value + "'");
                word = elided.Groups[2].Value;
            }
            else if (word.StartsWith("kein", StringComparison.Ordinal))
            {
                negated = true;
                word = word[1..];
            }

            if (word.Length > 0)
            {
                words.Add(word);
            }
        }

        return words;
    }

    [GeneratedRegex(@"[\p{L}\p{N}']+")]
    private static partial Regex Word();

    [GeneratedRegex(@"^(j|l|d|m|t|s|c|qu)'(.+)$")]
    private static partial Regex Elided();

    // The words that negate a clause on their own ("kein" and the contractions are read apart).
    private const string NegatorWords = "not|never|no|cannot|ne|pas|jamais|nunca|jamás|nicht|nie|niemals";

    [GeneratedRegex("^(?:" + NegatorWords + ")$")]
    private static partial Regex Negator();

    // Any negation Words reads: a word of Negator, "n't", "n'", "kein".
    [GeneratedRegex(@"\b(?:" + NegatorWords + @"|kein\w*)\b|n't\b|n’t\b|\bn'|\bn’", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NegationCue();

    // "Turns out ...", "My allergist said ...", "Apparently, ...", "... after all" (at the end or before the next clause), "En fait, ...", "Resulta que ...", "...
    // después de todo".
    [GeneratedRegex(@"^(?:(?:it\s+|as it\s+)?turns out(?:\s+that)?|(?:my|our|the)\s+(?:[\w-]+\s+)?(?:doctor|allergist|dermatologist|dentist|gp|vet|physician|specialist|nurse|tests?|results?|test results)\s+(?:said|says|confirmed|confirms|showed|show|told me)(?:\s+that)?|apparently|actually|in fact|en fait|finalement|en réalité|apparemment|resulta que|en realidad|de hecho|al final|eigentlich|tatsächlich|anscheinend|wie sich herausstellt)\b[\s,]*|[\s,]+(?:after all|at all|either|en fin de compte|finalement|después de todo|al final|doch|eigentlich|tatsächlich)(?=\s*(?:[.!]?\s*$|[,;]))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Hedge();

    // An adverb that stresses a statement, said on either side: "I'm not actually allergic to penicillin".
    [GeneratedRegex(@"\b(?:actually|really|truly|even|en fait|vraiment|realmente|en realidad|wirklich|eigentlich|tatsächlich)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Adverb();

    // The words that say a state holds now or again, or no longer: not what the state is.
    [GeneratedRegex(@"\b(?:again|now|nowadays|these days|any ?more|any longer|once more|maintenant|désormais|à nouveau|de nouveau|ahora|otra vez|de nuevo|jetzt|wieder|nun|inzwischen|mittlerweile)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Now();

    [GeneratedRegex(@"[,;:]|\s[-–—]\s|\s(?:but|because|since|though|although|mais|parce|pero|porque|aber|weil)\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClauseEnd();
}
