namespace Mnemo;

/// <summary>WHERE fragments for scope matching and activity, shared by listing, filters, forget and the queue.</summary>
/// <typeparam name="TParameters">The store's collector of statement parameters.</typeparam>
internal sealed class ScopeSql<TParameters>(SqlDialect<TParameters> dialect)
{
    /// <summary>
    /// The scope predicate over table alias <paramref name="alias"/>: same project (null = <c>''</c>) and every id the
    /// scope sets. A <see langword="null"/> scope matches everything.
    /// </summary>
    public string Where(MemoryScope? scope, TParameters parameters, string alias = "m")
    {
        if (scope is null)
        {
            return dialect.True;
        }

        var parts = new List<string> { $"{alias}.project_id = {dialect.Text(parameters, RelationalCodec.Project(scope))}" };
        AddId(parts, parameters, alias, "user_id", scope.UserId);
        AddId(parts, parameters, alias, "agent_id", scope.AgentId);
        AddId(parts, parameters, alias, "run_id", scope.RunId);
        AddId(parts, parameters, alias, "app_id", scope.AppId);
        return string.Join(" AND ", parts);
    }

    /// <summary>
    /// Activity at <paramref name="asOf"/>: valid then, not superseded before it, not expired; the flags drop checks.
    /// The engine's index applies the same rule to its slots (<c>VectorIndex</c>'s <c>SlotFilter</c>).
    /// </summary>
    public string Active(DateTimeOffset asOf, bool includeSuperseded, bool includeExpired, TParameters parameters, string alias = "m")
    {
        var parts = new List<string>();
        var at = dialect.Time(parameters, asOf);
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

        return parts.Count == 0 ? dialect.True : string.Join(" AND ", parts);
    }

    private void AddId(List<string> parts, TParameters parameters, string alias, string column, string? value)
    {
        if (value is not null)
        {
            parts.Add($"{alias}.{column} = {dialect.Text(parameters, value)}");
        }
    }
}
