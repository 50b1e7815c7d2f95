using Mnemo;

namespace Microsoft.Extensions.AI;

/// <summary>Per-call memory scope for the <c>UseMnemo</c> middleware.</summary>
public static class MnemoChatOptionsExtensions
{
    private const string ScopeKey = "mnemo.scope";

    /// <summary>
    /// Makes <c>UseMnemo</c> read and record the memories of <paramref name="scope"/> for this call (e.g. the signed-in
    /// user of a request). The middleware removes it before the call goes on, so no provider ever sends it.
    /// </summary>
    public static ChatOptions WithMnemoScope(this ChatOptions options, MemoryScope scope)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(scope);
        scope.Validate();
        options.AdditionalProperties ??= [];
        options.AdditionalProperties[ScopeKey] = scope;
        return options;
    }

    internal static MemoryScope? ScopeOf(ChatOptions? options) =>
        options?.AdditionalProperties?.TryGetValue(ScopeKey, out var value) == true ? value as MemoryScope : null;

    internal static ChatOptions WithoutScope(ChatOptions options)
    {
        var copy = options.Clone();
        copy.AdditionalProperties = copy.AdditionalProperties is null ? null : new AdditionalPropertiesDictionary(copy.AdditionalProperties);
        copy.AdditionalProperties?.Remove(ScopeKey);
        return copy;
    }
}
