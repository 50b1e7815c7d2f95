using System.Collections.Frozen;
using System.Text.Json;

namespace Mnemo;

/// <summary>Helpers for memory metadata: building it from plain values, and the keys it may not hold.</summary>
public static class MemoryMetadata
{
    /// <summary>An empty metadata object.</summary>
    public static IReadOnlyDictionary<string, JsonElement> Empty { get; } = FrozenDictionary<string, JsonElement>.Empty;

    /// <summary>
    /// Keys that name identity or bookkeeping fields. Metadata cannot set them, so nobody can move a memory to another
    /// user, agent or project by writing <c>{"user_id": "bob"}</c> into its metadata.
    /// </summary>
    public static FrozenSet<string> ReservedKeys { get; } = new[]
    {
        "id", "memory_id", "memory", "text", "hash", "user_id", "agent_id", "run_id", "app_id", "project_id", "org_id",
        "actor_id", "role", "created_at", "updated_at", "observed_at", "valid_from", "valid_to", "superseded_by",
        "expires_at", "immutable", "categories", "score",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Builds metadata from plain .NET values (strings, numbers, booleans, arrays, nested dictionaries).</summary>
    public static IReadOnlyDictionary<string, JsonElement> From(IEnumerable<KeyValuePair<string, object?>> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return values.ToDictionary(kv => kv.Key, kv => JsonSerializer.SerializeToElement(kv.Value));
    }

    /// <summary>Throws <see cref="MemoryValidationException"/> when <paramref name="metadata"/> holds a reserved key.</summary>
    public static void Validate(IReadOnlyDictionary<string, JsonElement>? metadata)
    {
        if (metadata is null)
        {
            return;
        }

        foreach (var key in metadata.Keys)
        {
            if (string.IsNullOrWhiteSpace(key))
            {
                throw new MemoryValidationException("metadata", "Metadata keys must not be empty.");
            }

            if (ReservedKeys.Contains(key))
            {
                throw new MemoryValidationException(
                    "metadata",
                    $"Metadata key '{key}' is reserved: identity and bookkeeping fields cannot be set through metadata.");
            }
        }
    }
}
