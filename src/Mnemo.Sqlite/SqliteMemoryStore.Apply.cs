using Microsoft.Data.Sqlite;

namespace Mnemo;

/// <summary>Writes: one change set, one IMMEDIATE transaction, its rows stamped with their change-feed positions.</summary>
internal sealed partial class SqliteMemoryStore
{
    private const string UpsertSql = """
        INSERT INTO memories(id, text, hash, project_id, user_id, agent_id, run_id, app_id, actor_id, role, metadata,
            categories, created_at, updated_at, observed_at, valid_from, valid_to, superseded_by, expires_at, immutable, change_seq)
        VALUES (@id, @text, @hash, @project, @user, @agent, @run, @app, @actor, @role, @metadata, @categories, @created,
            @updated, @observed, @valid_from, @valid_to, @superseded_by, @expires, @immutable, @change)
        ON CONFLICT(id) DO UPDATE SET text = excluded.text, hash = excluded.hash, project_id = excluded.project_id,
            user_id = excluded.user_id, agent_id = excluded.agent_id, run_id = excluded.run_id, app_id = excluded.app_id,
            actor_id = excluded.actor_id, role = excluded.role, metadata = excluded.metadata, categories = excluded.categories,
            created_at = excluded.created_at, updated_at = excluded.updated_at, observed_at = excluded.observed_at,
            valid_from = excluded.valid_from, valid_to = excluded.valid_to, superseded_by = excluded.superseded_by,
            expires_at = excluded.expires_at, immutable = excluded.immutable, change_seq = excluded.change_seq
        RETURNING seq
        """;

    private const string HistorySql = """
        INSERT INTO memory_history(id, memory_id, project_id, user_id, agent_id, run_id, app_id, event, old_text, new_text,
            actor_id, related_memory_id, created_at, old_metadata, new_metadata, old_categories, new_categories,
            old_expires_at, new_expires_at)
        VALUES (@id, @memory_id, @project, @user, @agent, @run, @app, @event, @old, @new, @actor, @related, @created,
            @old_metadata, @new_metadata, @old_categories, @new_categories, @old_expires, @new_expires)
        """;

