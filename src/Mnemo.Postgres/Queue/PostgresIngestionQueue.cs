using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace Mnemo;

/// <summary>
/// The durable ingestion queue (table <c>ingest_queue</c>) shared by every replica. A claim is one
/// <c>UPDATE … WHERE id = (oldest pending … FOR UPDATE SKIP LOCKED)</c>, so concurrent workers never take the same add
/// and never wait on each other; the change to Succeeded commits with the add's writes (<see cref="ChangeSetWriter"/>),
/// only while the add is Running, so an add is applied at most once whoever processes it.
/// </summary>
/// <remarks>
/// Abandoned claims: each instance that claims holds, for its lifetime, a session-level advisory lock on its own id
/// on a dedicated connection, and stamps its claims with that id (<c>claimed_by</c>). When a process dies (SIGKILL,
/// crash, lost host) PostgreSQL ends its session and the lock is free; the next claim of any replica that finds no
/// pending add looks for Running adds whose claimer's lock it can take, and puts them back to Pending. No clock and no
/// lease length is involved, so a slow add (an LLM taking minutes) is never taken away from a live worker.
/// </remarks>
internal sealed class PostgresIngestionQueue(PostgresDatabase database, TimeProvider time, ILogger logger) : IAsyncDisposable
{
    private const string Columns = "q.id, q.project_id, q.user_id, q.agent_id, q.run_id, q.app_id, q.payload, q.status, q.attempts, q.error, q.result, q.created_at, q.updated_at";
    private const string LockKey = "hashtextextended('mnemo.worker.' || {0}::text, 0)";

    private readonly Guid _instance = Guid.NewGuid();
    private readonly SemaphoreSlim _livenessGate = new(1, 1);
    private NpgsqlConnection? _liveness;

    public async Task<IngestionEvent> EnqueueAsync(MemoryScope scope, string payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(payload);
        scope.Validate();
        var now = time.GetUtcNow();
        var queued = new IngestionEvent
        {
            Id = Guid.CreateVersion7(now),
            Scope = scope,
            Status = IngestionStatus.Pending,
            Payload = payload,
            CreatedAt = PgCodec.FromDb(PgCodec.ToDb(now)),
            UpdatedAt = PgCodec.FromDb(PgCodec.ToDb(now)),
        };

        using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var insert = new NpgsqlCommand("""
            INSERT INTO ingest_queue(id, project_id, user_id, agent_id, run_id, app_id, payload, status, attempts, created_at, updated_at)
            VALUES (@id, @project, @user, @agent, @run, @app, @payload, 'pending', 0, @now, @now)
            """, connection);
        insert.Parameters.Add(new NpgsqlParameter("id", NpgsqlDbType.Uuid) { Value = queued.Id });
        AddScope(insert, scope);
        insert.Parameters.Add(new NpgsqlParameter("payload", NpgsqlDbType.Text) { Value = payload });
        insert.Parameters.Add(new NpgsqlParameter("now", NpgsqlDbType.TimestampTz) { Value = PgCodec.ToDb(now) });

        // Committed (autocommit) before the caller sees the id: a crash after this line loses nothing.
        await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return queued;
    }

    public async Task<IngestionEvent?> ClaimNextAsync(CancellationToken cancellationToken)
    {
        await EnsureLivenessAsync(cancellationToken).ConfigureAwait(false);
        if (await ClaimPendingAsync(cancellationToken).ConfigureAwait(false) is { } claimed)
        {
            return claimed;
        }

        return await ReclaimAbandonedAsync(cancellationToken).ConfigureAwait(false) > 0
            ? await ClaimPendingAsync(cancellationToken).ConfigureAwait(false)
            : null;
    }

    /// <summary>
    /// The start-up requeue: only the Running adds whose claiming instance has ended (as every claim does when it finds
    /// no pending add), never a live replica's, so a replica starting beside others does not make an add run twice.
    /// </summary>
    public Task<int> RequeueRunningAsync(CancellationToken cancellationToken) => ReclaimAbandonedAsync(cancellationToken);

