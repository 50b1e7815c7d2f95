using System.Globalization;
using System.Text.RegularExpressions;

namespace Mnemo.Searching;

/// <summary>
/// The period a relative expression in a query names, resolved against the time the question is asked (the reference):
/// "today", "yesterday", "the day before yesterday", "two weeks ago", "last week / month / year", "this week",
/// "in the past month", "last Saturday", "last weekend", in English, French, Spanish and German. Days are UTC calendar
/// days of the reference; weeks start on Monday. "N weeks/months/years ago" is a window one unit wide centred on the
/// moment that long before the reference, since people round such spans.
/// </summary>
internal static partial class RelativeDates
{
    private enum Unit
    {
        Day,
        Week,
        Month,
        Year,
    }

    /// <summary>The period the first relative expression of <paramref name="query"/> names, or null.</summary>
    public static (DateTimeOffset Start, DateTimeOffset End)? Find(string query, DateTimeOffset reference)
    {
        var today = new DateTimeOffset(reference.UtcDateTime.Date, TimeSpan.Zero);
        if (DaysBack().Match(query) is { Success: true } back)
        {
            var days = back.Groups["two"].Success ? 2 : back.Groups["one"].Success ? 1 : 0;
            return (today.AddDays(-days), today.AddDays(-days + 1));
        }

        if (Ago().Match(query) is { Success: true } ago && Count(ago.Groups["n"].Value) is { } n && UnitOf(ago.Groups["unit"].Value) is { } unit)
        {
            return Around(reference, today, unit, n);
        }

        if (Within().Match(query) is { Success: true } within && UnitOf(within.Groups["unit"].Value) is { } span)
        {
            var count = within.Groups["n"].Success ? Count(within.Groups["n"].Value) ?? 1 : 1;
            return (Back(today, span, count), today.AddDays(1));
        }

        if (Weekend().IsMatch(query))
        {
            var saturday = MostRecent(today, DayOfWeek.Saturday);
            return (saturday, saturday.AddDays(2));
        }

        if (LastUnit().Match(query) is { Success: true } last && UnitOf(last.Groups["unit"].Value) is { } previous)
        {
            var start = StartOf(today, previous);
            return (Back(start, previous, 1), start);
        }

        if (ThisUnit().Match(query) is { Success: true } current && UnitOf(current.Groups["unit"].Value) is { } present)
        {
            var start = StartOf(today, present);
            return (start, Back(start, present, -1));
        }

        if (Weekday().Match(query) is { Success: true } weekday && DayOf(weekday.Groups["day"].Value) is { } day)
        {
            var date = MostRecent(today, day);
            return (date, date.AddDays(1));
        }

        return null;
    }

    private static (DateTimeOffset, DateTimeOffset) Around(DateTimeOffset reference, DateTimeOffset today, Unit unit, int n)
    {
        if (unit == Unit.Day)
        {
            return (today.AddDays(-n), today.AddDays(-n + 1));
        }

        var centre = Back(reference, unit, n);
        var half = unit switch
        {
            Unit.Week => TimeSpan.FromDays(3.5),
            Unit.Month => TimeSpan.FromDays(15),
            _ => TimeSpan.FromDays(182.5),
        };
        return (centre - half, centre + half);
    }

    private static DateTimeOffset Back(DateTimeOffset from, Unit unit, int n) => unit switch
    {
        Unit.Day => from.AddDays(-n),
        Unit.Week => from.AddDays(-7 * n),
        Unit.Month => from.AddMonths(-n),
        _ => from.AddYears(-n),
    };

    private static DateTimeOffset StartOf(DateTimeOffset today, Unit unit) => unit switch
    {
        Unit.Day => today,
        Unit.Week => today.AddDays(-(((int)today.DayOfWeek + 6) % 7)),
        Unit.Month => new DateTimeOffset(today.Year, today.Month, 1, 0, 0, 0, TimeSpan.Zero),
        _ => new DateTimeOffset(today.Year, 1, 1, 0, 0, 0, TimeSpan.Zero),
    };

