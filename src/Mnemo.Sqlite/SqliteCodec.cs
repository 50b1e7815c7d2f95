namespace Mnemo;

/// <summary>
/// How SQLite holds what <see cref="RelationalCodec"/> does not: times as Unix milliseconds, ids as lowercase "D"
/// strings, NULLs as <see cref="DBNull"/>.
/// </summary>
internal static class SqliteCodec
{
    public static long ToMs(DateTimeOffset value) => value.ToUnixTimeMilliseconds();

    public static long? ToMs(DateTimeOffset? value) => value?.ToUnixTimeMilliseconds();

    public static DateTimeOffset FromMs(long value) => DateTimeOffset.FromUnixTimeMilliseconds(value);

    public static string ToText(Guid id) => RelationalCodec.IdText(id);

    public static object ToDb(string? value) => value is null ? DBNull.Value : value;

    public static object ToDb(long? value) => value is null ? DBNull.Value : value.Value;

    public static object ToDb(Guid? value) => value is null ? DBNull.Value : ToText(value.Value);
}
