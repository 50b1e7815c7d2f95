using System.Text.Json;

namespace Mnemo.Mcp.Tests;

/// <summary>One tool call's outcome: whether it was an error result, its text, and that text as JSON.</summary>
public sealed record ToolCall(bool IsError, string Text, JsonElement Json)
{
    public JsonElement Results => Json.GetProperty("results");

    public string FirstId => Results[0].GetProperty("id").GetString()!;
}
