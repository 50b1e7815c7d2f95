using Microsoft.Agents.AI;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace Mnemo.Agents.Tests;

public sealed class MnemoContextProviderTests
{
    private const string Markdown = "Alice wants the weekly project summary in Markdown because she hates PDFs";
    private const string Pixel = "Alice has a cat named Pixel";

    private static CancellationToken Ct => AgentFixture.Ct;

    private static ChatClientAgent Agent(IChatClient model, params AIContextProvider[] providers) =>
        new(model, new ChatClientAgentOptions { ChatOptions = new ChatOptions { Instructions = "You are a helpful assistant." }, AIContextProviders = providers });

    [Fact]
    public async Task RunAsync_RelevantMemory_ModelReceivesItWithItsDate()
    {
        await using var engine = new AgentFixture();
        await engine.RememberAsync(Markdown, AgentFixture.Alice);
        var model = new ScriptedChatClient();
        var agent = Agent(model, new MnemoContextProvider(engine.Memory, AgentFixture.Alice, engine.Options()));

        var session = await agent.CreateSessionAsync(Ct);
        await agent.RunAsync("Prepare the weekly project summary", session, cancellationToken: Ct);

        var received = model.Received();
        Assert.Contains($"[2026-03-02] {Markdown}", received, StringComparison.Ordinal);
        Assert.Contains("You are a helpful assistant.", received, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_TopKOne_OnlyTheBestMemoryReachesTheModel()
    {
        await using var engine = new AgentFixture();
        await engine.RememberAsync(Markdown, AgentFixture.Alice);
        await engine.RememberAsync("Alice reads the project summary on Monday", AgentFixture.Alice);
        await engine.RememberAsync(Pixel, AgentFixture.Alice);
        var model = new ScriptedChatClient();
        var agent = Agent(model, new MnemoContextProvider(engine.Memory, AgentFixture.Alice, engine.Options(o => o.TopK = 1)));

        await agent.RunAsync("Write the weekly project summary in Markdown", await agent.CreateSessionAsync(Ct), cancellationToken: Ct);

        var received = model.Received();
        Assert.Contains(Markdown, received, StringComparison.Ordinal);
        Assert.DoesNotContain("Monday", received, StringComparison.Ordinal);
        Assert.DoesNotContain("Pixel", received, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_HighThreshold_UnrelatedMemoryLeftOut()
    {
        await using var engine = new AgentFixture();
        await engine.RememberAsync(Pixel, AgentFixture.Alice);
        var model = new ScriptedChatClient();
        var agent = Agent(model, new MnemoContextProvider(engine.Memory, AgentFixture.Alice, engine.Options(o => o.Threshold = 0.9)));

        await agent.RunAsync("Prepare the weekly project summary", await agent.CreateSessionAsync(Ct), cancellationToken: Ct);

        Assert.DoesNotContain("Pixel", model.Received(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_SupersededMemory_OnlyTheCurrentFactReachesTheModel()
    {
        await using var engine = new AgentFixture();
        var at = engine.Time.GetUtcNow().AddDays(-10);
        var current = TestUtilities.TestMemories.Item("Alice wants the project summary as a Markdown file", AgentFixture.Alice, at.AddDays(5));
        var old = TestUtilities.TestMemories.Item("Alice wants the project summary as a PDF file", AgentFixture.Alice, at) with { SupersededBy = current.Id, ValidTo = current.ValidFrom };
        var transfer = (IMemoryTransfer)engine.Memory;
        await transfer.ImportAsync([old, current], Ct);
        var model = new ScriptedChatClient();
        var agent = Agent(model, new MnemoContextProvider(engine.Memory, AgentFixture.Alice, engine.Options()));

        await agent.RunAsync("Send me the project summary file", await agent.CreateSessionAsync(Ct), cancellationToken: Ct);

        var received = model.Received();
        Assert.Contains("[2026-02-25] Alice wants the project summary as a Markdown file", received, StringComparison.Ordinal);
        Assert.DoesNotContain("PDF file", received, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_Success_ExchangeQueuedOnceAfterTheReplyWithoutInjectedContext()
    {
        await using var engine = new AgentFixture();
        await engine.RememberAsync(Markdown, AgentFixture.Alice);
        var replies = new Queue<string>(["Here is the summary, in Markdown.", "Budget added."]);
        var model = new ScriptedChatClient { Answer = _ => replies.Dequeue() };
        var queuedAtEachCall = new List<int>();
        model.OnRequest = _ => queuedAtEachCall.Add(engine.Ingestion.ListEventsAsync(AgentFixture.Alice, cancellationToken: Ct).GetAwaiter().GetResult().Count);
        var agent = Agent(model, new MnemoContextProvider(engine.Memory, AgentFixture.Alice, engine.Options()));
        var session = await agent.CreateSessionAsync(Ct);

        await agent.RunAsync("Prepare the weekly project summary", session, cancellationToken: Ct);
        await agent.RunAsync("Thanks, add the budget too", session, cancellationToken: Ct);

        // Recorded after each reply: the model saw nothing queued on the first call and only the first run's event on the second.
        Assert.Equal([0, 1], queuedAtEachCall);
        var events = await engine.Ingestion.ListEventsAsync(AgentFixture.Alice, cancellationToken: Ct);
        Assert.Equal(2, events.Count);
        Assert.Equal(2, await engine.Ingestion.ProcessPendingAsync(cancellationToken: Ct));
        var texts = await engine.TextsAsync(AgentFixture.Alice);
        Assert.Equal(
            new[] { Markdown, "Prepare the weekly project summary", "Here is the summary, in Markdown.", "Thanks, add the budget too", "Budget added." }.Order(),
            texts.Order());

        // The memory block was transient: the second request's messages (history) do not carry it, only its instructions do.
        Assert.DoesNotContain(model.Requests[1].Messages, m => m.Text.Contains("Relevant memories", StringComparison.Ordinal));
        Assert.Contains("Relevant memories", model.Requests[1].Options?.Instructions, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ModelFails_NothingRecorded()
    {
        await using var engine = new AgentFixture();
        var model = new ScriptedChatClient { Failure = new InvalidOperationException("model down") };
        var agent = Agent(model, new MnemoContextProvider(engine.Memory, AgentFixture.Alice, engine.Options()));

        await Assert.ThrowsAsync<InvalidOperationException>(async () => await agent.RunAsync("Prepare the weekly project summary", await agent.CreateSessionAsync(Ct), cancellationToken: Ct));

        Assert.Empty(await engine.Ingestion.ListEventsAsync(null, cancellationToken: Ct));
    }

    [Fact]
    public async Task RunAsync_TwoUsersSessions_NeverSeeEachOthersMemories()
    {
        await using var engine = new AgentFixture();
        await engine.RememberAsync(Markdown, AgentFixture.Alice);
        await engine.RememberAsync("Bob wants the weekly project summary as a slide deck", AgentFixture.Bob);
        var model = new ScriptedChatClient();
        var provider = new MnemoContextProvider(
            engine.Memory, session => MemoryScope.User(session!.StateBag.GetValue<string>("user")!), engine.Options());
        var agent = Agent(model, provider);

        var alice = await agent.CreateSessionAsync(Ct);
        alice.StateBag.SetValue("user", "alice");
        var bob = await agent.CreateSessionAsync(Ct);
        bob.StateBag.SetValue("user", "bob");
        await agent.RunAsync("Prepare the weekly project summary", alice, cancellationToken: Ct);
        await agent.RunAsync("Prepare the weekly project summary", bob, cancellationToken: Ct);

        Assert.Contains("Markdown", model.Received(0), StringComparison.Ordinal);
        Assert.DoesNotContain("slide deck", model.Received(0), StringComparison.Ordinal);
        Assert.Contains("slide deck", model.Received(1), StringComparison.Ordinal);
        Assert.DoesNotContain("Markdown", model.Received(1), StringComparison.Ordinal);
        var bobEvents = await engine.Ingestion.ListEventsAsync(AgentFixture.Bob, cancellationToken: Ct);
        Assert.Equal(AgentFixture.Bob, Assert.Single(bobEvents).Scope);
    }

    [Fact]
    public async Task RunAsync_SearchThrows_AnswersWithoutMemoriesAndLogsAWarning()
    {
        await using var engine = new AgentFixture();
        await engine.RememberAsync(Markdown, AgentFixture.Alice);
        var memory = new FlakyMemory(engine.Memory) { SearchFailure = new HttpRequestException("connection refused") };
        var logs = new CapturingLoggerFactory();
        var model = new ScriptedChatClient { Answer = _ => "Here you go." };
        var agent = Agent(model, new MnemoContextProvider(memory, AgentFixture.Alice, engine.Options(o => o.LoggerFactory = logs)));

        var response = await agent.RunAsync("Prepare the weekly project summary", await agent.CreateSessionAsync(Ct), cancellationToken: Ct);

        Assert.Equal("Here you go.", response.Text);
        Assert.DoesNotContain("Markdown", model.Received(), StringComparison.Ordinal);
        var warning = Assert.Single(logs.Entries, e => e.Level == LogLevel.Warning);
        Assert.Contains("HttpRequestException", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_SearchHangs_AnswersAfterTheTimeoutWithoutMemories()
    {
        await using var engine = new AgentFixture();
        var memory = new FlakyMemory(engine.Memory) { SearchHangs = true };
        var logs = new CapturingLoggerFactory();
        var model = new ScriptedChatClient { Answer = _ => "Here you go." };
        var options = engine.Options(o =>
        {
            o.LoggerFactory = logs;
            o.SearchTimeout = TimeSpan.FromMilliseconds(200);
            o.TimeProvider = TimeProvider.System; // the timeout must really elapse
        });
        var agent = Agent(model, new MnemoContextProvider(memory, AgentFixture.Alice, options));

        var response = await agent.RunAsync("Prepare the weekly project summary", await agent.CreateSessionAsync(Ct), cancellationToken: Ct);

        Assert.Equal("Here you go.", response.Text);
        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("timed out", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_LoggedAtDefaultLevels_NeverContainsMemoryText()
    {
        await using var engine = new AgentFixture();
        await engine.RememberAsync(Markdown, AgentFixture.Alice);
        var logs = new CapturingLoggerFactory();
        var agent = Agent(new ScriptedChatClient(), new MnemoContextProvider(engine.Memory, AgentFixture.Alice, engine.Options(o => o.LoggerFactory = logs)));

        await agent.RunAsync("Prepare the weekly project summary", await agent.CreateSessionAsync(Ct), cancellationToken: Ct);

        Assert.NotEmpty(logs.Entries);
        Assert.DoesNotContain(logs.Entries, e => e.Message.Contains("PDF", StringComparison.Ordinal) || e.Message.Contains("weekly", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_ToolsOn_ModelIsOfferedTheThreeMemoryTools()
    {
        await using var engine = new AgentFixture();
        var model = new ScriptedChatClient();
        var agent = Agent(model, new MnemoContextProvider(engine.Memory, AgentFixture.Alice, engine.Options(o => o.Tools = true)));

        await agent.RunAsync("Hello", await agent.CreateSessionAsync(Ct), cancellationToken: Ct);

        var names = model.Requests[0].Options?.Tools?.Select(t => t.Name).ToList() ?? [];
        Assert.Equal(MnemoTools.Names.Order(), names.Order());
    }

    [Fact]
    public void Constructor_EmptyScope_RefusedNamingTheScope()
    {
        var error = Assert.Throws<MemoryValidationException>(() => new MnemoContextProvider(new FlakyMemory(null!), new MemoryScope()));
        Assert.Contains("user_id", error.Message, StringComparison.Ordinal);
    }
}
