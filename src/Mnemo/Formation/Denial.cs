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
    public static bool Denies(string text, string memory) =>
        ReadMemory(memory).Said is { } said && ReadStatement(SentenceClassifier.Sentences(text)).Denies(said);

    /// <summary>
    /// Whether a sentence of <paramref name="text"/> says, word for word and without a negation, what
    /// <paramref name="memory"/> denies: "I drink coffee again" after "I don't drink coffee", "I have a car now" after "I
    /// don't have a car", "Ich habe jetzt ein Auto" after "Ich habe kein Auto". The denial read the other
    /// way: the words that say it holds now ("again", "now", "anymore", "maintenant", "otra vez", "wieder") are passed over
    /// on both sides.
    /// </summary>
    public static bool Undoes(string text, string memory) =>
        ReadMemory(memory).Denied is { } denied && ReadStatement(SentenceClassifier.Sentences(text)).Undoes(denied);

    /// <summary>Whether <paramref name="text"/> holds a negation ("not", "n't", "never", "ne … pas", "no", "nicht", "kein").</summary>
    public static bool Negates(string text) => NegationCue().IsMatch(text);

    /// <summary>Whether <paramref name="text"/> denies <paramref name="memory"/> or says what it denies (<see cref="Denies"/>, <see cref="Undoes"/>).</summary>
    public static bool Reverses(string text, string memory) =>
        ReadStatement(SentenceClassifier.Sentences(text)).Reverses(ReadMemory(memory));

    /// <summary>
    /// What a denial could take back of <paramref name="memory"/>, read from the memory alone: its first clause's words
    /// when it says something without a negation, or when it denies something. Only a memory that is one sentence of at
    /// least three such words can be either.
    /// </summary>
    public static MemoryClause ReadMemory(string memory)
    {
        if (SentenceClassifier.Sentences(memory).Skip(1).Any())
        {
            return MemoryClause.None;
        }

        var said = Words(FirstClause(Adverb().Replace(memory, " ")), out var memoryNegated);
        HashSet<string>? denied = null;
        if (NegationCue().IsMatch(memory))
        {
            denied = Words(FirstClause(Now().Replace(memory, " ")), out var negated);
            if (!negated || denied.Count < MinWords)
            {
                denied = null;
            }
        }

        return new MemoryClause(memoryNegated || said.Count < MinWords ? null : said, denied);
    }

    /// <summary>What a denial reads of a statement's <paramref name="sentences"/>, each read when first needed.</summary>
    public static StatementClauses ReadStatement(IEnumerable<string> sentences) => new([.. sentences]);

    /// <summary>
    /// What <see cref="Denies"/> and <see cref="Undoes"/> read of a memory: <c>Said</c>, the words of a memory that says
    /// something (what a denial must say, negated); <c>Denied</c>, the words of a memory that denies something (what a
    /// statement must say again, without the negation); each <see langword="null"/> when the memory is not of that form.
    /// </summary>
    internal sealed record MemoryClause(HashSet<string>? Said, HashSet<string>? Denied)
    {
        public static MemoryClause None { get; } = new(null, null);
    }

    /// <summary>
    /// What <see cref="Denies"/> and <see cref="Undoes"/> read of a statement: the first clause of each sentence that
    /// holds a negation, and of each that holds none, as words, read once for every memory it is checked against.
    /// </summary>
    internal sealed class StatementClauses(List<string> sentences)
    {
        private List<HashSet<string>>? _denying;
        private List<HashSet<string>>? _affirming;

        /// <summary>Whether the statement denies a memory or says what it denies.</summary>
        public bool Reverses(MemoryClause memory) =>
            (memory.Said is { } said && Denies(said)) || (memory.Denied is { } denied && Undoes(denied));

        /// <summary>Whether a sentence denies a memory that says <paramref name="said"/>.</summary>
        public bool Denies(HashSet<string> said)
        {
            // Most sentences deny nothing: only one with a negation is read further.
            _denying ??= [.. sentences
                .Where(sentence => NegationCue().IsMatch(sentence))
                .Select(sentence => Words(FirstClause(Adverb().Replace(Hedge().Replace(sentence, string.Empty), " ")), out var negated) is var words && negated ? words : null)
                .OfType<HashSet<string>>()];
            return _denying.Exists(words => words.SetEquals(said));
        }

        /// <summary>Whether a sentence says, without a negation, what a memory denies (<paramref name="denied"/>).</summary>
        public bool Undoes(HashSet<string> denied)
        {
            _affirming ??= [.. sentences
                .Where(sentence => !NegationCue().IsMatch(sentence))
                .Select(sentence => Words(FirstClause(Now().Replace(Hedge().Replace(sentence, string.Empty), " ")), out var negated) is var words && !negated ? words : null)
                .OfType<HashSet<string>>()];
            return _affirming.Exists(words => words.SetEquals(denied));
        }
    }

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
