using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Mnemo;

/// <summary>
/// The change-feed position inside one write transaction: read once, one step per memory written or deleted, written
/// back before the commit. SQLite has one writer at a time, so positions are handed out in commit order.
/// </summary>
internal sealed class FeedCounter
{
    private FeedCounter(long position)
    {
        Before = position;
        Position = position;
    }

    /// <summary>The position before the transaction.</summary>
    public long Before { get; }

    /// <summary>The position after the changes counted so far.</summary>
    public long Position { get; private set; }

    public static FeedCounter Read(SqliteConnection connection, SqliteTransaction transaction) =>
        new(ReadMeta(connection, transaction, "feed_position"));

    /// <summary>The store's position outside a transaction of this counter (a cheap read of one meta row).</summary>
    public static long ReadMeta(SqliteConnection connection, SqliteTransaction? transaction, string key)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT value FROM meta WHERE key = @key";
        command.Parameters.AddWithValue("@key", key);
        return Convert.ToInt64(command.ExecuteScalar() ?? 0L, CultureInfo.InvariantCulture);
    }

    /// <summary>The position of the next change.</summary>
    public long Next() => ++Position;

    /// <summary>Records the deletion of <paramref name="id"/> at the next position (the id only, never its text).</summary>
    public void Tombstone(SqliteConnection connection, SqliteTransaction transaction, Guid id) =>
        Tombstone(connection, transaction, SqliteCodec.ToText(id));

    /// <inheritdoc cref="Tombstone(SqliteConnection, SqliteTransaction, Guid)"/>
    public void Tombstone(SqliteConnection connection, SqliteTransaction transaction, string id)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO memory_tombstones(id, change_seq) VALUES (@id, @change)
            ON CONFLICT(id) DO UPDATE SET change_seq = excluded.change_seq
            """;
        command.Parameters.AddWithValue("@id", id);
        command.Parameters.AddWithValue("@change", Next());
        command.ExecuteNonQuery();
    }

    /// <summary>Removes the tombstone of an id inserted again: the feed reports its row instead.</summary>
    public static void Revive(SqliteConnection connection, SqliteTransaction transaction, Guid id)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "DELETE FROM memory_tombstones WHERE id = @id";
        command.Parameters.AddWithValue("@id", SqliteCodec.ToText(id));
        command.ExecuteNonQuery();
    }

    /// <summary>Writes the position reached; call once, before the commit.</summary>
    public void Write(SqliteConnection connection, SqliteTransaction transaction)
    {
        if (Position == Before)
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "UPDATE meta SET value = @position WHERE key = 'feed_position'";
        command.Parameters.AddWithValue("@position", Position);
        command.ExecuteNonQuery();
    }
}
