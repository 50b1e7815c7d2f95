using System.Globalization;

namespace Mnemo;

/// <summary>Reads LoCoMo's session dates, e.g. <c>1:56 pm on 8 May, 2023</c>. The dataset has no time zone; UTC is assumed.</summary>
internal static class LocomoDate
{
    private static readonly string[] _formats = ["h:mm tt 'on' d MMMM, yyyy", "h:mm tt 'on' d MMM, yyyy", "h:mm tt 'on' d MMMM yyyy"];

    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return DateTime.TryParseExact(
                text.Trim(), _formats, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var parsed)
            ? new DateTimeOffset(parsed, TimeSpan.Zero)
            : throw new FormatException($"Unrecognised LoCoMo session date '{text}'.");
    }
}
