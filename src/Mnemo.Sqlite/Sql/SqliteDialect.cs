using System.Text.Json;

namespace Mnemo;

/// <summary>
/// SQLite's spelling of the shared filter and scope SQL: <c>1</c>/<c>0</c>, <c>IFNULL</c>, one parameter per IN item,
/// <c>instr</c>, and the JSON1 functions over TEXT columns (<c>json_type</c>, <c>json_extract</c>, <c>json_each</c>).
/// </summary>
/// <remarks>
/// <c>icontains</c> folds case with <c>mnemo_casefold</c> (.NET's invariant lower-casing, registered on every
/// connection), so it also works beyond ASCII, unlike SQLite's <c>lower()</c>. Text compares by code points
/// (SQLite's BINARY collation).
/// </remarks>
internal sealed class SqliteDialect : SqlDialect<SqlParameters>
{
    /// <summary>The SQL function every connection registers for case folding.</summary>
    public const string CaseFoldFunction = "mnemo_casefold";

    public static readonly SqliteDialect Instance = new();

    /// <summary>Filters (<see cref="MemoryFilter"/>) in SQLite's SQL.</summary>
    public static readonly FilterSql<SqlParameters> Filters = new(Instance);

    /// <summary>Scope and activity predicates in SQLite's SQL.</summary>
    public static readonly ScopeSql<SqlParameters> Scopes = new(Instance);

    private static readonly JsonSql ArrayElement = new("j.type", "j.value", string.Empty);

    private SqliteDialect()
    {
    }

    public override string True => "1";

    public override string False => "0";

    public override JsonSql Element => ArrayElement;

    public override string OrFalse(string predicate) => $"IFNULL({predicate}, 0)";

    public override string Text(SqlParameters parameters, string value) => parameters.Add(value);

    public override string Time(SqlParameters parameters, DateTimeOffset value) => parameters.Add(SqliteCodec.ToMs(value));

    public override string TextIn(string column, IReadOnlyList<string> values, SqlParameters parameters) =>
        $"{column} IN ({string.Join(", ", values.Select(parameters.Add))})";

    public override string TimeIn(string column, IReadOnlyList<DateTimeOffset> values, SqlParameters parameters) =>
        $"{column} IN ({string.Join(", ", values.Select(v => Time(parameters, v)))})";

    public override string Contains(string text, string needle) => $"instr({text}, {needle}) > 0";

    public override string Fold(string text) => $"{CaseFoldFunction}({text})";

    public override string TextColumn(string alias, string field) => $"{alias}.{(field == "memory" ? "text" : field)}";

    public override string CategoriesNotEmpty(string alias) => $"(json_array_length({alias}.categories) > 0)";

    public override string CategoriesHave(string alias, string value) =>
        $"EXISTS (SELECT 1 FROM json_each({alias}.categories) WHERE value = {value})";

    public override string CategoriesHaveFolded(string alias, string folded) =>
        $"EXISTS (SELECT 1 FROM json_each({alias}.categories) WHERE {Fold("value")} = {folded})";

    public override string CategoriesHaveAny(string alias, IReadOnlyList<string> values, SqlParameters parameters) =>
        $"EXISTS (SELECT 1 FROM json_each({alias}.categories) WHERE value IN ({string.Join(", ", values.Select(parameters.Add))}))";

    public override JsonSql Metadata(string alias, string key, SqlParameters parameters)
    {
        var path = parameters.Add("$.\"" + key + "\"");
        return new($"json_type({alias}.metadata, {path})", $"json_extract({alias}.metadata, {path})", $"json_each({alias}.metadata, {path}) j");
    }

    public override string JsonEquals(JsonSql json, JsonElement value, SqlParameters parameters) => value.ValueKind switch
    {
        JsonValueKind.String => $"({json.Type} = 'text' AND {json.Value} = {parameters.Add(value.GetString())})",
        JsonValueKind.Number => $"({json.Type} IN ('integer', 'real') AND {json.Value} = {parameters.Add(Number(value))})",
        JsonValueKind.True => $"({json.Type} = 'true')",
        JsonValueKind.False => $"({json.Type} = 'false')",
        _ => $"({json.Type} = 'null')",
    };

    public override string JsonTextContains(JsonSql json, string needle, bool fold) =>
        $"({json.Type} = 'text' AND {Contains(fold ? Fold(json.Value) : json.Value, needle)})";

    public override string JsonTextEqualsFolded(JsonSql json, string folded) => $"{json.Type} = 'text' AND {Fold(json.Value)} = {folded}";

    public override string JsonCompare(JsonSql json, string comparison, JsonElement value, SqlParameters parameters) =>
        value.ValueKind == JsonValueKind.Number
            ? $"({json.Type} IN ('integer', 'real') AND {json.Value} {comparison} {parameters.Add(Number(value))})"
            : $"({json.Type} = 'text' AND {json.Value} {comparison} {parameters.Add(value.GetString())})";

    private static object Number(JsonElement v) => v.TryGetInt64(out var l) ? l : v.GetDouble();
}
