using Microsoft.Data.Sqlite;

namespace Mnemo;

/// <summary>
/// The ordered schema steps. The applied version is <c>PRAGMA user_version</c>; each step runs once, in its own
/// transaction with the version bump, so a crash mid-migration leaves the previous version intact.
/// </summary>
internal static class SqliteMigrations
{
    /// <summary>The steps, in order; step <c>i</c> moves the schema from version <c>i</c> to <c>i + 1</c>.</summary>
    public static IReadOnlyList<string> Steps { get; } =
    [
        // 1: everything. Columns for validity, supersession, expiry and the ingest queue exist from the start so the
        // features that use them need no migration.
        """
        CREATE TABLE memories (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            text TEXT NOT NULL,
            hash TEXT NOT NULL,
            project_id TEXT NOT NULL DEFAULT '',
            user_id TEXT,
            agent_id TEXT,
            run_id TEXT,
            app_id TEXT,
            actor_id TEXT,
            role TEXT,
            metadata TEXT NOT NULL DEFAULT '{}',
            categories TEXT NOT NULL DEFAULT '[]',
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            observed_at INTEGER NOT NULL,
            valid_from INTEGER NOT NULL,
            valid_to INTEGER,
            superseded_by TEXT,
            expires_at INTEGER,
            immutable INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX ix_memories_user ON memories(project_id, user_id, created_at);
        CREATE INDEX ix_memories_agent ON memories(project_id, agent_id, created_at);
        CREATE INDEX ix_memories_run ON memories(project_id, run_id, created_at);
        CREATE INDEX ix_memories_app ON memories(project_id, app_id, created_at);
        CREATE INDEX ix_memories_created ON memories(created_at, id);
        CREATE INDEX ix_memories_updated ON memories(updated_at, id);
        CREATE INDEX ix_memories_observed ON memories(observed_at, id);
        CREATE INDEX ix_memories_hash ON memories(hash);

        -- Vectors (float32 little-endian) live beside the rows, not in them: a 1.5 KB blob inline in every row makes
        -- each filtered or counted scan of memories read every vector too (measured: 100k rows, 330 ms per filter).
        CREATE TABLE memory_vectors (
            seq INTEGER PRIMARY KEY REFERENCES memories(seq) ON DELETE CASCADE,
            embedding BLOB NOT NULL
        );

        CREATE TABLE memory_history (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            memory_id TEXT NOT NULL,
            project_id TEXT NOT NULL DEFAULT '',
            user_id TEXT,
            agent_id TEXT,
            run_id TEXT,
            app_id TEXT,
            event TEXT NOT NULL,
            old_text TEXT,
            new_text TEXT,
            actor_id TEXT,
            related_memory_id TEXT,
            created_at INTEGER NOT NULL
        );
        CREATE INDEX ix_history_memory ON memory_history(memory_id, created_at);
        CREATE INDEX ix_history_user ON memory_history(project_id, user_id);
        CREATE INDEX ix_history_agent ON memory_history(project_id, agent_id);
        CREATE INDEX ix_history_run ON memory_history(project_id, run_id);
        CREATE INDEX ix_history_app ON memory_history(project_id, app_id);

        CREATE TABLE meta (
            key TEXT PRIMARY KEY,
            value
        ) WITHOUT ROWID;
        INSERT INTO meta(key, value) VALUES ('generation', 0);

        CREATE TABLE ingest_queue (
            id TEXT PRIMARY KEY,
            project_id TEXT NOT NULL DEFAULT '',
            user_id TEXT,
            agent_id TEXT,
            run_id TEXT,
            app_id TEXT,
            payload TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'pending',
            attempts INTEGER NOT NULL DEFAULT 0,
            error TEXT,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL
        );
        CREATE INDEX ix_ingest_queue_status ON ingest_queue(status, created_at);
        CREATE INDEX ix_ingest_queue_user ON ingest_queue(project_id, user_id);

        -- Contentless (the text lives once, in memories) with contentless_delete so rows can be deleted without
        -- re-supplying their content (SQLite >= 3.43). 'scope' holds opaque tokens of the project and ids.
        CREATE VIRTUAL TABLE memories_fts USING fts5(
            text, scope,
            content = '', contentless_delete = 1,
            tokenize = 'porter unicode61 remove_diacritics 2'
        );
        """,

        // 2: a queued add's result (Mem0's event list), written in the same transaction as the add's memories.
        """
        ALTER TABLE ingest_queue ADD COLUMN result TEXT;
        """,

        // 3: the server's API keys. Only the SHA-256 of a key is stored; a key belongs to one project (the tenant).
        """
        CREATE TABLE api_keys (
            id TEXT PRIMARY KEY,
            project_id TEXT NOT NULL,
            name TEXT,
            prefix TEXT NOT NULL,
            key_hash TEXT NOT NULL UNIQUE,
            created_at INTEGER NOT NULL,
            revoked_at INTEGER
        );
        CREATE INDEX ix_api_keys_project ON api_keys(project_id);
        """,

        // 4: contextual vectors (MnemoOptions.Embedding.ContextMemories): a memory's second embedding, read after the memories
        // stored before it. Search scores a memory by the closer of its two vectors.
        """
        CREATE TABLE memory_context_vectors (
            seq INTEGER PRIMARY KEY REFERENCES memories(seq) ON DELETE CASCADE,
            embedding BLOB NOT NULL
        );
        """,

        // 5: working memory (IWorkingMemoryStore): one session's scratchpad and message window, kept until it expires and
        // is consolidated into long-term memory.
        """
        CREATE TABLE working_memory (
            project_id TEXT NOT NULL DEFAULT '',
            run_id TEXT NOT NULL,
            user_id TEXT,
            agent_id TEXT,
            app_id TEXT,
            working_values TEXT NOT NULL DEFAULT '{}',
            messages TEXT NOT NULL DEFAULT '[]',
            updated_at INTEGER NOT NULL,
            expires_at INTEGER NOT NULL,
            PRIMARY KEY (project_id, run_id)
        );
        CREATE INDEX ix_working_memory_expires ON working_memory(expires_at);
        """,

        // 6: the change feed (IMemoryChangeFeed) the engine's index is built from. Every written memory row carries the
        // feed position of its last write (change_seq, from meta 'feed_position'); a deleted id leaves a tombstone (the
        // id only, never text) until it is inserted again. A reset raises 'feed_floor' above every older position, so a
        // reader from before it is told to reload.
        """
        ALTER TABLE memories ADD COLUMN change_seq INTEGER NOT NULL DEFAULT 0;
        UPDATE memories SET change_seq = seq;
        CREATE INDEX ix_memories_change_seq ON memories(change_seq);
        CREATE TABLE memory_tombstones (
            id TEXT PRIMARY KEY,
            change_seq INTEGER NOT NULL
        );
        CREATE INDEX ix_memory_tombstones_change_seq ON memory_tombstones(change_seq);
        INSERT INTO meta(key, value) VALUES ('feed_position', (SELECT coalesce(max(seq), 0) FROM memories));
        INSERT INTO meta(key, value) VALUES ('feed_floor', 0);
        """,

        // 7: keyword search moved into the engine (BM25 over its own postings, built from the change feed): the FTS5
        // index and the write generation counter that kept the store's in-memory index coherent are no longer used.
        """
        DROP TABLE memories_fts;
        DELETE FROM meta WHERE key = 'generation';
        """,

        // 8 (issue 13, 4.8): what an update changed besides the text, so a metadata-only update's history says what
        // changed. JSON like memories.metadata/categories; NULL when that field did not change.
        """
        ALTER TABLE memory_history ADD COLUMN old_metadata TEXT;
        ALTER TABLE memory_history ADD COLUMN new_metadata TEXT;
        ALTER TABLE memory_history ADD COLUMN old_categories TEXT;
        ALTER TABLE memory_history ADD COLUMN new_categories TEXT;
        ALTER TABLE memory_history ADD COLUMN old_expires_at INTEGER;
        ALTER TABLE memory_history ADD COLUMN new_expires_at INTEGER;
        """,
    ];

    /// <summary>Applies every step newer than the file's version; returns the version reached.</summary>
    public static int Apply(SqliteConnection connection)
    {
        var version = ReadVersion(connection, null);
        for (var i = version; i < Steps.Count; i++)
        {
            using var transaction = connection.BeginTransaction(deferred: false);

            // Re-read inside the write lock: another process may have migrated meanwhile.
            if (ReadVersion(connection, transaction) > i)
            {
                transaction.Commit();
                continue;
            }

            using (var command = connection.CreateCommand())
            {
                command.Transaction = transaction;
                command.CommandText = Steps[i] + $"\nPRAGMA user_version = {i + 1};";
                command.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        return ReadVersion(connection, null);
    }

    private static int ReadVersion(SqliteConnection connection, SqliteTransaction? transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "PRAGMA user_version;";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
