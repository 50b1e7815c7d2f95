namespace Mnemo;

/// <summary>An entity (a user, agent, app or run id) that memories are scoped to, with a summary of its memories.</summary>
public sealed record MemoryEntity
{
    /// <summary>Which scope id it is.</summary>
    public required MemoryEntityKind Kind { get; init; }

    /// <summary>The id's value.</summary>
    public required string Name { get; init; }

    /// <summary>How many of the matching memories carry this id.</summary>
    public required int MemoryCount { get; init; }

    /// <summary>The earliest <see cref="MemoryItem.CreatedAt"/> of those memories.</summary>
    public required DateTimeOffset FirstCreatedAt { get; init; }

    /// <summary>The latest <see cref="MemoryItem.UpdatedAt"/> of those memories.</summary>
    public required DateTimeOffset LastUpdatedAt { get; init; }

    /// <summary>Adds <paramref name="item"/> to the entity <paramref name="kind"/>/<paramref name="name"/> (if it has that id).</summary>
    internal static void Count(Dictionary<(MemoryEntityKind Kind, string Name), MemoryEntity> entities, MemoryEntityKind kind, string? name, MemoryItem item)
    {
        if (name is null)
        {
            return;
        }

        entities[(kind, name)] = entities.TryGetValue((kind, name), out var e)
            ? e with
            {
                MemoryCount = e.MemoryCount + 1,
                FirstCreatedAt = item.CreatedAt < e.FirstCreatedAt ? item.CreatedAt : e.FirstCreatedAt,
                LastUpdatedAt = item.UpdatedAt > e.LastUpdatedAt ? item.UpdatedAt : e.LastUpdatedAt,
            }
            : new MemoryEntity { Kind = kind, Name = name, MemoryCount = 1, FirstCreatedAt = item.CreatedAt, LastUpdatedAt = item.UpdatedAt };
    }
}
