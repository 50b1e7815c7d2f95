using System.Text.RegularExpressions;

namespace Mnemo.Formation;

/// <summary>
/// A German "dass" clause (or a Dutch "dat" clause, <see cref="DutchMainOrder"/>) said as a statement of its own. A request to remember puts what is to be remembered in a
/// subordinate clause, whose finite verb comes last ("Denk daran, dass ich Vegetarier bin"); without the request words
/// the stored statement read "Ich Vegetarier bin". The finite verb goes back after the subject, as a main clause has it:
/// "Ich bin Vegetarier", "Meine Tochter hat am Freitag Geburtstag", "Ich muss morgen zum Arzt gehen". Read by form:
/// German capitalises its nouns, so the subject is a pronoun, a name, or an article or possessive up to its noun. A
/// clause the form cannot read safely (a comma inside, a separable verb such as "aufstehe", no capitalised noun after
/// an article) is left as said.
/// </summary>
internal static partial class SubordinateClause
{
    /// <summary>
    /// The clause in the order of a main clause, or <paramref name="clause"/> unchanged when its form is not read safely.
    /// </summary>
    /// <param name="clause">What followed "dass", up to the end of the sentence.</param>
    public static string MainOrder(string clause)
    {
        var (words, stops) = Read(clause);
        if (words.Length < 3 || !FiniteVerb().IsMatch(words[^1]) || SeparablePrefix().IsMatch(words[^1]))
        {
            return clause;
        }

        var subject = SubjectLength(words);
        return subject == 0 || subject >= words.Length - 1 ? clause : Reordered(words, subject, words.Length - 1, stops);
    }

    /// <summary>
    /// A Dutch "dat" clause in the order of a main clause ("Onthoud dat ik vegetariër ben": "Ik ben vegetariër", "dat mijn
    /// verjaardag op 3 mei is": "Mijn verjaardag is op 3 mei", "dat ik morgen moet werken": "Ik moet morgen werken"), or
    /// <paramref name="clause"/> unchanged when its form is not read safely. Dutch writes its nouns in lower case, so the
    /// subject is a personal pronoun, or a possessive or article with one word and the name after it ("mijn vrouw Anna
    /// heet": "Mijn vrouw heet Anna"); the finite verb is a form of "zijn" or "hebben", a modal or "gaan" wherever it stands
    /// ("dat ik allergisch ben voor noten": "Ik ben allergisch voor noten"), else the last word; a separable verb at the end
    /// ("opsta") or a comma inside leaves it as said.
    /// </summary>
    /// <param name="clause">What followed "dat", up to the end of the sentence.</param>
    public static string DutchMainOrder(string clause)
    {
        var (words, stops) = Read(clause);
        if (words.Length < 3 || DutchSeparable().IsMatch(words[^1]))
        {
            return clause;
        }

        // An adjective before the noun ("mijn oudste zoon") hides where the subject ends: left as said.
        var subject = DutchPronoun().IsMatch(words[0]) ? 1
            : DutchDeterminer().IsMatch(words[0]) && !char.IsUpper(words[1][0]) && !(words[1].EndsWith('e') && !char.IsUpper(words[2][0])) ? 2
            : 0;
        // The finite verb: a form of "zijn" or "hebben", a modal or "gaan" past the subject (a phrase may follow it: "dat ik
        // allergisch ben voor noten"), else the last word, a regular form ("woont", "werken") or a common stem.
        var verb = Array.FindIndex(words, subject == 0 ? 0 : subject, DutchAuxiliary().IsMatch);
        if (verb < 0)
        {
            verb = words.Length - 1;
            if (!DutchFinite().IsMatch(words[^1]))
            {
                return clause;
            }
        }

        return subject == 0 || subject >= verb ? clause : Reordered(words, subject, verb, stops);
    }

    // The clause's words without the stops that close it, and those stops; no words when a comma is inside, which the form
    // cannot read safely.
    private static (string[] Words, string Stops) Read(string clause)
    {
        var text = clause.TrimEnd();
        var end = text.Length;
        while (end > 0 && text[end - 1] is '.' or '!')
        {
            end--;
        }

        var body = text[..end];
        return (body.Contains(',') ? [] : body.Split(' ', StringSplitOptions.RemoveEmptyEntries), text[end..]);
    }

