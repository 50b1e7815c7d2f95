using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Mnemo.Wire;

namespace Mnemo;

/// <summary>Mem0's open-source server routes (its FastAPI app), on the same operations.</summary>
internal static class OssEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/memories", async (HttpContext http, MemoryApi mem) =>
        {
            var request = await JsonBody.ReadAsync<AddRequest>(http).ConfigureAwait(false);
            return Json(await mem.AddAsync(http, request, asyncByDefault: false, platformShape: false).ConfigureAwait(false));
        }).WithSummary("Adds memories (synchronous unless async_mode is true).")
            .WithDescription("Answers `{\"results\": [{id, memory, event}]}` once stored; with `\"async_mode\": true`, `{message, status: PENDING, event_id}`.")
            .Accepts<AddRequest>("application/json").Returns<AddResponseDto>().WithErrors(400, 502);
        api.MapGet("/memories", async (HttpContext http, MemoryApi mem) =>
        {
            var page = await mem.ListAsync(http, null, Query.Entities(http), 1, Query.Int(http, "limit", 100), false).ConfigureAwait(false);
            return Json(MemoryDtoMapper.ToDto(page));
        }).WithSummary("Lists an entity's memories (user_id, agent_id or run_id in the query).")
            .WithQuery(ApiDocs.Entities, ApiDocs.Param("limit", "integer", "Most memories to return, 1 to 1000 (default 100)."))
            .Returns<MemoryResultsDto>().WithErrors(400);
        api.MapGet("/memories/{id}", async (HttpContext http, MemoryApi mem, string id) =>
            Json(MemoryDtoMapper.ToDto(await mem.GetAsync(http, id).ConfigureAwait(false)))).WithSummary("Gets one memory.").Returns<MemoryDto>().WithErrors(400, 404);
        api.MapPost("/search", async (HttpContext http, MemoryApi mem) =>
        {
            var request = await JsonBody.ReadAsync<SearchRequest>(http).ConfigureAwait(false);
            return Json(MemoryDtoMapper.ToDto(await mem.SearchAsync(http, request).ConfigureAwait(false)));
        }).WithSummary("Searches.").Accepts<SearchRequest>("application/json").Returns<MemoryResultsDto>().WithErrors(400);
        api.MapPut("/memories/{id}", async (HttpContext http, MemoryApi mem, string id) =>
        {
            var request = await JsonBody.ReadAsync<UpdateRequest>(http).ConfigureAwait(false);
            await mem.UpdateAsync(http, id, request).ConfigureAwait(false);
            return Json(new MessageResponseDto("Memory updated successfully!"));
        }).WithSummary("Updates one memory (text, memory or data).").Accepts<UpdateRequest>("application/json").Returns<MessageResponseDto>().WithErrors(400, 404);
        api.MapGet("/memories/{id}/history", async (HttpContext http, MemoryApi mem, string id) =>
            Json((await mem.HistoryAsync(http, id).ConfigureAwait(false)).Select(MemoryDtoMapper.ToDto).ToList())).WithSummary("One memory's changes, oldest first.").Returns<HistoryEntryDto[]>().WithErrors(400, 404);
        api.MapDelete("/memories/{id}", async (HttpContext http, MemoryApi mem, string id) =>
        {
            await mem.DeleteAsync(http, id).ConfigureAwait(false);
            return Json(new MessageResponseDto("Memory deleted successfully"));
        }).WithSummary("Deletes one memory.").Returns<MessageResponseDto>().WithErrors(400, 404);
        api.MapDelete("/memories", async (HttpContext http, MemoryApi mem) =>
        {
            await mem.DeleteAllAsync(http, Query.Entities(http)).ConfigureAwait(false);
            return Json(new MessageResponseDto("All relevant memories deleted"));
        }).WithSummary("Deletes every memory of an entity.").WithQuery(ApiDocs.Entities).Returns<MessageResponseDto>().WithErrors(400);
        api.MapPost("/reset", async (HttpContext http, MemoryApi mem) =>
        {
            await mem.ResetProjectAsync(http).ConfigureAwait(false);
            return Json(new MessageResponseDto("All memories reset"));
        }).WithSummary("Deletes every memory of the key's project (never other projects').").Returns<MessageResponseDto>();
    }

    private static IResult Json<T>(T value) => Results.Json(value, WireJson.Compact);
}
