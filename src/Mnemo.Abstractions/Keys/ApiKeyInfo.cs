namespace Mnemo;

/// <summary>What is stored about an API key: never the key itself.</summary>
public sealed record ApiKeyInfo
{
    /// <summary>The key's public id (used to list and revoke it).</summary>
    public required string Id { get; init; }

    /// <summary>The project (tenant) whose memories the key sees and changes.</summary>
    public required string ProjectId { get; init; }

    /// <summary>An optional label.</summary>
    public string? Name { get; init; }

    /// <summary>The key's first characters, to recognise it in a list.</summary>
    public required string Prefix { get; init; }

    /// <summary>When the key was created.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the key was revoked; <see langword="null"/> while it is active.</summary>
    public DateTimeOffset? RevokedAt { get; init; }
}
