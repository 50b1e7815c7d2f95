using Microsoft.Data.Sqlite;

namespace Mnemo;

/// <summary>
/// Working memory (table <c>working_memory</c>, migration 5): one row per project and run, the scratchpad and the message
/// window as JSON, with its expiry. Each write is one statement, so two processes on the file never interleave a state.
/// </summary>
internal sealed partial class SqliteMemoryStore : IWorkingMemoryStore
{
    private const string WorkingColumns = "project_id, user_id, agent_id, run_id, app_id, working_values, messages, updated_at, expires_at";

    public async Task<WorkingMemoryState?> GetWorkingMemoryAsync(MemoryScope scope, DateTimeOffset asOf, CancellationToken cancellationToken = default)
    {
        var run = WorkingMemoryRun.Of(scope);
        EnsureInitialized();
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = Command(connection, null, $"SELECT {WorkingColumns} FROM working_memory WHERE project_id = @project AND run_id = @run AND expires_at > @now");
        command.Parameters.AddWithValue("@project", scope.ProjectId ?? string.Empty);
        command.Parameters.AddWithValue("@run", run);
        command.Parameters.AddWithValue("@now", SqliteCodec.ToMs(asOf));
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? MemoryRows.Instance.WorkingMemory(reader) : null;
    }

    public async Task SaveWorkingMemoryAsync(WorkingMemoryState state, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        var run = WorkingMemoryRun.Of(state.Scope);
        state.Scope.Validate();
        EnsureInitialized();
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = Command(connection, null, $"""
            INSERT INTO working_memory({WorkingColumns}) VALUES (@project, @user, @agent, @run, @app, @values, @messages, @updated, @expires)
            ON CONFLICT(project_id, run_id) DO UPDATE SET user_id = excluded.user_id, agent_id = excluded.agent_id, app_id = excluded.app_id,
                working_values = excluded.working_values, messages = excluded.messages, updated_at = excluded.updated_at, expires_at = excluded.expires_at
            """);
        command.Parameters.AddWithValue("@project", state.Scope.ProjectId ?? string.Empty);
        command.Parameters.AddWithValue("@user", SqliteCodec.ToDb(state.Scope.UserId));
        command.Parameters.AddWithValue("@agent", SqliteCodec.ToDb(state.Scope.AgentId));
        command.Parameters.AddWithValue("@run", run);
        command.Parameters.AddWithValue("@app", SqliteCodec.ToDb(state.Scope.AppId));
        command.Parameters.AddWithValue("@values", RelationalCodec.WorkingValuesToJson(state.Values));
        command.Parameters.AddWithValue("@messages", RelationalCodec.WorkingMessagesToJson(state.Messages));
        command.Parameters.AddWithValue("@updated", SqliteCodec.ToMs(state.UpdatedAt));
        command.Parameters.AddWithValue("@expires", SqliteCodec.ToMs(state.ExpiresAt));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> DeleteWorkingMemoryAsync(MemoryScope scope, CancellationToken cancellationToken = default)
    {
        var run = WorkingMemoryRun.Of(scope);
        EnsureInitialized();
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = Command(connection, null, "DELETE FROM working_memory WHERE project_id = @project AND run_id = @run");
        command.Parameters.AddWithValue("@project", scope.ProjectId ?? string.Empty);
        command.Parameters.AddWithValue("@run", run);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
    }

    public async Task<int> DeleteWorkingMemoriesAsync(MemoryScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        scope.Validate();
        EnsureInitialized();
        var parameters = new SqlParameters();
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = Command(connection, null, $"DELETE FROM working_memory AS w WHERE {SqliteDialect.Scopes.Where(scope, parameters, "w")}");
        parameters.CopyTo(command);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<WorkingMemoryState>> ListExpiredWorkingMemoriesAsync(DateTimeOffset asOf, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        EnsureInitialized();
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = Command(connection, null, $"SELECT {WorkingColumns} FROM working_memory WHERE expires_at <= @now ORDER BY expires_at, run_id LIMIT @limit");
        command.Parameters.AddWithValue("@now", SqliteCodec.ToMs(asOf));
        command.Parameters.AddWithValue("@limit", limit);
        var states = new List<WorkingMemoryState>();
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            states.Add(MemoryRows.Instance.WorkingMemory(reader));
        }

        return states;
    }
}
