using Npgsql;

namespace Mnemo;

/// <summary>
/// The ordered schema steps, recorded in <c>schema_migrations</c>. Each step runs in its own transaction under a
/// transaction-level advisory lock, and re-reads the applied versions inside it, so replicas starting together apply
/// each step once and a crash mid-migration leaves the previous version intact. Re-running is always safe.
/// </summary>
internal static class PostgresMigrations
{
    /// <summary>The steps, in order; step <c>i</c> moves the schema from version <c>i</c> to <c>i + 1</c>.</summary>
    public static IReadOnlyList<string> Steps { get; } =
    [
        // 1: everything the SQLite store has after its fifth step, plus the change feed (change_seq, tombstones, the
        // position row). Times are timestamptz at millisecond precision; ids are uuid; JSON is jsonb.
        """
        CREATE TABLE mnemo_meta (
            key text PRIMARY KEY,
            value text NOT NULL
        );

        -- The change feed's position: one row, updated by every writing transaction (which serialises the assignment of
        -- positions, so they follow commit order). floor: positions below it can no longer be served (reset).
        CREATE TABLE mnemo_feed (
            id int PRIMARY KEY CHECK (id = 1),
            position bigint NOT NULL,
            floor bigint NOT NULL
        );
        INSERT INTO mnemo_feed(id, position, floor) VALUES (1, 0, 0);

        CREATE TABLE memories (
            seq bigserial PRIMARY KEY,
            id uuid NOT NULL UNIQUE,
            change_seq bigint NOT NULL,
            text text NOT NULL,
            hash text NOT NULL,
            project_id text NOT NULL DEFAULT '',
            user_id text,
            agent_id text,
            run_id text,
            app_id text,
            actor_id text,
            role text,
            metadata jsonb NOT NULL DEFAULT '{}',
            categories jsonb NOT NULL DEFAULT '[]',
            created_at timestamptz NOT NULL,
            updated_at timestamptz NOT NULL,
            observed_at timestamptz NOT NULL,
            valid_from timestamptz NOT NULL,
            valid_to timestamptz,
            superseded_by uuid,
            expires_at timestamptz,
            immutable boolean NOT NULL DEFAULT false
        );
        CREATE UNIQUE INDEX ix_memories_change ON memories(change_seq);
        CREATE INDEX ix_memories_user ON memories(project_id, user_id, created_at);
        CREATE INDEX ix_memories_agent ON memories(project_id, agent_id, created_at);
        CREATE INDEX ix_memories_run ON memories(project_id, run_id, created_at);
        CREATE INDEX ix_memories_app ON memories(project_id, app_id, created_at);
        CREATE INDEX ix_memories_created ON memories(created_at, id);
        CREATE INDEX ix_memories_updated ON memories(updated_at, id);
        CREATE INDEX ix_memories_observed ON memories(observed_at, id);
        CREATE INDEX ix_memories_hash ON memories(hash);

        -- Vectors beside the rows, as float32 little-endian bytea (1.5 KB at 384 dimensions: stored inline, below the
        -- TOAST threshold), so scans of memories never read them.
        CREATE TABLE memory_vectors (
            memory_id uuid PRIMARY KEY REFERENCES memories(id) ON DELETE CASCADE,
            embedding bytea NOT NULL
        );
        CREATE TABLE memory_context_vectors (
            memory_id uuid PRIMARY KEY REFERENCES memories(id) ON DELETE CASCADE,
            embedding bytea NOT NULL
        );

        -- Deleted ids and the position of their deletion: ids only, never text.
        CREATE TABLE memory_tombstones (
            id uuid PRIMARY KEY,
            change_seq bigint NOT NULL
        );
        CREATE INDEX ix_tombstones_change ON memory_tombstones(change_seq);

        CREATE TABLE memory_history (
            seq bigserial PRIMARY KEY,
            id uuid NOT NULL UNIQUE,
            memory_id uuid NOT NULL,
            project_id text NOT NULL DEFAULT '',
            user_id text,
            agent_id text,
            run_id text,
            app_id text,
            event text NOT NULL,
            old_text text,
            new_text text,
            actor_id text,
            related_memory_id uuid,
            created_at timestamptz NOT NULL
        );
        CREATE INDEX ix_history_memory ON memory_history(memory_id, created_at);
        CREATE INDEX ix_history_user ON memory_history(project_id, user_id);
        CREATE INDEX ix_history_agent ON memory_history(project_id, agent_id);
        CREATE INDEX ix_history_run ON memory_history(project_id, run_id);
        CREATE INDEX ix_history_app ON memory_history(project_id, app_id);

        -- claimed_by: the store instance that claimed a running add; its liveness is an advisory lock held by that
        -- instance's session, so other replicas reclaim the add once the instance is gone.
        CREATE TABLE ingest_queue (
            seq bigserial,
            id uuid PRIMARY KEY,
            project_id text NOT NULL DEFAULT '',
            user_id text,
            agent_id text,
            run_id text,
            app_id text,
            payload text NOT NULL,
            status text NOT NULL DEFAULT 'pending',
            attempts int NOT NULL DEFAULT 0,
            error text,
            result text,
            claimed_by uuid,
            created_at timestamptz NOT NULL,
            updated_at timestamptz NOT NULL
        );
        CREATE INDEX ix_ingest_queue_status ON ingest_queue(status, created_at, seq);
        CREATE INDEX ix_ingest_queue_user ON ingest_queue(project_id, user_id);

        CREATE TABLE api_keys (
            id text PRIMARY KEY,
            project_id text NOT NULL,
            name text,
            prefix text NOT NULL,
            key_hash text NOT NULL UNIQUE,
            created_at timestamptz NOT NULL,
            revoked_at timestamptz
        );
        CREATE INDEX ix_api_keys_project ON api_keys(project_id);

        CREATE TABLE working_memory (
            project_id text NOT NULL DEFAULT '',
            run_id text NOT NULL,
            user_id text,
            agent_id text,
            app_id text,
            working_values jsonb NOT NULL DEFAULT '{}',
            messages jsonb NOT NULL DEFAULT '[]',
            updated_at timestamptz NOT NULL,
            expires_at timestamptz NOT NULL,
            PRIMARY KEY (project_id, run_id)
        );
        CREATE INDEX ix_working_memory_expires ON working_memory(expires_at);
        """,

        // 2 (issue 13, 4.8): what an update changed besides the text (the SQLite store's eighth step). NULL when that
        // field did not change.
        """
        ALTER TABLE memory_history
            ADD COLUMN old_metadata jsonb,
            ADD COLUMN new_metadata jsonb,
            ADD COLUMN old_categories jsonb,
            ADD COLUMN new_categories jsonb,
            ADD COLUMN old_expires_at timestamptz,
            ADD COLUMN new_expires_at timestamptz;
        """,
    ];