    public Task FailAsync(Guid id, string error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(error);
        return UpdateAsync(
            "UPDATE ingest_queue SET status = 'failed', error = @error, claimed_by = NULL, updated_at = @now WHERE id = @id AND status = 'running'",
            id, error, cancellationToken);
    }

    public async Task<bool> RetryAsync(Guid id, CancellationToken cancellationToken) =>
        await UpdateAsync("UPDATE ingest_queue SET status = 'pending', updated_at = @now WHERE id = @id AND status = 'failed'", id, null, cancellationToken)
            .ConfigureAwait(false) == 1;

    public async Task<IngestionEvent?> GetEventAsync(Guid id, CancellationToken cancellationToken)
    {
        using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = new NpgsqlCommand($"SELECT {Columns} FROM ingest_queue q WHERE q.id = @id", connection);
        command.Parameters.Add(new NpgsqlParameter("id", NpgsqlDbType.Uuid) { Value = id });
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? PgMemoryRows.Instance.QueuedAdd(reader) : null;
    }

    public async Task<IReadOnlyList<IngestionEvent>> ListEventsAsync(MemoryScope? scope, IngestionStatus? status, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var p = new PgParameters();
        var where = PgDialect.Scopes.Where(scope, p, "q");
        if (status is not null)
        {
            where += $" AND q.status = {p.Add(StoredNames.IngestionStatuses.ToText(status.Value), NpgsqlDbType.Text)}";
        }

        using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = new NpgsqlCommand(
            $"SELECT {Columns} FROM ingest_queue q WHERE {where} ORDER BY q.created_at DESC, q.seq DESC LIMIT {p.Add(limit, NpgsqlDbType.Integer)}", connection);
        p.CopyTo(command);
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var events = new List<IngestionEvent>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            events.Add(PgMemoryRows.Instance.QueuedAdd(reader));
        }

