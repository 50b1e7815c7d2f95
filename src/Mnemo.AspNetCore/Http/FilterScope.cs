using System.Text.Json;

namespace Mnemo;

/// <summary>
/// Mem0 v2 puts the entity ids inside <c>filters</c> (<c>{"AND":[{"user_id":"alex"}, ...]}</c>). The ids that every
/// match must have (top level or directly under AND) become the scope; the whole filter still applies as given.
/// </summary>
internal static class FilterScope
{
    public static (MemoryScope Scope, MemoryFilter? Filter) Read(JsonElement? filters, MemoryScope scope)
    {
        if (filters is not { } json || json.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return (scope, null);
        }

        if (json.ValueKind != JsonValueKind.Object)
        {
            throw ApiException.BadRequest("filters", "filters must be a JSON object.");
        }

        if (json.EnumerateObject().Any())
        {
            scope = Collect(json, scope);
            return (scope, MemoryFilter.Parse(json));
        }

        return (scope, null);
    }

    private static MemoryScope Collect(JsonElement json, MemoryScope scope)
    {
        foreach (var property in json.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.String && property.Value.GetString() is { } value && value != "*")
            {
                scope = property.Name switch
                {
                    "user_id" => scope with { UserId = value },
                    "agent_id" => scope with { AgentId = value },
                    "app_id" => scope with { AppId = value },
                    "run_id" => scope with { RunId = value },
                    _ => scope,
                };
            }
            else if (property.Name is "AND" or "and" && property.Value.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in property.Value.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.Object))
                {
                    scope = Collect(item, scope);
                }
            }
        }

        return scope;
    }
}
