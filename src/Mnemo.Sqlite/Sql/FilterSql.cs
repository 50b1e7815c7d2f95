using System.Globalization;
using System.Text.Json;

namespace Mnemo;

/// <summary>
/// Translates a <see cref="MemoryFilter"/> tree into a parameterised WHERE fragment. Every fragment evaluates to 0 or 1,
/// never NULL, so NOT and "missing counts as not equal" behave as documented. Values only travel as parameters.
/// </summary>
/// <remarks>
/// <c>icontains</c> folds case with <c>mnemo_casefold</c> (.NET's invariant lower-casing, registered on every
/// connection), so it also works beyond ASCII, unlike SQLite's <c>lower()</c>.
/// </remarks>
internal static class FilterSql
{
    public const string CaseFoldFunction = "mnemo_casefold";

    /// <summary>The predicate for <paramref name="filter"/> over alias <paramref name="alias"/>; <c>1</c> when null.</summary>
    /// <exception cref="InvalidFilterException">A field or operator cannot be evaluated.</exception>
    public static string Where(MemoryFilter? filter, SqlParameters parameters, string alias = "m") =>
        filter is null ? "1" : Build(filter, parameters, alias);

    private static string Build(MemoryFilter filter, SqlParameters p, string alias) => filter switch
    {
        AndFilter and => and.Filters.Count == 0 ? "1" : "(" + string.Join(" AND ", and.Filters.Select(f => Build(f, p, alias))) + ")",
        OrFilter or => or.Filters.Count == 0 ? "0" : "(" + string.Join(" OR ", or.Filters.Select(f => Build(f, p, alias))) + ")",
        NotFilter not => "(NOT " + Build(not.Filter, p, alias) + ")",
        FieldFilter field => Field(field, p, alias),
        _ => throw new InvalidFilterException(string.Empty, $"unsupported filter node {filter.GetType().Name}."),
    };

    private static string Field(FieldFilter f, SqlParameters p, string alias)
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

    private static string StringField(FieldFilter f, SqlParameters p, string alias)
    {
        var column = $"{alias}.{(f.Field == "memory" ? "text" : f.Field)}";
        if (f.Operator == FilterOperator.Exists)
        {
            return $"({column} IS NOT NULL)";
        }

        if (f.Operator is FilterOperator.In or FilterOperator.Nin)
        {
            var items = List(f).Select(v => p.Add(StringValue(f, v))).ToList();
            var inList = items.Count == 0 ? "0" : $"IFNULL({column} IN ({string.Join(", ", items)}), 0)";
            return f.Operator == FilterOperator.In ? inList : $"(NOT {inList})";
        }

        var value = StringValue(f, f.Value);
        return f.Operator switch
        {
            FilterOperator.Eq => $"IFNULL({column} = {p.Add(value)}, 0)",
            FilterOperator.Ne => $"(NOT IFNULL({column} = {p.Add(value)}, 0))",
            FilterOperator.Contains => $"IFNULL(instr({column}, {p.Add(value)}) > 0, 0)",
            FilterOperator.IContains => $"IFNULL(instr({CaseFoldFunction}({column}), {p.Add(value.ToLowerInvariant())}) > 0, 0)",
            _ => $"IFNULL({column} {Comparison(f)} {p.Add(value)}, 0)",
        };
    }

    private static string DateField(FieldFilter f, SqlParameters p, string alias)
    {
        var column = $"{alias}.{f.Field}";
        switch (f.Operator)
        {
            case FilterOperator.Exists:
                return $"({column} IS NOT NULL)";
            case FilterOperator.Contains or FilterOperator.IContains:
                throw Invalid(f, $"'{f.Field}' is a date: use eq, ne, gt, gte, lt, lte, in or nin.");
            case FilterOperator.In or FilterOperator.Nin:
                var items = List(f).Select(v => p.Add(DateValue(f, v))).ToList();
                var inList = items.Count == 0 ? "0" : $"IFNULL({column} IN ({string.Join(", ", items)}), 0)";
                return f.Operator == FilterOperator.In ? inList : $"(NOT {inList})";
            case FilterOperator.Eq:
                return $"IFNULL({column} = {p.Add(DateValue(f, f.Value))}, 0)";
            case FilterOperator.Ne:
                return $"(NOT IFNULL({column} = {p.Add(DateValue(f, f.Value))}, 0))";
            default:
                return $"IFNULL({column} {Comparison(f)} {p.Add(DateValue(f, f.Value))}, 0)";
        }
    }

    private static string ImmutableField(FieldFilter f, string alias)
    {
        var column = $"{alias}.immutable";
        return f.Operator switch
        {
            FilterOperator.Exists => "1",
            FilterOperator.Eq => $"({column} = {BoolValue(f)})",
            FilterOperator.Ne => $"({column} <> {BoolValue(f)})",
            _ => throw Invalid(f, "'immutable' takes eq or ne with true or false."),
        };
    }

