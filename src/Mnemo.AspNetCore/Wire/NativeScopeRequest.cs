using System.Text.Json.Serialization;

namespace Mnemo;

/// <summary>The entity ids of a Mnemo-native request, forget included (the project always comes from the API key).</summary>
internal class NativeScopeRequest
{
    [JsonPropertyName("user_id")]
    public string? UserId { get; set; }

    [JsonPropertyName("agent_id")]
    public string? AgentId { get; set; }

    [JsonPropertyName("run_id")]
    public string? RunId { get; set; }

    [JsonPropertyName("app_id")]
    public string? AppId { get; set; }
}
