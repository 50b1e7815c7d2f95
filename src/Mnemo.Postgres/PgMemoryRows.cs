using System.Data.Common;

namespace Mnemo;

/// <summary>The memory columns in a fixed order and the mapping from a row to a <see cref="MemoryItem"/>.</summary>
internal static class PgMemoryRows
{
    /// <summary>The columns <see cref="Read"/> expects first, over alias <c>m</c>.</summary>
    public const string Columns =
        "m.id, m.text, m.hash, m.project_id, m.user_id, m.agent_id, m.run_id, m.app_id, m.actor_id, m.role, m.metadata::text, " +
        "m.categories::text, m.created_at, m.updated_at, m.observed_at, m.valid_from, m.valid_to, m.superseded_by, m.expires_at, m.immutable";

    /// <summary>Index of the first column after <see cref="Columns"/>.</summary>
    public const int Next = 20;

    public static MemoryItem Read(DbDataReader r) => new()
    {
        Id = r.GetGuid(0),
        Text = r.GetString(1),
        Hash = r.GetString(2),
        Scope = new MemoryScope
        {
            ProjectId = PgCodec.ProjectFromDb(r.GetString(3)),
            UserId = String(r, 4),
            AgentId = String(r, 5),
            RunId = String(r, 6),
            AppId = String(r, 7),
        },
        ActorId = String(r, 8),
        Role = String(r, 9),
        Metadata = PgCodec.MetadataFromJson(r.GetString(10)),
        Categories = PgCodec.CategoriesFromJson(r.GetString(11)),
        CreatedAt = PgCodec.FromDb(r.GetDateTime(12)),
        UpdatedAt = PgCodec.FromDb(r.GetDateTime(13)),
        ObservedAt = PgCodec.FromDb(r.GetDateTime(14)),
        ValidFrom = PgCodec.FromDb(r.GetDateTime(15)),
        ValidTo = r.IsDBNull(16) ? null : PgCodec.FromDb(r.GetDateTime(16)),
        SupersededBy = r.IsDBNull(17) ? null : r.GetGuid(17),
        ExpiresAt = r.IsDBNull(18) ? null : PgCodec.FromDb(r.GetDateTime(18)),
        Immutable = r.GetBoolean(19),
    };

    public static string? String(DbDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetString(ordinal);

    public static ReadOnlyMemory<float> Vector(DbDataReader r, int ordinal) =>
        r.IsDBNull(ordinal) ? ReadOnlyMemory<float>.Empty : PgCodec.FromBytes((byte[])r.GetValue(ordinal));

    /// <summary>The ORDER BY clause of a listing; ties broken by id in the same direction.</summary>
    public static string OrderBy(MemoryOrder order) => order switch
    {
        MemoryOrder.CreatedDescending => "m.created_at DESC, m.id DESC",
        MemoryOrder.CreatedAscending => "m.created_at ASC, m.id ASC",
        MemoryOrder.UpdatedDescending => "m.updated_at DESC, m.id DESC",
        MemoryOrder.ObservedDescending => "m.observed_at DESC, m.id DESC",
        MemoryOrder.ObservedAscending => "m.observed_at ASC, m.id ASC",
        _ => throw new ArgumentOutOfRangeException(nameof(order), order, "Unknown order."),
    };
}
