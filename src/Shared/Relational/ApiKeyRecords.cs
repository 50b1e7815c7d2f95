using System.Globalization;

namespace Mnemo;

/// <summary>A new API key and the row that records it, the same in every store (only the key's hash is stored).</summary>
internal static class ApiKeyRecords
{
    /// <summary>A fresh key for <paramref name="projectId"/> created at <paramref name="createdAt"/>.</summary>
    /// <exception cref="MemoryValidationException">The project id is blank.</exception>
    public static CreatedApiKey Create(string projectId, string? name, DateTimeOffset createdAt)
    {
        if (string.IsNullOrWhiteSpace(projectId))
        {
            throw new MemoryValidationException("project", "The project id must not be blank.");
        }

        var key = ApiKeyHash.NewKey();
        var info = new ApiKeyInfo
        {
            Id = "key_" + Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture)[..12],
            ProjectId = projectId.Trim(),
            Name = string.IsNullOrWhiteSpace(name) ? null : name.Trim(),
            Prefix = key[..10],
            CreatedAt = createdAt,
        };
        return new CreatedApiKey(info, key);
    }
}
