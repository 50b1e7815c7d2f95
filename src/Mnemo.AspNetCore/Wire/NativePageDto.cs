using System.Text.Json.Serialization;
using Mnemo.Wire;

namespace Mnemo;

/// <summary>The whole <see cref="MemoryPage"/>.</summary>
internal sealed record NativePageDto(
    [property: JsonPropertyName("results")] IReadOnlyList<MemoryDto> Results,
    [property: JsonPropertyName("total_count")] int TotalCount,
    [property: JsonPropertyName("page")] int Page,
    [property: JsonPropertyName("page_size")] int PageSize);
