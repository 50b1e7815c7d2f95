namespace Mnemo.Bench;

/// <summary>Memory rows the benchmarks import directly (no embedding, no pipeline), all times set to one instant.</summary>
internal static class BenchItems
{
    /// <summary>
    /// The role of the n-th turn of a conversation between a user and an assistant, for benchmarks whose memories are
    /// turns: every memory then has a reply before it, so keyword context (docs/architecture.md) is paid for each one.
    /// </summary>
    public static string Turn(int n) => n % 2 == 0 ? "user" : "assistant";

    public static MemoryItem Item(string text, MemoryScope scope, DateTimeOffset at, string? role = null) => new()
    {
        Role = role,
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
