using System.ComponentModel;
using System.Text.Json;
using Microsoft.Extensions.AI;
using Mnemo.Wire;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace Mnemo;

/// <summary>
/// The memory tools, named as Mem0's MCP server names them so prompts written for it keep working. Scope comes from
/// <see cref="MnemoMcpOptions"/> through <see cref="ToolScope"/>; every answer is compact JSON or an error result.
/// </summary>
[McpServerToolType]
internal sealed class MemoryTools(IMemory memory, ToolScope scopes)
{
    /// <summary>The confirmation word <c>forget</c> requires.</summary>
    public const string ForgetConfirmation = "FORGET";

    private const string UserIdDescription = "Usually left out: the server's configuration sets the user. Another user is accepted only where the server allows it (stdio: --allow-any-user; HTTP: any user of the API key's project).";
    private const string AgentIdDescription = "Usually left out: the server's configuration sets the agent. Another agent is accepted only where the server allows it (stdio: --allow-any-user; HTTP: any agent of the API key's project).";
    private const string RunIdDescription = "Optional session/run id, to keep or find memories of one conversation only.";
    private const string MemoryIdDescription = "The memory's id, from the id field of a search_memories or get_memories result.";

    [McpServerTool(Name = "add_memory", Destructive = false, OpenWorld = false)]
    [Description("Store a memory about the user. Call it when the user shares something about themselves (preferences, "
        + "facts, plans, people, work, constraints) or asks you to remember something. Write one self-contained fact per "
        + "call, in the third person when it is about the user (e.g. 'Prefers dark mode in every editor'). Returns the "
        + "ids of the stored memories.")]
    public Task<CallToolResult> AddMemoryAsync(
        IServiceProvider services,
        [Description("The fact to remember, self-contained and short.")] string text,
        [Description("Optional JSON object of metadata stored with the memory, e.g. {\"source\": \"chat\"}.")] JsonElement? metadata = null,
        [Description("true: let Mnemo extract facts from the text and reconcile them with existing memories (merges duplicates, updates outdated facts). false (default): store the text as given.")] bool infer = false,
        [Description(UserIdDescription)] string? user_id = null,
        [Description(AgentIdDescription)] string? agent_id = null,
        [Description(RunIdDescription)] string? run_id = null,
        CancellationToken cancellationToken = default) => ToolResults.RunAsync(async () =>
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                throw new MemoryValidationException("text", "text is required: the fact to remember.");
            }

