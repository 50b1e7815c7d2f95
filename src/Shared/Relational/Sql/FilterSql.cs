using System.Globalization;
using System.Text.Json;

namespace Mnemo;

/// <summary>
/// Translates a <see cref="MemoryFilter"/> tree into a parameterised WHERE fragment in a store's
/// <see cref="SqlDialect{TParameters}"/>. Every fragment is true or false, never NULL, so NOT and "missing counts as not
/// equal" behave as documented. Values only travel as parameters.
/// </summary>
/// <remarks>
/// The semantics, limits and <see cref="InvalidFilterException"/> messages are the stores' contract (the filter tests of
/// the store conformance suite), so they live here once; each store's dialect says how its SQL spells them.
/// </remarks>
/// <typeparam name="TParameters">The store's collector of statement parameters.</typeparam>
internal sealed class FilterSql<TParameters>(SqlDialect<TParameters> dialect)
{
    /// <summary>The predicate for <paramref name="filter"/> over alias <paramref name="alias"/>; true when null.</summary>
    /// <exception cref="InvalidFilterException">A field or operator cannot be evaluated.</exception>
    public string Where(MemoryFilter? filter, TParameters parameters, string alias = "m") =>
        filter is null ? dialect.True : Build(filter, parameters, alias);

    private string Build(MemoryFilter filter, TParameters p, string alias) => filter switch
    {
        AndFilter and => and.Filters.Count == 0 ? dialect.True : "(" + string.Join(" AND ", and.Filters.Select(f => Build(f, p, alias))) + ")",
        OrFilter or => or.Filters.Count == 0 ? dialect.False : "(" + string.Join(" OR ", or.Filters.Select(f => Build(f, p, alias))) + ")",
        NotFilter not => "(NOT " + Build(not.Filter, p, alias) + ")",
        FieldFilter field => Field(field, p, alias),
        _ => throw new InvalidFilterException(string.Empty, $"unsupported filter node {filter.GetType().Name}."),
    };

    private string Field(FieldFilter f, TParameters p, string alias)
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

    private string StringField(FieldFilter f, TParameters p, string alias)
    {
        var column = dialect.TextColumn(alias, f.Field);
        if (f.Operator == FilterOperator.Exists)
        {
            return $"({column} IS NOT NULL)";
        }

        if (f.Operator is FilterOperator.In or FilterOperator.Nin)
        {
            var items = List(f).Select(v => StringValue(f, v)).ToList();
            return InOrNot(f, items.Count == 0 ? dialect.False : dialect.OrFalse(dialect.TextIn(column, items, p)));
        }

        var value = StringValue(f, f.Value);
        return f.Operator switch
        {
            FilterOperator.Eq => dialect.OrFalse($"{column} = {dialect.Text(p, value)}"),
            FilterOperator.Ne => $"(NOT {dialect.OrFalse($"{column} = {dialect.Text(p, value)}")})",
            FilterOperator.Contains => dialect.OrFalse(dialect.Contains(column, dialect.Text(p, value))),
            FilterOperator.IContains => dialect.OrFalse(dialect.Contains(dialect.Fold(column), dialect.Text(p, value.ToLowerInvariant()))),
            _ => dialect.OrFalse($"{dialect.Ordered(column)} {Comparison(f)} {dialect.Text(p, value)}"),
        };
    }

    private string DateField(FieldFilter f, TParameters p, string alias)
    {
        var column = $"{alias}.{f.Field}";
        switch (f.Operator)
        {
            case FilterOperator.Exists:
                return $"({column} IS NOT NULL)";
            case FilterOperator.Contains or FilterOperator.IContains:
                throw Invalid(f, $"'{f.Field}' is a date: use eq, ne, gt, gte, lt, lte, in or nin.");
            case FilterOperator.In or FilterOperator.Nin:
                var items = List(f).Select(v => DateValue(f, v)).ToList();
                return InOrNot(f, items.Count == 0 ? dialect.False : dialect.OrFalse(dialect.TimeIn(column, items, p)));
            case FilterOperator.Eq:
                return dialect.OrFalse($"{column} = {dialect.Time(p, DateValue(f, f.Value))}");
            case FilterOperator.Ne:
                return $"(NOT {dialect.OrFalse($"{column} = {dialect.Time(p, DateValue(f, f.Value))}")})";
            default:
                return dialect.OrFalse($"{column} {Comparison(f)} {dialect.Time(p, DateValue(f, f.Value))}");
        }
    }

    private string ImmutableField(FieldFilter f, string alias)
    {
        var column = $"{alias}.immutable";
        return f.Operator switch
        {
            FilterOperator.Exists => dialect.True,
            FilterOperator.Eq => $"({column} = {BoolValue(f)})",
            FilterOperator.Ne => $"({column} <> {BoolValue(f)})",
            _ => throw Invalid(f, "'immutable' takes eq or ne with true or false."),
        };
    }

