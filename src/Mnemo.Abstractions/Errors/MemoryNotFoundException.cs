namespace Mnemo;

/// <summary>No memory has the given id.</summary>
public sealed class MemoryNotFoundException(Guid id) : MnemoException($"Memory '{id}' does not exist.")
{
    /// <summary>The id asked for.</summary>
    public Guid Id { get; } = id;
}
