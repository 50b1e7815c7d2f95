using Npgsql;
using NpgsqlTypes;

namespace Mnemo;

/// <summary>
/// Writes one <see cref="MemoryChangeSet"/> in one transaction and two round trips (a batch, then the commit), whatever
/// its size: every table gets one set-based statement over arrays (<c>unnest</c>).
/// </summary>
/// <remarks>
/// The first statement advances the change feed's position row by the number of changes, which takes its row lock
/// until the commit: writers serialise there for the length of one batch, so positions are handed out in commit order
/// across processes, and writers never wait on each other's row locks in a cycle. Each upserted row gets its own
/// position (<c>change_seq</c>), each deleted id a tombstone with one. <c>NOTIFY mnemo_changes</c> is sent in the same
/// transaction, so it is delivered exactly when the change becomes visible.
/// </remarks>
internal sealed class ChangeSetWriter(PostgresDatabase database)
{
    /// <summary>The current feed position inside a writing statement (after the counter update of the same transaction).</summary>
    internal const string Position = "(SELECT position FROM mnemo_feed WHERE id = 1)";

    private const string UpsertSql = $"""
        INSERT INTO memories(id, change_seq, text, hash, project_id, user_id, agent_id, run_id, app_id, actor_id, role, metadata,
            categories, created_at, updated_at, observed_at, valid_from, valid_to, superseded_by, expires_at, immutable)
        SELECT x.id, {Position} - @n + @d + x.ord, x.text, x.hash, x.project_id, x.user_id, x.agent_id, x.run_id, x.app_id,
            x.actor_id, x.role, x.metadata::jsonb, x.categories::jsonb, x.created_at, x.updated_at, x.observed_at, x.valid_from,
            x.valid_to, x.superseded_by, x.expires_at, x.immutable
        FROM unnest(@ids, @texts, @hashes, @projects, @users, @agents, @runs, @apps, @actors, @roles, @metadata, @categories,
            @created, @updated, @observed, @valid_from, @valid_to, @superseded_by, @expires, @immutable)
            WITH ORDINALITY AS x(id, text, hash, project_id, user_id, agent_id, run_id, app_id, actor_id, role, metadata, categories,
                created_at, updated_at, observed_at, valid_from, valid_to, superseded_by, expires_at, immutable, ord)
        ORDER BY x.ord
        ON CONFLICT (id) DO UPDATE SET change_seq = EXCLUDED.change_seq, text = EXCLUDED.text, hash = EXCLUDED.hash,
            project_id = EXCLUDED.project_id, user_id = EXCLUDED.user_id, agent_id = EXCLUDED.agent_id, run_id = EXCLUDED.run_id,
            app_id = EXCLUDED.app_id, actor_id = EXCLUDED.actor_id, role = EXCLUDED.role, metadata = EXCLUDED.metadata,
            categories = EXCLUDED.categories, created_at = EXCLUDED.created_at, updated_at = EXCLUDED.updated_at,
            observed_at = EXCLUDED.observed_at, valid_from = EXCLUDED.valid_from, valid_to = EXCLUDED.valid_to,
            superseded_by = EXCLUDED.superseded_by, expires_at = EXCLUDED.expires_at, immutable = EXCLUDED.immutable
        RETURNING id AS written_id, seq
        """;

    private const string HistorySql = """
        INSERT INTO memory_history(id, memory_id, project_id, user_id, agent_id, run_id, app_id, event, old_text, new_text,
            actor_id, related_memory_id, created_at, old_metadata, new_metadata, old_categories, new_categories,
            old_expires_at, new_expires_at)
        SELECT * FROM unnest(@ids, @memory_ids, @projects, @users, @agents, @runs, @apps, @events, @olds, @news, @actors, @related, @created,
            @old_metadata, @new_metadata, @old_categories, @new_categories, @old_expires, @new_expires)
        """;

