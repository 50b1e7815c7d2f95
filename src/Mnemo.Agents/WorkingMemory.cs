using System.ComponentModel;
using Microsoft.Extensions.AI;

namespace Mnemo;

/// <summary>
/// The working memory of one session (run): a scratchpad of named values and the recent message window, persisted in the
/// store (<see cref="IWorkingMemoryStore"/>) with a time to live, so it survives a process restart within it. Every write
/// extends the time to live. <see cref="EndAsync"/> consolidates it into long-term memory (the formation pipeline) and
/// erases it; a session nobody ends is consolidated by the ingestion worker once it expires. Forgetting a user erases it too.
/// </summary>
public sealed class WorkingMemory
{
    private readonly IMemory _memory;
    private readonly IWorkingMemoryStore _store;
    private readonly WorkingMemoryOptions _options;
    private int _initialized;

    /// <summary>The working memory of <paramref name="session"/> (its <see cref="MemoryScope.RunId"/> is required).</summary>
    /// <param name="memory">The long-term memory it is consolidated into; its store must implement <see cref="IWorkingMemoryStore"/>.</param>
    /// <param name="store">The store holding working memory (the SQLite store does).</param>
    /// <param name="session">The session: run id, and the user, agent or app whose long-term memory it feeds.</param>
    /// <param name="options">Time to live, window size and clock.</param>
    public WorkingMemory(IMemory memory, IWorkingMemoryStore store, MemoryScope session, WorkingMemoryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(memory);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(session);
        session.Validate();
        if (session.RunId is null)
        {
            throw new MemoryValidationException("run_id", "Working memory belongs to one session: run_id is required.");
        }

        _memory = memory;
        _store = store;
        Scope = session;
        _options = options ?? new WorkingMemoryOptions();
        _options.Validate();
    }

    /// <summary>The session.</summary>
    public MemoryScope Scope { get; }

    /// <summary>The session's state (empty when it has none or it expired).</summary>
    public async Task<WorkingMemoryState> ReadAsync(CancellationToken cancellationToken = default)
    {
        await EnsureStoreAsync(cancellationToken).ConfigureAwait(false);
        var now = _options.TimeProvider.GetUtcNow();
        return await _store.GetWorkingMemoryAsync(Scope, now, cancellationToken).ConfigureAwait(false)
            ?? new WorkingMemoryState { Scope = Scope, UpdatedAt = now, ExpiresAt = now + _options.TimeToLive };
    }

    /// <summary>One named value of the scratchpad, or <see langword="null"/>.</summary>
    public async Task<string?> GetAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var state = await ReadAsync(cancellationToken).ConfigureAwait(false);
        return state.Values.GetValueOrDefault(name);
    }

    /// <summary>Writes a named value (a <see langword="null"/> value removes it).</summary>
    public Task SetAsync(string name, string? value, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return UpdateAsync(
            state =>
            {
                var values = new Dictionary<string, string>(state.Values, StringComparer.Ordinal);
                if (value is null)
                {
                    values.Remove(name);
                }
                else
                {
                    values[name] = value;
                }

                return state with { Values = values };
            },
            cancellationToken);
    }

    /// <summary>Adds messages (user and assistant text only) to the window, which keeps the most recent <see cref="WorkingMemoryOptions.Window"/>.</summary>
    public Task AppendAsync(IEnumerable<ChatMessage> messages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var now = _options.TimeProvider.GetUtcNow();
        var added = MemoryRecorder.Recordable(messages).Select(m => new WorkingMessage(m.Role.Value, m.Text, now)).ToList();
        if (added.Count == 0)
        {
            return Task.CompletedTask;
        }

        return UpdateAsync(state => state with { Messages = [.. state.Messages.Concat(added).TakeLast(_options.Window)] }, cancellationToken);
    }

    /// <summary>
    /// Ends the session: its window and scratchpad go through formation into long-term memory (queued on
    /// <paramref name="ingestion"/> when given, so this returns in milliseconds; otherwise added now), then it is erased.
    /// Returns whether there was anything to consolidate.
    /// </summary>
    public async Task<bool> EndAsync(IMemoryIngestion? ingestion = null, CancellationToken cancellationToken = default)
    {
        await EnsureStoreAsync(cancellationToken).ConfigureAwait(false);
        var state = await _store.GetWorkingMemoryAsync(Scope, _options.TimeProvider.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        var messages = state is null ? [] : WorkingMemoryConsolidation.Messages(state);
        if (state is not null && messages.Count > 0)
        {
            var add = WorkingMemoryConsolidation.AddOptions(state);
            if ((ingestion ?? _memory as IMemoryIngestion) is { } queue)
            {
                await queue.EnqueueAddAsync(messages, add, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await _memory.AddAsync(messages, add, cancellationToken).ConfigureAwait(false);
            }
        }

        await _store.DeleteWorkingMemoryAsync(Scope, cancellationToken).ConfigureAwait(false);
        return messages.Count > 0;
    }

    /// <summary>
    /// Tools over the scratchpad for the model: <c>read_session_notes</c> and <c>write_session_note</c>. Bound to this
    /// session; the model can never reach another one.
    /// </summary>
    public IList<AITool> CreateTools() =>
    [
        AIFunctionFactory.Create(
            async (CancellationToken cancellationToken) =>
            {
                var state = await ReadAsync(cancellationToken).ConfigureAwait(false);
                return state.Values.Count == 0 ? "No notes yet." : string.Join('\n', state.Values.Select(v => $"{v.Key}: {v.Value}"));
            },
            "read_session_notes",
            "Reads the notes (named values) kept for the current session."),
        AIFunctionFactory.Create(
            async ([Description("The note's name.")] string name, [Description("Its value; empty to remove the note.")] string value, CancellationToken cancellationToken) =>
            {
                if (string.IsNullOrWhiteSpace(name))
                {
                    return "name is required.";
                }

                await SetAsync(name, string.IsNullOrEmpty(value) ? null : value, cancellationToken).ConfigureAwait(false);
                return $"Noted {name}.";
            },
            "write_session_note",
            "Writes a named note for the current session (a plan step, a value to reuse later in this conversation)."),
    ];

    private async Task UpdateAsync(Func<WorkingMemoryState, WorkingMemoryState> change, CancellationToken cancellationToken)
    {
        var state = await ReadAsync(cancellationToken).ConfigureAwait(false);
        var now = _options.TimeProvider.GetUtcNow();
        await _store.SaveWorkingMemoryAsync(change(state) with { Scope = Scope, UpdatedAt = now, ExpiresAt = now + _options.TimeToLive }, cancellationToken).ConfigureAwait(false);
    }

    // The engine opens (and migrates) its store on first use; any read does it.
    private async Task EnsureStoreAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _initialized, 1) == 0)
        {
            await _memory.GetAsync(Guid.Empty, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }
}
