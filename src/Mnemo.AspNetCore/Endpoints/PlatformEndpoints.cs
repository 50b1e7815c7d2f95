using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Mnemo.Wire;

namespace Mnemo;

/// <summary>Mem0 platform routes, as the official clients (mem0ai 3.x, mem0 Python) call them.</summary>
internal static class PlatformEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/v1/ping/", (HttpContext http) =>
            Results.Json(new PingDto("ok", "mnemo", RequestProject.Get(http)), WireJson.Compact))
            .WithSummary("Checks the API key; returns its project.").Returns<PingDto>();

        api.MapPost("/v1/memories/", (HttpContext http, MemoryApi mem) => AddAsync(http, mem))
            .WithSummary("Adds memories (async_mode defaults to true).")
            .WithDescription(AddDescription)
            .Accepts<AddRequest>("application/json").Returns<QueuedAddDto[]>().WithErrors(400, 502);
        api.MapPost("/v3/memories/add/", (HttpContext http, MemoryApi mem) => AddAsync(http, mem))
            .WithSummary("Adds memories (v3 path of mem0ai 3.x).")
            .WithDescription(AddDescription)
            .Accepts<AddRequest>("application/json").Returns<QueuedAddDto[]>().WithErrors(400, 502);
        api.MapGet("/v1/event/{id}/", async (HttpContext http, MemoryApi mem, string id) => Json(await mem.EventAsync(http, id).ConfigureAwait(false)))
            .WithSummary("Status and results of a queued add.").Returns<EventStatusDto>().WithErrors(404);

        api.MapPost("/v1/memories/search/", SearchV1Async).WithSummary("Searches (v1: entity ids at top level; a bare array in Mem0's v1 item shape, as Agent Framework's Mem0Provider reads it).")
            .WithDescription("With `output_format` `v1.1` the answer is `{\"results\": [memory]}` instead.")
            .Accepts<SearchRequest>("application/json").Returns<PlatformSearchItemDto[]>().WithErrors(400);
        api.MapPost("/v2/memories/search/", (HttpContext http, MemoryApi mem) => SearchAsync(http, mem, wrapped: false)).WithSummary("Searches (v2: entity ids in filters).")
            .WithDescription("A bare array of memories with `score`; with `output_format` `v1.1`, `{\"results\": [memory]}`.")
            .Accepts<SearchRequest>("application/json").Returns<MemoryDto[]>().WithErrors(400);
        api.MapPost("/v3/memories/search/", (HttpContext http, MemoryApi mem) => SearchAsync(http, mem, wrapped: true)).WithSummary("Searches (v3).").Accepts<SearchRequest>("application/json").Returns<MemoryResultsDto>().WithErrors(400);

        api.MapGet("/v1/memories/", async (HttpContext http, MemoryApi mem) =>
        {
            var page = await mem.ListAsync(http, null, Query.Entities(http), Query.Int(http, "page", 1), Query.Int(http, "page_size", 100), false).ConfigureAwait(false);
            return Json(page.Items.Select(i => MemoryDtoMapper.ToDto(i)).ToList());
        }).WithSummary("Lists an entity's memories (v1).").WithQuery(ApiDocs.Entities, ApiDocs.Paging).Returns<MemoryDto[]>().WithErrors(400);
        api.MapPost("/v2/memories/", (HttpContext http, MemoryApi mem) => ListAsync(http, mem)).WithSummary("Lists memories matching filters, paginated.").WithQuery(ApiDocs.Paging).Accepts<ListRequest>("application/json").Returns<PageDto<MemoryDto>>().WithErrors(400);
        api.MapPost("/v3/memories/", (HttpContext http, MemoryApi mem) => ListAsync(http, mem)).WithSummary("Lists memories matching filters, paginated (v3).").WithQuery(ApiDocs.Paging).Accepts<ListRequest>("application/json").Returns<PageDto<MemoryDto>>().WithErrors(400);
        api.MapDelete("/v1/memories/", async (HttpContext http, MemoryApi mem) =>
        {
            var count = await mem.DeleteAllAsync(http, Query.Entities(http)).ConfigureAwait(false);
            return Json(new MessageResponseDto($"Memories deleted successfully! ({count})"));
        }).WithSummary("Deletes every memory of an entity (user_id, agent_id, app_id or run_id in the query).").WithQuery(ApiDocs.Entities).Returns<MessageResponseDto>().WithErrors(400);

        api.MapGet("/v1/memories/{id}/", async (HttpContext http, MemoryApi mem, string id) =>
            Json(MemoryDtoMapper.ToDto(await mem.GetAsync(http, id).ConfigureAwait(false)))).WithSummary("Gets one memory.").Returns<MemoryDto>().WithErrors(400, 404);
        api.MapPut("/v1/memories/{id}/", async (HttpContext http, MemoryApi mem, string id) =>
        {
            var request = await JsonBody.ReadAsync<UpdateRequest>(http).ConfigureAwait(false);
            return Json(MemoryDtoMapper.ToDto(await mem.UpdateAsync(http, id, request).ConfigureAwait(false)));
        }).WithSummary("Updates one memory's text, metadata or expiry.").Accepts<UpdateRequest>("application/json").Returns<MemoryDto>().WithErrors(400, 404);
        api.MapDelete("/v1/memories/{id}/", async (HttpContext http, MemoryApi mem, string id) =>
        {
            await mem.DeleteAsync(http, id).ConfigureAwait(false);
            return Json(new MessageResponseDto("Memory deleted successfully!"));
        }).WithSummary("Deletes one memory.").Returns<MessageResponseDto>().WithErrors(400, 404);
        api.MapGet("/v1/memories/{id}/history/", async (HttpContext http, MemoryApi mem, string id) =>
            Json((await mem.HistoryAsync(http, id).ConfigureAwait(false)).Select(MemoryDtoMapper.ToDto).ToList())).WithSummary("One memory's changes, oldest first (an update that changed metadata, categories or expiry carries their old and new values).").Returns<HistoryEntryDto[]>().WithErrors(400, 404);

        api.MapGet("/v1/entities/", async (HttpContext http, MemoryApi mem) =>
        {
            var page = Query.Int(http, "page", 1);
            var size = Query.Int(http, "page_size", 100);
            if (page < 1)
            {
                throw ApiException.BadRequest("page", "page must be 1 or more.");
            }

            if (size is < 1 or > 1000)
            {
                throw ApiException.BadRequest("page_size", "page_size must be between 1 and 1000.");
            }

            var all = await mem.EntitiesAsync(http).ConfigureAwait(false);
            var results = all.Skip((page - 1) * size).Take(size).ToList();
            return Json(new PageDto<EntityDto>(all.Count, Query.PageUrl(http, page + 1, size, (long)page * size < all.Count), Query.PageUrl(http, page - 1, size, page > 1), results));
        }).WithSummary("Users, agents, apps and runs of the project with their memory counts.").WithQuery(ApiDocs.Paging).Returns<PageDto<EntityDto>>().WithErrors(400);
        api.MapDelete("/v1/entities/{type}/{name}/", DeleteEntityAsync).WithSummary("Forgets an entity (v1): its memories, history, events and queued adds.")
            .WithDescription(EntityDescription).Returns<MessageResponseDto>().WithErrors(400);
        api.MapDelete("/v2/entities/{type}/{name}/", DeleteEntityAsync).WithSummary("Forgets an entity (v2): its memories, history, events and queued adds.")
            .WithDescription(EntityDescription).Returns<MessageResponseDto>().WithErrors(400);

        api.MapPost("/v1/forget/", async (HttpContext http, MemoryApi mem) =>
        {
            var receipt = await mem.ForgetAsync(http, await JsonBody.ReadAsync<ForgetRequest>(http).ConfigureAwait(false)).ConfigureAwait(false);
            return Json(MemoryDtoMapper.ToDto(receipt));
        }).WithSummary("Forgets a subject for good (memories, history, events, queued adds, index) and returns the receipt.")
            .Accepts<ForgetRequest>("application/json").Returns<ForgetReceiptDto>().WithErrors(400);

        api.MapPut("/v1/batch/", async (HttpContext http, MemoryApi mem) =>
        {
            var count = await mem.BatchAsync(http, await JsonBody.ReadAsync<BatchRequest>(http).ConfigureAwait(false), delete: false).ConfigureAwait(false);
            return Json(new MessageResponseDto($"Successfully updated {count} memories"));
        }).WithSummary("Updates up to 1000 memories' text; all or nothing is checked first.").Accepts<BatchRequest>("application/json").Returns<MessageResponseDto>().WithErrors(400, 404);
        api.MapDelete("/v1/batch/", async (HttpContext http, MemoryApi mem) =>
        {
            var count = await mem.BatchAsync(http, await JsonBody.ReadAsync<BatchRequest>(http).ConfigureAwait(false), delete: true).ConfigureAwait(false);
            return Json(new MessageResponseDto($"Successfully deleted {count} memories"));
        }).WithSummary("Deletes up to 1000 memories; all ids are checked first.").Accepts<BatchRequest>("application/json").Returns<MessageResponseDto>().WithErrors(400, 404);

        api.MapPost("/v1/feedback/", () => Json(new MessageResponseDto("Feedback recorded (Mnemo accepts and ignores feedback)."))).WithSummary("Accepted and ignored.").Returns<MessageResponseDto>();
    }

    private const string AddDescription =
        "Asynchronous by default: answers `[{message, status: PENDING, event_id}]` and the add runs in the background " +
        "(poll `GET /v1/event/{event_id}/`). With `\"async_mode\": false` it answers `[{id, event, memory, data}]` once stored.";

    private const string EntityDescription = "`type` is user, agent, app or run; `name` its id. Erases like `POST /v1/forget/`.";

    private static IResult Json<T>(T value) => Results.Json(value, WireJson.Compact);

    private static async Task<IResult> AddAsync(HttpContext http, MemoryApi mem)
    {
        var request = await JsonBody.ReadAsync<AddRequest>(http).ConfigureAwait(false);
        return Json(await mem.AddAsync(http, request, asyncByDefault: true, platformShape: true).ConfigureAwait(false));
    }

    private static async Task<IResult> SearchAsync(HttpContext http, MemoryApi mem, bool wrapped)
    {
        var request = await JsonBody.ReadAsync<SearchRequest>(http).ConfigureAwait(false);
        var result = MemoryDtoMapper.ToDto(await mem.SearchAsync(http, request).ConfigureAwait(false));
        return wrapped || request.OutputFormat == "v1.1" ? Json(result) : Json(result.Results);
    }

    private static async Task<IResult> SearchV1Async(HttpContext http, MemoryApi mem)
    {
        var request = await JsonBody.ReadAsync<SearchRequest>(http).ConfigureAwait(false);
        var result = await mem.SearchAsync(http, request).ConfigureAwait(false);
        return request.OutputFormat == "v1.1"
            ? Json(MemoryDtoMapper.ToDto(result))
            : Json(result.Results.Select(PlatformSearchItemDto.From).ToList());
    }

    private static async Task<IResult> ListAsync(HttpContext http, MemoryApi mem)
    {
        var request = await JsonBody.ReadAsync<ListRequest>(http, required: false).ConfigureAwait(false);
        var number = Query.Int(http, "page", 1);
        var size = Query.Int(http, "page_size", 100);
        var page = await mem.ListAsync(http, request.Filters, RequestProject.Scope(http), number, size, request.ShowExpired ?? false).ConfigureAwait(false);
        return Json(new PageDto<MemoryDto>(
            page.TotalCount,
            Query.PageUrl(http, number + 1, size, page.HasNext),
            Query.PageUrl(http, number - 1, size, number > 1),
            page.Items.Select(i => MemoryDtoMapper.ToDto(i)).ToList()));
    }

    private static async Task<IResult> DeleteEntityAsync(HttpContext http, MemoryApi mem, string type, string name)
    {
        await mem.DeleteEntityAsync(http, type, name).ConfigureAwait(false);
        return Json(new MessageResponseDto("Entity deleted successfully."));
    }
}
