namespace Mnemo;

/// <summary>Helpers over <see cref="IMemoryStore"/>.</summary>
public static class MemoryStoreExtensions
{
    /// <summary>
    /// The optional capability <typeparamref name="TService"/> of <paramref name="store"/> (through any decorators), or
    /// <see langword="null"/> when the store does not have it.
    /// </summary>
    public static TService? GetService<TService>(this IMemoryStore store, object? serviceKey = null)
        where TService : class
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.GetService(typeof(TService), serviceKey) as TService;
    }
}
