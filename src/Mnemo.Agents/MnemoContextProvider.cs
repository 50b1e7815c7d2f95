using Microsoft.Agents.AI;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Mnemo;

/// <summary>
/// Long-term memory for Microsoft Agent Framework agents. Before each run it searches the scope's memories with the run's
/// new user messages and gives the model the best of them (strict top-k, score threshold, token budget, each with the
/// date it was learned; superseded facts never) as transient instructions, so they never enter the chat history. After
/// a successful run it queues the exchange (the caller's messages and the reply, never what a provider injected) on the
/// durable ingestion queue; a failed run records nothing.
/// </summary>
/// <remarks>
/// The scope comes from the application (fixed, or chosen per session); nothing the model writes can change it. A memory
/// search that fails or times out leaves the run without memories and logs a warning: memory never fails a run.
/// </remarks>
public sealed class MnemoContextProvider : AIContextProvider
{
    private readonly IMemory _memory;
    private readonly Func<AgentSession?, MemoryScope> _scope;
    private readonly MnemoAgentOptions _options;
    private readonly MemoryRecall _recall;
    private readonly MemoryRecorder _recorder;

    /// <summary>Memory for one fixed scope (typically one user).</summary>
    public MnemoContextProvider(IMemory memory, MemoryScope scope)
        : this(memory, scope, null)
    {
    }

    /// <summary>Memory for one fixed scope, with options.</summary>
    public MnemoContextProvider(IMemory memory, MemoryScope scope, MnemoAgentOptions? options)
        : this(memory, Fixed(scope), options)
    {
    }

    /// <summary>
    /// Memory whose scope the application chooses per session (e.g. the signed-in user stored in the session's state bag).
    /// </summary>
    public MnemoContextProvider(IMemory memory, Func<AgentSession?, MemoryScope> scopeSelector, MnemoAgentOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(memory);
        ArgumentNullException.ThrowIfNull(scopeSelector);
        _memory = memory;
        _scope = scopeSelector;
        _options = options ?? new MnemoAgentOptions();
        _options.Validate();
        var logger = _options.LoggerFactory?.CreateLogger<MnemoContextProvider>() ?? (ILogger)NullLogger.Instance;
        _recall = new MemoryRecall(memory, _options, logger);
        _recorder = new MemoryRecorder(memory, _options, logger);
    }

    /// <summary>The options in force.</summary>
    public MnemoAgentOptions Options => _options;

    /// <inheritdoc />
    protected override async ValueTask<AIContext> ProvideAIContextAsync(InvokingContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var scope = ScopeOf(context.Session);

        // The base class hands over only the caller's messages (source External): history and other providers' context
        // never become the query.
        var query = MemoryRecall.Query(context.AIContext.Messages ?? []);
        var block = await _recall.RecallAsync(query, scope, cancellationToken).ConfigureAwait(false);
        return new AIContext
        {
            Instructions = block.Text,
            Tools = _options.Tools ? MnemoTools.Create(_memory, scope, _options) : null,
        };
    }

    /// <inheritdoc />
    protected override async ValueTask StoreAIContextAsync(InvokedContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);

        // Called by the base class only for successful runs, with the request filtered to the caller's own messages; the
        // source check is repeated so a custom filter can never make injected context (or chat history) recorded again.
        var request = context.RequestMessages.Where(m => m.GetAgentRequestMessageSourceType() == AgentRequestMessageSourceType.External);
        await _recorder.RecordAsync(request.Concat(context.ResponseMessages ?? []), ScopeOf(context.Session), cancellationToken).ConfigureAwait(false);
    }

    private MemoryScope ScopeOf(AgentSession? session)
    {
        var scope = _scope(session) ?? throw new InvalidOperationException("The scope selector of MnemoContextProvider returned no scope.");
        scope.Validate();
        return scope;
    }

    private static Func<AgentSession?, MemoryScope> Fixed(MemoryScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        scope.Validate();
        return _ => scope;
    }
}
