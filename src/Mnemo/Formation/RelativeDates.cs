using System.Globalization;
using System.Text.RegularExpressions;

namespace Mnemo.Formation;

/// <summary>
/// Resolves relative dates against the observation date, in English, French, Spanish and German, by inserting the
/// absolute date right after the words, which stay as said: "I went to the doctor yesterday (on 2023-05-07)",
/// "last week (week of 2023-04-24)", "last month (April 2023)", "last year (2022)". A bare weekday ("on Tuesday")
/// means the coming one unless the sentence is in a past tense, then the last one; a recurring one ("every Sunday",
/// "le dimanche", "cada lunes", "jeden Montag") names no date and is left as said.
/// </summary>
internal static partial class RelativeDates
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    public static string Resolve(string text, DateTimeOffset observedAt)
    {
        var day = observedAt.UtcDateTime.Date;
        var past = PastTense().IsMatch(text);
        var resolved = new System.Text.StringBuilder(text.Length + 32);
        var at = 0;
        foreach (Match match in Expression().Matches(text))
        {
            var annotation = Annotation(match, day, past);
            if (annotation is null)
            {
                continue;
            }

            // The date goes after a possessive ("tomorrow's (on 2023-05-09) opening"), not inside it.
            var end = match.Index + match.Length;
            var possessive = Possessive().Match(text, end);
            if (possessive.Success)
            {
                end += possessive.Length;
            }

            resolved.Append(text, at, end - at).Append(" (").Append(annotation).Append(')');
            at = end;
        }

        return at == 0 ? text : resolved.Append(text, at, text.Length - at).ToString();
    }

    /// <summary>Whether <paramref name="text"/> holds a relative date expression this class resolves.</summary>
    public static bool HasExpression(string text) => Expression().IsMatch(text);

    /// <summary><paramref name="text"/> without its relative date expressions ("yesterday", "last week", "on Tuesday").</summary>
    public static string Strip(string text) => Expression().Replace(text, " ");

    private static string? Annotation(Match match, DateTime day, bool past)
    {
        if (match.Groups["day"].Success)
        {
            var offset = match.Groups["day"].Value.ToLowerInvariant() switch
            {
                "the day before yesterday" or "avant-hier" or "anteayer" or "antier" or "vorgestern" => -2,
                "yesterday" or "hier" or "ayer" or "gestern" => -1,
                "tomorrow" or "demain" or "mañana" or "morgen" => 1,
                "the day after tomorrow" or "après-demain" or "pasado mañana" or "übermorgen" => 2,
                _ => 0,
            };
            return "on " + Iso(day.AddDays(offset));
        }

        if (match.Groups["week"].Success)
        {
            var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
            return "week of " + Iso(monday.AddDays(7 * Direction(match.Groups["week"].Value)));
        }

        if (match.Groups["month"].Success)
        {
            var month = new DateTime(day.Year, day.Month, 1, 0, 0, 0, DateTimeKind.Utc).AddMonths(Direction(match.Groups["month"].Value));
            return month.ToString("MMMM yyyy", CultureInfo.InvariantCulture);
        }

        if (match.Groups["year"].Success)
        {
            return (day.Year + Direction(match.Groups["year"].Value)).ToString(CultureInfo.InvariantCulture);
        }

        if (match.Groups["weekday"].Success && Weekday(match.Groups["weekday"].Value) is { } weekday)
        {
            var direction = Direction(match.Value);
            var backwards = direction < 0 || (direction == 0 && past);
            var delta = ((int)weekday - (int)day.DayOfWeek + 7) % 7;
            var date = backwards ? day.AddDays(delta == 0 ? -7 : delta - 7) : day.AddDays(delta == 0 ? 7 : delta);
            return "on " + Iso(date);
        }

        return null;
    }

    // -1 for "last/dernier/pasado/letzte", +1 for "next/prochain/próximo/nächste", 0 for "this".
    private static int Direction(string words) =>
        Last().IsMatch(words) ? -1 : Next().IsMatch(words) ? 1 : 0;

    private static DayOfWeek? Weekday(string word) => word.ToLowerInvariant() switch
    {
        "monday" or "lundi" or "lunes" or "montag" => DayOfWeek.Monday,
        "tuesday" or "mardi" or "martes" or "dienstag" => DayOfWeek.Tuesday,
        "wednesday" or "mercredi" or "miércoles" or "mittwoch" => DayOfWeek.Wednesday,
        "thursday" or "jeudi" or "jueves" or "donnerstag" => DayOfWeek.Thursday,
        "friday" or "vendredi" or "viernes" or "freitag" => DayOfWeek.Friday,
        "saturday" or "samedi" or "sábado" or "samstag" => DayOfWeek.Saturday,
        "sunday" or "dimanche" or "domingo" or "sonntag" => DayOfWeek.Sunday,
        _ => null,
    };

    private static string Iso(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private const string Weekdays =
        "monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag";

    // Longest forms first, so "the day before yesterday" wins over "yesterday" and "esta mañana" over "mañana".
    [GeneratedRegex(
        @"(?<!\w)(?:"
        + @"(?<day>the day before yesterday|the day after tomorrow|avant-hier|après-demain|pasado mañana|anteayer|antier|vorgestern|übermorgen|yesterday|today|tonight|this morning|this afternoon|this evening|tomorrow|hier|aujourd'hui|ce soir|ce matin|demain|ayer|hoy|esta noche|esta mañana|esta tarde|mañana|gestern|heute abend|heute morgen|heute|morgen)"
        + @"|(?<week>(?:last|next|this) week|la semaine (?:dernière|prochaine|passée)|cette semaine|la semana (?:pasada|que viene|próxima)|la próxima semana|esta semana|(?:letzte|nächste|vergangene|diese) woche)"
        + @"|(?<month>(?:last|next) month|le mois (?:dernier|prochain)|el mes (?:pasado|que viene|próximo)|el próximo mes|(?:letzten|nächsten|vergangenen) monat)"
        + @"|(?<year>(?:last|next) year|l'année (?:dernière|prochaine|passée)|l'an (?:dernier|prochain)|el año (?:pasado|que viene|próximo)|el próximo año|(?:letztes|nächstes|vergangenes) jahr)"
        + @"|(?<!\b(?:every|each|chaque|tous les|le|cada|jeden|jede|jedes)\s+)(?:(?:last|next|this|on|(?:el|este) |(?:letzten|nächsten|diesen|am) )\s*)?(?<weekday>" + Weekdays + @")(?:\s+(?:dernier|prochain|pasado|próximo|que viene))?"
        + @")(?!\w)",
        Options)]
    private static partial Regex Expression();

    // Anchored (\G) where the date expression ends.
    [GeneratedRegex(@"\G['’]s\b")]
    private static partial Regex Possessive();

    [GeneratedRegex(@"\b(?:last|dernière|dernier|passée|pasado|pasada|letzte|letzten|letztes|vergangene|vergangenen|vergangenes)\b", Options)]
    private static partial Regex Last();

    [GeneratedRegex(@"\b(?:next|prochaine|prochain|próximo|próxima|que viene|nächste|nächsten|nächstes)\b", Options)]
    private static partial Regex Next();

    // Enough of a past tense to read a bare weekday backwards: English simple past, French passé composé, Spanish
    // preterite, German Perfekt/Präteritum of the auxiliaries.
    [GeneratedRegex(@"\b(?:was|were|went|did|had|got|came|saw|met|made|took|told|said|bought|\w{2,}ed|j'ai|je suis (?:allé|allée|venu|venue|parti|partie)|nous avons|on a|fui|fue|fuimos|estuve|tuve|hice|\w{2,}é|\w{2,}ió|habe|hat|haben|bin|ist (?:\w+ ){0,8}?gegangen|war|waren)\b", Options)]
    private static partial Regex PastTense();
}
