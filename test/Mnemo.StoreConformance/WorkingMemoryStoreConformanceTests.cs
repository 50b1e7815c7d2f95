using Xunit;

namespace Mnemo.StoreConformance;

/// <summary>
/// The behaviour every store that implements <see cref="IWorkingMemoryStore"/> must have: a session's state round-trips
/// and survives a reopen, is invisible once expired and to other projects, is replaced by the last write, and is erased
/// by session, by owner (forget) or listed once expired.
/// </summary>
public abstract class WorkingMemoryStoreConformanceTests : IAsyncLifetime
{
    /// <summary>The model every test store is initialised with (the fake embedder's).</summary>
    protected static readonly EmbeddingModelInfo Model = new("fake-bow", 64);

    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly List<IMemoryStore> _stores = [];

    /// <summary>The test's cancellation token.</summary>
    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Creates a new, empty, not yet initialised store that also implements <see cref="IWorkingMemoryStore"/>.</summary>
    protected abstract Task<IMemoryStore> CreateStoreAsync();

    /// <summary>Opens a second, independent instance over the same data as <paramref name="store"/> (a restarted process, in effect).</summary>
    protected abstract Task<IMemoryStore> OpenAgainAsync(IMemoryStore store);

    /// <inheritdoc />
    public virtual ValueTask InitializeAsync() => ValueTask.CompletedTask;

    /// <inheritdoc />
    public virtual async ValueTask DisposeAsync()
    {
        foreach (var store in _stores)
        {
            if (store is IAsyncDisposable disposable)
            {
                await disposable.DisposeAsync();
            }
        }

        GC.SuppressFinalize(this);
    }

    private static MemoryScope Session(string run, string user = "alice", string? project = null) => new() { UserId = user, RunId = run, ProjectId = project };

    private static WorkingMemoryState State(MemoryScope scope, TimeSpan ttl, string note = "draft 1") => new()
    {
        Scope = scope,
        Values = new Dictionary<string, string> { ["plan"] = note, ["format"] = "Markdown" },
        Messages = [new WorkingMessage("user", "Prepare the weekly summary", Now), new WorkingMessage("assistant", "On it: ünïcode ✓", Now.AddSeconds(1))],
        UpdatedAt = Now,
        ExpiresAt = Now + ttl,
    };

    [Fact]
    public async Task Save_ThenReadFromAnotherInstance_RoundTripsEveryField()
    {
        var store = await CreateAsync();
        var state = State(Session("run-1") with { AgentId = "writer", AppId = "office" }, TimeSpan.FromMinutes(30));
        await Working(store).SaveWorkingMemoryAsync(state, Ct);

        var reopened = await OpenAgainInitializedAsync(store);
        var read = await Working(reopened).GetWorkingMemoryAsync(state.Scope, Now.AddMinutes(29), Ct);

        Assert.NotNull(read);
        Assert.Equal(state.Scope, read.Scope);
        Assert.Equal(state.Values.OrderBy(v => v.Key), read.Values.OrderBy(v => v.Key));
        Assert.Equal(state.Messages, read.Messages);
        Assert.Equal(state.UpdatedAt, read.UpdatedAt);
        Assert.Equal(state.ExpiresAt, read.ExpiresAt);
    }

    [Fact]
    public async Task Get_AfterExpiry_Null()
    {
        var store = await CreateAsync();
        await Working(store).SaveWorkingMemoryAsync(State(Session("run-1"), TimeSpan.FromMinutes(30)), Ct);

        Assert.Null(await Working(store).GetWorkingMemoryAsync(Session("run-1"), Now.AddMinutes(30), Ct));
    }

    [Fact]
    public async Task Get_SameRunInAnotherProject_Null()
    {
        var store = await CreateAsync();
        await Working(store).SaveWorkingMemoryAsync(State(Session("run-1", project: "tenant-a"), TimeSpan.FromMinutes(30)), Ct);

        Assert.Null(await Working(store).GetWorkingMemoryAsync(Session("run-1", project: "tenant-b"), Now, Ct));
        Assert.Null(await Working(store).GetWorkingMemoryAsync(Session("run-1"), Now, Ct));
        Assert.NotNull(await Working(store).GetWorkingMemoryAsync(Session("run-1", project: "tenant-a"), Now, Ct));
    }

