using System.Globalization;
using System.Text.RegularExpressions;

namespace Mnemo.Searching;

/// <summary>
/// The calendar period a query names ("on 7 July, 2023", "October 13, 2023", "in May 2023", "2023-10-13"), in UTC;
/// month names in English (the invariant culture's); else the period a relative phrase names against the reference time
/// ("yesterday", "two weeks ago", "last Saturday": <see cref="RelativeDates"/>). A year alone is not read.
/// </summary>
internal static partial class QueryDates
{
    private static readonly string[] _months = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;

    /// <summary>
    /// The first calendar date <paramref name="query"/> names, else the period of its first relative expression resolved
    /// against <paramref name="reference"/>, or null.
    /// </summary>
    /// <param name="query">The query text.</param>
    /// <param name="reference">When the query is asked.</param>
    /// <param name="monthAlone">
    /// Whether a month named without a year after a preposition ("in January", "during March") is read too, as the
    /// latest such month that began before <paramref name="reference"/> (<see cref="FusionOptions.TimeMonthWithoutYear"/>).
    /// </param>
    public static (DateTimeOffset Start, DateTimeOffset End)? Find(string query, DateTimeOffset reference, bool monthAlone = false) =>
        Absolute(query) ?? RelativeDates.Find(query, reference) ?? (monthAlone ? MonthAlone(query, reference) : null);

    private static (DateTimeOffset Start, DateTimeOffset End)? MonthAlone(string query, DateTimeOffset reference)
    {
        var match = MonthAlonePattern().Match(query);
        if (!match.Success || Month(match.Groups["month"].Value) is not { } month)
        {
            return null;
        }

        var year = month <= reference.UtcDateTime.Month ? reference.UtcDateTime.Year : reference.UtcDateTime.Year - 1;
        var start = new DateTimeOffset(year, month, 1, 0, 0, 0, TimeSpan.Zero);
        return (start, start.AddMonths(1));
    }

    private static (DateTimeOffset Start, DateTimeOffset End)? Absolute(string query)
    {
        var match = DatePattern().Match(query);
        if (!match.Success)
        {
            return null;
        }

        if (match.Groups["iy"].Success)
        {
            return Day(Int(match, "iy"), Int(match, "im"), Int(match, "id"));
        }

        var month = Month(match.Groups["month"].Value);
        var year = Int(match, "year");
        if (month is null || year is < 1900 or > 2999)
        {
            return null;
        }

        var day = match.Groups["day"].Success ? Int(match, "day") : match.Groups["day2"].Success ? Int(match, "day2") : (int?)null;
        if (day is null)
        {
            var start = new DateTimeOffset(year, month.Value, 1, 0, 0, 0, TimeSpan.Zero);
            return (start, start.AddMonths(1));
        }

        return Day(year, month.Value, day.Value);
    }

    private static (DateTimeOffset Start, DateTimeOffset End)? Day(int year, int month, int day)
    {
        if (year is < 1900 or > 2999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        var start = new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero);
        return (start, start.AddDays(1));
    }

    private static int Int(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    private static int? Month(string name)
    {
        for (var i = 0; i < 12; i++)
        {
            if (name.Length >= 3 && _months[i].StartsWith(name, StringComparison.OrdinalIgnoreCase))
            {
                return i + 1;
            }
        }

        return null;
    }

    // Full month names only ("May" alone is too often the verb), after a preposition of time, not followed by a year.
    [GeneratedRegex(
        @"\b(?:in|during|since|through|throughout|until|of|early|late|mid)\s+(?<month>January|February|March|April|May|June|July|August|September|October|November|December)\b(?!,?\s*\d{4})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthAlonePattern();

    [GeneratedRegex(
        @"\b(?:(?<iy>\d{4})-(?<im>\d{2})-(?<id>\d{2})|(?:(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?(?:\s+(?<day2>\d{1,2})(?:st|nd|rd|th)?)?,?\s+(?<year>\d{4}))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();
}
