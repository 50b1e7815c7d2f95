namespace Mnemo.TestUtilities;

/// <summary>Builds memory records for tests: every required field set, all times equal to <paramref name="at"/>.</summary>
public static class TestMemories
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
