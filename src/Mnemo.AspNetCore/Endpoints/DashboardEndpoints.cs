using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Mnemo.Wire;

namespace Mnemo;

/// <summary>
/// What the dashboard (<c>/ui</c>) needs beyond Mem0's routes: listings and searches that can include superseded
/// memories, the ingestion queue with retry, and the numbers behind its charts. Mapped in the API group, so every route
/// needs an API key and works only inside the key's project, like the others.
/// </summary>
internal static class DashboardEndpoints
{
    private const int MaxStatsDays = 366;
    private const int MaxCountedMemories = 50_000;

    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/v1/dashboard").WithTags("Dashboard");
        group.MapPost("/memories/", ListAsync).WithSummary("A subject's memories, newest first, optionally with superseded and expired ones.")
            .Accepts<DashboardListRequest>("application/json").Returns<PageDto<MemoryDto>>().WithErrors(400);
        group.MapPost("/search/", SearchAsync).WithSummary("Hybrid search with each result's score explanation, optionally over superseded and expired memories.")
            .Accepts<DashboardListRequest>("application/json").Returns<MemoryResultsDto>().WithErrors(400);
        group.MapGet("/queue/", QueueAsync).WithSummary("The project's queued adds, newest first.")
            .WithQuery(
                ApiDocs.Param("status", "string", "Only adds in this state: pending, running, failed or succeeded."),
                ApiDocs.Param("limit", "integer", "Most items to return, 1 to 1000 (default 100)."))
            .Returns<QueueItemDto[]>().WithErrors(400);
        group.MapPost("/queue/{id}/retry/", RetryAsync).WithSummary("Puts a failed queued add back to pending.").Returns<MessageResponseDto>().WithErrors(404, 409, 501);
        group.MapGet("/stats/", StatsAsync).WithSummary("Memories added per day (project or one subject), requests per minute and search latency over the last hour, usage totals.")
            .WithQuery(ApiDocs.Param("days", "integer", "Days of daily counts, 1 to 366 (default 30)."), ApiDocs.Entities)
            .Returns<DashboardStatsDto>().WithErrors(400);
    }

    private static IResult Json<T>(T value) => Results.Json(value, WireJson.Compact);

    private static async Task<IResult> ListAsync(HttpContext http, IMemory memory)
    {
        var request = await JsonBody.ReadAsync<DashboardListRequest>(http).ConfigureAwait(false);
        var (scope, filter) = SubjectFilter(http, request);
        var page = request.Page ?? 1;
        var size = request.PageSize ?? 20;
        if (page < 1)
        {
            throw ApiException.BadRequest("page", "page must be 1 or more.");
        }

        if (size is < 1 or > 1000)
        {
            throw ApiException.BadRequest("page_size", "page_size must be between 1 and 1000.");
        }

        var result = await memory.ListAsync(
            new ListOptions
            {
                Scope = scope,
                Filter = filter,
                Page = page,
                PageSize = size,
                IncludeSuperseded = request.IncludeSuperseded ?? false,
                IncludeExpired = request.IncludeExpired ?? false,
            },
            http.RequestAborted).ConfigureAwait(false);
        return Json(new PageDto<MemoryDto>(result.TotalCount, null, null, result.Items.Select(i => MemoryDtoMapper.ToDto(i)).ToList()));
    }

    private static async Task<IResult> SearchAsync(HttpContext http, IMemory memory)
    {
        var request = await JsonBody.ReadAsync<DashboardListRequest>(http).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(request.Query))
        {
            throw ApiException.BadRequest("query", "query is required.");
        }

        var (scope, filter) = SubjectFilter(http, request);
        var result = await memory.SearchAsync(
            request.Query,
            new SearchOptions
            {
                Scope = scope,
                Filter = filter,
                Limit = request.TopK ?? 10,
                Explain = true,
                IncludeSuperseded = request.IncludeSuperseded ?? false,
                IncludeExpired = request.IncludeExpired ?? false,
            },
            http.RequestAborted).ConfigureAwait(false);
        return Json(MemoryDtoMapper.ToDto(result));
    }

    private static async Task<IResult> QueueAsync(HttpContext http, IMemoryIngestion ingestion)
    {
        var limit = Query.Int(http, "limit", 100);
        if (limit is < 1 or > 1000)
        {
            throw ApiException.BadRequest("limit", "limit must be between 1 and 1000.");
        }

        IngestionStatus? status = Query.String(http, "status") switch
        {
            null => null,
            "pending" => IngestionStatus.Pending,
            "running" => IngestionStatus.Running,
            "failed" => IngestionStatus.Failed,
            "succeeded" => IngestionStatus.Succeeded,
            var other => throw ApiException.BadRequest("status", $"Unknown status '{other}': use pending, running, failed or succeeded."),
        };
        var events = await ingestion.ListEventsAsync(RequestProject.Scope(http), status, limit, http.RequestAborted).ConfigureAwait(false);
        return Json(events.Where(e => RequestProject.Owns(http, e.Scope)).Select(e => new QueueItemDto
        {
            Id = e.Id.ToString(),
            Status = e.Status.ToString().ToUpperInvariant(),
            UserId = e.Scope.UserId,
            AgentId = e.Scope.AgentId,
            AppId = e.Scope.AppId,
            RunId = e.Scope.RunId,
            Attempts = e.Attempts,
            Error = e.Error,
            CreatedAt = e.CreatedAt,
            UpdatedAt = e.UpdatedAt,
        }).ToList());
    }

    private static async Task<IResult> RetryAsync(HttpContext http, IMemoryIngestion ingestion, IServiceProvider services, string id)
    {
        var e = Guid.TryParse(id, out var guid) ? await ingestion.GetEventAsync(guid, http.RequestAborted).ConfigureAwait(false) : null;
        if (e is null || !RequestProject.Owns(http, e.Scope))
        {
            throw ApiException.NotFound($"Event '{id}' does not exist.");
        }

        if (services.GetService(typeof(IIngestionQueue)) is not IIngestionQueue queue)
        {
            throw new ApiException(StatusCodes.Status501NotImplemented, "This store has no ingestion queue.");
        }

        if (!await queue.RetryAsync(guid, http.RequestAborted).ConfigureAwait(false))
        {
            throw new ApiException(StatusCodes.Status409Conflict, $"Event '{id}' is {e.Status.ToString().ToLowerInvariant()}; only a failed add can be retried.", "id");
        }

        return Json(new MessageResponseDto("Queued again."));
    }

    private static async Task<IResult> StatsAsync(HttpContext http, IMemory memory, IMemoryStore store, DashboardMetrics metrics, TimeProvider time)
    {
        var days = Query.Int(http, "days", 30);
        if (days is < 1 or > MaxStatsDays)
        {
            throw ApiException.BadRequest("days", $"days must be between 1 and {MaxStatsDays}.");
        }

        var now = time.GetUtcNow();
        var first = now.UtcDateTime.Date.AddDays(1 - days);
        var counts = new int[days];

        // Every memory created in the window, superseded and expired ones included: "added" is what was written then.
        await memory.GetAsync(Guid.Empty, cancellationToken: http.RequestAborted).ConfigureAwait(false);
        var since = MemoryFilter.Parse("{\"created_at\": {\"gte\": \"" + first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "\"}}");
        const int pageSize = 1000;
        for (var offset = 0; offset < MaxCountedMemories; offset += pageSize)
        {
            var page = await store.ListAsync(
                new MemoryListQuery { Scope = Query.Entities(http), Filter = since, Offset = offset, Limit = pageSize, AsOf = now, IncludeSuperseded = true, IncludeExpired = true },
                http.RequestAborted).ConfigureAwait(false);
            foreach (var item in page.Items)
            {
                var day = (int)(item.CreatedAt.UtcDateTime.Date - first).TotalDays;
                if (day is >= 0 && day < days)
                {
                    counts[day]++;
                }
            }

            if (page.Items.Count < pageSize)
            {
                break;
            }
        }

        var project = RequestProject.Get(http);
        var snapshot = metrics.Snapshot(project);
        return Json(new DashboardStatsDto
        {
            Project = project,
            AddedPerDay = [.. counts.Select((c, i) => new DayCountDto(first.AddDays(i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), c))],
            RequestsPerMinute = snapshot.RequestsPerMinute,
            SearchesLastHour = snapshot.Searches,
            SearchP50Ms = snapshot.SearchP50,
            SearchP95Ms = snapshot.SearchP95,
            Usage = snapshot.Usage,
        });
    }

    // The dashboard always looks at one subject: the filters must name it (user_id, agent_id, app_id or run_id).
    private static (MemoryScope Scope, MemoryFilter? Filter) SubjectFilter(HttpContext http, DashboardListRequest request)
    {
        var (scope, filter) = FilterScope.Read(request.Filters, RequestProject.Scope(http));
        return scope.IsEmpty
            ? throw ApiException.BadRequest("filters", "filters must name a subject: user_id, agent_id, app_id or run_id.")
            : (scope, filter);
    }
}
