using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mnemo;

/// <summary>An explicit forget: <c>{"user_id": "...", "agent_id": "...", "run_id": "...", "app_id": "..."}</c>, at least one.</summary>
internal sealed class ForgetRequest
{
    [JsonPropertyName("user_id")]
    public string? UserId { get; set; }

    [JsonPropertyName("agent_id")]
    public string? AgentId { get; set; }

    [JsonPropertyName("run_id")]
    public string? RunId { get; set; }

    [JsonPropertyName("app_id")]
    public string? AppId { get; set; }

    /// <summary>Any other field; a forget refuses them rather than erase something other than what was meant.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}
