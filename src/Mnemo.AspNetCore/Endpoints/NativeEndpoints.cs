using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Mnemo.Wire;

namespace Mnemo;

/// <summary>
/// Mnemo-native routes under <c>/mnemo/v1/</c> (the explicit forget route is PlatformEndpoints' <c>POST /v1/forget/</c>): what <see cref="IMemory"/> needs and Mem0's
/// wire cannot carry (usage, skipped messages, as-of, superseded memories, list order, the delete count, the forget
/// receipt). Mnemo's remote client (<c>WithRemoteServer</c>) calls them; Mem0's clients never do. Every request works
/// inside the API key's project, and input is checked by the engine itself, so errors read as they do embedded.
/// </summary>
internal static class NativeEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var native = api.MapGroup("/mnemo/v1");
        native.MapPost("/memories/add/", AddAsync)
            .WithSummary("Adds memories synchronously with every AddOptions field; answers the whole AddResult (usage, extractor, skipped, warnings).")
            .Accepts<NativeAddRequest>("application/json").Returns<NativeAddResponseDto>().WithErrors(400, 502);
        native.MapPost("/memories/search/", SearchAsync)
            .WithSummary("Searches with every SearchOptions field (relative_threshold, spread_threshold, as_of, reference_time, include_superseded, explain); answers results and usage.")
            .Accepts<NativeSearchRequest>("application/json").Returns<NativeSearchResponseDto>().WithErrors(400);
        native.MapPost("/memories/list/", ListAsync)
            .WithSummary("Lists one scope's memories with every ListOptions field (order, include_superseded); answers the page and the total.")
            .Accepts<NativeListRequest>("application/json").Returns<NativePageDto>().WithErrors(400);
        native.MapPost("/memories/delete/", DeleteAllAsync)
            .WithSummary("Deletes every memory of a scope; answers how many.")
            .Accepts<NativeScopeRequest>("application/json").Returns<NativeDeletedDto>().WithErrors(400);
    }

    private static IResult Json<T>(T value) => Results.Json(value, WireJson.Compact);

    private static MemoryScope ScopeOf(HttpContext http, NativeScopeRequest request) =>
        RequestProject.Scope(http, request.UserId, request.AgentId, request.AppId, request.RunId);

    private static async Task<IResult> AddAsync(HttpContext http, IMemory memory, IMemoryIngestion ingestion)
    {
        var request = await JsonBody.ReadAsync<NativeAddRequest>(http).ConfigureAwait(false);
        var options = new AddOptions
        {
            Scope = ScopeOf(http, request),
            Infer = request.Infer ?? true,
            ActorId = request.ActorId,
            Metadata = request.Metadata,
            Categories = request.Categories,
            ObservedAt = request.ObservedAt,
            ExpiresAt = request.ExpiresAt,
            Immutable = request.Immutable ?? false,
            CustomInstructions = request.CustomInstructions,
            IncludeTopics = request.IncludeTopics,
            ExcludeTopics = request.ExcludeTopics,
            MemoryType = request.MemoryType?.ToLowerInvariant() switch
            {
                null or "semantic" => MemoryType.Semantic,
                "procedural" => MemoryType.Procedural,
                _ => throw ApiException.BadRequest("memory_type", $"Unknown memory_type '{request.MemoryType}': use semantic or procedural."),
            },
        };
        var messages = (request.Messages ?? []).Select(MemoryDtoMapper.ToChatMessage).ToList();
        var result = await KeptAdd.AddAsync(memory, ingestion, messages, options, http.RequestAborted).ConfigureAwait(false);
        return Json(new NativeAddResponseDto(
            result.Results.Select(MemoryDtoMapper.ToDto).ToList(),
            NativeUsageDto.From(result.Usage),
            result.Extractor,
            result.Skipped.Select(s => new NativeSkippedDto(s.Index, s.Reason)).ToList(),
            result.Warnings));
    }

    private static async Task<IResult> SearchAsync(HttpContext http, IMemory memory)
    {
        var request = await JsonBody.ReadAsync<NativeSearchRequest>(http).ConfigureAwait(false);
        var defaults = new SearchOptions { Scope = new MemoryScope() };
        var result = await memory.SearchAsync(
            request.Query ?? string.Empty,
            new SearchOptions
            {
                Scope = ScopeOf(http, request),
                Limit = request.Limit ?? defaults.Limit,
                Threshold = request.Threshold,
                RelativeThreshold = request.RelativeThreshold,
                SpreadThreshold = request.SpreadThreshold,
                Filter = Filter(request.Filters),
                AsOf = request.AsOf,
                ReferenceTime = request.ReferenceTime,
                IncludeSuperseded = request.IncludeSuperseded ?? false,
                IncludeExpired = request.IncludeExpired ?? false,
                Explain = request.Explain ?? false,
            },
            http.RequestAborted).ConfigureAwait(false);
        return Json(new NativeSearchResponseDto(result.Results.Select(MemoryDtoMapper.ToDto).ToList(), NativeUsageDto.From(result.Usage)));
    }

    private static async Task<IResult> ListAsync(HttpContext http, IMemory memory)
    {
        var request = await JsonBody.ReadAsync<NativeListRequest>(http).ConfigureAwait(false);
        var defaults = new ListOptions { Scope = new MemoryScope() };
        var page = await memory.ListAsync(
            new ListOptions
            {
                Scope = ScopeOf(http, request),
                Filter = Filter(request.Filters),
                Page = request.Page ?? defaults.Page,
                PageSize = request.PageSize ?? defaults.PageSize,
                Order = request.Order switch
                {
                    null or "created_desc" => MemoryOrder.CreatedDescending,
                    "created_asc" => MemoryOrder.CreatedAscending,
                    "updated_desc" => MemoryOrder.UpdatedDescending,
                    "observed_desc" => MemoryOrder.ObservedDescending,
                    "observed_asc" => MemoryOrder.ObservedAscending,
                    _ => throw ApiException.BadRequest("order", $"Unknown order '{request.Order}': use created_desc, created_asc, updated_desc, observed_desc or observed_asc."),
                },
                IncludeSuperseded = request.IncludeSuperseded ?? false,
                IncludeExpired = request.IncludeExpired ?? false,
            },
            http.RequestAborted).ConfigureAwait(false);
        return Json(new NativePageDto(page.Items.Select(i => MemoryDtoMapper.ToDto(i)).ToList(), page.TotalCount, page.Page, page.PageSize));
    }

    private static async Task<IResult> DeleteAllAsync(HttpContext http, IMemory memory)
    {
        var request = await JsonBody.ReadAsync<NativeScopeRequest>(http).ConfigureAwait(false);
        return Json(new NativeDeletedDto(await memory.DeleteAllAsync(ScopeOf(http, request), http.RequestAborted).ConfigureAwait(false)));
    }

    private static MemoryFilter? Filter(JsonElement? filters) =>
        filters is not { } json || json.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined ? null : MemoryFilter.Parse(json);
}
