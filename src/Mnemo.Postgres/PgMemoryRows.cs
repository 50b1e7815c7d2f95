using System.Data.Common;

namespace Mnemo;

/// <summary>The memory columns in a fixed order; ids are <c>uuid</c>, times <c>timestamptz</c>, JSON read as text.</summary>
internal sealed class PgMemoryRows : RelationalRows
{
    /// <summary>The columns <see cref="RelationalRows.Memory"/> expects first, over alias <c>m</c>.</summary>
    public const string Columns =
        "m.id, m.text, m.hash, m.project_id, m.user_id, m.agent_id, m.run_id, m.app_id, m.actor_id, m.role, m.metadata::text, " +
        "m.categories::text, m.created_at, m.updated_at, m.observed_at, m.valid_from, m.valid_to, m.superseded_by, m.expires_at, m.immutable";

    /// <summary>Index of the first column after <see cref="Columns"/>.</summary>
    public const int Next = MemoryColumnCount;

    public static readonly PgMemoryRows Instance = new();

    private PgMemoryRows()
    {
    }

    public override Guid Id(DbDataReader r, int ordinal) => r.GetGuid(ordinal);

    public override DateTimeOffset Time(DbDataReader r, int ordinal) => PgCodec.FromDb(r.GetDateTime(ordinal));

    protected override bool Flag(DbDataReader r, int ordinal) => r.GetBoolean(ordinal);
}
