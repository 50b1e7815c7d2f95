using System.Text.RegularExpressions;

namespace Mnemo.Formation;

/// <summary>
/// A statement that says an earlier one again with another value: "I usually wake up at 7 now" after "I usually wake
/// up at 6am", "I work from home on Mondays and Fridays" after "I work from home on Fridays", "Je me lève à 7h
/// maintenant" after "Je me lève à 6h", "I run 10 km every morning" after "I run 5 km ...". Read by form: the two open
/// with the same words (at least two, the first the speaker's: "I", "we", "my", "our" and their French, Spanish and
/// German forms, or a Spanish verb of preference, which says "yo" by its ending: "Prefiero …") and end the same (three
/// words alike in all), and what differs between them is a value and nothing else, a number, a time, a day or a month,
/// a few words at most. A name that differs is another thing, not another value ("I have lunch with Sam on Monday" and
/// "... with Tom on Monday" are two lunches), and so is anything else that differs. A preference is the exception: the
/// speaker prefers one thing of a kind, so one other word is another value ("I prefer aisle seats" after "I prefer
/// window seats", "Je préfère le thé vert" after "Je préfère le thé noir"). Only a memory that is that one sentence is
/// replaced, and never one that tells of a past event (<see cref="PastEvent"/>): "I went to Japan in 2019" and "... in
/// 2023" are two trips.
/// </summary>
internal static partial class ValueChange
{
    private const int MinOpening = 2;
    private const int MinShared = 3;
    private const int MaxMemoryWords = 15;
    private const int MaxValueWords = 4;

    /// <summary>Whether a sentence of <paramref name="text"/> gives <paramref name="memory"/> another value.</summary>
    public static bool Replaces(string text, string memory) =>
        ReadMemory(memory) is { } old && Replaces(ReadStatement(SentenceClassifier.Sentences(text)), old);

    /// <summary>
    /// The words of <paramref name="memory"/> when another value could replace it, read from the memory alone: one
    /// sentence of three to fifteen words, the first the speaker's, that tells of no past event; else <see langword="null"/>.
    /// </summary>
    public static List<string>? ReadMemory(string memory)
    {
        if (SentenceClassifier.Sentences(memory).Skip(1).Any())
        {
            return null;
        }

        var old = Words(memory);
        return old.Count < MinShared || old.Count > MaxMemoryWords || !Own().IsMatch(old[0]) || PastEvent.Tells(memory) ? null : old;
    }

    /// <summary>The words of each of a statement's <paramref name="sentences"/>, as <see cref="Replaces(IReadOnlyList{List{string}}, List{string})"/> compares them.</summary>
    public static List<List<string>> ReadStatement(IEnumerable<string> sentences) => [.. sentences.Select(Words)];

    /// <summary>Whether a sentence of a statement (its words, <see cref="ReadStatement"/>) gives the memory whose words are <paramref name="old"/> (<see cref="ReadMemory"/>) another value.</summary>
    public static bool Replaces(IReadOnlyList<List<string>> statement, List<string> old)
    {
        foreach (var said in statement)
        {
            var prefix = 0;
            while (prefix < old.Count && prefix < said.Count && old[prefix] == said[prefix])
            {
                prefix++;
            }

            var suffix = 0;
            while (suffix < old.Count - prefix && suffix < said.Count - prefix && old[^(suffix + 1)] == said[^(suffix + 1)])
            {
                suffix++;
            }

            var before = old.GetRange(prefix, old.Count - prefix - suffix);
            var after = said.GetRange(prefix, said.Count - prefix - suffix);
            if (prefix < MinOpening || prefix + suffix < MinShared)
            {
                continue;
            }

            if (after.Count > 0 && after.Count <= MaxValueWords && before.Count <= MaxValueWords
                && after.Any(IsValue) && before.All(w => IsValue(w) || Joiner().IsMatch(w)) && after.All(w => IsValue(w) || Joiner().IsMatch(w)))
            {
                return true;
            }

            // A preference said again with one other word: the speaker prefers one thing of a kind, so "I prefer aisle
            // seats" replaces "I prefer window seats", names included ("I prefer United flights" after "... Delta ...").
            if (before.Count == 1 && after.Count == 1 && old.Take(prefix).Any(w => Prefers().IsMatch(w)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsValue(string word) => word.Any(char.IsDigit) || Calendar().IsMatch(word);

    // The sentence's words in lower case, without a date note the add put in ("(on 2026-12-07)") and without the words
    // that say it holds now ("now", "these days", "actually", "maintenant", "ahora", "jetzt").
    private static List<string> Words(string sentence)
    {
        var words = new List<string>();
        foreach (Match match in Word().Matches(DateNote().Replace(sentence.ToLowerInvariant().Replace('’', '\''), " ")))
        {
            if (!Soft().IsMatch(match.Value))
            {
                words.Add(match.Value);
            }
        }

        return words;
    }

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}':.]*(?<![.:])")]
    private static partial Regex Word();

    [GeneratedRegex(@"\([^()]*\d{4}[^()]*\)")]
    private static partial Regex DateNote();

    [GeneratedRegex(@"^(?:now|nowadays|currently|actually|these|days|anymore|instead|maintenant|désormais|actuellement|ahora|actualmente|jetzt|inzwischen|mittlerweile)$")]
    private static partial Regex Soft();

    [GeneratedRegex(@"^(?:i|i'm|i've|i'd|i'll|we|we're|we've|my|our|je|j'ai|nous|mon|ma|mes|notre|nos|yo|mi|mis|nuestro|nuestra|ich|wir|mein|meine|unser|unsere|prefiero|preferimos)$")]
    private static partial Regex Own();

    [GeneratedRegex(@"^(?:prefer|préfère|préférons|prefiero|preferimos|bevorzuge|bevorzugen)$")]
    private static partial Regex Prefers();

    [GeneratedRegex(@"^(?:and|or|to|am|pm|a\.m|p\.m|h|et|ou|y|o|und|oder|bis|à|a|at|on|le|les|el|los|um)$")]
    private static partial Regex Joiner();

    // A day or a month, singular or plural ("fridays", "lundis", "sábados", "montags"), from the lexicons RelativeDates reads.
    [GeneratedRegex(@"^(?:" + RelativeDates.Weekdays + @")s?$|^(?:" + RelativeDates.Months + ")$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Calendar();
}
