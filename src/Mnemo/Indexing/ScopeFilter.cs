using System.Text.Json;

namespace Mnemo.Indexing;

/// <summary>
/// Drops the parts of a filter that the scope already guarantees. Mem0's v2 clients send the scope again as a filter
/// (<c>{"user_id": "alice"}</c>, or under <c>AND</c>); kept, it would send a plain scoped search down the filtered
/// path (a store round trip for the candidates, a wider candidate pool, neighbours looked for further out), which costs
/// more for the same answer.
/// </summary>
internal static class ScopeFilter
{
    /// <summary>
    /// <paramref name="filter"/> without the <c>eq</c> comparisons of an identity field with the scope's own value, at the
    /// top level or directly under <c>AND</c>; <see langword="null"/> when nothing else is left.
    /// </summary>
    public static MemoryFilter? Simplify(MemoryFilter? filter, MemoryScope scope) => filter switch
    {
        null => null,
        FieldFilter field when Implied(field, scope) => null,
        AndFilter and => Rebuild(and, scope),
        _ => filter,
    };

    private static MemoryFilter? Rebuild(AndFilter and, MemoryScope scope)
    {
        var kept = and.Filters.Select(f => Simplify(f, scope)).OfType<MemoryFilter>().ToList();
        return kept.Count switch
        {
            0 => null,
            1 => kept[0],
            _ when kept.Count == and.Filters.Count => and,
            _ => new AndFilter(kept),
        };
    }

    private static bool Implied(FieldFilter field, MemoryScope scope)
    {
        if (field.Operator != FilterOperator.Eq || field.Value.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        var required = field.Field switch
        {
            "user_id" => scope.UserId,
            "agent_id" => scope.AgentId,
            "run_id" => scope.RunId,
            "app_id" => scope.AppId,
            _ => null,
        };
        return required is not null && string.Equals(required, field.Value.GetString(), StringComparison.Ordinal);
    }
}
