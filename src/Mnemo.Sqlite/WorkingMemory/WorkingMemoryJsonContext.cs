using System.Text.Json.Serialization;

namespace Mnemo;

/// <summary>Source-generated JSON for the working memory columns.</summary>
[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSerializable(typeof(List<WorkingMessage>))]
internal sealed partial class WorkingMemoryJsonContext : JsonSerializerContext;
