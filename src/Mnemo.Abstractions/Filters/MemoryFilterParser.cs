using System.Globalization;
using System.Text.Json;

namespace Mnemo;

/// <summary>Turns Mem0's filter JSON into a <see cref="MemoryFilter"/> tree, naming the exact place of any error.</summary>
internal static class MemoryFilterParser
{
    private static readonly Dictionary<string, FilterOperator> _operators = new(StringComparer.Ordinal)
    {
        ["eq"] = FilterOperator.Eq,
        ["ne"] = FilterOperator.Ne,
        ["gt"] = FilterOperator.Gt,
        ["gte"] = FilterOperator.Gte,
        ["lt"] = FilterOperator.Lt,
        ["lte"] = FilterOperator.Lte,
        ["in"] = FilterOperator.In,
        ["nin"] = FilterOperator.Nin,
        ["contains"] = FilterOperator.Contains,
        ["icontains"] = FilterOperator.IContains,
    };

    private static readonly Dictionary<string, string> _aliases = new(StringComparer.Ordinal)
    {
        ["memory_id"] = "id",
        ["text"] = "memory",
        ["keywords"] = "memory",
        ["category"] = "categories",
    };

    /// <summary>Parses a whole filter and enforces the size limits of <see cref="MemoryFilter"/> on it, once for every host.</summary>
    public static MemoryFilter Parse(JsonElement json)
    {
        var filter = ParseObject(json, string.Empty);
        var size = new FilterSize();
        size.Measure(filter, 1);
        if (size.Conditions > MemoryFilter.MaxConditions)
        {
            throw new InvalidFilterException(string.Empty, string.Create(CultureInfo.InvariantCulture, $"it has {size.Conditions} conditions; a filter may have at most {MemoryFilter.MaxConditions} conditions (comparisons, AND, OR and NOT together)."));
        }

        if (size.ListValues > MemoryFilter.MaxListValues)
        {
            throw new InvalidFilterException(string.Empty, string.Create(CultureInfo.InvariantCulture, $"its in/nin lists hold {size.ListValues} values; a filter may hold at most {MemoryFilter.MaxListValues} list values in all."));
        }

        if (size.Depth > MemoryFilter.MaxDepth)
        {
            throw new InvalidFilterException(string.Empty, string.Create(CultureInfo.InvariantCulture, $"it nests {size.Depth} levels deep; a filter may nest AND, OR and NOT at most {MemoryFilter.MaxDepth} levels deep."));
        }

        return filter;
    }

