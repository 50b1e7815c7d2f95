namespace Mnemo;

/// <summary>A memory as written to a store: the record and its embedding.</summary>
/// <param name="Item">The memory.</param>
/// <param name="Embedding">
/// Its embedding (unit length). In an update, an empty embedding keeps the stored one (the text did not change).
/// </param>
public sealed record StoredMemory(MemoryItem Item, ReadOnlyMemory<float> Embedding);
