using System.Globalization;
using System.Text.Json;
using NpgsqlTypes;

namespace Mnemo;

/// <summary>
/// Translates a <see cref="MemoryFilter"/> tree into a parameterised WHERE fragment over <c>jsonb</c> metadata and
/// categories: the SQLite store's FilterSql ported, with the same semantics, limits and error messages. Every fragment
/// is TRUE or FALSE, never NULL, so NOT and "missing counts as not equal" behave as documented. Values only travel as
/// parameters.
/// </summary>
/// <remarks>
/// Typed equality comes from jsonb: <c>'5' = '5.0'</c> but the number 5 never equals the string "5", and true never
/// equals 1. String order is <c>COLLATE "C"</c> (code points, as SQLite compares), whatever the database's collation.
/// <c>icontains</c> lower-cases with ICU's root locale where the server has ICU (Debian's build does), so it also works
/// beyond ASCII in a database whose ctype is C; without ICU it uses the database's <c>lower()</c>.
/// </remarks>
internal sealed class PgFilterSql(bool icu)
{
    private string Fold(string expression) => icu ? $"lower(({expression}) COLLATE \"und-x-icu\")" : $"lower({expression})";

    /// <summary>The predicate for <paramref name="filter"/> over alias <paramref name="alias"/>; <c>TRUE</c> when null.</summary>
    /// <exception cref="InvalidFilterException">A field or operator cannot be evaluated.</exception>
    public string Where(MemoryFilter? filter, PgParameters parameters, string alias = "m") =>
        filter is null ? "TRUE" : Build(filter, parameters, alias);

    private string Build(MemoryFilter filter, PgParameters p, string alias) => filter switch
    {
        AndFilter and => and.Filters.Count == 0 ? "TRUE" : "(" + string.Join(" AND ", and.Filters.Select(f => Build(f, p, alias))) + ")",
        OrFilter or => or.Filters.Count == 0 ? "FALSE" : "(" + string.Join(" OR ", or.Filters.Select(f => Build(f, p, alias))) + ")",
        NotFilter not => "(NOT " + Build(not.Filter, p, alias) + ")",
        FieldFilter field => Field(field, p, alias),
        _ => throw new InvalidFilterException(string.Empty, $"unsupported filter node {filter.GetType().Name}."),
    };

    private string Field(FieldFilter f, PgParameters p, string alias)
    {
        if (f.IsMetadata)
        {
            return MetadataField(f, p, alias);
        }

        if (f.Field == MemoryFields.Categories)
        {
            return CategoriesField(f, p, alias);
        }

        if (f.Field == MemoryFields.Immutable)
        {
            return ImmutableField(f, alias);
        }

        if (MemoryFields.Dates.Contains(f.Field))
        {
            return DateField(f, p, alias);
        }

        if (MemoryFields.Strings.Contains(f.Field))
        {
            return StringField(f, p, alias);
        }

        throw Invalid(f, $"'{f.Field}' is not a field this store knows.");
    }

    private string StringField(FieldFilter f, PgParameters p, string alias)
    {
        // Ids are uuid columns; their text form is the canonical lowercase spelling StringValue produces.
        var column = f.Field switch
        {
            "memory" => $"{alias}.text",
            "id" or "superseded_by" => $"({alias}.{f.Field})::text",
            _ => $"{alias}.{f.Field}",
        };
        if (f.Operator == FilterOperator.Exists)
        {
            return $"({column} IS NOT NULL)";
        }

        if (f.Operator is FilterOperator.In or FilterOperator.Nin)
        {
            var items = List(f).Select(v => StringValue(f, v)).ToArray();
            var inList = items.Length == 0 ? "FALSE" : $"COALESCE({column} = ANY({p.Add(items, NpgsqlDbType.Array | NpgsqlDbType.Text)}), FALSE)";
            return f.Operator == FilterOperator.In ? inList : $"(NOT {inList})";
        }

        var value = StringValue(f, f.Value);
        return f.Operator switch
        {
            FilterOperator.Eq => $"COALESCE({column} = {Text(p, value)}, FALSE)",
            FilterOperator.Ne => $"(NOT COALESCE({column} = {Text(p, value)}, FALSE))",
            FilterOperator.Contains => $"COALESCE(strpos({column}, {Text(p, value)}) > 0, FALSE)",
            FilterOperator.IContains => $"COALESCE(strpos({Fold(column)}, {Text(p, value.ToLowerInvariant())}) > 0, FALSE)",
            _ => $"COALESCE({column} COLLATE \"C\" {Comparison(f)} {Text(p, value)}, FALSE)",
        };
    }