    public async Task<MemoryChangeReceipt> ApplyAsync(MemoryChangeSet changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var model = EnsureInitialized();
        if (changes.IsEmpty)
        {
            var position = await GetFeedPositionAsync(cancellationToken).ConfigureAwait(false);
            return new MemoryChangeReceipt(position, position, new Dictionary<Guid, long>());
        }

        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            using var transaction = connection.BeginTransaction(deferred: false);
            var feed = FeedCounter.Read(connection, transaction);
            DeleteMemories(connection, transaction, changes.Deletes, feed);
            var upserted = UpsertMemories(connection, transaction, changes.Upserts, model.Dimensions, feed);
            AppendHistory(connection, transaction, changes.History);
            if (changes.Completion is not null)
            {
                Complete(connection, transaction, changes.Completion);
            }

            feed.Write(connection, transaction);
            transaction.Commit();
            return new MemoryChangeReceipt(feed.Before, feed.Position, upserted);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private static void DeleteMemories(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<Guid> ids, FeedCounter feed)
    {
        if (ids.Count == 0)
        {
            return;
        }

        // memory_vectors rows go by ON DELETE CASCADE.
        using var delete = Command(connection, transaction, "DELETE FROM memories WHERE id = @id RETURNING seq");
        var id = delete.Parameters.Add("@id", SqliteType.Text);
        foreach (var memoryId in ids)
        {
            id.Value = SqliteCodec.ToText(memoryId);
            if (delete.ExecuteScalar() is long)
            {
                feed.Tombstone(connection, transaction, memoryId);
            }
        }
    }

    /// <summary>Inserts or replaces <paramref name="upserts"/>; returns each one's arrival sequence (seq) by id.</summary>
    private static Dictionary<Guid, long> UpsertMemories(
        SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<StoredMemory> upserts, int dimensions, FeedCounter feed)
    {
        var sequences = new Dictionary<Guid, long>(upserts.Count);
        if (upserts.Count == 0)
        {
            return sequences;
        }

        using var find = Command(connection, transaction, """
            SELECT m.seq, v.seq IS NOT NULL, m.hash, c.seq IS NOT NULL FROM memories m
            LEFT JOIN memory_vectors v ON v.seq = m.seq LEFT JOIN memory_context_vectors c ON c.seq = m.seq
            WHERE m.id = @id
            """);
        var findId = find.Parameters.Add("@id", SqliteType.Text);
        using var upsert = Command(connection, transaction, UpsertSql);
        using var upsertVector = Command(
            connection, transaction,
            "INSERT INTO memory_vectors(seq, embedding) VALUES (@seq, @embedding) ON CONFLICT(seq) DO UPDATE SET embedding = excluded.embedding");
        var vectorSeq = upsertVector.Parameters.Add("@seq", SqliteType.Integer);
        var vectorBlob = upsertVector.Parameters.Add("@embedding", SqliteType.Blob);

        foreach (var stored in upserts)
        {
            ArgumentNullException.ThrowIfNull(stored);
            var item = stored.Item;
            ArgumentNullException.ThrowIfNull(item);
            ArgumentNullException.ThrowIfNull(item.Scope);

            findId.Value = SqliteCodec.ToText(item.Id);
            var hasVector = false;
            var keepContext = false;
            var contextStored = false;
            using (var reader = find.ExecuteReader())
            {
                if (reader.Read())
                {
                    hasVector = reader.GetInt64(1) != 0;

                    // A contextual vector stays with its text: kept through other changes, dropped when the text changes.
                    contextStored = reader.GetInt64(3) != 0;
                    keepContext = contextStored && string.Equals(reader.GetString(2), item.Hash, StringComparison.Ordinal);
                }
            }

            if (!stored.ContextEmbedding.IsEmpty && stored.ContextEmbedding.Length != dimensions)
            {
                throw new MemoryValidationException(
                    "embedding", $"Memory '{item.Id}' has a contextual embedding of {stored.ContextEmbedding.Length} dimensions; the store's model has {dimensions}.");
            }

            if (stored.Embedding.IsEmpty)
            {
                if (!hasVector)
                {
                    throw new MemoryValidationException("embedding", $"Memory '{item.Id}' is new and has no embedding.");
                }
            }
            else if (stored.Embedding.Length != dimensions)
            {
                throw new MemoryValidationException(
                    "embedding", $"Memory '{item.Id}' has an embedding of {stored.Embedding.Length} dimensions; the store's model has {dimensions}.");
            }

            BindMemory(upsert, item);
            upsert.Parameters.AddWithValue("@change", feed.Next());
            var seq = (long)upsert.ExecuteScalar()!;
            sequences[item.Id] = seq;
            FeedCounter.Revive(connection, transaction, item.Id);
            if (!stored.Embedding.IsEmpty)
            {
                vectorSeq.Value = seq;
                vectorBlob.Value = RelationalCodec.VectorToBytes(stored.Embedding.Span);
                upsertVector.ExecuteNonQuery();
            }

            if (!stored.ContextEmbedding.IsEmpty)
            {
                Execute(
                    connection, transaction,
                    "INSERT INTO memory_context_vectors(seq, embedding) VALUES (@seq, @embedding) ON CONFLICT(seq) DO UPDATE SET embedding = excluded.embedding",
                    null, ("@seq", seq), ("@embedding", RelationalCodec.VectorToBytes(stored.ContextEmbedding.Span)));
            }
            else if (contextStored && !keepContext)
            {
                Execute(connection, transaction, "DELETE FROM memory_context_vectors WHERE seq = @seq", null, ("@seq", seq));
            }
        }

        return sequences;
    }

    private static void BindMemory(SqliteCommand command, MemoryItem item)
    {
        ArgumentNullException.ThrowIfNull(item.Text);
        ArgumentNullException.ThrowIfNull(item.Hash);
        var p = command.Parameters;
        p.Clear();
        p.AddWithValue("@id", SqliteCodec.ToText(item.Id));
        p.AddWithValue("@text", item.Text);
        p.AddWithValue("@hash", item.Hash);
        p.AddWithValue("@project", item.Scope.ProjectId ?? string.Empty);
        p.AddWithValue("@user", SqliteCodec.ToDb(item.Scope.UserId));
        p.AddWithValue("@agent", SqliteCodec.ToDb(item.Scope.AgentId));
        p.AddWithValue("@run", SqliteCodec.ToDb(item.Scope.RunId));
        p.AddWithValue("@app", SqliteCodec.ToDb(item.Scope.AppId));
        p.AddWithValue("@actor", SqliteCodec.ToDb(item.ActorId));
        p.AddWithValue("@role", SqliteCodec.ToDb(item.Role));
        p.AddWithValue("@metadata", RelationalCodec.MetadataToJson(item.Metadata ?? MemoryMetadata.Empty));
        p.AddWithValue("@categories", RelationalCodec.CategoriesToJson(item.Categories ?? []));
        p.AddWithValue("@created", SqliteCodec.ToMs(item.CreatedAt));
        p.AddWithValue("@updated", SqliteCodec.ToMs(item.UpdatedAt));
        p.AddWithValue("@observed", SqliteCodec.ToMs(item.ObservedAt));
        p.AddWithValue("@valid_from", SqliteCodec.ToMs(item.ValidFrom));
        p.AddWithValue("@valid_to", SqliteCodec.ToDb(SqliteCodec.ToMs(item.ValidTo)));
        p.AddWithValue("@superseded_by", SqliteCodec.ToDb(item.SupersededBy));
        p.AddWithValue("@expires", SqliteCodec.ToDb(SqliteCodec.ToMs(item.ExpiresAt)));
        p.AddWithValue("@immutable", item.Immutable ? 1 : 0);
    }

    private static void AppendHistory(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<MemoryHistoryEntry> history)
    {
        if (history.Count == 0)
        {
            return;
        }

        using var insert = Command(connection, transaction, HistorySql);
        foreach (var entry in history)
        {
            ArgumentNullException.ThrowIfNull(entry);
            var p = insert.Parameters;
            p.Clear();
            p.AddWithValue("@id", SqliteCodec.ToText(entry.Id));
            p.AddWithValue("@memory_id", SqliteCodec.ToText(entry.MemoryId));
            p.AddWithValue("@project", entry.Scope.ProjectId ?? string.Empty);
            p.AddWithValue("@user", SqliteCodec.ToDb(entry.Scope.UserId));
            p.AddWithValue("@agent", SqliteCodec.ToDb(entry.Scope.AgentId));
            p.AddWithValue("@run", SqliteCodec.ToDb(entry.Scope.RunId));
            p.AddWithValue("@app", SqliteCodec.ToDb(entry.Scope.AppId));
            p.AddWithValue("@event", StoredNames.HistoryEvents.ToText(entry.Event));
            p.AddWithValue("@old", SqliteCodec.ToDb(entry.OldText));
            p.AddWithValue("@new", SqliteCodec.ToDb(entry.NewText));
            p.AddWithValue("@actor", SqliteCodec.ToDb(entry.ActorId));
            p.AddWithValue("@related", SqliteCodec.ToDb(entry.RelatedMemoryId));
            p.AddWithValue("@created", SqliteCodec.ToMs(entry.CreatedAt));
            p.AddWithValue("@old_metadata", SqliteCodec.ToDb(entry.OldMetadata is null ? null : RelationalCodec.MetadataToJson(entry.OldMetadata)));
            p.AddWithValue("@new_metadata", SqliteCodec.ToDb(entry.NewMetadata is null ? null : RelationalCodec.MetadataToJson(entry.NewMetadata)));
            p.AddWithValue("@old_categories", SqliteCodec.ToDb(entry.OldCategories is null ? null : RelationalCodec.CategoriesToJson(entry.OldCategories)));
            p.AddWithValue("@new_categories", SqliteCodec.ToDb(entry.NewCategories is null ? null : RelationalCodec.CategoriesToJson(entry.NewCategories)));
            p.AddWithValue("@old_expires", SqliteCodec.ToDb(SqliteCodec.ToMs(entry.OldExpiresAt)));
            p.AddWithValue("@new_expires", SqliteCodec.ToDb(SqliteCodec.ToMs(entry.NewExpiresAt)));
            insert.ExecuteNonQuery();
        }
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}
