namespace Mnemo;

/// <summary>An embedding cached under the hash of its text (see <see cref="MemoryHash"/>).</summary>
/// <param name="Hash">The text's hash.</param>
/// <param name="Vector">The embedding.</param>
public sealed record CachedEmbedding(string Hash, ReadOnlyMemory<float> Vector);
