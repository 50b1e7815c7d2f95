using Microsoft.Extensions.AI;
using Mnemo.Client.Http;
using Mnemo.Client.Wire;
using Mnemo.Wire;

namespace Mnemo.Client;

/// <summary>
/// <see cref="IMemory"/> over HTTP against <c>mnemo serve</c>: the same records and exceptions as the embedded engine.
/// The server checks every input with the engine itself, so a bad input fails with the same exception and field.
/// The API key's project is the tenant: it is read once (<c>GET /v1/ping/</c>), stamped on every scope returned, and a
/// scope naming another project is refused. By-id calls stay inside that project on the server (another project's id
/// is not found); the user, agent, run or app ids of their restriction are checked here, after a read.
/// </summary>
internal sealed class RemoteMemory(RemoteTransport transport, TimeProvider time) : IMemory
{
    private volatile ProjectHolder? _project;

    public async Task<AddResult> AddAsync(IEnumerable<ChatMessage> messages, AddOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        ArgumentNullException.ThrowIfNull(options);
        var list = messages.ToList();
        await CheckAsync(options.Scope, cancellationToken).ConfigureAwait(false);
        var body = new AddBody
        {
            UserId = options.Scope?.UserId,
            AgentId = options.Scope?.AgentId,
            RunId = options.Scope?.RunId,
            AppId = options.Scope?.AppId,
            Messages = list.Select(ToDto).ToList(),
            ActorId = options.ActorId,
            Metadata = options.Metadata,
            Categories = options.Categories,
            Infer = options.Infer,
            ObservedAt = options.ObservedAt,
            ExpiresAt = options.ExpiresAt,
            Immutable = options.Immutable,
            CustomInstructions = options.CustomInstructions,
            IncludeTopics = options.IncludeTopics,
            ExcludeTopics = options.ExcludeTopics,
            MemoryType = options.MemoryType == MemoryType.Procedural ? "procedural" : "semantic",
        };

        // Never retried: a lost answer does not mean a lost add, and a second one would store the memories twice.
        var answer = await transport.SendAsync<AddAnswer>(HttpMethod.Post, "mnemo/v1/memories/add/", body, idempotent: false, new ErrorContext(Messages: list), cancellationToken).ConfigureAwait(false);
        return new AddResult(answer.Results.Select(ToEvent).ToList(), answer.Usage?.ToUsage() ?? MemoryUsage.None)
        {
            Extractor = answer.Extractor ?? "verbatim",
            Skipped = (answer.Skipped ?? []).Select(s => new SkippedMessage(s.Index, s.Reason)).ToList(),
            Warnings = answer.Warnings ?? [],
        };
    }

    public async Task<SearchResult> SearchAsync(string query, SearchOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ValidateThresholds(); // JSON cannot carry a NaN: the engine's own check, before sending.
        var project = await CheckAsync(options.Scope, cancellationToken).ConfigureAwait(false);
        var body = new SearchBody
        {
            UserId = options.Scope?.UserId,
            AgentId = options.Scope?.AgentId,
            RunId = options.Scope?.RunId,
            AppId = options.Scope?.AppId,
            Query = query ?? string.Empty,
            Limit = options.Limit,
            Threshold = options.Threshold,
            RelativeThreshold = options.RelativeThreshold,
            SpreadThreshold = options.SpreadThreshold,
            Filters = FilterJson.Write(options.Filter),
            AsOf = options.AsOf,
            ReferenceTime = options.ReferenceTime,
            IncludeSuperseded = options.IncludeSuperseded,
            IncludeExpired = options.IncludeExpired,
            Explain = options.Explain,
        };
        var answer = await transport.SendAsync<SearchAnswer>(HttpMethod.Post, "mnemo/v1/memories/search/", body, idempotent: true, ErrorContext.None, cancellationToken).ConfigureAwait(false);
        // The server cuts (the spread needs its whole ranking, not the top `limit`); cutting again changes nothing, and
        // applies the thresholds a server that predates relative_threshold and spread_threshold ignored, where it can.
        return new SearchResult(
            options.Cut(answer.Results.Select(r => new ScoredMemory(ToItem(r, project), r.Score ?? 0, r.Explanation is null ? null : ToExplanation(r.Explanation)))),
            answer.Usage?.ToUsage() ?? MemoryUsage.None);
    }

    public async Task<MemoryItem?> GetAsync(Guid id, MemoryScope? scope = null, CancellationToken cancellationToken = default)
    {
        var within = await ByIdScopeAsync(scope, cancellationToken).ConfigureAwait(false);
        try
        {
            var dto = await transport.SendAsync<MemoryDto>(HttpMethod.Get, $"v1/memories/{id}/", null, idempotent: true, new ErrorContext(id), cancellationToken).ConfigureAwait(false);
            var item = ToItem(dto, within.ProjectId);
            return within.Contains(item.Scope) ? item : null;
        }
        catch (MemoryNotFoundException)
        {
            return null;
        }
    }