    private static string CategoriesField(FieldFilter f, SqlParameters p, string alias)
    {
        var source = $"json_each({alias}.categories)";
        switch (f.Operator)
        {
            case FilterOperator.Exists:
                return $"(json_array_length({alias}.categories) > 0)";
            case FilterOperator.Eq or FilterOperator.Contains:
                return $"EXISTS (SELECT 1 FROM {source} WHERE value = {p.Add(StringValue(f, f.Value))})";
            case FilterOperator.Ne:
                return $"(NOT EXISTS (SELECT 1 FROM {source} WHERE value = {p.Add(StringValue(f, f.Value))}))";
            case FilterOperator.IContains:
                return $"EXISTS (SELECT 1 FROM {source} WHERE {CaseFoldFunction}(value) = {p.Add(StringValue(f, f.Value).ToLowerInvariant())})";
            case FilterOperator.In or FilterOperator.Nin:
                var items = List(f).Select(v => p.Add(StringValue(f, v))).ToList();
                var any = items.Count == 0 ? "0" : $"EXISTS (SELECT 1 FROM {source} WHERE value IN ({string.Join(", ", items)}))";
                return f.Operator == FilterOperator.In ? any : $"(NOT {any})";
            default:
                throw Invalid(f, "'categories' is a list: use eq, ne, in, nin, contains, icontains or \"*\".");
        }
    }

    private static string MetadataField(FieldFilter f, SqlParameters p, string alias)
    {
        var key = f.MetadataKey;
        if (key.Length == 0 || key.Any(c => c is '"' or '\\' || char.IsControl(c)))
        {
            throw Invalid(f, "metadata keys used in filters cannot contain quotes, backslashes or control characters.");
        }

        var path = p.Add("$.\"" + key + "\"");
        var type = $"json_type({alias}.metadata, {path})";
        var value = $"json_extract({alias}.metadata, {path})";
        string Elements(string condition) =>
            $"({type} = 'array' AND EXISTS (SELECT 1 FROM json_each({alias}.metadata, {path}) j WHERE {condition}))";
        string Equal(JsonElement v) =>
            $"({Match(f, v, type, value, p)} OR {Elements(Match(f, v, "j.type", "j.value", p))})";

        switch (f.Operator)
        {
            case FilterOperator.Exists:
                return $"IFNULL({type} <> 'null', 0)";
            case FilterOperator.Eq:
                return $"IFNULL({Equal(f.Value)}, 0)";
            case FilterOperator.Ne:
                return $"(NOT IFNULL({Equal(f.Value)}, 0))";
            case FilterOperator.In or FilterOperator.Nin:
                var items = List(f).Select(Equal).ToList();
                var any = items.Count == 0 ? "0" : $"IFNULL(({string.Join(" OR ", items)}), 0)";
                return f.Operator == FilterOperator.In ? any : $"(NOT {any})";
            case FilterOperator.Contains when f.Value.ValueKind == JsonValueKind.String:
                return $"IFNULL((({type} = 'text' AND instr({value}, {p.Add(f.Value.GetString())}) > 0) OR {Elements(Match(f, f.Value, "j.type", "j.value", p))}), 0)";
            case FilterOperator.Contains:
                return $"IFNULL({Elements(Match(f, f.Value, "j.type", "j.value", p))}, 0)";
            case FilterOperator.IContains:
                var folded = p.Add(StringValue(f, f.Value).ToLowerInvariant());
                return $"IFNULL((({type} = 'text' AND instr({CaseFoldFunction}({value}), {folded}) > 0) OR {Elements($"j.type = 'text' AND {CaseFoldFunction}(j.value) = {folded}")}), 0)";
            default:
                var op = Comparison(f);
                return f.Value.ValueKind switch
                {
                    JsonValueKind.Number => $"IFNULL(({type} IN ('integer', 'real') AND {value} {op} {p.Add(Number(f.Value))}), 0)",
                    JsonValueKind.String => $"IFNULL(({type} = 'text' AND {value} {op} {p.Add(f.Value.GetString())}), 0)",
                    _ => throw Invalid(f, "gt, gte, lt and lte compare numbers or strings."),
                };
        }
    }

    // Typed equality: the number 5 never equals the string "5", true never equals 1.
    private static string Match(FieldFilter f, JsonElement v, string type, string value, SqlParameters p) => v.ValueKind switch
    {
        JsonValueKind.String => $"({type} = 'text' AND {value} = {p.Add(v.GetString())})",
        JsonValueKind.Number => $"({type} IN ('integer', 'real') AND {value} = {p.Add(Number(v))})",
        JsonValueKind.True => $"({type} = 'true')",
        JsonValueKind.False => $"({type} = 'false')",
        JsonValueKind.Null => $"({type} = 'null')",
        _ => throw Invalid(f, "expected a single value."),
    };

    private static object Number(JsonElement v) => v.TryGetInt64(out var l) ? l : v.GetDouble();

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

        // Ids are stored in canonical lowercase form; accept any Guid spelling.
        return f.Field is "id" or "superseded_by" && Guid.TryParse(s, out var id) ? SqliteCodec.ToText(id) : s;
    }

    private static long DateValue(FieldFilter f, JsonElement v) =>
        v.ValueKind == JsonValueKind.String
        && DateTimeOffset.TryParse(v.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? SqliteCodec.ToMs(date)
            : throw Invalid(f, $"'{f.Field}' takes an ISO-8601 date.");

    private static int BoolValue(FieldFilter f) => f.Value.ValueKind switch
    {
        JsonValueKind.True => 1,
        JsonValueKind.False => 0,
        _ => throw Invalid(f, "'immutable' takes true or false."),
    };

    private static InvalidFilterException Invalid(FieldFilter f, string message) => new(f.Field, message);
}