    // The subject, then the finite verb, then the rest in the order said.
    private static string Reordered(string[] words, int subject, int verb, string stops) =>
        string.Join(' ', words[..subject].Append(words[verb]).Concat(words[subject..verb]).Concat(words[(verb + 1)..])) + stops;

    [GeneratedRegex(@"^(?:ik|jij|je|hij|zij|ze|we|wij|u|men)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DutchPronoun();

    [GeneratedRegex(@"^(?:mijn|m'n|onze|ons|jouw|je|zijn|haar|hun|de|het|een|deze|die|dit)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DutchDeterminer();

    // A finite verb in final position: a form of "zijn", "hebben", a modal, "heet", or a regular third person or plural.
    [GeneratedRegex(@"^(?:ben|bent|is|zijn|was|waren|heb|hebt|heeft|hebben|had|hadden|word|wordt|worden|kan|kunt|kunnen|moet|moeten|wil|wilt|willen|mag|mogen|zal|zult|zullen|ga|gaat|gaan|heet|heten|woon|werk|drink|eet|speel|hou|houd|studeer|rijd|loop|kook|lees|sport|\p{Ll}{2,}(?:t|en))$", RegexOptions.CultureInvariant)]
    private static partial Regex DutchFinite();

    [GeneratedRegex(@"^(?:kan|kunt|kunnen|moet|moeten|wil|wilt|willen|mag|mogen|zal|zult|zullen|ga|gaat|gaan|ben|bent|is|heb|hebt|heeft)$", RegexOptions.CultureInvariant)]
    private static partial Regex DutchAuxiliary();

    [GeneratedRegex(@"^(?:op|af|aan|in|uit|mee|terug|weg|door|over|toe|na|bij|voor|samen|thuis|langs|mis)\p{Ll}{3,}$", RegexOptions.CultureInvariant)]
    private static partial Regex DutchSeparable();

    // Words of the subject: a personal pronoun; an article or possessive with what follows up to the first capitalised
    // word (its noun); or a run of capitalised words (a name). Zero when none is read.
    private static int SubjectLength(string[] words)
    {
        if (Pronoun().IsMatch(words[0]))
        {
            return 1;
        }

        if (Determiner().IsMatch(words[0]))
        {
            for (var i = 1; i < words.Length - 1; i++)
            {
                if (char.IsUpper(words[i][0]))
                {
                    return i + 1;
                }
            }

            return 0;
        }

        var run = 0;
        while (run < words.Length - 1 && char.IsUpper(words[run][0]) && !Determiner().IsMatch(words[run]))
        {
            run++;
        }

        return run;
    }

    [GeneratedRegex(@"^(?:ich|du|er|sie|es|wir|man)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pronoun();

    [GeneratedRegex(@"^(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|mein|meine|meinen|meinem|meiner|dein|deine|deinen|deinem|deiner|sein|seine|seinen|seinem|seiner|ihr|ihre|ihren|ihrem|ihrer|unser|unsere|unseren|unserem|unserer|euer|eure|kein|keine|dieser|diese|dieses|jeder|jede|jedes)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Determiner();

    // A finite verb in final position: lower case (never a noun), a common irregular form or a regular ending.
    [GeneratedRegex(@"^(?:ist|bin|bist|sind|seid|war|waren|hat|hab|habe|hast|habt|hatte|hatten|wird|werde|wirst|werden|kann|kannst|können|muss|musst|müssen|soll|sollst|sollen|will|willst|wollen|mag|darf|weiß|\p{Ll}+(?:e|t|st|en|n))$", RegexOptions.CultureInvariant)]
    private static partial Regex FiniteVerb();

    // A separable verb at the end ("aufstehe", "anrufe", "einkaufe") splits in a main clause: left as said.
    [GeneratedRegex(@"^(?:ab|an|auf|aus|bei|ein|fest|her|hin|los|mit|nach|vor|weg|zu|zurück|zusammen|vorbei|weiter)\p{Ll}{3,}$", RegexOptions.CultureInvariant)]
    private static partial Regex SeparablePrefix();
}
