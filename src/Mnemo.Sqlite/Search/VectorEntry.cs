namespace Mnemo;

/// <summary>What the vector index keeps of one memory: where it belongs, when it is active, and its vector.</summary>
internal readonly record struct VectorEntry(
    long Seq,
    MemoryScope Scope,
    long ValidFrom,
    long? ValidTo,
    long? ExpiresAt,
    bool Superseded,
    float[] Vector);
