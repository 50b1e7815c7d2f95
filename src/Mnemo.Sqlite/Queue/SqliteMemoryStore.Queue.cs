using Microsoft.Data.Sqlite;

namespace Mnemo;

/// <summary>
/// The durable ingestion queue (table <c>ingest_queue</c>). Each state change is one statement in its own IMMEDIATE
/// transaction, so two processes sharing the file never claim the same add; the change to Succeeded commits with the
/// add's writes (see <see cref="ApplyAsync"/>).
/// </summary>
internal sealed partial class SqliteMemoryStore : IIngestionQueue
{
    private const string EventColumns =
        "q.id, q.project_id, q.user_id, q.agent_id, q.run_id, q.app_id, q.payload, q.status, q.attempts, q.error, q.result, q.created_at, q.updated_at";

    public async Task<IngestionEvent> EnqueueAsync(MemoryScope scope, string payload, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(payload);
        EnsureInitialized();
        scope.Validate();
        var now = _time.GetUtcNow();
        var queued = new IngestionEvent
        {
            Id = Guid.CreateVersion7(now),
            Scope = scope,
            Status = IngestionStatus.Pending,
            Payload = payload,
            CreatedAt = now,
            UpdatedAt = now,
        };

        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var transaction = connection.BeginTransaction(deferred: false);
        using (var insert = Command(connection, transaction, """
            INSERT INTO ingest_queue(id, project_id, user_id, agent_id, run_id, app_id, payload, status, attempts, created_at, updated_at)
            VALUES (@id, @project, @user, @agent, @run, @app, @payload, 'pending', 0, @now, @now)
            """))
        {
            insert.Parameters.AddWithValue("@id", SqliteCodec.ToText(queued.Id));
            insert.Parameters.AddWithValue("@project", scope.ProjectId ?? string.Empty);
            insert.Parameters.AddWithValue("@user", SqliteCodec.ToDb(scope.UserId));
            insert.Parameters.AddWithValue("@agent", SqliteCodec.ToDb(scope.AgentId));
            insert.Parameters.AddWithValue("@run", SqliteCodec.ToDb(scope.RunId));
            insert.Parameters.AddWithValue("@app", SqliteCodec.ToDb(scope.AppId));
            insert.Parameters.AddWithValue("@payload", payload);
            insert.Parameters.AddWithValue("@now", SqliteCodec.ToMs(now));
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        // Committed (WAL, synchronous=NORMAL) before the caller sees the id: a crash after this line loses nothing.
        transaction.Commit();
        return queued;
    }

    public async Task<IngestionEvent?> ClaimNextAsync(CancellationToken cancellationToken = default)
    {
        EnsureInitialized();
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var transaction = connection.BeginTransaction(deferred: false);

        // One statement under the write lock: the oldest pending add becomes Running for exactly one claimer.
        using var claim = Command(connection, transaction, $"""
            UPDATE ingest_queue SET status = 'running', attempts = attempts + 1, error = NULL, updated_at = @now
            WHERE id = (SELECT id FROM ingest_queue WHERE status = 'pending' ORDER BY created_at, rowid LIMIT 1)
            RETURNING {EventColumns.Replace("q.", string.Empty, StringComparison.Ordinal)}
            """);
        claim.Parameters.AddWithValue("@now", SqliteCodec.ToMs(_time.GetUtcNow()));
        IngestionEvent? claimed = null;
        using (var reader = await claim.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                claimed = MemoryRows.Instance.QueuedAdd(reader);
            }
        }

        transaction.Commit();
        return claimed;
    }

    public async Task<int> RequeueRunningAsync(CancellationToken cancellationToken = default) =>
        await QueueUpdateAsync(
            "UPDATE ingest_queue SET status = 'pending', updated_at = @now WHERE status = 'running'", null, null, cancellationToken).ConfigureAwait(false);

    public async Task FailAsync(Guid id, string error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(error);
        await QueueUpdateAsync(
            "UPDATE ingest_queue SET status = 'failed', error = @error, updated_at = @now WHERE id = @id AND status = 'running'",
            id, error, cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> RetryAsync(Guid id, CancellationToken cancellationToken = default) =>
        await QueueUpdateAsync(
            "UPDATE ingest_queue SET status = 'pending', updated_at = @now WHERE id = @id AND status = 'failed'",
            id, null, cancellationToken).ConfigureAwait(false) == 1;

    public async Task<IngestionEvent?> GetEventAsync(Guid id, CancellationToken cancellationToken = default)
    {
        EnsureInitialized();
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = Command(connection, null, $"SELECT {EventColumns} FROM ingest_queue q WHERE q.id = @id");
        command.Parameters.AddWithValue("@id", SqliteCodec.ToText(id));
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? MemoryRows.Instance.QueuedAdd(reader) : null;
    }

    public async Task<IReadOnlyList<IngestionEvent>> ListEventsAsync(
        MemoryScope? scope, IngestionStatus? status = null, int limit = 100, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        EnsureInitialized();
        var p = new SqlParameters();
        var where = SqliteDialect.Scopes.Where(scope, p, "q");
        if (status is not null)
        {
            where += $" AND q.status = {p.Add(StoredNames.IngestionStatuses.ToText(status.Value))}";
        }

        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = Command(connection, null, $"SELECT {EventColumns} FROM ingest_queue q WHERE {where} ORDER BY q.created_at DESC, q.rowid DESC LIMIT {p.Add(limit)}");
        p.CopyTo(command);
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var events = new List<IngestionEvent>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            events.Add(MemoryRows.Instance.QueuedAdd(reader));
        }

        return events;
    }

    /// <summary>Marks the completed add Succeeded inside the add's transaction; throws (rolling everything back) unless it is Running.</summary>
    private void Complete(SqliteConnection connection, SqliteTransaction transaction, IngestionCompletion completion)
    {
        ArgumentNullException.ThrowIfNull(completion.Result);
        using var command = Command(connection, transaction, """
            UPDATE ingest_queue SET status = 'succeeded', result = @result, error = NULL, updated_at = @now
            WHERE id = @id AND status = 'running'
            """);
        command.Parameters.AddWithValue("@id", SqliteCodec.ToText(completion.EventId));
        command.Parameters.AddWithValue("@result", completion.Result);
        command.Parameters.AddWithValue("@now", SqliteCodec.ToMs(_time.GetUtcNow()));
        if (command.ExecuteNonQuery() != 1)
        {
            throw new MnemoException(
                $"Queued add '{completion.EventId}' is already completed or not running (requeued, retried or forgotten); its writes were not applied.");
        }
    }

    private async Task<int> QueueUpdateAsync(string sql, Guid? id, string? error, CancellationToken cancellationToken)
    {
        EnsureInitialized();
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var transaction = connection.BeginTransaction(deferred: false);
        using var command = Command(connection, transaction, sql);
        command.Parameters.AddWithValue("@now", SqliteCodec.ToMs(_time.GetUtcNow()));
        if (id is not null)
        {
            command.Parameters.AddWithValue("@id", SqliteCodec.ToText(id.Value));
        }

        if (error is not null)
        {
            command.Parameters.AddWithValue("@error", error);
        }

        var changed = await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        transaction.Commit();
        return changed;
    }
}
