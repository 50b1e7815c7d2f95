namespace Mnemo.Indexing;

/// <summary>
/// What the vector index keeps of one memory: where it belongs, when it is active, its vector, and its creation time
/// (unix ms; with the seq, the arrival order that neighbour context follows), and its actor id.
/// </summary>
internal readonly record struct VectorEntry(
    long Seq,
    MemoryScope Scope,
    long ValidFrom,
    long? ValidTo,
    long? ExpiresAt,
    bool Superseded,
    float[] Vector,
    long Created = 0,
    string? Actor = null);
