namespace Mnemo;

/// <summary>
/// API keys of the server. A key belongs to one project (the tenant, <see cref="MemoryScope.ProjectId"/>); only the
/// key's SHA-256 hash is stored, so the plaintext is shown once, when the key is created.
/// </summary>
public interface IApiKeyStore
{
    /// <summary>Creates a key for <paramref name="projectId"/> and returns it with its plaintext (never stored).</summary>
    /// <exception cref="MemoryValidationException">The project id is blank.</exception>
    Task<CreatedApiKey> CreateAsync(string projectId, string? name = null, CancellationToken cancellationToken = default);

    /// <summary>The active (not revoked) key whose hash is <paramref name="keyHash"/>, or <see langword="null"/>.</summary>
    Task<ApiKeyInfo?> FindByHashAsync(string keyHash, CancellationToken cancellationToken = default);

    /// <summary>Every key (revoked ones too), oldest first; only <paramref name="projectId"/>'s when given.</summary>
    Task<IReadOnlyList<ApiKeyInfo>> ListAsync(string? projectId = null, CancellationToken cancellationToken = default);

    /// <summary>Revokes a key by its id; <see langword="false"/> when no active key has that id.</summary>
    Task<bool> RevokeAsync(string keyId, CancellationToken cancellationToken = default);
}