    /// <summary>Applies every step newer than the database's version; returns the version reached.</summary>
    public static async Task<int> ApplyAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        for (var i = 0; i < Steps.Count; i++)
        {
            using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

            // One lock per schema: two replicas starting together wait here, and the second finds the step applied.
            using (var setup = new NpgsqlCommand(
                """
                SELECT pg_advisory_xact_lock(hashtextextended('mnemo.migrate.' || current_schema(), 0));
                CREATE TABLE IF NOT EXISTS schema_migrations (version int PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now());
                """, connection, transaction))
            {
                await setup.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            using (var check = new NpgsqlCommand("SELECT count(*) FROM schema_migrations WHERE version = @v", connection, transaction))
            {
                check.Parameters.AddWithValue("v", i + 1);
                if ((long)(await check.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))! > 0)
                {
                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                    continue;
                }
            }

            using (var step = new NpgsqlCommand(Steps[i], connection, transaction))
            {
                await step.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            using (var record = new NpgsqlCommand("INSERT INTO schema_migrations(version) VALUES (@v)", connection, transaction))
            {
                record.Parameters.AddWithValue("v", i + 1);
                await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        using var version = new NpgsqlCommand("SELECT coalesce(max(version), 0) FROM schema_migrations", connection);
        return (int)(await version.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }
}