    public static MemoryFilter ParseObject(JsonElement json, string path)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidFilterException(path, $"expected an object, found {Describe(json)}.");
        }

        var parts = new List<MemoryFilter>();
        foreach (var property in json.EnumerateObject())
        {
            var childPath = Join(path, property.Name);
            switch (LogicalOperator(property.Name))
            {
                case "AND":
                    parts.Add(new AndFilter(ParseList(property.Value, childPath)));
                    break;
                case "OR":
                    parts.Add(new OrFilter(ParseList(property.Value, childPath)));
                    break;
                case "NOT":
                    parts.Add(new NotFilter(property.Value.ValueKind == JsonValueKind.Array
                        ? new AndFilter(ParseList(property.Value, childPath))
                        : ParseObject(property.Value, childPath)));
                    break;
                default:
                    parts.AddRange(ParseField(property.Name, property.Value, childPath));
                    break;
            }
        }

        return parts.Count == 1 ? parts[0] : new AndFilter(parts);
    }

    // AND / OR / NOT in Mem0's upper case, lower case, or Mongo's "$and"; anything else is a field name.
    private static string? LogicalOperator(string name) => name.TrimStart('$') switch
    {
        "AND" or "and" => "AND",
        "OR" or "or" => "OR",
        "NOT" or "not" => "NOT",
        _ => null,
    };

    private static List<MemoryFilter> ParseList(JsonElement json, string path)
    {
        if (json.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidFilterException(path, $"expected a list of filters, found {Describe(json)}.");
        }

        var list = new List<MemoryFilter>();
        var index = 0;
        foreach (var item in json.EnumerateArray())
        {
            list.Add(ParseObject(item, $"{path}[{index++}]"));
        }

        return list;
    }

    private static IEnumerable<MemoryFilter> ParseField(string name, JsonElement value, string path)
    {
        if (name == "metadata")
        {
            if (value.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidFilterException(path, "'metadata' takes an object of metadata keys.");
            }

            foreach (var property in value.EnumerateObject())
            {
                foreach (var filter in ParseConditions(MemoryFields.MetadataPrefix + property.Name, property.Value, Join(path, property.Name)))
                {
                    yield return filter;
                }
            }

            yield break;
        }

        var field = CanonicalField(name, path);
        foreach (var filter in ParseConditions(field, value, path))
        {
            yield return filter;
        }
    }

    private static string CanonicalField(string name, string path)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new InvalidFilterException(path, "field names must not be empty.");
        }

        if (name.StartsWith(MemoryFields.MetadataPrefix, StringComparison.Ordinal))
        {
            return name.Length > MemoryFields.MetadataPrefix.Length
                ? name
                : throw new InvalidFilterException(path, "'metadata.' needs a key after the dot.");
        }

        if (name is "project_id" or "org_id")
        {
            throw new InvalidFilterException(path, $"'{name}' cannot be filtered: the project comes from the caller's credentials.");
        }

        if (_operators.ContainsKey(name))
        {
            throw new InvalidFilterException(path, $"operator '{name}' must be inside a field, e.g. {{\"created_at\": {{\"{name}\": ...}}}}.");
        }

        var canonical = _aliases.GetValueOrDefault(name, name);
        return MemoryFields.IsKnown(canonical) ? canonical : MemoryFields.MetadataPrefix + name;
    }

    private static IEnumerable<MemoryFilter> ParseConditions(string field, JsonElement value, string path)
    {
        if (value.ValueKind == JsonValueKind.String && value.GetString() == "*")
        {
            yield return new FieldFilter(field, FilterOperator.Exists, default);
            yield break;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            yield return Build(field, FilterOperator.Eq, value, path);
            yield break;
        }

        var any = false;
        foreach (var condition in value.EnumerateObject())
        {
            any = true;
            var op = _operators.TryGetValue(condition.Name.TrimStart('$').ToLowerInvariant(), out var known)
                ? known
                : throw new InvalidFilterException(
                    Join(path, condition.Name),
                    $"unknown operator '{condition.Name}'; use one of {string.Join(", ", _operators.Keys)}, or \"*\".");
            yield return Build(field, op, condition.Value, Join(path, condition.Name));
        }

        if (!any)
        {
            throw new InvalidFilterException(path, "an operator object needs at least one operator.");
        }
    }

    private static FieldFilter Build(string field, FilterOperator op, JsonElement value, string path)
    {
        if (op is FilterOperator.In or FilterOperator.Nin)
        {
            if (value.ValueKind != JsonValueKind.Array)
            {
                throw new InvalidFilterException(path, $"'{op.ToString().ToLowerInvariant()}' takes a list, found {Describe(value)}.");
            }

            var items = value.EnumerateArray().Select((item, i) => CheckScalar(field, item, $"{path}[{i}]")).ToList();
            return new FieldFilter(field, op, JsonSerializer.SerializeToElement(items));
        }

        if (op is FilterOperator.Contains or FilterOperator.IContains && value.ValueKind != JsonValueKind.String
            && field != MemoryFields.Categories && !field.StartsWith(MemoryFields.MetadataPrefix, StringComparison.Ordinal))
        {
            throw new InvalidFilterException(path, $"'{op.ToString().ToLowerInvariant()}' takes a string, found {Describe(value)}.");
        }

        return new FieldFilter(field, op, CheckScalar(field, value, path));
    }

    private static JsonElement CheckScalar(string field, JsonElement value, string path)
    {
        if (value.ValueKind is JsonValueKind.Object or JsonValueKind.Array or JsonValueKind.Undefined)
        {
            throw new InvalidFilterException(path, $"expected a single value, found {Describe(value)}.");
        }

        if (MemoryFields.Dates.Contains(field))
        {
            if (value.ValueKind != JsonValueKind.String
                || !DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
            {
                throw new InvalidFilterException(path, $"'{field}' takes an ISO-8601 date such as \"2024-07-01\" or \"2024-07-01T12:00:00Z\", found {Describe(value)}.");
            }

            return JsonSerializer.SerializeToElement(date.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
        }

        if (field == MemoryFields.Immutable && value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            throw new InvalidFilterException(path, $"'immutable' takes true or false, found {Describe(value)}.");
        }

        if (MemoryFields.Strings.Contains(field) && value.ValueKind != JsonValueKind.String)
        {
            throw new InvalidFilterException(path, $"'{field}' takes a string, found {Describe(value)}.");
        }

        return value.Clone();
    }

    private sealed class FilterSize
    {
        public int Conditions { get; private set; }

        public int ListValues { get; private set; }

        public int Depth { get; private set; }

        public void Measure(MemoryFilter filter, int depth)
        {
            Conditions++;
            Depth = Math.Max(Depth, depth);
            switch (filter)
            {
                case AndFilter and:
                    foreach (var child in and.Filters)
                    {
                        Measure(child, depth + 1);
                    }

                    break;
                case OrFilter or:
                    foreach (var child in or.Filters)
                    {
                        Measure(child, depth + 1);
                    }

                    break;
                case NotFilter not:
                    Measure(not.Filter, depth + 1);
                    break;
                case FieldFilter { Operator: FilterOperator.In or FilterOperator.Nin } field when field.Value.ValueKind == JsonValueKind.Array:
                    ListValues += field.Value.GetArrayLength();
                    break;
            }
        }
    }

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => $"\"{value.GetString()}\"",
        JsonValueKind.Undefined => "nothing",
        _ => value.GetRawText(),
    };
}
