namespace Mnemo;

/// <summary>
/// How PostgreSQL holds what <see cref="RelationalCodec"/> does not: times as <c>timestamptz</c> at millisecond precision
/// (the SQLite store's precision, so both stores hold the same instants and rank identically).
/// </summary>
internal static class PgCodec
{
    /// <summary>The instant as a UTC <see cref="DateTime"/>, truncated to the millisecond (what Npgsql writes to timestamptz).</summary>
    public static DateTime ToDb(DateTimeOffset value) =>
        DateTime.SpecifyKind(DateTimeOffset.FromUnixTimeMilliseconds(value.ToUnixTimeMilliseconds()).UtcDateTime, DateTimeKind.Utc);

    public static DateTime? ToDb(DateTimeOffset? value) => value is null ? null : ToDb(value.Value);

    public static DateTimeOffset FromDb(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
