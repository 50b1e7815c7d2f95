using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Mnemo.Wire;

namespace Mnemo;

/// <summary>
/// What the routes do, shared by the Mem0 platform and open-source routes. Every operation runs in the request's
/// project: scopes get the key's project, and a memory, history or event of another project is "not found".
/// </summary>
internal sealed class MemoryApi(IMemory memory, IMemoryIngestion ingestion, IMemoryStore store, TimeProvider time, IOptions<MnemoApiOptions> options)
{
    public const string QueuedMessage = "Memory processing has been queued for background execution";

    public IMemory Memory => memory;

    public async Task<object> AddAsync(HttpContext http, AddRequest request, bool asyncByDefault, bool platformShape)
    {
        if (request.Messages is null || request.Messages.Count == 0)
        {
            throw ApiException.BadRequest("messages", "messages must be a non-empty array of {role, content}.");
        }

        var messages = request.Messages.Select(MemoryDtoMapper.ToChatMessage).ToList();

        // Mem0's platform takes a lone system message (Agent Framework's Mem0Provider posts each message of an exchange on
        // its own, system ones included) and remembers nothing from it; refusing it would stop the provider's loop.
        if (platformShape && messages.All(m => m.Role == Microsoft.Extensions.AI.ChatRole.System) && messages.Any(m => !string.IsNullOrWhiteSpace(m.Text)))
        {
            return Array.Empty<object>();
        }

        var add = new AddOptions
        {
            Scope = RequestProject.Scope(http, request.UserId, request.AgentId, request.AppId, request.RunId),
            Infer = request.Infer ?? true,
            ActorId = request.ActorId,
            Metadata = request.Metadata,
            ObservedAt = request.Timestamp is { } seconds ? ParseTimestamp(seconds) : null,
            ExpiresAt = ParseDate(request.ExpirationDate, "expiration_date"),
            Immutable = request.Immutable ?? false,
            CustomInstructions = request.CustomInstructions,
        };

        if (request.AsyncMode ?? asyncByDefault)
        {
            var queued = await ingestion.EnqueueAddAsync(messages, add, http.RequestAborted).ConfigureAwait(false);
            var dto = new QueuedAddDto(QueuedMessage, "PENDING", queued.Id.ToString());
            return platformShape ? new[] { dto } : dto;
        }

        var result = await KeptAdd.AddAsync(memory, ingestion, messages, add, http.RequestAborted).ConfigureAwait(false);
        return platformShape
            ? result.Results.Select(r => new PlatformEventDto(r.Id.ToString(), MemoryDtoMapper.EventName(r.Event), r.Memory, new PlatformEventData(r.Memory))).ToList()
            : MemoryDtoMapper.ToDto(result);
    }

    public async Task<EventStatusDto> EventAsync(HttpContext http, string id)
    {
        var e = Guid.TryParse(id, out var guid) ? await ingestion.GetEventAsync(guid, http.RequestAborted).ConfigureAwait(false) : null;
        if (e is null || !RequestProject.Owns(http, e.Scope))
        {
            throw ApiException.NotFound($"Event '{id}' does not exist.");
        }

        JsonElement? results = null;
        if (e.Result is not null)
        {
            using var document = JsonDocument.Parse(e.Result);
            results = document.RootElement.TryGetProperty("results", out var r) ? r.Clone() : document.RootElement.Clone();
        }

        return new EventStatusDto
        {
            Id = e.Id.ToString(),
            Status = e.Status.ToString().ToUpperInvariant(),
            Results = results,
            Error = e.Error,
            Attempts = e.Attempts,
            CreatedAt = e.CreatedAt,
            UpdatedAt = e.UpdatedAt,
        };
    }