    public async Task<MemoryPage> ListAsync(ListOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var project = await CheckAsync(options.Scope, cancellationToken).ConfigureAwait(false);
        var body = new ListBody
        {
            UserId = options.Scope?.UserId,
            AgentId = options.Scope?.AgentId,
            RunId = options.Scope?.RunId,
            AppId = options.Scope?.AppId,
            Filters = FilterJson.Write(options.Filter),
            Page = options.Page,
            PageSize = options.PageSize,
            Order = options.Order switch
            {
                MemoryOrder.CreatedAscending => "created_asc",
                MemoryOrder.UpdatedDescending => "updated_desc",
                MemoryOrder.ObservedDescending => "observed_desc",
                MemoryOrder.ObservedAscending => "observed_asc",
                _ => "created_desc",
            },
            IncludeSuperseded = options.IncludeSuperseded,
            IncludeExpired = options.IncludeExpired,
        };
        var answer = await transport.SendAsync<PageAnswer>(HttpMethod.Post, "mnemo/v1/memories/list/", body, idempotent: true, ErrorContext.None, cancellationToken).ConfigureAwait(false);
        return new MemoryPage(answer.Results.Select(r => ToItem(r, project)).ToList(), answer.TotalCount, answer.Page, answer.PageSize);
    }

    public async Task<MemoryItem> UpdateAsync(Guid id, MemoryUpdate update, MemoryScope? scope = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(update);
        var within = await ByIdScopeAsync(scope, cancellationToken).ConfigureAwait(false);
        await CheckWithinAsync(id, within, cancellationToken).ConfigureAwait(false);
        var body = new UpdateBody { Text = update.Text, Metadata = update.Metadata, Categories = update.Categories, ExpiresAt = update.ExpiresAt, ActorId = update.ActorId };

        // A PUT sets the same values again when repeated: safe to retry.
        var dto = await transport.SendAsync<MemoryDto>(HttpMethod.Put, $"v1/memories/{id}/", body, idempotent: true, new ErrorContext(id), cancellationToken).ConfigureAwait(false);
        return ToItem(dto, within.ProjectId);
    }

    public async Task DeleteAsync(Guid id, MemoryScope? scope = null, CancellationToken cancellationToken = default)
    {
        var within = await ByIdScopeAsync(scope, cancellationToken).ConfigureAwait(false);
        await CheckWithinAsync(id, within, cancellationToken).ConfigureAwait(false);
        await transport.SendAsync<MessageAnswer>(HttpMethod.Delete, $"v1/memories/{id}/", null, idempotent: true, new ErrorContext(id), cancellationToken).ConfigureAwait(false);
    }

    public async Task<int> DeleteAllAsync(MemoryScope scope, CancellationToken cancellationToken = default)
    {
        await CheckAsync(scope, cancellationToken).ConfigureAwait(false);
        var answer = await transport.SendAsync<DeletedAnswer>(HttpMethod.Post, "mnemo/v1/memories/delete/", ScopeOf(scope), idempotent: false, ErrorContext.None, cancellationToken).ConfigureAwait(false);
        return answer.Deleted;
    }

    public async Task<IReadOnlyList<MemoryHistoryEntry>> HistoryAsync(Guid id, MemoryScope? scope = null, CancellationToken cancellationToken = default)
    {
        var within = await ByIdScopeAsync(scope, cancellationToken).ConfigureAwait(false);
        try
        {
            var entries = await transport.SendAsync<List<HistoryEntryDto>>(HttpMethod.Get, $"v1/memories/{id}/history/", null, idempotent: true, new ErrorContext(id), cancellationToken).ConfigureAwait(false);
            var history = entries.Select(e => ToEntry(e, within.ProjectId)).ToList();
            return history.All(e => within.Contains(e.Scope)) ? history : [];
        }
        catch (MemoryNotFoundException)
        {
            // The server answers 404 for an id without history; IMemory's contract is an empty list.
            return [];
        }
    }

    public async Task ResetAsync(CancellationToken cancellationToken = default)
    {
        // The server resets the API key's project only: other tenants' memories are out of a client's reach.
        await transport.SendAsync<MessageAnswer>(HttpMethod.Post, "reset", null, idempotent: false, ErrorContext.None, cancellationToken).ConfigureAwait(false);
    }

    public async Task<ForgetReceipt> ForgetAsync(MemoryScope scope, CancellationToken cancellationToken = default)
    {
        // The engine's own check, before anything leaves the process: an erasure that names no subject is never sent.
        if (scope is null)
        {
            throw new MemoryValidationException("scope", "A scope (user_id, agent_id, run_id or app_id) is required.");
        }

        scope.Validate();
        var project = await CheckAsync(scope, cancellationToken).ConfigureAwait(false);
        var dto = await transport.SendAsync<ForgetReceiptDto>(HttpMethod.Post, "v1/forget/", ScopeOf(scope), idempotent: false, ErrorContext.None, cancellationToken).ConfigureAwait(false);
        return new ForgetReceipt
        {
            Scope = scope with { ProjectId = project },
            Memories = dto.Memories,
            HistoryEntries = dto.HistoryEntries,
            QueuedItems = dto.QueuedItems,
            CompletedAt = dto.CompletedAt,
            Duration = TimeSpan.FromMilliseconds(dto.DurationMs),
        };
    }