        return events;
    }

    public async ValueTask DisposeAsync()
    {
        // Closing the session releases the liveness lock: this instance's running claims become reclaimable.
        if (_liveness is not null)
        {
            await _liveness.DisposeAsync().ConfigureAwait(false);
        }

        _livenessGate.Dispose();
    }

    private async Task<IngestionEvent?> ClaimPendingAsync(CancellationToken cancellationToken)
    {
        using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var claim = new NpgsqlCommand($"""
            UPDATE ingest_queue q SET status = 'running', attempts = attempts + 1, error = NULL, claimed_by = @me, updated_at = @now
            WHERE q.id = (SELECT id FROM ingest_queue WHERE status = 'pending' ORDER BY created_at, seq LIMIT 1 FOR UPDATE SKIP LOCKED)
            RETURNING {Columns}
            """, connection);
        claim.Parameters.Add(new NpgsqlParameter("me", NpgsqlDbType.Uuid) { Value = _instance });
        claim.Parameters.Add(new NpgsqlParameter("now", NpgsqlDbType.TimestampTz) { Value = PgCodec.ToDb(time.GetUtcNow()) });
        using var reader = await claim.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? PgMemoryRows.Instance.QueuedAdd(reader) : null;
    }

    /// <summary>Puts back to Pending the Running adds whose claiming instance no longer holds its liveness lock.</summary>
    private async Task<int> ReclaimAbandonedAsync(CancellationToken cancellationToken)
    {
        using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var dead = new List<Guid>();
        var unclaimed = false;
        using (var probe = new NpgsqlCommand($"""
            SELECT c.claimed_by, c.claimed_by IS NULL OR pg_try_advisory_lock({string.Format(System.Globalization.CultureInfo.InvariantCulture, LockKey, "c.claimed_by")})
            FROM (SELECT DISTINCT claimed_by FROM ingest_queue WHERE status = 'running' AND claimed_by IS DISTINCT FROM @me) c
            """, connection))
        {
            probe.Parameters.Add(new NpgsqlParameter("me", NpgsqlDbType.Uuid) { Value = _instance });
            using var reader = await probe.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                if (!reader.GetBoolean(1))
                {
                    continue;
                }

                if (reader.IsDBNull(0))
                {
                    unclaimed = true;
                }
                else
                {
                    dead.Add(reader.GetGuid(0));
                }
            }
        }

        if (dead.Count == 0 && !unclaimed)
        {
            return 0;
        }

        // Release the probe's locks at once (this is a pooled session), then requeue in the same round trip.
        using var requeue = new NpgsqlCommand($"""
            SELECT pg_advisory_unlock({string.Format(System.Globalization.CultureInfo.InvariantCulture, LockKey, "d")}) FROM unnest(@dead) AS d;
            UPDATE ingest_queue SET status = 'pending', claimed_by = NULL, updated_at = @now
            WHERE status = 'running' AND (claimed_by = ANY(@dead) OR (claimed_by IS NULL AND @unclaimed));
            """, connection);
        requeue.Parameters.Add(new NpgsqlParameter("dead", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = dead.ToArray() });
        requeue.Parameters.Add(new NpgsqlParameter("unclaimed", NpgsqlDbType.Boolean) { Value = unclaimed });
        requeue.Parameters.Add(new NpgsqlParameter("now", NpgsqlDbType.TimestampTz) { Value = PgCodec.ToDb(time.GetUtcNow()) });
        var requeued = await requeue.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        if (requeued > 0)
        {
            PostgresLog.Reclaimed(logger, requeued);
        }

        return requeued;
    }

    /// <summary>Opens (or reopens, after a lost connection) the session whose advisory lock says this instance is alive.</summary>
    private async Task EnsureLivenessAsync(CancellationToken cancellationToken)
    {
        if (_liveness is { State: System.Data.ConnectionState.Open })
        {
            return;
        }

        await _livenessGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_liveness is { State: System.Data.ConnectionState.Open })
            {
                return;
            }

            if (_liveness is not null)
            {
                await _liveness.DisposeAsync().ConfigureAwait(false);
            }

            // Not from the pool: a pooled session would keep the lock after this instance is gone, and the pool's reset
            // would drop it while the instance lives.
            var settings = new NpgsqlConnectionStringBuilder(database.Options.ConnectionString) { Pooling = false, KeepAlive = 10 };
            var connection = new NpgsqlConnection(settings.ConnectionString);
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            using (var command = new NpgsqlCommand($"SELECT pg_advisory_lock({string.Format(System.Globalization.CultureInfo.InvariantCulture, LockKey, "@me")})", connection))
            {
                command.Parameters.Add(new NpgsqlParameter("me", NpgsqlDbType.Uuid) { Value = _instance });
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            _liveness = connection;
        }
        finally
        {
            _livenessGate.Release();
        }
    }

    private async Task<int> UpdateAsync(string sql, Guid? id, string? error, CancellationToken cancellationToken)
    {
        using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.Add(new NpgsqlParameter("now", NpgsqlDbType.TimestampTz) { Value = PgCodec.ToDb(time.GetUtcNow()) });
        if (id is not null)
        {
            command.Parameters.Add(new NpgsqlParameter("id", NpgsqlDbType.Uuid) { Value = id.Value });
        }

        if (error is not null)
        {
            command.Parameters.Add(new NpgsqlParameter("error", NpgsqlDbType.Text) { Value = error });
        }

        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    internal static void AddScope(NpgsqlCommand command, MemoryScope scope)
    {
        command.Parameters.Add(new NpgsqlParameter("project", NpgsqlDbType.Text) { Value = RelationalCodec.Project(scope) });
        command.Parameters.Add(new NpgsqlParameter("user", NpgsqlDbType.Text) { Value = (object?)scope.UserId ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("agent", NpgsqlDbType.Text) { Value = (object?)scope.AgentId ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("run", NpgsqlDbType.Text) { Value = (object?)scope.RunId ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("app", NpgsqlDbType.Text) { Value = (object?)scope.AppId ?? DBNull.Value });
    }
}
