using Npgsql;
using NpgsqlTypes;

namespace Mnemo;

/// <summary>
/// Working memory (table <c>working_memory</c>): one row per project and run, the scratchpad and the message window as
/// jsonb, with its expiry. Each write is one statement, so two replicas never interleave a state (last writer wins).
/// </summary>
internal sealed class PostgresWorkingMemory(PostgresDatabase database)
{
    private const string Columns = "project_id, user_id, agent_id, run_id, app_id, working_values::text, messages::text, updated_at, expires_at";

    public async Task<WorkingMemoryState?> GetAsync(MemoryScope scope, DateTimeOffset asOf, CancellationToken cancellationToken)
    {
        var run = WorkingMemoryRun.Of(scope);
        using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = new NpgsqlCommand($"SELECT {Columns} FROM working_memory WHERE project_id = @project AND run_id = @run AND expires_at > @now", connection);
        command.Parameters.Add(new NpgsqlParameter("project", NpgsqlDbType.Text) { Value = RelationalCodec.Project(scope) });
        command.Parameters.Add(new NpgsqlParameter("run", NpgsqlDbType.Text) { Value = run });
        command.Parameters.Add(new NpgsqlParameter("now", NpgsqlDbType.TimestampTz) { Value = PgCodec.ToDb(asOf) });
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? PgMemoryRows.Instance.WorkingMemory(reader) : null;
    }

    public async Task SaveAsync(WorkingMemoryState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        WorkingMemoryRun.Of(state.Scope);
        state.Scope.Validate();
        using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = new NpgsqlCommand("""
            INSERT INTO working_memory(project_id, user_id, agent_id, run_id, app_id, working_values, messages, updated_at, expires_at)
            VALUES (@project, @user, @agent, @run, @app, @values::jsonb, @messages::jsonb, @updated, @expires)
            ON CONFLICT (project_id, run_id) DO UPDATE SET user_id = EXCLUDED.user_id, agent_id = EXCLUDED.agent_id, app_id = EXCLUDED.app_id,
                working_values = EXCLUDED.working_values, messages = EXCLUDED.messages, updated_at = EXCLUDED.updated_at, expires_at = EXCLUDED.expires_at
            """, connection);
        PostgresIngestionQueue.AddScope(command, state.Scope);
        command.Parameters.Add(new NpgsqlParameter("values", NpgsqlDbType.Text) { Value = RelationalCodec.WorkingValuesToJson(state.Values) });
        command.Parameters.Add(new NpgsqlParameter("messages", NpgsqlDbType.Text) { Value = RelationalCodec.WorkingMessagesToJson(state.Messages) });
        command.Parameters.Add(new NpgsqlParameter("updated", NpgsqlDbType.TimestampTz) { Value = PgCodec.ToDb(state.UpdatedAt) });
        command.Parameters.Add(new NpgsqlParameter("expires", NpgsqlDbType.TimestampTz) { Value = PgCodec.ToDb(state.ExpiresAt) });
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> DeleteAsync(MemoryScope scope, CancellationToken cancellationToken)
    {
        var run = WorkingMemoryRun.Of(scope);
        using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = new NpgsqlCommand("DELETE FROM working_memory WHERE project_id = @project AND run_id = @run", connection);
        command.Parameters.Add(new NpgsqlParameter("project", NpgsqlDbType.Text) { Value = RelationalCodec.Project(scope) });
        command.Parameters.Add(new NpgsqlParameter("run", NpgsqlDbType.Text) { Value = run });
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
    }

    public async Task<int> DeleteAllAsync(MemoryScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        scope.Validate();
        var parameters = new PgParameters();
        using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = new NpgsqlCommand($"DELETE FROM working_memory w WHERE {PgDialect.Scopes.Where(scope, parameters, "w")}", connection);
        parameters.CopyTo(command);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<WorkingMemoryState>> ListExpiredAsync(DateTimeOffset asOf, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = new NpgsqlCommand($"SELECT {Columns} FROM working_memory WHERE expires_at <= @now ORDER BY expires_at, run_id COLLATE \"C\" LIMIT @limit", connection);
        command.Parameters.Add(new NpgsqlParameter("now", NpgsqlDbType.TimestampTz) { Value = PgCodec.ToDb(asOf) });
        command.Parameters.Add(new NpgsqlParameter("limit", NpgsqlDbType.Integer) { Value = limit });
        var states = new List<WorkingMemoryState>();
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            states.Add(PgMemoryRows.Instance.WorkingMemory(reader));
        }

        return states;
    }
}
