using System.Data.Common;

namespace Mnemo;

/// <summary>
/// Maps the stores' rows to records. Both stores select the same columns in the same order (each spells its own
/// SELECT); they differ only in how an id, an instant and a flag are held, which a subclass reads.
/// </summary>
internal abstract class RelationalRows
{
    /// <summary>Index of the first column after a memory's columns (<see cref="Memory"/>).</summary>
    public const int MemoryColumnCount = 20;

    /// <summary>An id column (not NULL).</summary>
    public abstract Guid Id(DbDataReader r, int ordinal);

    /// <summary>A time column (not NULL).</summary>
    public abstract DateTimeOffset Time(DbDataReader r, int ordinal);

    /// <summary>A boolean column (not NULL).</summary>
    protected abstract bool Flag(DbDataReader r, int ordinal);

    /// <summary>
    /// A memory from <c>id, text, hash, project_id, user_id, agent_id, run_id, app_id, actor_id, role, metadata,
    /// categories, created_at, updated_at, observed_at, valid_from, valid_to, superseded_by, expires_at, immutable</c>.
    /// </summary>
    public MemoryItem Memory(DbDataReader r) => new()
    {
        Id = Id(r, 0),
        Text = r.GetString(1),
        Hash = r.GetString(2),
        Scope = Scope(r, 3),
        ActorId = String(r, 8),
        Role = String(r, 9),
        Metadata = RelationalCodec.MetadataFromJson(r.GetString(10)),
        Categories = RelationalCodec.CategoriesFromJson(r.GetString(11)),
        CreatedAt = Time(r, 12),
        UpdatedAt = Time(r, 13),
        ObservedAt = Time(r, 14),
        ValidFrom = Time(r, 15),
        ValidTo = OptionalTime(r, 16),
        SupersededBy = OptionalId(r, 17),
        ExpiresAt = OptionalTime(r, 18),
        Immutable = Flag(r, 19),
    };

    /// <summary>
    /// A history entry from <c>id, memory_id, project_id, user_id, agent_id, run_id, app_id, event, old_text, new_text,
    /// actor_id, related_memory_id, created_at, old_metadata, new_metadata, old_categories, new_categories,
    /// old_expires_at, new_expires_at</c>.
    /// </summary>
    public MemoryHistoryEntry History(DbDataReader r) => new()
    {
        Id = Id(r, 0),
        MemoryId = Id(r, 1),
        Scope = Scope(r, 2),
        Event = StoredNames.HistoryEvents.FromText(r.GetString(7)),
        OldText = String(r, 8),
        NewText = String(r, 9),
        ActorId = String(r, 10),
        RelatedMemoryId = OptionalId(r, 11),
        CreatedAt = Time(r, 12),
        OldMetadata = r.IsDBNull(13) ? null : RelationalCodec.MetadataFromJson(r.GetString(13)),
        NewMetadata = r.IsDBNull(14) ? null : RelationalCodec.MetadataFromJson(r.GetString(14)),
        OldCategories = r.IsDBNull(15) ? null : RelationalCodec.CategoriesFromJson(r.GetString(15)),
        NewCategories = r.IsDBNull(16) ? null : RelationalCodec.CategoriesFromJson(r.GetString(16)),
        OldExpiresAt = OptionalTime(r, 17),
        NewExpiresAt = OptionalTime(r, 18),
    };

    /// <summary>
    /// A queued add from <c>id, project_id, user_id, agent_id, run_id, app_id, payload, status, attempts, error, result,
    /// created_at, updated_at</c>.
    /// </summary>
    public IngestionEvent QueuedAdd(DbDataReader r) => new()
    {
        Id = Id(r, 0),
        Scope = Scope(r, 1),
        Payload = r.GetString(6),
        Status = StoredNames.IngestionStatuses.FromText(r.GetString(7)),
        Attempts = r.GetInt32(8),
        Error = String(r, 9),
        Result = String(r, 10),
        CreatedAt = Time(r, 11),
        UpdatedAt = Time(r, 12),
    };

    /// <summary>
    /// A working memory from <c>project_id, user_id, agent_id, run_id, app_id, working_values, messages, updated_at,
    /// expires_at</c>.
    /// </summary>
    public WorkingMemoryState WorkingMemory(DbDataReader r) => new()
    {
        Scope = Scope(r, 0),
        Values = RelationalCodec.WorkingValuesFromJson(r.GetString(5)),
        Messages = RelationalCodec.WorkingMessagesFromJson(r.GetString(6)),
        UpdatedAt = Time(r, 7),
        ExpiresAt = Time(r, 8),
    };

    /// <summary>An API key from <c>id, project_id, name, prefix, created_at, revoked_at</c>.</summary>
    public ApiKeyInfo ApiKey(DbDataReader r) => new()
    {
        Id = r.GetString(0),
        ProjectId = r.GetString(1),
        Name = String(r, 2),
        Prefix = r.GetString(3),
        CreatedAt = Time(r, 4),
        RevokedAt = OptionalTime(r, 5),
    };

    public static string? String(DbDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetString(ordinal);

    /// <summary>A vector column; empty where NULL.</summary>
    public static ReadOnlyMemory<float> Vector(DbDataReader r, int ordinal) =>
        r.IsDBNull(ordinal) ? ReadOnlyMemory<float>.Empty : RelationalCodec.VectorFromBytes((byte[])r.GetValue(ordinal));

    /// <summary>The ORDER BY clause of a listing over alias <c>m</c>; ties broken by id in the same direction.</summary>
    public static string OrderBy(MemoryOrder order) => order switch
    {
        MemoryOrder.CreatedDescending => "m.created_at DESC, m.id DESC",
        MemoryOrder.CreatedAscending => "m.created_at ASC, m.id ASC",
        MemoryOrder.UpdatedDescending => "m.updated_at DESC, m.id DESC",
        MemoryOrder.ObservedDescending => "m.observed_at DESC, m.id DESC",
        MemoryOrder.ObservedAscending => "m.observed_at ASC, m.id ASC",
        _ => throw new ArgumentOutOfRangeException(nameof(order), order, "Unknown order."),
    };

    private Guid? OptionalId(DbDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : Id(r, ordinal);

    private DateTimeOffset? OptionalTime(DbDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : Time(r, ordinal);

    // project_id, user_id, agent_id, run_id, app_id from `first` on; the default project is stored as ''.
    private static MemoryScope Scope(DbDataReader r, int first) => new()
    {
        ProjectId = RelationalCodec.ProjectFromDb(r.GetString(first)),
        UserId = String(r, first + 1),
        AgentId = String(r, first + 2),
        RunId = String(r, first + 3),
        AppId = String(r, first + 4),
    };
}
