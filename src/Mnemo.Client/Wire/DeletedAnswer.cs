using System.Text.Json.Serialization;

namespace Mnemo.Client.Wire;

/// <summary>The answer of <c>POST /mnemo/v1/memories/delete/</c>.</summary>
internal sealed record DeletedAnswer([property: JsonPropertyName("deleted")] int Deleted);