    private static ScopeDto ScopeOf(MemoryScope? scope) => new() { UserId = scope?.UserId, AgentId = scope?.AgentId, RunId = scope?.RunId, AppId = scope?.AppId };

    /// <summary>The key's project, after refusing a scope that names another one.</summary>
    private async Task<string?> CheckAsync(MemoryScope? scope, CancellationToken cancellationToken)
    {
        var project = await ProjectAsync(cancellationToken).ConfigureAwait(false);
        if (scope?.ProjectId is { } asked && !string.Equals(asked, project ?? string.Empty, StringComparison.Ordinal))
        {
            throw new MemoryValidationException(
                "project_id",
                $"This client's API key belongs to project '{project}', so its scopes cannot name project '{asked}': use that project's API key.");
        }

        return project;
    }

    /// <summary>
    /// The restriction of a by-id call with the key's project filled in. The server keeps by-id calls inside the key's
    /// project; the user, agent, run and app ids a restriction may add are checked here.
    /// </summary>
    private async Task<MemoryScope> ByIdScopeAsync(MemoryScope? scope, CancellationToken cancellationToken)
    {
        scope?.ValidateIds();
        var project = await CheckAsync(scope, cancellationToken).ConfigureAwait(false);
        return (scope ?? new MemoryScope()) with { ProjectId = project };
    }

    /// <summary>
    /// Before a change, when the restriction names ids beyond the project: reads the memory and answers "not found"
    /// unless it lies inside (a memory's scope never changes, so the read and the change agree).
    /// </summary>
    private async Task CheckWithinAsync(Guid id, MemoryScope within, CancellationToken cancellationToken)
    {
        if (!within.IsEmpty && await GetAsync(id, within, cancellationToken).ConfigureAwait(false) is null)
        {
            throw new MemoryNotFoundException(id);
        }
    }

    private async Task<string?> ProjectAsync(CancellationToken cancellationToken)
    {
        if (_project is { } known)
        {
            return known.Project;
        }

        var ping = await transport.SendAsync<PingAnswer>(HttpMethod.Get, "v1/ping/", null, idempotent: true, ErrorContext.None, cancellationToken).ConfigureAwait(false);
        var holder = new ProjectHolder(string.IsNullOrEmpty(ping.ProjectId) ? null : ping.ProjectId);
        _project = holder;
        return holder.Project;
    }

    private MemoryItem ToItem(MemoryDto dto, string? project)
    {
        var item = MemoryDtoMapper.ToItem(dto, time.GetUtcNow());
        return item with { Scope = item.Scope with { ProjectId = project } };
    }

    private static MessageDto ToDto(ChatMessage message) => new()
    {
        Role = message.Role.Value,
        Content = message.Text,
        Name = message.AuthorName,
    };

    private static MemoryEventResult ToEvent(MemoryEventDto dto) =>
        new(Guid.Parse(dto.Id), dto.Memory, ParseEvent(dto.Event), dto.PreviousMemory);

    private static MemoryHistoryEntry ToEntry(HistoryEntryDto dto, string? project) => new()
    {
        Id = Guid.Parse(dto.Id),
        MemoryId = Guid.Parse(dto.MemoryId),
        Scope = new MemoryScope { UserId = dto.UserId, AgentId = dto.AgentId, RunId = dto.RunId, AppId = dto.AppId, ProjectId = project },
        Event = ParseEvent(dto.Event),
        OldText = dto.OldMemory,
        NewText = dto.NewMemory,
        ActorId = dto.ActorId,
        RelatedMemoryId = dto.RelatedMemoryId is null ? null : Guid.Parse(dto.RelatedMemoryId),
        CreatedAt = dto.CreatedAt,
        OldMetadata = dto.OldMetadata,
        NewMetadata = dto.NewMetadata,
        OldCategories = dto.OldCategories,
        NewCategories = dto.NewCategories,
        OldExpiresAt = dto.OldExpiresAt,
        NewExpiresAt = dto.NewExpiresAt,
    };

    private static ScoreExplanation ToExplanation(ScoreExplanationDto dto) => new()
    {
        Semantic = dto.Semantic,
        Keyword = dto.Keyword,
        SemanticNormalized = dto.SemanticNormalized,
        KeywordNormalized = dto.KeywordNormalized,
        Other = dto.Other ?? new Dictionary<string, double>(),
        Contributions = dto.Contributions ?? new Dictionary<string, double>(),
        Fused = dto.Fused,
    };

    private static MemoryEventType ParseEvent(string name) =>
        Enum.TryParse<MemoryEventType>(name, ignoreCase: true, out var type)
            ? type
            : throw new MnemoServerException($"The Mnemo server reported an unknown memory event '{name}'; is the client older than the server?");

    private sealed record ProjectHolder(string? Project);
}