    private static string DateField(FieldFilter f, PgParameters p, string alias)
    {
        var column = $"{alias}.{f.Field}";
        switch (f.Operator)
        {
            case FilterOperator.Exists:
                return $"({column} IS NOT NULL)";
            case FilterOperator.Contains or FilterOperator.IContains:
                throw Invalid(f, $"'{f.Field}' is a date: use eq, ne, gt, gte, lt, lte, in or nin.");
            case FilterOperator.In or FilterOperator.Nin:
                var items = List(f).Select(v => DateValue(f, v)).ToArray();
                var inList = items.Length == 0 ? "FALSE" : $"COALESCE({column} = ANY({p.Add(items, NpgsqlDbType.Array | NpgsqlDbType.TimestampTz)}), FALSE)";
                return f.Operator == FilterOperator.In ? inList : $"(NOT {inList})";
            case FilterOperator.Eq:
                return $"COALESCE({column} = {Date(p, DateValue(f, f.Value))}, FALSE)";
            case FilterOperator.Ne:
                return $"(NOT COALESCE({column} = {Date(p, DateValue(f, f.Value))}, FALSE))";
            default:
                return $"COALESCE({column} {Comparison(f)} {Date(p, DateValue(f, f.Value))}, FALSE)";
        }
    }

    private static string ImmutableField(FieldFilter f, string alias)
    {
        var column = $"{alias}.immutable";
        return f.Operator switch
        {
            FilterOperator.Exists => "TRUE",
            FilterOperator.Eq => $"({column} = {BoolValue(f)})",
            FilterOperator.Ne => $"({column} <> {BoolValue(f)})",
            _ => throw Invalid(f, "'immutable' takes eq or ne with true or false."),
        };
    }

    private string CategoriesField(FieldFilter f, PgParameters p, string alias)
    {
        var column = $"{alias}.categories";
        switch (f.Operator)
        {
            case FilterOperator.Exists:
                return $"(jsonb_array_length({column}) > 0)";
            case FilterOperator.Eq or FilterOperator.Contains:
                return $"({column} @> jsonb_build_array({Text(p, StringValue(f, f.Value))}))";
            case FilterOperator.Ne:
                return $"(NOT ({column} @> jsonb_build_array({Text(p, StringValue(f, f.Value))})))";
            case FilterOperator.IContains:
                return $"EXISTS (SELECT 1 FROM jsonb_array_elements_text({column}) c(value) WHERE {Fold("c.value")} = {Text(p, StringValue(f, f.Value).ToLowerInvariant())})";
            case FilterOperator.In or FilterOperator.Nin:
                var items = List(f).Select(v => StringValue(f, v)).ToArray();
                var any = items.Length == 0 ? "FALSE" : $"({column} ?| {p.Add(items, NpgsqlDbType.Array | NpgsqlDbType.Text)})";
                return f.Operator == FilterOperator.In ? any : $"(NOT {any})";
            default:
                throw Invalid(f, "'categories' is a list: use eq, ne, in, nin, contains, icontains or \"*\".");
        }
    }

