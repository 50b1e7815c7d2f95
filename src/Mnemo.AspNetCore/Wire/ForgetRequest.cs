using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mnemo;

/// <summary>An explicit forget: <c>{"user_id": "...", "agent_id": "...", "run_id": "...", "app_id": "..."}</c>, at least one.</summary>
internal sealed class ForgetRequest : NativeScopeRequest
{
    /// <summary>Any other field; a forget refuses them rather than erase something other than what was meant.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}
