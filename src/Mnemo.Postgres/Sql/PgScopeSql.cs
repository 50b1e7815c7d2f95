using NpgsqlTypes;

namespace Mnemo;

/// <summary>WHERE fragments for scope matching and activity, shared by listing, filters, forget and the queue.</summary>
internal static class PgScopeSql
{
    /// <summary>
    /// The scope predicate over table alias <paramref name="alias"/>: same project (null = <c>''</c>) and every id the
    /// scope sets. A <see langword="null"/> scope matches everything.
    /// </summary>
    public static string Where(MemoryScope? scope, PgParameters parameters, string alias = "m")
    {
        if (scope is null)
        {
            return "TRUE";
        }

        var parts = new List<string> { $"{alias}.project_id = {parameters.Add(PgCodec.Project(scope), NpgsqlDbType.Text)}" };
        AddId(parts, parameters, alias, "user_id", scope.UserId);
        AddId(parts, parameters, alias, "agent_id", scope.AgentId);
        AddId(parts, parameters, alias, "run_id", scope.RunId);
        AddId(parts, parameters, alias, "app_id", scope.AppId);
        return string.Join(" AND ", parts);
    }

    /// <summary>Activity at <paramref name="asOf"/>: valid then, not superseded before it, not expired; the flags drop checks.</summary>
    public static string Active(DateTimeOffset asOf, bool includeSuperseded, bool includeExpired, PgParameters parameters, string alias = "m")
    {
        var parts = new List<string>();
        var at = parameters.Add(PgCodec.ToDb(asOf), NpgsqlDbType.TimestampTz);
        if (!includeSuperseded)
        {
            parts.Add($"{alias}.valid_from <= {at}");
            parts.Add($"({alias}.valid_to IS NULL OR {alias}.valid_to > {at})");
            parts.Add($"({alias}.superseded_by IS NULL OR {alias}.valid_to > {at})");
        }

        if (!includeExpired)
        {
            parts.Add($"({alias}.expires_at IS NULL OR {alias}.expires_at > {at})");
        }

        return parts.Count == 0 ? "TRUE" : string.Join(" AND ", parts);
    }

    private static void AddId(List<string> parts, PgParameters parameters, string alias, string column, string? value)
    {
        if (value is not null)
        {
            parts.Add($"{alias}.{column} = {parameters.Add(value, NpgsqlDbType.Text)}");
        }
    }
}
