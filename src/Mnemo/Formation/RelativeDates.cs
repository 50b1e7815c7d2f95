using System.Globalization;
using System.Text.RegularExpressions;

namespace Mnemo.Formation;

/// <summary>
/// Resolves relative dates against the observation date, in English, French, Spanish and German, by inserting the
/// absolute date right after the words, which stay as said: "I went to the doctor yesterday (on 2023-05-07)",
/// "last week (week of 2023-04-24)", "last month (April 2023)", "last year (2022)", "last weekend (weekend of
/// 2023-05-06)", "three days ago (on 2023-05-05)", and, in a sentence not in a past tense, "in two weeks (week of
/// 2023-05-22)" ("dans", "en", "dentro de", "in" too; "I lost 5 kg in two months" is a duration); "on the 14th" is the
/// next 14th, or the last one in a past tense. A bare weekday ("on Tuesday") means the coming one unless the sentence
/// is in a past tense, then the last one; a recurring one ("every Sunday", "le dimanche", "cada lunes", "los martes", "jeden Montag")
/// names no date and is left as said, and so does a vague count ("a few days ago"). Weeks start on Monday; "this
/// weekend" is the Saturday and Sunday of the current week, "next weekend" the one after, "last weekend" the latest
/// Saturday before the day (as search reads a query's "last weekend").
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
        foreach (var match in Matches(text))
        {
            // "The meeting was moved to Monday", "I cancelled Thursday's meeting": a day something is moved to or called
            // off on is still to come, whatever the tense.
            var annotation = match.Index < at ? null : Annotation(match, day, past && !MovedTo().IsMatch(text.AsSpan(0, match.Index)), text);
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
    public static bool HasExpression(string text) =>
        Expression().IsMatch(text) || (HasAgoCue(text) && Ago().IsMatch(text)) || (HasAheadCue(text) && Ahead().IsMatch(text));

    /// <summary><paramref name="text"/> without its relative date expressions ("yesterday", "last week", "on Tuesday").</summary>
    public static string Strip(string text)
    {
        var stripped = Expression().Replace(text, " ");
        stripped = HasAgoCue(stripped) ? Ago().Replace(stripped, " ") : stripped;
        return HasAheadCue(stripped) ? Ahead().Replace(stripped, " ") : stripped;
    }

    // The expressions in the order they appear. "Three days ago" is read by a regex of its own, run only when a word that
    // ends or opens such a span is there: a count can start at any "a" or digit, and trying there cost every sentence
    // about a tenth of the offline add's time.
    private static IEnumerable<Match> Matches(string text)
    {
        var matches = Expression().Matches(text).AsEnumerable();
        if (HasAgoCue(text))
        {
            matches = matches.Concat(Ago().Matches(text));
        }

        if (HasAheadCue(text))
        {
            matches = matches.Concat(Ahead().Matches(text));
        }

        return matches.OrderBy(m => m.Index);
    }

    private static bool HasAgoCue(string text) =>
        text.Contains("ago", StringComparison.OrdinalIgnoreCase) || text.Contains("il y a", StringComparison.OrdinalIgnoreCase)
        || text.Contains("hace", StringComparison.OrdinalIgnoreCase) || text.Contains("vor ", StringComparison.OrdinalIgnoreCase);

    private static bool HasAheadCue(string text) => UnitWord().IsMatch(text);

    private static string? Annotation(Match match, DateTime day, bool past, string text)
    {
        // "hier" is French for "yesterday" and German for "here" ("Ich wohne hier").
        if (match.Groups["day"].Success && match.Groups["day"].Value.Equals("hier", StringComparison.OrdinalIgnoreCase) && German().IsMatch(text))
        {
            return null;
        }

        if (match.Groups["day"].Success)
        {
            var offset = match.Groups["day"].Value.ToLowerInvariant() switch
            {
                "the day before yesterday" or "avant-hier" or "anteayer" or "antier" or "vorgestern" => -2,
                "yesterday" or "hier" or "ayer" or "gestern" or "last night" or "anoche" => -1,
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

        if (match.Groups["weekend"].Success)
        {
            var saturday = Last().IsMatch(match.Value)
                ? day.AddDays(-(((int)day.DayOfWeek - (int)DayOfWeek.Saturday + 7) % 7 is var back && back == 0 ? 7 : back))
                : day.AddDays(5 - (((int)day.DayOfWeek + 6) % 7)).AddDays(Next().IsMatch(match.Value) ? 7 : 0);
            return "weekend of " + Iso(saturday);
        }

        // "In two weeks" is a date only in a sentence about what is to come: "I lost 5 kg in two months" is a duration.
        if (match.Groups["ahead"].Success && past)
        {
            return null;
        }

        if (match.Groups["ago"].Success || match.Groups["ahead"].Success)
        {
            // The pattern admits exact counts only: a vague one ("a few", "quelques", "unos", "ein paar") names no date.
            if (Searching.RelativeDates.Count(Space().Replace(match.Groups["n"].Value.Trim(), " ")) is not { } n)
            {
                return null;
            }

            n = match.Groups["ahead"].Success ? -n : n;
            var unit = Searching.RelativeDates.Fold(match.Groups["unit"].Value);
            return unit switch
            {
                _ when unit.StartsWith("day", StringComparison.Ordinal) || unit.StartsWith("jour", StringComparison.Ordinal)
                    || unit.StartsWith("dia", StringComparison.Ordinal) || unit.StartsWith("tag", StringComparison.Ordinal) => "on " + Iso(day.AddDays(-n)),
                _ when unit.StartsWith("week", StringComparison.Ordinal) || unit.StartsWith("semaine", StringComparison.Ordinal)
                    || unit.StartsWith("semana", StringComparison.Ordinal) || unit.StartsWith("woche", StringComparison.Ordinal)
                    => "week of " + Iso(day.AddDays(-(((int)day.DayOfWeek + 6) % 7) - (7 * n))),
                _ when unit.StartsWith("month", StringComparison.Ordinal) || unit == "mois" || unit.StartsWith("mes", StringComparison.Ordinal)
                    || unit.StartsWith("monat", StringComparison.Ordinal)
                    => new DateTime(day.Year, day.Month, 1, 0, 0, 0, DateTimeKind.Utc).AddMonths(-n).ToString("MMMM yyyy", CultureInfo.InvariantCulture),
                _ => (day.Year - n).ToString(CultureInfo.InvariantCulture),
            };
        }

        // "On the 14th": the next 14th, or the last one in a sentence in a past tense.
        if (match.Groups["dom"].Success)
        {
            var dom = int.Parse(match.Groups["dom"].Value, CultureInfo.InvariantCulture);
            for (var k = 0; k < 12 && dom is >= 1 and <= 31; k++)
            {
                var month = new DateTime(day.Year, day.Month, 1, 0, 0, 0, DateTimeKind.Utc).AddMonths(past ? -k : k);
                var date = month.AddDays(dom - 1);
                if (dom <= DateTime.DaysInMonth(month.Year, month.Month) && (past ? date <= day : date >= day))
                {
                    return "on " + Iso(date);
                }
            }

            return null;
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

    /// <summary>The names of the months in English, French, Spanish and German (German's that English shares, once).</summary>
    internal const string Months =
        "January|February|March|April|May|June|July|August|September|October|November|December|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|Januar|Februar|März|Juni|Juli|Oktober|Dezember";

    internal const string Weekdays =
        "monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag";

    // After a possessive, "last" and "next" are no date: "in my last year of college" is the final one, "my next week-long
    // break" the coming one, whenever it is.
    private const string NotOwned = @"(?<!\b(?:my|his|her|their|our|your|its)\s+)";

    // Longest forms first, so "the day before yesterday" wins over "yesterday" and "esta mañana" over "mañana"; "last" and
    // "next" only where no possessive owns them (NotOwned).
    [GeneratedRegex(
        @"(?<!\w)(?:"
        + @"(?<day>the day before yesterday|the day after tomorrow|avant-hier|après-demain|pasado mañana|anteayer|antier|vorgestern|übermorgen|yesterday|" + NotOwned + @"last night|anoche|today|tonight|this morning|this afternoon|this evening|tomorrow|hier|aujourd'hui|ce soir|ce matin|demain|ayer|hoy|esta noche|esta mañana|esta tarde|(?<!\b(?:la|cada|una|esa|media)\s+)mañana|gestern|heute abend|heute morgen|heute|(?<!\b(?:jeden|jedem|am|guten|den|einen|diesen|dem|der|ganzen|schönen|frühen)\s+)morgen)"
        + @"|(?<weekend>" + NotOwned + @"(?:last|next|this|this past) weekend|le week-end (?:dernier|prochain)|le weekend (?:dernier|prochain)|ce week-end|ce weekend|el fin de semana (?:pasado|que viene|próximo)|el próximo fin de semana|este fin de semana|(?:letztes|vergangenes|nächstes|dieses) wochenende)"
        + @"|(?<week>" + NotOwned + @"(?:last|next|this) week|la semaine (?:dernière|prochaine|passée)|cette semaine|la semana (?:pasada|que viene|próxima)|la próxima semana|esta semana|(?:letzte|nächste|vergangene|diese) woche)"
        + @"|(?<month>" + NotOwned + @"(?:last|next) month|le mois (?:dernier|prochain)|el mes (?:pasado|que viene|próximo)|el próximo mes|(?:letzten|nächsten|vergangenen) monat)"
        + @"|(?<year>" + NotOwned + @"(?:last|next) year|l'année (?:dernière|prochaine|passée)|l'an (?:dernier|prochain)|el año (?:pasado|que viene|próximo)|el próximo año|(?:letztes|nächstes|vergangenes) jahr)"
        + @"|(?<!\b(?:every|each|chaque|tous les|le|cada|los|jeden|jede|jedes)\s+)(?:(?:last|next|this|on|(?:el|este) |(?:letzten|nächsten|diesen|am) )\s*)?(?<weekday>" + Weekdays + @")(?:\s+(?:dernier|prochain|pasado|próximo|que viene))?"
        + @"|(?<=\b(?:on|by|until|till|before|after|from|due)\s+the\s+)(?<dom>[0-3]?\d)(?:st|nd|rd|th)(?!\s+(?:of\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|century|floor|time|row|grade|place|percentile)\b)"
        + @")(?!\w)",
        Options)]
    private static partial Regex Expression();

    // A count and its unit in each language, as "three days ago" and "in three days" both read them.
    private const string EnglishCount = @"(?<n>\d{1,4}|an?|one|two|three|four|five|six|seven|eight|nine|ten|(?:a\s+)?couple\s+of)\s+(?<unit>days?|weeks?|months?|years?)";
    private const string FrenchCount = @"(?<n>\d{1,4}|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+(?<unit>jours?|semaines?|mois|ans?|années?)";
    private const string SpanishCount = @"(?<n>\d{1,4}|una?|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez)\s+(?<unit>días?|semanas?|mes(?:es)?|años?)";
    private const string GermanNumber = @"(?<n>\d{1,4}|einem|einer|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn)";

    [GeneratedRegex(@"(?<!\w)(?:(?<ago>" + EnglishCount + @"\s+ago|il\s+y\s+a\s+" + FrenchCount + @"|hace\s+" + SpanishCount + @"|vor\s+" + GermanNumber + @"\s+(?<unit>tagen|tag|wochen|woche|monaten|monat|jahren|jahr)))(?!\w)", Options)]
    private static partial Regex Ago();

    // "In two weeks": a pattern of its own, which opens with its preposition, so that it is tried only there.
    [GeneratedRegex(@"(?<!\w)(?<ahead>(?<!(?:once|twice|times)\s+)in\s+" + EnglishCount + @"|dans\s+" + FrenchCount + @"|(?:en|dentro\s+de)\s+" + SpanishCount + @"|in\s+" + GermanNumber + @"\s+(?<unit>tagen|wochen|woche|monaten|monat|jahren|jahr))(?!\w)", Options)]
    private static partial Regex Ahead();

    [GeneratedRegex(@"\b(?:day|week|month|year|jour|semaine|mois|ans\b|année|día|semana|mes|año|tag|woche|monat|jahr)", Options)]
    private static partial Regex UnitWord();

    // Anchored (\G) where the date expression ends.
    [GeneratedRegex(@"\G['’]s\b")]
    private static partial Regex Possessive();

    [GeneratedRegex(@"\b(?:last|past|dernière|dernier|passée|pasado|pasada|letzte|letzten|letztes|vergangene|vergangenen|vergangenes)\b", Options)]
    private static partial Regex Last();

    [GeneratedRegex(@"\b(?:next|prochaine|prochain|próximo|próxima|que viene|nächste|nächsten|nächstes)\b", Options)]
    private static partial Regex Next();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    // What a date is moved to, right before it: "rescheduled to", "pushed back to", "reporté à", "aplazado al",
    // "verschoben auf"; or the day of what is called off or moved: "I cancelled Thursday's meeting"; or the day of what
    // is called off or booked: "I cancelled my dentist appointment for Friday", "I booked a table for Saturday".
    [GeneratedRegex(@"\b(?:moved|rescheduled|postponed|pushed(?:\s+back)?|delayed|bumped|shifted|changed|brought forward|moved up|reporté|reportée|déplacé|déplacée|décalé|décalée|repoussé|repoussée|pospuesto|pospuesta|pospuso|aplazado|aplazada|aplazó|movido|movida|movió|cambiado|cambió|verschoben|verlegt)\b(?:\s+[\w'-]+){0,4}?\s+(?:to|until|till|for|à|au|a|al|para|hasta|auf)\s*$|\b(?:cancell?ed|called off|postponed|rescheduled|moved|pushed back|delayed)\s+(?:(?:the|my|our|this)\s+)?$|\b(?:cancell?ed|called off|booked|reserved|scheduled|made)\b(?:\s+[\w'-]+){1,4}?\s+for\s*$", Options)]
    private static partial Regex MovedTo();

    // A German sentence, where "hier" means "here".
    [GeneratedRegex(@"\b(?:ich|bin|ist|sind|wir|und|nicht|der|das|mein|meine|wohne|wohnen|seit|habe|hat|gibt|auch|noch|bleibe|bleiben|sein|war)\b", Options)]
    private static partial Regex German();

    // Enough of a past tense to read a bare weekday backwards ("need", "hundred" and "shed" end in "ed" and are none):
    // English simple past; French passé composé; Spanish preterite and perfect; German Perfekt and Präteritum. An
    // auxiliary counts only with a participle after it: "j'ai rendez-vous mardi", "ich habe am Montag Zahnarzt" and "I'm
    // wearing my new hat on Saturday" are still to come.
    [GeneratedRegex(
        @"\b(?:" + PastEvent.IrregularPast + "|" + PastEvent.NotPastEd + @"\w{2,}ed"
        + @"|(?:j'ai|j’ai|n'ai|nous avons|on a|tu as|vous avez|(?:il|elle) a|(?:ils|elles) ont)\s+(?:(?:pas|déjà|bien|enfin|finalement|jamais|toujours|beaucoup|aussi|encore|presque|vraiment)\s+){0,2}(?:\w{2,}(?:é|ée|és|ées|i|ie|is|it|u|ue|us|ert|erte|int|inte)|eu|été|vu|lu|bu|su|pu|dû|mis|dit)"
        + @"|je suis (?:allé|allée|venu|venue|parti|partie)|fui|fue|fuimos|estuve|tuve|hice|" + PastEvent.NotSpanishPast + @"\w{2,}é|\w{2,}ió"
        + @"|(?:he|has|ha|hemos|han)\s+(?:\w{2,}(?:ado|ada|ido|ida)|hecho|dicho|visto|puesto|escrito|vuelto|roto|abierto|muerto)"
        + @"|(?:habe|hast|hat|haben|habt|bin|bist|ist|sind|seid)(?:\s+[\w.]+){0,8}?\s+(?:\w*ge\w{2,}(?:t|en)|(?:be|ver|er|zer|ent|emp)\w{2,}(?:t|en)|\w{3,}iert)(?=\s*(?:[.,;:!?]|$))"
        + @"|war|waren|hatte|hatten)\b", Options)]
    private static partial Regex PastTense();
}