    public Task<SearchResult> SearchAsync(HttpContext http, SearchRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.Query))
        {
            throw ApiException.BadRequest("query", "query is required.");
        }

        var (scope, filter) = FilterScope.Read(request.Filters, RequestProject.Scope(http, request.UserId, request.AgentId, request.AppId, request.RunId));
        return memory.SearchAsync(
            request.Query,
            new SearchOptions
            {
                Scope = scope,
                Filter = filter,
                Limit = request.TopK ?? request.Limit ?? 10,
                Threshold = request.Threshold,
                RelativeThreshold = request.RelativeThreshold,
                SpreadThreshold = request.SpreadThreshold,
                IncludeExpired = request.ShowExpired ?? false,
                Explain = request.Explain ?? false,
                ReferenceTime = request.ReferenceTime,
            },
            http.RequestAborted);
    }

    public async Task<MemoryPage> ListAsync(HttpContext http, JsonElement? filters, MemoryScope entities, int page, int pageSize, bool showExpired)
    {
        if (page < 1)
        {
            throw ApiException.BadRequest("page", "page must be 1 or more.");
        }

        if (pageSize is < 1 or > 1000)
        {
            throw ApiException.BadRequest("page_size", "page_size must be between 1 and 1000.");
        }

        var (scope, filter) = FilterScope.Read(filters, entities);
        if (!scope.IsEmpty)
        {
            return await memory.ListAsync(
                new ListOptions { Scope = scope, Filter = filter, Page = page, PageSize = pageSize, IncludeExpired = showExpired },
                http.RequestAborted).ConfigureAwait(false);
        }

        // No single entity (e.g. an OR of users): the whole project, through the store, still inside the project.
        await EnsureStoreAsync(http).ConfigureAwait(false);
        var all = await store.ListAsync(
            new MemoryListQuery { Scope = scope, Filter = filter, Offset = (page - 1) * pageSize, Limit = pageSize, AsOf = time.GetUtcNow(), IncludeExpired = showExpired },
            http.RequestAborted).ConfigureAwait(false);
        return all with { Page = page, PageSize = pageSize };
    }

    /// <summary>The memory, inside the request's project (the engine answers another project's id as not found).</summary>
    public async Task<MemoryItem> GetAsync(HttpContext http, string id)
    {
        var guid = ParseId(id);
        return await memory.GetAsync(guid, RequestProject.Scope(http), http.RequestAborted).ConfigureAwait(false) ?? throw new MemoryNotFoundException(guid);
    }

    public async Task<MemoryItem> UpdateAsync(HttpContext http, string id, UpdateRequest request)
    {
        var text = request.Text ?? request.Memory ?? request.Data;
        var expires = ParseDate(request.ExpirationDate, "expiration_date");
        if (text is null && request.Metadata is null && expires is null && request.Categories is null)
        {
            throw ApiException.BadRequest("text", "Nothing to update: send text, metadata, categories or expiration_date.");
        }

        var guid = ParseId(id);
        var update = new MemoryUpdate { Text = text, Metadata = request.Metadata, Categories = request.Categories, ExpiresAt = expires, ActorId = request.ActorId };
        return await memory.UpdateAsync(guid, update, RequestProject.Scope(http), http.RequestAborted).ConfigureAwait(false);
    }

    public Task DeleteAsync(HttpContext http, string id) =>
        memory.DeleteAsync(ParseId(id), RequestProject.Scope(http), http.RequestAborted);

    public async Task<IReadOnlyList<MemoryHistoryEntry>> HistoryAsync(HttpContext http, string id)
    {
        var guid = ParseId(id);
        var history = await memory.HistoryAsync(guid, RequestProject.Scope(http), http.RequestAborted).ConfigureAwait(false);
        return history.Count > 0 ? history : throw new MemoryNotFoundException(guid);
    }

    public Task<int> DeleteAllAsync(HttpContext http, MemoryScope entities)
    {
        if (entities.IsEmpty)
        {
            throw ApiException.BadRequest("user_id", "Name whose memories to delete: user_id, agent_id, app_id or run_id.");
        }

        return memory.DeleteAllAsync(entities, http.RequestAborted);
    }

    public async Task<IReadOnlyList<EntityDto>> EntitiesAsync(HttpContext http)
    {
        await EnsureStoreAsync(http).ConfigureAwait(false);
        var project = RequestProject.Get(http);
        var query = new MemoryListQuery { Scope = RequestProject.Scope(http), AsOf = time.GetUtcNow() };
        var entities = await store.ListEntitiesAsync(query, http.RequestAborted).ConfigureAwait(false);
        return
        [
            .. entities
                .Select(e => new EntityDto
                {
                    Id = e.Name,
                    Name = e.Name,
                    Type = EntityType(e.Kind),
                    TotalMemories = e.MemoryCount,
                    Owner = project,
                    CreatedAt = e.FirstCreatedAt,
                    UpdatedAt = e.LastUpdatedAt,
                })
                .OrderBy(e => e.Type, StringComparer.Ordinal)
                .ThenBy(e => e.Name, StringComparer.Ordinal),
        ];
    }

    /// <summary>
    /// Deleting an entity forgets it: memories, history, queued and finished events, index entries and caches, so no
    /// route (history, event) can return its text afterwards and the store's files no longer hold it.
    /// </summary>
    public Task<ForgetReceipt> DeleteEntityAsync(HttpContext http, string type, string name) => type switch
    {
        "user" => memory.ForgetAsync(RequestProject.Scope(http, userId: name), http.RequestAborted),
        "agent" => memory.ForgetAsync(RequestProject.Scope(http, agentId: name), http.RequestAborted),
        "app" => memory.ForgetAsync(RequestProject.Scope(http, appId: name), http.RequestAborted),
        "run" => memory.ForgetAsync(RequestProject.Scope(http, runId: name), http.RequestAborted),
        _ => throw ApiException.BadRequest("entity_type", $"Unknown entity type '{type}': use user, agent, app or run."),
    };

    /// <summary>Forgets exactly the subject the request names (at least one entity id), inside the request's project.</summary>
    public Task<ForgetReceipt> ForgetAsync(HttpContext http, ForgetRequest request)
    {
        if (request.Unknown is { Count: > 0 } unknown)
        {
            var name = unknown.Keys.First();
            throw ApiException.BadRequest(name, $"Unknown field '{name}': forget takes user_id, agent_id, run_id and app_id.");
        }

        var scope = RequestProject.Scope(http, Blank(request.UserId), Blank(request.AgentId), Blank(request.AppId), Blank(request.RunId));
        if (scope.IsEmpty)
        {
            throw ApiException.BadRequest("user_id", "Name the subject to forget: user_id, agent_id, run_id or app_id (at least one).");
        }

        return memory.ForgetAsync(scope, http.RequestAborted);
    }

    public async Task<int> ResetProjectAsync(HttpContext http)
    {
        var deleted = 0;
        foreach (var entity in await EntitiesAsync(http).ConfigureAwait(false))
        {
            deleted += (await DeleteEntityAsync(http, entity.Type, entity.Name).ConfigureAwait(false)).Memories;
        }

        return deleted;
    }

    public async Task<int> BatchAsync(HttpContext http, BatchRequest request, bool delete)
    {
        var items = request.Memories ?? throw ApiException.BadRequest("memories", "memories must be an array.");
        if (items.Count == 0 || items.Count > options.Value.MaxBatchSize)
        {
            throw ApiException.BadRequest("memories", $"memories must hold 1 to {options.Value.MaxBatchSize} items.");
        }

        // Check everything first: a batch with one bad item changes nothing. A repeated id is refused, not merged:
        // the caller's list is wrong, and guessing which of two updates was meant would hide that.
        var owned = new List<(MemoryItem Item, string? Text)>(items.Count);
        var seen = new Dictionary<Guid, int>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].MemoryId is not { } id)
            {
                throw ApiException.BadRequest($"memories[{i}].memory_id", "memory_id is required.");
            }

            if (Guid.TryParse(id, out var guid) && !seen.TryAdd(guid, i))
            {
                throw ApiException.BadRequest($"memories[{i}].memory_id", $"memory_id '{id}' appears twice (memories[{seen[guid]}] and memories[{i}]): name each memory once per batch.");
            }

            if (!delete && string.IsNullOrWhiteSpace(items[i].Text))
            {
                throw ApiException.BadRequest($"memories[{i}].text", "text is required.");
            }

            owned.Add((await GetAsync(http, id).ConfigureAwait(false), items[i].Text));
        }

        var project = RequestProject.Scope(http);
        foreach (var (item, text) in owned)
        {
            if (delete)
            {
                await memory.DeleteAsync(item.Id, project, http.RequestAborted).ConfigureAwait(false);
            }
            else
            {
                await memory.UpdateAsync(item.Id, new MemoryUpdate { Text = text }, project, http.RequestAborted).ConfigureAwait(false);
            }
        }

        return owned.Count;
    }

    private async Task EnsureStoreAsync(HttpContext http) =>

        // The engine opens the store lazily; any engine read does it.
        await memory.GetAsync(Guid.Empty, cancellationToken: http.RequestAborted).ConfigureAwait(false);

    private static string EntityType(MemoryEntityKind kind) => kind switch
    {
        MemoryEntityKind.User => "user",
        MemoryEntityKind.Agent => "agent",
        MemoryEntityKind.App => "app",
        _ => "run",
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static DateTimeOffset ParseTimestamp(long seconds) =>
        seconds is >= MinTimestamp and <= MaxTimestamp
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : throw ApiException.BadRequest("timestamp", $"timestamp must be Unix seconds between {MinTimestamp} (year 1) and {MaxTimestamp} (year 9999), not {seconds}.");

    private const long MinTimestamp = -62135596800;

    private const long MaxTimestamp = 253402300799;

    private static Guid ParseId(string id) =>
        Guid.TryParse(id, out var guid) ? guid : throw ApiException.BadRequest("memory_id", $"'{id}' is not a memory id (a UUID).");

    private static DateTimeOffset? ParseDate(string? value, string field) =>
        value is null ? null
        : DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date
        : throw ApiException.BadRequest(field, $"{field} must be a date (YYYY-MM-DD or ISO 8601).");
}