    [Fact]
    public async Task Save_SameRunTwice_LastWriteWins()
    {
        var store = await CreateAsync();
        await Working(store).SaveWorkingMemoryAsync(State(Session("run-1"), TimeSpan.FromMinutes(30), "draft 1"), Ct);
        await Working(store).SaveWorkingMemoryAsync(State(Session("run-1"), TimeSpan.FromMinutes(60), "draft 2"), Ct);

        var read = await Working(store).GetWorkingMemoryAsync(Session("run-1"), Now.AddMinutes(45), Ct);
        Assert.Equal("draft 2", read?.Values["plan"]);
    }

    [Fact]
    public async Task Delete_OneRun_OthersKept()
    {
        var store = await CreateAsync();
        await Working(store).SaveWorkingMemoryAsync(State(Session("run-1"), TimeSpan.FromMinutes(30)), Ct);
        await Working(store).SaveWorkingMemoryAsync(State(Session("run-2"), TimeSpan.FromMinutes(30)), Ct);

        Assert.True(await Working(store).DeleteWorkingMemoryAsync(Session("run-1"), Ct));
        Assert.False(await Working(store).DeleteWorkingMemoryAsync(Session("run-1"), Ct));

        Assert.Null(await Working(store).GetWorkingMemoryAsync(Session("run-1"), Now, Ct));
        Assert.NotNull(await Working(store).GetWorkingMemoryAsync(Session("run-2"), Now, Ct));
    }

    [Fact]
    public async Task DeleteWorkingMemories_ByUser_ErasesEveryOneOfTheirSessionsAndNoOneElses()
    {
        var store = await CreateAsync();
        await Working(store).SaveWorkingMemoryAsync(State(Session("a-1"), TimeSpan.FromMinutes(30)), Ct);
        await Working(store).SaveWorkingMemoryAsync(State(Session("a-2"), TimeSpan.FromMinutes(30)), Ct);
        await Working(store).SaveWorkingMemoryAsync(State(Session("b-1", user: "bob"), TimeSpan.FromMinutes(30)), Ct);
        await Working(store).SaveWorkingMemoryAsync(State(Session("a-3", project: "tenant-a"), TimeSpan.FromMinutes(30)), Ct);

        Assert.Equal(2, await Working(store).DeleteWorkingMemoriesAsync(MemoryScope.User("alice"), Ct));

        Assert.NotNull(await Working(store).GetWorkingMemoryAsync(Session("b-1", user: "bob"), Now, Ct));
        Assert.NotNull(await Working(store).GetWorkingMemoryAsync(Session("a-3", project: "tenant-a"), Now, Ct));
        await Assert.ThrowsAsync<MemoryValidationException>(() => Working(store).DeleteWorkingMemoriesAsync(new MemoryScope(), Ct));
    }

    [Fact]
    public async Task ListExpired_OnlyExpiredSessions_OldestExpiryFirstWithinTheLimit()
    {
        var store = await CreateAsync();
        await Working(store).SaveWorkingMemoryAsync(State(Session("late"), TimeSpan.FromMinutes(20)), Ct);
        await Working(store).SaveWorkingMemoryAsync(State(Session("early"), TimeSpan.FromMinutes(10)), Ct);
        await Working(store).SaveWorkingMemoryAsync(State(Session("live"), TimeSpan.FromHours(2)), Ct);

        var expired = await Working(store).ListExpiredWorkingMemoriesAsync(Now.AddMinutes(30), 10, Ct);
        var first = await Working(store).ListExpiredWorkingMemoriesAsync(Now.AddMinutes(30), 1, Ct);

        Assert.Equal(["early", "late"], expired.Select(s => s.Scope.RunId));
        Assert.Equal("early", Assert.Single(first).Scope.RunId);
    }

    [Fact]
    public async Task Save_WithoutRunId_RefusedNamingRunId()
    {
        var store = await CreateAsync();

        var error = await Assert.ThrowsAsync<MemoryValidationException>(() =>
            Working(store).SaveWorkingMemoryAsync(State(MemoryScope.User("alice"), TimeSpan.FromMinutes(5)), Ct));
        Assert.Contains("run_id", error.Message, StringComparison.Ordinal);
    }

    private static IWorkingMemoryStore Working(IMemoryStore store) =>
        store as IWorkingMemoryStore ?? throw new InvalidOperationException($"{store.GetType().Name} does not implement IWorkingMemoryStore.");

    private async Task<IMemoryStore> CreateAsync() => await InitializedAsync(await CreateStoreAsync());

    private async Task<IMemoryStore> OpenAgainInitializedAsync(IMemoryStore store) => await InitializedAsync(await OpenAgainAsync(store));

    private async Task<IMemoryStore> InitializedAsync(IMemoryStore store)
    {
        _stores.Add(store);
        await store.InitializeAsync(Model, Ct);
        return store;
    }
}
