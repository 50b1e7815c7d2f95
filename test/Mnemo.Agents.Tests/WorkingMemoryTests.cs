using Microsoft.Extensions.AI;

namespace Mnemo.Agents.Tests;

public sealed class WorkingMemoryTests
{
    private static CancellationToken Ct => AgentFixture.Ct;

    private static ChatMessage[] Exchange(string user, string assistant) => [new(ChatRole.User, user), new(ChatRole.Assistant, assistant)];

    [Fact]
    public async Task SetAsync_ProcessRestartsWithinTheTtl_ValuesAndWindowSurvive()
    {
        string path;
        await using (var first = new AgentFixture())
        {
            path = first.DatabasePath;
            var session = first.Session("run-1");
            await session.SetAsync("format", "Markdown", Ct);
            await session.AppendAsync(Exchange("Draft the weekly summary", "Drafted."), Ct);

            // The "restart": a new engine (new process, in effect) on the same file, 20 minutes later.
            var later = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(first.Time.GetUtcNow().AddMinutes(20));
            await using var second = new AgentFixture(path, later);
            var reopened = second.Session("run-1");

            Assert.Equal("Markdown", await reopened.GetAsync("format", Ct));
            var state = await reopened.ReadAsync(Ct);
            Assert.Equal(["Draft the weekly summary", "Drafted."], state.Messages.Select(m => m.Text));
        }
    }

    [Fact]
    public async Task ReadAsync_AfterTheTtl_Empty()
    {
        await using var engine = new AgentFixture();
        var session = engine.Session("run-1");
        await session.SetAsync("format", "Markdown", Ct);

        engine.Time.Advance(TimeSpan.FromMinutes(31));

        Assert.Null(await session.GetAsync("format", Ct));
    }

    [Fact]
    public async Task AppendAsync_PastTheWindow_KeepsTheMostRecentMessages()
    {
        await using var engine = new AgentFixture();
        var session = new WorkingMemory(engine.Memory, engine.WorkingStore, AgentFixture.Alice with { RunId = "run-1" }, new WorkingMemoryOptions { TimeProvider = engine.Time, Window = 3 });

        await session.AppendAsync(Exchange("one", "two"), Ct);
        await session.AppendAsync(Exchange("three", "four"), Ct);

        Assert.Equal(["two", "three", "four"], (await session.ReadAsync(Ct)).Messages.Select(m => m.Text));
    }

    [Fact]
    public async Task EndAsync_Session_ConsolidatedIntoTheUsersLongTermMemoryThenErased()
    {
        await using var engine = new AgentFixture();
        var session = engine.Session("run-1");
        await session.AppendAsync(Exchange("I hate PDFs, please always send me Markdown", "Noted, Markdown it is."), Ct);
        await session.SetAsync("project", "Apollo", Ct);

        Assert.True(await session.EndAsync(engine.Ingestion, Ct));
        var queued = Assert.Single(await engine.Ingestion.ListEventsAsync(null, cancellationToken: Ct));
        Assert.Equal(AgentFixture.Alice, queued.Scope); // the user's long-term memory, not the ended run
        await engine.Ingestion.ProcessPendingAsync(cancellationToken: Ct);

        Assert.Null(await engine.WorkingStore.GetWorkingMemoryAsync(session.Scope, engine.Time.GetUtcNow(), Ct));
        var texts = await engine.TextsAsync(AgentFixture.Alice);
        Assert.Contains(texts, t => t.Contains("Markdown", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Expiry_NoticedByTheIngestionWorker_ConsolidatedThenErased()
    {
        await using var engine = new AgentFixture(worker: true);
        var session = engine.Session("run-1");
        await session.AppendAsync(Exchange("I hate PDFs, please always send me Markdown", "Noted."), Ct);
        engine.Time.Advance(TimeSpan.FromMinutes(31));

        foreach (var hosted in engine.HostedServices)
        {
            await hosted.StartAsync(Ct);
        }

        // The worker sweeps on its first pass; wait for it (bounded), then stop it.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        IReadOnlyList<string> texts = [];
        while (DateTime.UtcNow < deadline && texts.Count == 0)
        {
            await Task.Delay(50, Ct);
            texts = await engine.TextsAsync(AgentFixture.Alice);
        }

        foreach (var hosted in engine.HostedServices)
        {
            await hosted.StopAsync(Ct);
        }

        Assert.Contains(texts, t => t.Contains("Markdown", StringComparison.OrdinalIgnoreCase));
        Assert.Empty(await engine.WorkingStore.ListExpiredWorkingMemoriesAsync(engine.Time.GetUtcNow(), 10, Ct));
    }

    [Fact]
    public async Task ForgetAsync_User_ErasesTheirWorkingMemoryToo()
    {
        await using var engine = new AgentFixture();
        await engine.Session("run-1").SetAsync("secret", "door code 4711", Ct);
        await engine.Session("run-2", AgentFixture.Bob).SetAsync("plan", "ship it", Ct);

        await engine.Memory.ForgetAsync(AgentFixture.Alice, Ct);

        Assert.Null(await engine.Session("run-1").GetAsync("secret", Ct));
        Assert.Equal("ship it", await engine.Session("run-2", AgentFixture.Bob).GetAsync("plan", Ct));
        Assert.DoesNotContain("door code 4711", await File.ReadAllTextAsync(engine.DatabasePath, Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteSessionNoteTool_ModelWrites_ApplicationReads()
    {
        await using var engine = new AgentFixture();
        var session = engine.Session("run-1");
        var write = (AIFunction)session.CreateTools().Single(t => t.Name == "write_session_note");
        var read = (AIFunction)session.CreateTools().Single(t => t.Name == "read_session_notes");

        await write.InvokeAsync(new AIFunctionArguments { ["name"] = "next_step", ["value"] = "collect budget numbers" }, Ct);

        Assert.Equal("collect budget numbers", await session.GetAsync("next_step", Ct));
        Assert.Contains("next_step: collect budget numbers", (await read.InvokeAsync(new AIFunctionArguments(), Ct))?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_SessionWithoutRunId_RefusedNamingRunId()
    {
        var error = Assert.Throws<MemoryValidationException>(() => new WorkingMemory(new FlakyMemory(null!), new NoWorkingMemory(), AgentFixture.Alice));
        Assert.Contains("run_id", error.Message, StringComparison.Ordinal);
    }

    private sealed class NoWorkingMemory : IWorkingMemoryStore
    {
        public Task<WorkingMemoryState?> GetWorkingMemoryAsync(MemoryScope scope, DateTimeOffset asOf, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task SaveWorkingMemoryAsync(WorkingMemoryState state, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<bool> DeleteWorkingMemoryAsync(MemoryScope scope, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<int> DeleteWorkingMemoriesAsync(MemoryScope scope, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<IReadOnlyList<WorkingMemoryState>> ListExpiredWorkingMemoriesAsync(DateTimeOffset asOf, int limit, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }
}
