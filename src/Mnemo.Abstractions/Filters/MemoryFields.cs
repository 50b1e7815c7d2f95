using System.Collections.Frozen;

namespace Mnemo;

/// <summary>Field names a filter can use (Mem0's wire names).</summary>
public static class MemoryFields
{
    /// <summary>Prefix of metadata fields: <c>metadata.&lt;key&gt;</c>.</summary>
    public const string MetadataPrefix = "metadata.";

    /// <summary>Text fields compared as strings.</summary>
    public static FrozenSet<string> Strings { get; } = new[]
    {
        "id", "user_id", "agent_id", "run_id", "app_id", "actor_id", "role", "memory", "hash", "superseded_by",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Time fields; values must be ISO-8601 dates or date-times.</summary>
    public static FrozenSet<string> Dates { get; } = new[]
    {
        "created_at", "updated_at", "observed_at", "valid_from", "valid_to", "expires_at",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The list field.</summary>
    public const string Categories = "categories";

    /// <summary>The boolean field.</summary>
    public const string Immutable = "immutable";

    /// <summary>Whether <paramref name="field"/> is a memory field rather than a metadata key.</summary>
    public static bool IsKnown(string field) =>
        Strings.Contains(field) || Dates.Contains(field) || field is Categories or Immutable;
}
