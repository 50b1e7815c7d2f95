using System.Text.Json;

namespace Mnemo;

/// <summary>One comparison of a field with a value.</summary>
/// <param name="Field">
/// A field of <see cref="MemoryFields"/> or <c>metadata.&lt;key&gt;</c>. Date fields hold ISO-8601 strings in UTC.
/// </param>
/// <param name="Operator">The comparison.</param>
/// <param name="Value">The value (an array for <see cref="FilterOperator.In"/> and <see cref="FilterOperator.Nin"/>; ignored for <see cref="FilterOperator.Exists"/>).</param>
public sealed record FieldFilter(string Field, FilterOperator Operator, JsonElement Value) : MemoryFilter
{
    /// <summary>Whether the field is a metadata key.</summary>
    public bool IsMetadata => Field.StartsWith(MemoryFields.MetadataPrefix, StringComparison.Ordinal);

    /// <summary>The metadata key, for metadata fields.</summary>
    public string MetadataKey => IsMetadata ? Field[MemoryFields.MetadataPrefix.Length..] : throw new InvalidOperationException($"'{Field}' is not a metadata field.");
}
