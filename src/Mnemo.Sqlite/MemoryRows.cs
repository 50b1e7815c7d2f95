using System.Data.Common;

namespace Mnemo;

/// <summary>The memory columns in a fixed order; ids are TEXT, times Unix milliseconds, flags integers.</summary>
internal sealed class MemoryRows : RelationalRows
{
    /// <summary>The columns <see cref="RelationalRows.Memory"/> expects first, over alias <c>m</c>.</summary>
    public const string Columns =
        "m.id, m.text, m.hash, m.project_id, m.user_id, m.agent_id, m.run_id, m.app_id, m.actor_id, m.role, m.metadata, " +
        "m.categories, m.created_at, m.updated_at, m.observed_at, m.valid_from, m.valid_to, m.superseded_by, m.expires_at, m.immutable";

    /// <summary>Index of the first column after <see cref="Columns"/>.</summary>
    public const int Next = MemoryColumnCount;

    public static readonly MemoryRows Instance = new();

    private MemoryRows()
    {
    }

    public override Guid Id(DbDataReader r, int ordinal) => Guid.Parse(r.GetString(ordinal));

    public override DateTimeOffset Time(DbDataReader r, int ordinal) => SqliteCodec.FromMs(r.GetInt64(ordinal));

    protected override bool Flag(DbDataReader r, int ordinal) => r.GetInt64(ordinal) != 0;
}