    private string CategoriesField(FieldFilter f, TParameters p, string alias)
    {
        switch (f.Operator)
        {
            case FilterOperator.Exists:
                return dialect.CategoriesNotEmpty(alias);
            case FilterOperator.Eq or FilterOperator.Contains:
                return dialect.CategoriesHave(alias, dialect.Text(p, StringValue(f, f.Value)));
            case FilterOperator.Ne:
                return $"(NOT {dialect.CategoriesHave(alias, dialect.Text(p, StringValue(f, f.Value)))})";
            case FilterOperator.IContains:
                return dialect.CategoriesHaveFolded(alias, dialect.Text(p, StringValue(f, f.Value).ToLowerInvariant()));
            case FilterOperator.In or FilterOperator.Nin:
                var items = List(f).Select(v => StringValue(f, v)).ToList();
                return InOrNot(f, items.Count == 0 ? dialect.False : dialect.CategoriesHaveAny(alias, items, p));
            default:
                throw Invalid(f, "'categories' is a list: use eq, ne, in, nin, contains, icontains or \"*\".");
        }
    }

    private string MetadataField(FieldFilter f, TParameters p, string alias)
    {
        var key = f.MetadataKey;
        if (key.Length == 0 || key.Any(c => c is '"' or '\\' || char.IsControl(c)))
        {
            throw Invalid(f, "metadata keys used in filters cannot contain quotes, backslashes or control characters.");
        }

        var json = dialect.Metadata(alias, key, p);
        string Equal(JsonElement v) => $"({Match(f, json, v, p)} OR {json.Elements(Match(f, dialect.Element, v, p))})";

        switch (f.Operator)
        {
            case FilterOperator.Exists:
                return dialect.OrFalse($"{json.Type} <> 'null'");
            case FilterOperator.Eq:
                return dialect.OrFalse(Equal(f.Value));
            case FilterOperator.Ne:
                return $"(NOT {dialect.OrFalse(Equal(f.Value))})";
            case FilterOperator.In or FilterOperator.Nin:
                var items = List(f).Select(Equal).ToList();
                return InOrNot(f, items.Count == 0 ? dialect.False : dialect.OrFalse($"({string.Join(" OR ", items)})"));
            case FilterOperator.Contains when f.Value.ValueKind == JsonValueKind.String:
                var needle = dialect.Text(p, f.Value.GetString()!);
                return dialect.OrFalse($"({dialect.JsonTextContains(json, needle, fold: false)} OR {json.Elements(Match(f, dialect.Element, f.Value, p))})");
            case FilterOperator.Contains:
                return dialect.OrFalse(json.Elements(Match(f, dialect.Element, f.Value, p)));
            case FilterOperator.IContains:
                var folded = dialect.Text(p, StringValue(f, f.Value).ToLowerInvariant());
                return dialect.OrFalse($"({dialect.JsonTextContains(json, folded, fold: true)} OR {json.Elements(dialect.JsonTextEqualsFolded(dialect.Element, folded))})");
            default:
                var comparison = Comparison(f);
                return f.Value.ValueKind is JsonValueKind.Number or JsonValueKind.String
                    ? dialect.OrFalse(dialect.JsonCompare(json, comparison, f.Value, p))
                    : throw Invalid(f, "gt, gte, lt and lte compare numbers or strings.");
        }
    }

    // Typed equality: the number 5 never equals the string "5", true never equals 1.
    private string Match(FieldFilter f, JsonSql json, JsonElement v, TParameters p) => v.ValueKind switch
    {
        JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null =>
            dialect.JsonEquals(json, v, p),
        _ => throw Invalid(f, "expected a single value."),
    };

    private static string InOrNot(FieldFilter f, string any) => f.Operator == FilterOperator.In ? any : $"(NOT {any})";

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
        return f.Field is "id" or "superseded_by" && Guid.TryParse(s, out var id) ? RelationalCodec.IdText(id) : s;
    }

    private static DateTimeOffset DateValue(FieldFilter f, JsonElement v) =>
        v.ValueKind == JsonValueKind.String
        && DateTimeOffset.TryParse(v.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : throw Invalid(f, $"'{f.Field}' takes an ISO-8601 date.");

    private string BoolValue(FieldFilter f) => f.Value.ValueKind switch
    {
        JsonValueKind.True => dialect.True,
        JsonValueKind.False => dialect.False,
        _ => throw Invalid(f, "'immutable' takes true or false."),
    };

    private static InvalidFilterException Invalid(FieldFilter f, string message) => new(f.Field, message);
}
