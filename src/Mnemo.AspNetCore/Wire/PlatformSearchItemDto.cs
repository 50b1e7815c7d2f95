using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mnemo;

/// <summary>
/// One result of <c>POST /v1/memories/search/</c> in the Mem0 platform's v1 shape, which Agent Framework's
/// <c>Mem0Provider</c> reads: <c>id, memory, hash, metadata, score, created_at, updated_at, user_id, app_id, agent_id,
/// session_id</c> (the run id), plus <c>run_id</c> and <c>categories</c> as Mem0 also returns them.
/// </summary>
internal sealed record PlatformSearchItemDto
{
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    [JsonPropertyName("memory")]
    public required string Memory { get; init; }

    [JsonPropertyName("hash")]
    public required string Hash { get; init; }

    [JsonPropertyName("metadata")]
    public required IReadOnlyDictionary<string, JsonElement> Metadata { get; init; }

    [JsonPropertyName("categories")]
    public required IReadOnlyList<string> Categories { get; init; }

    [JsonPropertyName("score")]
    public required double Score { get; init; }

    [JsonPropertyName("created_at")]
    public required DateTimeOffset CreatedAt { get; init; }

    [JsonPropertyName("updated_at")]
    public required DateTimeOffset UpdatedAt { get; init; }

    [JsonPropertyName("user_id")]
    public string? UserId { get; init; }

    [JsonPropertyName("app_id")]
    public string? AppId { get; init; }

    [JsonPropertyName("agent_id")]
    public string? AgentId { get; init; }

    [JsonPropertyName("session_id")]
    public string? SessionId { get; init; }

    [JsonPropertyName("run_id")]
    public string? RunId { get; init; }

    public static PlatformSearchItemDto From(ScoredMemory result) => new()
    {
        Id = result.Memory.Id.ToString(),
        Memory = result.Memory.Text,
        Hash = result.Memory.Hash,
        Metadata = result.Memory.Metadata,
        Categories = result.Memory.Categories,
        Score = result.Score,
        CreatedAt = result.Memory.CreatedAt,
        UpdatedAt = result.Memory.UpdatedAt,
        UserId = result.Memory.Scope.UserId,
        AppId = result.Memory.Scope.AppId,
        AgentId = result.Memory.Scope.AgentId,
        SessionId = result.Memory.Scope.RunId,
        RunId = result.Memory.Scope.RunId,
    };
}
