using System.Text.Json.Serialization;
using Mnemo.Wire;

namespace Mnemo.Client.Wire;

/// <summary>The answer of <c>POST /mnemo/v1/memories/list/</c>.</summary>
internal sealed record PageAnswer(
    [property: JsonPropertyName("results")] IReadOnlyList<MemoryDto> Results,
    [property: JsonPropertyName("total_count")] int TotalCount,
    [property: JsonPropertyName("page")] int Page,
    [property: JsonPropertyName("page_size")] int PageSize);