            var options = new AddOptions
            {
                Scope = scopes.Resolve(services, user_id, agent_id, run_id),
                Infer = infer,
                Metadata = ToolResults.Object(metadata, "metadata")?.Deserialize<Dictionary<string, JsonElement>>(),
            };
            var result = await memory.AddAsync([new ChatMessage(ChatRole.User, text)], options, cancellationToken).ConfigureAwait(false);
            var dto = MemoryDtoMapper.ToDto(result);
            return ToolResults.Json(new
            {
                results = dto.Results.Select(r => new { id = r.Id, memory = r.Memory, @event = r.Event, note = r.Note }),
                skipped = dto.Skipped?.Select(s => s.Message),
                warnings = dto.Warnings,
            });
        });

    [McpServerTool(Name = "search_memories", ReadOnly = true, Idempotent = true, OpenWorld = false)]
    [Description("Search what is known about the user, best match first. Call it BEFORE answering anything that may "
        + "depend on the user (their preferences, history, projects, people, earlier decisions), and before adding a "
        + "memory that may already exist. Returns ids, text, relevance scores (0-1) and dates.")]
    public Task<CallToolResult> SearchMemoriesAsync(
        IServiceProvider services,
        [Description("What to look for, in natural language (e.g. 'favourite programming language').")] string query,
        [Description("Most results to return, 1-100 (default 10).")] int limit = 10,
        [Description("Optional Mem0 filter JSON object on fields and metadata, e.g. {\"categories\": {\"contains\": \"work\"}}.")] JsonElement? filters = null,
        [Description("Optional minimum relevance score in [0, 1].")] double? threshold = null,
        [Description("Optional: keep only results scoring at least this share, in [0, 1], of the best result's score (0.865 is calibrated, with spread_threshold 0.40).")] double? relative_threshold = null,
        [Description("Optional: keep only results at least this share, in [0, 1], of the way from the 20th result's score up to the best one (0.4 is calibrated, with relative_threshold 0.865); it leaves out results that do not stand out from the rest.")] double? spread_threshold = null,
        [Description(UserIdDescription)] string? user_id = null,
        [Description(AgentIdDescription)] string? agent_id = null,
        [Description(RunIdDescription)] string? run_id = null,
        [Description("Optional ISO 8601 time the question is asked (default: now): 'yesterday' or 'two weeks ago' in the query count back from it.")] string? reference_time = null,
        CancellationToken cancellationToken = default) => ToolResults.RunAsync(async () =>
        {
            if (string.IsNullOrWhiteSpace(query))
            {
                throw new MemoryValidationException("query", "query is required: what to look for.");
            }

            DateTimeOffset? reference = null;
            if (reference_time is not null)
            {
                reference = DateTimeOffset.TryParse(reference_time, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var parsed)
                    ? parsed
                    : throw new MemoryValidationException("reference_time", $"reference_time must be an ISO 8601 time such as 2024-05-30T18:00:00Z, not '{reference_time}'.");
            }

            if (limit is < 1 or > 100)
            {
                throw new MemoryValidationException("limit", $"limit must be between 1 and 100, not {limit}.");
            }

            var options = new SearchOptions
            {
                Scope = scopes.Resolve(services, user_id, agent_id, run_id),
                Limit = limit,
                Threshold = threshold,
                RelativeThreshold = relative_threshold,
                SpreadThreshold = spread_threshold,
                Filter = ToolResults.Object(filters, "filters") is { } f ? MemoryFilter.Parse(f) : null,
                ReferenceTime = reference,
            };
            options.ValidateThresholds();
            var result = await memory.SearchAsync(query, options, cancellationToken).ConfigureAwait(false);
            return ToolResults.Json(new { results = result.Results.Select(r => McpMemoryView.From(r.Memory, r.Score)) });
        });

    [McpServerTool(Name = "get_memories", ReadOnly = true, Idempotent = true, OpenWorld = false)]
    [Description("List the user's memories, newest first, one page at a time. Use it to review everything that is "
        + "known (e.g. when the user asks 'what do you know about me?'); to answer a question, prefer search_memories.")]
    public Task<CallToolResult> GetMemoriesAsync(
        IServiceProvider services,
        [Description("1-based page number (default 1).")] int page = 1,
        [Description("Memories per page, 1-100 (default 50).")] int page_size = 50,
        [Description("Optional Mem0 filter JSON object on fields and metadata.")] JsonElement? filters = null,
        [Description(UserIdDescription)] string? user_id = null,
        [Description(AgentIdDescription)] string? agent_id = null,
        [Description(RunIdDescription)] string? run_id = null,
        CancellationToken cancellationToken = default) => ToolResults.RunAsync(async () =>
        {
            if (page < 1)
            {
                throw new MemoryValidationException("page", $"page must be 1 or more, not {page}.");
            }

            if (page_size is < 1 or > 100)
            {
                throw new MemoryValidationException("page_size", $"page_size must be between 1 and 100, not {page_size}.");
            }

            var options = new ListOptions
            {
                Scope = scopes.Resolve(services, user_id, agent_id, run_id),
                Page = page,
                PageSize = page_size,
                Filter = ToolResults.Object(filters, "filters") is { } f ? MemoryFilter.Parse(f) : null,
            };
            var result = await memory.ListAsync(options, cancellationToken).ConfigureAwait(false);
            return ToolResults.Json(new
            {
                results = result.Items.Select(i => McpMemoryView.From(i)),
                page = result.Page,
                page_size = result.PageSize,
                total = result.TotalCount,
                has_more = result.HasNext,
            });
        });

    [McpServerTool(Name = "get_memory", ReadOnly = true, Idempotent = true, OpenWorld = false)]
    [Description("Get one memory by id, with its text and dates.")]
    public Task<CallToolResult> GetMemoryAsync(
        IServiceProvider services,
        [Description(MemoryIdDescription)] string memory_id,
        CancellationToken cancellationToken = default) => ToolResults.RunAsync(async () =>
        {
            var id = ToolResults.ParseId(memory_id);
            var item = await memory.GetAsync(id, scopes.ById(services), cancellationToken).ConfigureAwait(false) ?? throw new MemoryNotFoundException(id);
            return ToolResults.Json(McpMemoryView.From(item));
        });

    [McpServerTool(Name = "update_memory", Destructive = true, Idempotent = true, OpenWorld = false)]
    [Description("Replace the text of one memory, when the user corrects or changes something already remembered "
        + "(find its id with search_memories first). The old text stays in the memory's history.")]
    public Task<CallToolResult> UpdateMemoryAsync(
        IServiceProvider services,
        [Description(MemoryIdDescription)] string memory_id,
        [Description("The new text of the memory, self-contained.")] string text,
        CancellationToken cancellationToken = default) => ToolResults.RunAsync(async () =>
        {
            var id = ToolResults.ParseId(memory_id);
            if (string.IsNullOrWhiteSpace(text))
            {
                throw new MemoryValidationException("text", "text is required: the new text of the memory.");
            }

            var item = await memory.UpdateAsync(id, new MemoryUpdate { Text = text }, scopes.ById(services), cancellationToken).ConfigureAwait(false);
            return ToolResults.Json(McpMemoryView.From(item));
        });

    [McpServerTool(Name = "delete_memory", Destructive = true, Idempotent = false, OpenWorld = false)]
    [Description("Delete one memory by id, when the user asks to forget that one thing or it is wrong and cannot be corrected.")]
    public Task<CallToolResult> DeleteMemoryAsync(
        IServiceProvider services,
        [Description(MemoryIdDescription)] string memory_id,
        CancellationToken cancellationToken = default) => ToolResults.RunAsync(async () =>
        {
            var id = ToolResults.ParseId(memory_id);
            await memory.DeleteAsync(id, scopes.ById(services), cancellationToken).ConfigureAwait(false);
            return ToolResults.Json(new { id = id.ToString(), deleted = true });
        });

    [McpServerTool(Name = "delete_all_memories", Destructive = true, Idempotent = true, OpenWorld = false)]
    [Description("Delete ALL of the user's memories (or only those of one run_id). Only when the user explicitly asks to "
        + "wipe their memory. Returns how many were deleted.")]
    public Task<CallToolResult> DeleteAllMemoriesAsync(
        IServiceProvider services,
        [Description(UserIdDescription)] string? user_id = null,
        [Description(AgentIdDescription)] string? agent_id = null,
        [Description("Optional run id: delete only that session's memories.")] string? run_id = null,
        CancellationToken cancellationToken = default) => ToolResults.RunAsync(async () =>
        {
            var scope = scopes.Resolve(services, user_id, agent_id, run_id);
            var deleted = await memory.DeleteAllAsync(scope, cancellationToken).ConfigureAwait(false);
            return ToolResults.Json(new { deleted });
        });

    [McpServerTool(Name = "forget", Destructive = true, Idempotent = true, OpenWorld = false)]
    [Description("Erase everything about the user for good (right to be forgotten): memories, their history and index "
        + "entries; it cannot be undone. Only when the user explicitly asks for it, and after they confirm: pass confirm = "
        + "\"FORGET\". It erases exactly the subject named (user_id, agent_id, or both; by default the configured user) "
        + "and returns a receipt with that subject and the counts erased.")]
    public Task<CallToolResult> ForgetAsync(
        IServiceProvider services,
        [Description("Must be exactly \"FORGET\" (the user's explicit confirmation); anything else erases nothing.")] string? confirm = null,
        [Description(UserIdDescription)] string? user_id = null,
        [Description(AgentIdDescription)] string? agent_id = null,
        CancellationToken cancellationToken = default) => ToolResults.RunAsync(async () =>
        {
            var scope = scopes.ResolveSubject(services, user_id, agent_id);
            if (!string.Equals(confirm, ForgetConfirmation, StringComparison.Ordinal))
            {
                return ToolResults.Error($"Nothing was erased: forget needs confirm = \"{ForgetConfirmation}\". Ask the user to confirm first.");
            }

            var receipt = await memory.ForgetAsync(scope, cancellationToken).ConfigureAwait(false);
            return ToolResults.Json(MemoryDtoMapper.ToDto(receipt));
        });
}