    // The latest such weekday strictly before today: people say "last Saturday" / "on Saturday" of a day gone by.
    private static DateTimeOffset MostRecent(DateTimeOffset today, DayOfWeek day)
    {
        var back = ((int)today.DayOfWeek - (int)day + 7) % 7;
        return today.AddDays(-(back == 0 ? 7 : back));
    }

    private static Unit? UnitOf(string word)
    {
        var w = Fold(word);
        return w switch
        {
            _ when w.StartsWith("day", StringComparison.Ordinal) || w.StartsWith("jour", StringComparison.Ordinal)
                || w.StartsWith("dia", StringComparison.Ordinal) || w.StartsWith("tag", StringComparison.Ordinal) => Unit.Day,
            _ when w.StartsWith("week", StringComparison.Ordinal) || w.StartsWith("semaine", StringComparison.Ordinal)
                || w.StartsWith("semana", StringComparison.Ordinal) || w.StartsWith("woche", StringComparison.Ordinal) => Unit.Week,
            _ when w.StartsWith("month", StringComparison.Ordinal) || w.StartsWith("mois", StringComparison.Ordinal)
                || w.StartsWith("mes", StringComparison.Ordinal) || w.StartsWith("monat", StringComparison.Ordinal) => Unit.Month,
            _ when w.StartsWith("year", StringComparison.Ordinal) || w is "an" or "ans" || w.StartsWith("annee", StringComparison.Ordinal)
                || w.StartsWith("ano", StringComparison.Ordinal) || w.StartsWith("jahr", StringComparison.Ordinal) => Unit.Year,
            _ => null,
        };
    }

