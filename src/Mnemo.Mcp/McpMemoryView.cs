using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mnemo;

/// <summary>
/// A memory as the MCP tools return it: compact (id, text, score, dates, scope), with Mem0's field names. Empty
/// metadata and categories are left out so a model's context is not spent on them.
/// </summary>
internal sealed record McpMemoryView
{
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    [JsonPropertyName("memory")]
    public required string Memory { get; init; }

    [JsonPropertyName("score")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Score { get; init; }

    [JsonPropertyName("user_id")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? UserId { get; init; }

    [JsonPropertyName("agent_id")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? AgentId { get; init; }

    [JsonPropertyName("run_id")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? RunId { get; init; }

    [JsonPropertyName("categories")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Categories { get; init; }

    [JsonPropertyName("metadata")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, JsonElement>? Metadata { get; init; }

    [JsonPropertyName("created_at")]
    public required DateTimeOffset CreatedAt { get; init; }

    [JsonPropertyName("updated_at")]
    public required DateTimeOffset UpdatedAt { get; init; }

    [JsonPropertyName("expires_at")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateTimeOffset? ExpiresAt { get; init; }

    public static McpMemoryView From(MemoryItem item, double? score = null) => new()
    {
        Id = item.Id.ToString(),
        Memory = item.Text,
        Score = score is null ? null : Math.Round(score.Value, 4),
        UserId = item.Scope.UserId,
        AgentId = item.Scope.AgentId,
        RunId = item.Scope.RunId,
        Categories = item.Categories.Count == 0 ? null : item.Categories,
        Metadata = item.Metadata.Count == 0 ? null : item.Metadata,
        CreatedAt = item.CreatedAt,
        UpdatedAt = item.UpdatedAt,
        ExpiresAt = item.ExpiresAt,
    };
}