    private string MetadataField(FieldFilter f, PgParameters p, string alias)
    {
        var key = f.MetadataKey;
        if (key.Length == 0 || key.Any(c => c is '"' or '\\' || char.IsControl(c)))
        {
            throw Invalid(f, "metadata keys used in filters cannot contain quotes, backslashes or control characters.");
        }

        var value = $"({alias}.metadata -> {Text(p, key)})";
        var type = $"jsonb_typeof({value})";

        // jsonb_array_elements fails on a non-array: the CASE hands it an empty array instead.
        string Elements(string condition) =>
            $"({type} = 'array' AND EXISTS (SELECT 1 FROM jsonb_array_elements(CASE WHEN {type} = 'array' THEN {value} ELSE '[]'::jsonb END) j(value) WHERE {condition}))";
        string Equal(JsonElement v) => $"({Match(f, v, value, p)} OR {Elements(Match(f, v, "j.value", p))})";
        string Scalar(string jsonType, string sqlType) => $"(CASE WHEN {type} = '{jsonType}' THEN ({value} #>> '{{}}')::{sqlType} END)";

        switch (f.Operator)
        {
            case FilterOperator.Exists:
                return $"COALESCE({type} <> 'null', FALSE)";
            case FilterOperator.Eq:
                return $"COALESCE({Equal(f.Value)}, FALSE)";
            case FilterOperator.Ne:
                return $"(NOT COALESCE({Equal(f.Value)}, FALSE))";
            case FilterOperator.In or FilterOperator.Nin:
                var items = List(f).Select(Equal).ToList();
                var any = items.Count == 0 ? "FALSE" : $"COALESCE(({string.Join(" OR ", items)}), FALSE)";
                return f.Operator == FilterOperator.In ? any : $"(NOT {any})";
            case FilterOperator.Contains when f.Value.ValueKind == JsonValueKind.String:
                return $"COALESCE((strpos({Scalar("string", "text")}, {Text(p, f.Value.GetString()!)}) > 0 OR {Elements(Match(f, f.Value, "j.value", p))}), FALSE)";
            case FilterOperator.Contains:
                return $"COALESCE({Elements(Match(f, f.Value, "j.value", p))}, FALSE)";
            case FilterOperator.IContains:
                var folded = Text(p, StringValue(f, f.Value).ToLowerInvariant());
                return $"COALESCE((strpos({Fold(Scalar("string", "text"))}, {folded}) > 0 OR {Elements($"jsonb_typeof(j.value) = 'string' AND {Fold("j.value #>> '{}'")} = {folded}")}), FALSE)";
            default:
                var op = Comparison(f);
                return f.Value.ValueKind switch
                {
                    JsonValueKind.Number => $"COALESCE({Scalar("number", "numeric")} {op} {p.Add(f.Value.GetDecimal(), NpgsqlDbType.Numeric)}, FALSE)",
                    JsonValueKind.String => $"COALESCE({Scalar("string", "text")} COLLATE \"C\" {op} {Text(p, f.Value.GetString()!)}, FALSE)",
                    _ => throw Invalid(f, "gt, gte, lt and lte compare numbers or strings."),
                };
        }
    }

    // Typed equality by jsonb: the number 5 never equals the string "5", true never equals 1, 5 equals 5.0.
    private static string Match(FieldFilter f, JsonElement v, string json, PgParameters p) => v.ValueKind switch
    {
        JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null =>
            $"({json} = {p.Add(v.GetRawText(), NpgsqlDbType.Jsonb)})",
        _ => throw Invalid(f, "expected a single value."),
    };

    private static string Text(PgParameters p, string value) => p.Add(value, NpgsqlDbType.Text);

    private static string Date(PgParameters p, DateTime value) => p.Add(value, NpgsqlDbType.TimestampTz);

    private static string Comparison(FieldFilter f) => f.Operator switch
    {
        FilterOperator.Gt => ">",
        FilterOperator.Gte => ">=",
        FilterOperator.Lt => "<",
        FilterOperator.Lte => "<=",
        _ => throw Invalid(f, $"operator {f.Operator} is not supported here."),
    };

    private static IEnumerable<JsonElement> List(FieldFilter f) =>
        f.Value.ValueKind == JsonValueKind.Array
            ? f.Value.EnumerateArray()
            : throw Invalid(f, $"'{f.Operator.ToString().ToLowerInvariant()}' takes a list.");

    private static string StringValue(FieldFilter f, JsonElement v)
    {
        if (v.ValueKind != JsonValueKind.String)
        {
            throw Invalid(f, $"'{f.Field}' takes a string.");
        }

        var s = v.GetString()!;

        // Ids are stored as uuid; accept any Guid spelling.
        return f.Field is "id" or "superseded_by" && Guid.TryParse(s, out var id) ? id.ToString("D", CultureInfo.InvariantCulture) : s;
    }

    private static DateTime DateValue(FieldFilter f, JsonElement v) =>
        v.ValueKind == JsonValueKind.String
        && DateTimeOffset.TryParse(v.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? PgCodec.ToDb(date)
            : throw Invalid(f, $"'{f.Field}' takes an ISO-8601 date.");

    private static string BoolValue(FieldFilter f) => f.Value.ValueKind switch
    {
        JsonValueKind.True => "TRUE",
        JsonValueKind.False => "FALSE",
        _ => throw Invalid(f, "'immutable' takes true or false."),
    };

    private static InvalidFilterException Invalid(FieldFilter f, string message) => new(f.Field, message);
}
