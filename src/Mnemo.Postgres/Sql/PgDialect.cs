using System.Text.Json;
using NpgsqlTypes;

namespace Mnemo;

/// <summary>
/// PostgreSQL's spelling of the shared filter and scope SQL: <c>TRUE</c>/<c>FALSE</c>, <c>COALESCE</c>, typed
/// parameters, one array parameter per IN list (<c>= ANY</c>, <c>?|</c>), <c>strpos</c>, and <c>jsonb</c> operators over
/// the metadata and categories columns.
/// </summary>
/// <remarks>
/// Typed equality comes from jsonb: <c>'5' = '5.0'</c> but the number 5 never equals the string "5", and true never
/// equals 1. String order is <c>COLLATE "C"</c> (code points, as SQLite compares), whatever the database's collation.
/// <c>icontains</c> lower-cases with ICU's root locale where the server has ICU (Debian's build does), so it also works
/// beyond ASCII in a database whose ctype is C; without ICU it uses the database's <c>lower()</c>.
/// </remarks>
/// <param name="icu">Whether the server has ICU collations.</param>
internal sealed class PgDialect(bool icu) : SqlDialect<PgParameters>
{
    /// <summary>Scope and activity predicates (they fold no case, so ICU does not matter).</summary>
    public static readonly ScopeSql<PgParameters> Scopes = new(new PgDialect(icu: false));

    private static readonly JsonSql ArrayElement = new("jsonb_typeof(j.value)", "j.value", string.Empty);

    public override string True => "TRUE";

    public override string False => "FALSE";

    public override JsonSql Element => ArrayElement;

    public override string OrFalse(string predicate) => $"COALESCE({predicate}, FALSE)";

    public override string Text(PgParameters parameters, string value) => parameters.Add(value, NpgsqlDbType.Text);

    public override string Time(PgParameters parameters, DateTimeOffset value) => parameters.Add(PgCodec.ToDb(value), NpgsqlDbType.TimestampTz);

    public override string TextIn(string column, IReadOnlyList<string> values, PgParameters parameters) =>
        $"{column} = ANY({parameters.Add(values.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text)})";

    public override string TimeIn(string column, IReadOnlyList<DateTimeOffset> values, PgParameters parameters) =>
        $"{column} = ANY({parameters.Add(values.Select(PgCodec.ToDb).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.TimestampTz)})";

    public override string Contains(string text, string needle) => $"strpos({text}, {needle}) > 0";

    public override string Fold(string text) => icu ? $"lower(({text}) COLLATE \"und-x-icu\")" : $"lower({text})";

    public override string Ordered(string text) => $"{text} COLLATE \"C\"";

    // Ids are uuid columns; their text form is the canonical lowercase spelling the filter compares with.
    public override string TextColumn(string alias, string field) => field switch
    {
        "memory" => $"{alias}.text",
        "id" or "superseded_by" => $"({alias}.{field})::text",
        _ => $"{alias}.{field}",
    };

    public override string CategoriesNotEmpty(string alias) => $"(jsonb_array_length({alias}.categories) > 0)";

    public override string CategoriesHave(string alias, string value) => $"({alias}.categories @> jsonb_build_array({value}))";

    public override string CategoriesHaveFolded(string alias, string folded) =>
        $"EXISTS (SELECT 1 FROM jsonb_array_elements_text({alias}.categories) c(value) WHERE {Fold("c.value")} = {folded})";

    public override string CategoriesHaveAny(string alias, IReadOnlyList<string> values, PgParameters parameters) =>
        $"({alias}.categories ?| {parameters.Add(values.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text)})";

    public override JsonSql Metadata(string alias, string key, PgParameters parameters)
    {
        var value = $"({alias}.metadata -> {Text(parameters, key)})";
        var type = $"jsonb_typeof({value})";

        // jsonb_array_elements fails on a non-array: the CASE hands it an empty array instead.
        return new(type, value, $"jsonb_array_elements(CASE WHEN {type} = 'array' THEN {value} ELSE '[]'::jsonb END) j(value)");
    }

    public override string JsonEquals(JsonSql json, JsonElement value, PgParameters parameters) =>
        $"({json.Value} = {parameters.Add(value.GetRawText(), NpgsqlDbType.Jsonb)})";

    public override string JsonTextContains(JsonSql json, string needle, bool fold) =>
        Contains(fold ? Fold(Scalar(json, "string", "text")) : Scalar(json, "string", "text"), needle);

    public override string JsonTextEqualsFolded(JsonSql json, string folded) =>
        $"{json.Type} = 'string' AND {Fold($"{json.Value} #>> '{{}}'")} = {folded}";

    public override string JsonCompare(JsonSql json, string comparison, JsonElement value, PgParameters parameters) =>
        value.ValueKind == JsonValueKind.Number
            ? $"{Scalar(json, "number", "numeric")} {comparison} {parameters.Add(value.GetDecimal(), NpgsqlDbType.Numeric)}"
            : $"{Ordered(Scalar(json, "string", "text"))} {comparison} {Text(parameters, value.GetString()!)}";

    // The value as a SQL scalar where it has the JSON type, NULL otherwise.
    private static string Scalar(JsonSql json, string jsonType, string sqlType) =>
        $"(CASE WHEN {json.Type} = '{jsonType}' THEN ({json.Value} #>> '{{}}')::{sqlType} END)";
}