    internal static int? Count(string word)
    {
        var w = Fold(word).Trim();
        if (int.TryParse(w, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return n is > 0 and <= 1000 ? n : null;
        }

        return w switch
        {
            "a" or "an" or "one" or "un" or "une" or "uno" or "una" or "einem" or "einer" or "ein" => 1,
            "two" or "a couple of" or "couple of" or "deux" or "dos" or "zwei" => 2,
            "three" or "a few" or "few" or "trois" or "tres" or "drei" or "quelques" or "unos" or "unas" or "ein paar" or "einigen" => 3,
            "four" or "several" or "quatre" or "cuatro" or "vier" => 4,
            "five" or "cinq" or "cinco" or "funf" => 5,
            "six" or "seis" or "sechs" => 6,
            "seven" or "sept" or "siete" or "sieben" => 7,
            "eight" or "huit" or "ocho" or "acht" => 8,
            "nine" or "neuf" or "nueve" or "neun" => 9,
            "ten" or "dix" or "diez" or "zehn" => 10,
            "eleven" => 11,
            "twelve" => 12,
            _ => null,
        };
    }

    private static DayOfWeek? DayOf(string word) => Fold(word) switch
    {
        "monday" or "lundi" or "lunes" or "montag" => DayOfWeek.Monday,
        "tuesday" or "mardi" or "martes" or "dienstag" => DayOfWeek.Tuesday,
        "wednesday" or "mercredi" or "miercoles" or "mittwoch" => DayOfWeek.Wednesday,
        "thursday" or "jeudi" or "jueves" or "donnerstag" => DayOfWeek.Thursday,
        "friday" or "vendredi" or "viernes" or "freitag" => DayOfWeek.Friday,
        "saturday" or "samedi" or "sabado" or "samstag" or "sonnabend" => DayOfWeek.Saturday,
        "sunday" or "dimanche" or "domingo" or "sonntag" => DayOfWeek.Sunday,
        _ => null,
    };

    // Lower case without accents, so "días", "año", "fünf" and "miércoles" meet their plain spellings (the keyword
    // analyser's folding, which the retraction matcher uses too).
    internal static string Fold(string word) => Indexing.KeywordAnalyzer.Fold(word.ToLowerInvariant());

    private const string Number =
        @"\d{1,4}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:a\s+)?couple\s+of|(?:a\s+)?few|several"
        + @"|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quelques"
        + @"|una?|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|unos|unas"
        + @"|ein(?:em|er)?|zwei|drei|vier|f(?:ü|ue?)nf|sechs|sieben|acht|neun|zehn|ein\s+paar|einigen";

    private const string Weekdays =
        "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
        + "|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
        + "|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo"
        + "|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag";

    // "hier" alone is also German for "here", so French needs its usual company ("hier soir", "hier matin", "d'hier",
    // "hier, j'ai").
    [GeneratedRegex(
        @"\b(?:(?<two>the\s+day\s+before\s+yesterday|avant-hier|anteayer|antier|vorgestern)|(?<one>yesterday|last\s+night|hier\s+(?:soir|matin|apr[eè]s-midi)|d'hier|hier\s*,|ayer|anoche|gestern)|today|tonight|this\s+morning|aujourd'hui|hoy|heute)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DaysBack();

    [GeneratedRegex(
        @"\b(?:(?<n>" + Number + @")\s+(?<unit>days?|weeks?|months?|years?)\s+ago|il\s+y\s+a\s+(?<n>" + Number + @")\s+(?<unit>jours?|semaines?|mois|ans?|ann[ée]es?)|hace\s+(?<n>" + Number + @")\s+(?<unit>d[ií]as?|semanas?|mes(?:es)?|a[ñn]os?)|vor\s+(?<n>" + Number + @")\s+(?<unit>tage?n?|wochen?|monate?n?|jahre?n?))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Ago();

    [GeneratedRegex(
        @"\b(?:(?:in|over|during|within|for)\s+the\s+(?:past|last)\s+(?:(?<n>" + Number + @")\s+)?(?<unit>days?|weeks?|months?|years?)|(?:ces|les)\s+(?:(?<n>" + Number + @")\s+)?(?:derni[eè]re?s|pass[ée]e?s)\s+(?<unit>jours|semaines|mois|ann[ée]es)|(?:en|durante)\s+(?:los|las|el|la)\s+(?:[úu]ltim[oa]s?)\s+(?:(?<n>" + Number + @")\s+)?(?<unit>d[ií]as|semanas?|mes(?:es)?|a[ñn]os?)|in\s+den\s+letzten\s+(?:(?<n>" + Number + @")\s+)?(?<unit>tagen|wochen|monaten|jahren))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Within();

    [GeneratedRegex(
        @"\b(?:last\s+weekend|this\s+past\s+weekend|le\s+week-end\s+dernier|el\s+fin\s+de\s+semana\s+pasado|(?:letztes|vergangenes)\s+wochenende)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Weekend();

    [GeneratedRegex(
        @"\b(?:(?:last|previous)\s+(?<unit>week|month|year)|(?:la|le|l')\s*(?<unit>semaine|mois|an|ann[ée]e)\s+(?:derni[eè]re?|pass[ée]e?)|(?:la|el)\s+(?<unit>semana|mes|a[ñn]o)\s+pasad[oa]|(?:letzte[nmrs]?|vergangene[nmrs]?|vorige[nmrs]?)\s+(?<unit>woche|monat|jahr))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LastUnit();

    [GeneratedRegex(
        @"\b(?:this\s+(?<unit>week|month|year)|(?:cette|ce)\s+(?<unit>semaine|mois|ann[ée]e)|(?:esta|este)\s+(?<unit>semana|mes|a[ñn]o)|(?:diese[nms]?)\s+(?<unit>woche|monat|jahr))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ThisUnit();

    [GeneratedRegex(
        @"\b(?:(?:last|on|this\s+past|past)\s+(?<day>" + Weekdays + @")|(?<day>" + Weekdays + @")\s+dernier|el\s+(?<day>" + Weekdays + @")\s+pasado|(?:letzten|vergangenen|am)\s+(?<day>" + Weekdays + @"))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Weekday();
}
