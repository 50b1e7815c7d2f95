namespace Mnemo.Bench;

/// <summary>Memory rows the benchmarks import directly (no embedding, no pipeline), all times set to one instant.</summary>
internal static class BenchItems
{
    public static MemoryItem Item(string text, MemoryScope scope, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(at),
        Text = text,
        Hash = MemoryHash.Compute(text),
        Scope = scope,
        CreatedAt = at,
        UpdatedAt = at,
        ObservedAt = at,
        ValidFrom = at,
    };
}