    public async Task<MemoryChangeReceipt> ApplyAsync(MemoryChangeSet changes, int dimensions, TimeProvider time, CancellationToken cancellationToken)
    {
        // Last write wins within one change set, as it would applied row by row; one statement cannot touch a row twice.
        var upserts = changes.Upserts
            .Select((s, i) => (Stored: Validate(s, dimensions), Index: i))
            .GroupBy(u => u.Stored.Item.Id)
            .Select(g => g.Last())
            .OrderBy(u => u.Index)
            .Select(u => u.Stored)
            .ToList();
        var deletes = changes.Deletes.Distinct().ToArray();
        var positions = upserts.Count + deletes.Length;

        using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        using var batch = new NpgsqlBatch(connection, transaction);
        NpgsqlBatchCommand? completion = null;
        // The position after the write; a write that changes no memory (history, a completion) does not move it.
        Add(
            batch,
            positions > 0 ? "UPDATE mnemo_feed SET position = position + @n WHERE id = 1 RETURNING position" : "SELECT position FROM mnemo_feed WHERE id = 1",
            ("n", (long)positions, NpgsqlDbType.Bigint));

        if (deletes.Length > 0)
        {
            Add(batch, $"""
                WITH d AS (DELETE FROM memories WHERE id = ANY(@del) RETURNING id)
                INSERT INTO memory_tombstones(id, change_seq)
                SELECT d.id, {Position} - @n + x.ord FROM d JOIN unnest(@del) WITH ORDINALITY AS x(id, ord) ON x.id = d.id
                ON CONFLICT (id) DO UPDATE SET change_seq = EXCLUDED.change_seq
                """,
                ("del", deletes, NpgsqlDbType.Array | NpgsqlDbType.Uuid), ("n", (long)positions, NpgsqlDbType.Bigint));
        }

        if (upserts.Count > 0)
        {
            AddUpserts(batch, upserts, positions, deletes.Length);
        }

        if (changes.History.Count > 0)
        {
            AddHistory(batch, changes.History);
        }

        if (changes.Completion is { } done)
        {
            ArgumentNullException.ThrowIfNull(done.Result);
            completion = Add(batch, """
                UPDATE ingest_queue SET status = 'succeeded', result = @result, error = NULL, updated_at = @now
                WHERE id = @id AND status = 'running'
                """,
                ("id", done.EventId, NpgsqlDbType.Uuid), ("result", done.Result, NpgsqlDbType.Text), ("now", PgCodec.ToDb(time.GetUtcNow()), NpgsqlDbType.TimestampTz));
        }

        if (positions > 0)
        {
            Add(batch, "SELECT pg_notify('mnemo_changes', position::text) AS notified FROM mnemo_feed WHERE id = 1");
        }

        var missing = new List<Guid>();
        var sequences = new Dictionary<Guid, long>(upserts.Count);
        long position = 0;
        using (var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            do
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    switch (reader.GetName(0))
                    {
                        case "position":
                            position = reader.GetInt64(0);
                            break;
                        case "written_id":
                            sequences[reader.GetGuid(0)] = reader.GetInt64(1);
                            break;
                        case "missing_id":
                            missing.Add(reader.GetGuid(0));
                            break;
                    }
                }
            }
            while (await reader.NextResultAsync(cancellationToken).ConfigureAwait(false));
        }

        if (missing.Count > 0)
        {
            throw new MemoryValidationException("embedding", $"Memory '{missing[0]}' is new and has no embedding.");
        }

        if (completion is not null && completion.RecordsAffected != 1)
        {
            throw new MnemoException(
                $"Queued add '{changes.Completion!.EventId}' is already completed or not running (requeued, retried or forgotten); its writes were not applied.");
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new MemoryChangeReceipt(position - positions, position, sequences);
    }

    private static StoredMemory Validate(StoredMemory stored, int dimensions)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var item = stored.Item;
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(item.Scope);
        ArgumentNullException.ThrowIfNull(item.Text);
        ArgumentNullException.ThrowIfNull(item.Hash);
        if (!stored.Embedding.IsEmpty && stored.Embedding.Length != dimensions)
        {
            throw new MemoryValidationException(
                "embedding", $"Memory '{item.Id}' has an embedding of {stored.Embedding.Length} dimensions; the store's model has {dimensions}.");
        }

        if (!stored.ContextEmbedding.IsEmpty && stored.ContextEmbedding.Length != dimensions)
        {
            throw new MemoryValidationException(
                "embedding", $"Memory '{item.Id}' has a contextual embedding of {stored.ContextEmbedding.Length} dimensions; the store's model has {dimensions}.");
        }

        return stored;
    }

    private static void AddUpserts(NpgsqlBatch batch, List<StoredMemory> upserts, int positions, int deletes)
    {
        var items = upserts.Select(u => u.Item).ToList();
        var ids = items.Select(i => i.Id).ToArray();

        // A contextual vector was read with its text: an upsert that brings none keeps it only while the text is the same.
        var keepContext = upserts.Where(u => u.ContextEmbedding.IsEmpty).ToList();
        if (keepContext.Count > 0)
        {
            Add(batch, """
                DELETE FROM memory_context_vectors c USING memories m, unnest(@ids, @hashes) AS x(id, hash)
                WHERE c.memory_id = m.id AND m.id = x.id AND m.hash <> x.hash
                """,
                ("ids", keepContext.Select(u => u.Item.Id).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Uuid),
                ("hashes", keepContext.Select(u => u.Item.Hash).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text));
        }

        Add(
            batch, UpsertSql,
            ("n", (long)positions, NpgsqlDbType.Bigint),
            ("d", (long)deletes, NpgsqlDbType.Bigint),
            ("ids", ids, NpgsqlDbType.Array | NpgsqlDbType.Uuid),
            ("texts", items.Select(i => i.Text).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text),
            ("hashes", items.Select(i => i.Hash).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text),
            ("projects", items.Select(i => RelationalCodec.Project(i.Scope)).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text),
            ("users", items.Select(i => i.Scope.UserId).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text),
            ("agents", items.Select(i => i.Scope.AgentId).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text),
            ("runs", items.Select(i => i.Scope.RunId).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text),
            ("apps", items.Select(i => i.Scope.AppId).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text),
            ("actors", items.Select(i => i.ActorId).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text),
            ("roles", items.Select(i => i.Role).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text),
            ("metadata", items.Select(i => RelationalCodec.MetadataToJson(i.Metadata ?? MemoryMetadata.Empty)).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text),
            ("categories", items.Select(i => RelationalCodec.CategoriesToJson(i.Categories ?? [])).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text),
            ("created", items.Select(i => PgCodec.ToDb(i.CreatedAt)).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.TimestampTz),
            ("updated", items.Select(i => PgCodec.ToDb(i.UpdatedAt)).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.TimestampTz),
            ("observed", items.Select(i => PgCodec.ToDb(i.ObservedAt)).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.TimestampTz),
            ("valid_from", items.Select(i => PgCodec.ToDb(i.ValidFrom)).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.TimestampTz),
            ("valid_to", items.Select(i => PgCodec.ToDb(i.ValidTo)).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.TimestampTz),
            ("superseded_by", items.Select(i => i.SupersededBy).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Uuid),
            ("expires", items.Select(i => PgCodec.ToDb(i.ExpiresAt)).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.TimestampTz),
            ("immutable", items.Select(i => i.Immutable).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Boolean));

        Add(batch, "DELETE FROM memory_tombstones WHERE id = ANY(@ids)", ("ids", ids, NpgsqlDbType.Array | NpgsqlDbType.Uuid));

        var withVector = upserts.Where(u => !u.Embedding.IsEmpty).ToList();
        if (withVector.Count > 0)
        {
            Add(batch, """
                INSERT INTO memory_vectors(memory_id, embedding) SELECT * FROM unnest(@ids, @vectors)
                ON CONFLICT (memory_id) DO UPDATE SET embedding = EXCLUDED.embedding
                """,
                ("ids", withVector.Select(u => u.Item.Id).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Uuid),
                ("vectors", withVector.Select(u => RelationalCodec.VectorToBytes(u.Embedding.Span)).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Bytea));
        }

        var withContext = upserts.Where(u => !u.ContextEmbedding.IsEmpty).ToList();
        if (withContext.Count > 0)
        {
            Add(batch, """
                INSERT INTO memory_context_vectors(memory_id, embedding) SELECT * FROM unnest(@ids, @vectors)
                ON CONFLICT (memory_id) DO UPDATE SET embedding = EXCLUDED.embedding
                """,
                ("ids", withContext.Select(u => u.Item.Id).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Uuid),
                ("vectors", withContext.Select(u => RelationalCodec.VectorToBytes(u.ContextEmbedding.Span)).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Bytea));
        }

        // Last: an upsert without an embedding must replace a memory that has one (its id may have been deleted since).
        Add(batch, "SELECT x.id AS missing_id FROM unnest(@ids) AS x(id) WHERE NOT EXISTS (SELECT 1 FROM memory_vectors v WHERE v.memory_id = x.id)",
            ("ids", upserts.Where(u => u.Embedding.IsEmpty).Select(u => u.Item.Id).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Uuid));
    }

    private static void AddHistory(NpgsqlBatch batch, IReadOnlyList<MemoryHistoryEntry> history)
    {
        foreach (var entry in history)
        {
            ArgumentNullException.ThrowIfNull(entry);
        }

        Add(
            batch, HistorySql,
            ("ids", history.Select(h => h.Id).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Uuid),
            ("memory_ids", history.Select(h => h.MemoryId).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Uuid),
            ("projects", history.Select(h => RelationalCodec.Project(h.Scope)).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text),
            ("users", history.Select(h => h.Scope.UserId).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text),
            ("agents", history.Select(h => h.Scope.AgentId).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text),
            ("runs", history.Select(h => h.Scope.RunId).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text),
            ("apps", history.Select(h => h.Scope.AppId).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text),
            ("events", history.Select(h => StoredNames.HistoryEvents.ToText(h.Event)).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text),
            ("olds", history.Select(h => h.OldText).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text),
            ("news", history.Select(h => h.NewText).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text),
            ("actors", history.Select(h => h.ActorId).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text),
            ("related", history.Select(h => h.RelatedMemoryId).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Uuid),
            ("created", history.Select(h => PgCodec.ToDb(h.CreatedAt)).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.TimestampTz),
            ("old_metadata", history.Select(h => h.OldMetadata is null ? null : RelationalCodec.MetadataToJson(h.OldMetadata)).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Jsonb),
            ("new_metadata", history.Select(h => h.NewMetadata is null ? null : RelationalCodec.MetadataToJson(h.NewMetadata)).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Jsonb),
            ("old_categories", history.Select(h => h.OldCategories is null ? null : RelationalCodec.CategoriesToJson(h.OldCategories)).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Jsonb),
            ("new_categories", history.Select(h => h.NewCategories is null ? null : RelationalCodec.CategoriesToJson(h.NewCategories)).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Jsonb),
            ("old_expires", history.Select(h => PgCodec.ToDb(h.OldExpiresAt)).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.TimestampTz),
            ("new_expires", history.Select(h => PgCodec.ToDb(h.NewExpiresAt)).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.TimestampTz));
    }

    /// <summary>Appends a statement with typed parameters to <paramref name="batch"/>.</summary>
    internal static NpgsqlBatchCommand Add(NpgsqlBatch batch, string sql, params (string Name, object? Value, NpgsqlDbType Type)[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var (name, value, type) in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter(name, type) { Value = value ?? DBNull.Value });
        }

        batch.BatchCommands.Add(command);
        return command;
    }
}
