using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace Mnemo.Agents.Tests;

public sealed class MnemoChatClientTests
{
    private const string Markdown = "Alice wants the weekly project summary in Markdown because she hates PDFs";

    private static CancellationToken Ct => AgentFixture.Ct;

    private static IChatClient Pipeline(IChatClient model, IMemory memory, MemoryScope? scope, MnemoAgentOptions options) =>
        new ChatClientBuilder(model).UseMnemo(memory, scope, options).UseFunctionInvocation().Build();

    [Fact]
    public async Task GetResponseAsync_RelevantMemory_SystemMessageAfterTheInstructions()
    {
        await using var engine = new AgentFixture();
        await engine.RememberAsync(Markdown, AgentFixture.Alice);
        var model = new ScriptedChatClient();
        using var client = new ChatClientBuilder(model).UseMnemo(engine.Memory, AgentFixture.Alice).Build();
        Assert.NotNull(client.GetService<MnemoChatClient>());

        // The two-argument UseMnemo has the default options (no queue given): the memory block still arrives.
        using var configured = Pipeline(model, engine.Memory, AgentFixture.Alice, engine.Options());
        await configured.GetResponseAsync([new(ChatRole.System, "Be brief."), new(ChatRole.User, "Prepare the weekly project summary")], cancellationToken: Ct);

        var sent = model.Requests[0].Messages;
        Assert.Equal(3, sent.Count);
        Assert.Equal("Be brief.", sent[0].Text);
        Assert.Equal(ChatRole.System, sent[1].Role);
        Assert.Contains($"[2026-03-02] {Markdown}", sent[1].Text, StringComparison.Ordinal);
        Assert.Equal("Prepare the weekly project summary", sent[2].Text);
    }

    [Fact]
    public async Task GetResponseAsync_HistoryResent_OnlyTheNewTurnRecordedAndNeverTheMemoryBlock()
    {
        await using var engine = new AgentFixture();
        await engine.RememberAsync(Markdown, AgentFixture.Alice);
        var replies = new Queue<string>(["Summary ready.", "Budget added."]);
        var model = new ScriptedChatClient { Answer = _ => replies.Dequeue() };
        using var client = Pipeline(model, engine.Memory, AgentFixture.Alice, engine.Options());

        List<ChatMessage> history = [new(ChatRole.User, "Prepare the weekly project summary")];
        var first = await client.GetResponseAsync(history, cancellationToken: Ct);
        history.AddRange(first.Messages);
        history.Add(new ChatMessage(ChatRole.User, "Add the budget to the summary"));
        await client.GetResponseAsync(history, cancellationToken: Ct);

        Assert.Equal(2, await engine.Ingestion.ProcessPendingAsync(cancellationToken: Ct));
        var texts = await engine.TextsAsync(AgentFixture.Alice);
        Assert.Equal(
            new[] { Markdown, "Prepare the weekly project summary", "Summary ready.", "Add the budget to the summary", "Budget added." }.Order(),
            texts.Order());
        Assert.Equal(2, history.Count(m => m.Role == ChatRole.User)); // the caller's list was never changed
    }

    // With infer on (no LLM here: the offline path), the reply a new turn answers is recorded first as context: "Tokyo."
    // alone says nothing, after "Where are you based?" it says where the user lives. The question is not stored alone.
    [Fact]
    public async Task GetResponseAsync_ShortAnswerToTheLastReply_RecordedWithItsQuestion()
    {
        await using var engine = new AgentFixture();
        var replies = new Queue<string>(["Happy to help with the trip. Where are you based?", "Great, Tokyo has lots of options."]);
        var model = new ScriptedChatClient { Answer = _ => replies.Dequeue() };
        using var client = Pipeline(model, engine.Memory, AgentFixture.Alice, engine.Options(o => o.Infer = true));

        List<ChatMessage> history = [new(ChatRole.User, "Help me plan a weekend trip in Japan.")];
        history.AddRange((await client.GetResponseAsync(history, cancellationToken: Ct)).Messages);
        history.Add(new ChatMessage(ChatRole.User, "Tokyo."));
        await client.GetResponseAsync(history, cancellationToken: Ct);

        Assert.Equal(2, await engine.Ingestion.ProcessPendingAsync(cancellationToken: Ct));
        Assert.Equal(
            new[] { "Help me plan a weekend trip in Japan.", "Where are you based? Tokyo." }.Order(),
            (await engine.TextsAsync(AgentFixture.Alice)).Order());
    }

    [Fact]
    public async Task GetStreamingResponseAsync_Completed_RecordedOnceWithTheWholeReply()
    {
        await using var engine = new AgentFixture();
        var model = new ScriptedChatClient { Answer = _ => "Streaming answer here." };
        using var client = Pipeline(model, engine.Memory, AgentFixture.Alice, engine.Options());

        var text = string.Concat(await client.GetStreamingResponseAsync([new(ChatRole.User, "Tell me something")], cancellationToken: Ct).Select(u => u.Text).ToListAsync(Ct));

        Assert.Equal("Streaming answer here.", text);
        Assert.Single(await engine.Ingestion.ListEventsAsync(AgentFixture.Alice, cancellationToken: Ct));
        await engine.Ingestion.ProcessPendingAsync(cancellationToken: Ct);
        Assert.Equal(new[] { "Streaming answer here.", "Tell me something" }, (await engine.TextsAsync(AgentFixture.Alice)).Order());
    }

    [Fact]
    public async Task GetResponseAsync_ModelFails_NothingRecorded()
    {
        await using var engine = new AgentFixture();
        var model = new ScriptedChatClient { Failure = new InvalidOperationException("model down") };
        using var client = Pipeline(model, engine.Memory, AgentFixture.Alice, engine.Options());

        await Assert.ThrowsAsync<InvalidOperationException>(() => client.GetResponseAsync([new(ChatRole.User, "Hello there")], cancellationToken: Ct));

        Assert.Empty(await engine.Ingestion.ListEventsAsync(null, cancellationToken: Ct));
    }

    [Fact]
    public async Task GetResponseAsync_PerCallScope_UsedForThatCallAndNeverSentToTheModel()
    {
        await using var engine = new AgentFixture();
        await engine.RememberAsync(Markdown, AgentFixture.Alice);
        await engine.RememberAsync("Bob wants the weekly project summary as a slide deck", AgentFixture.Bob);
        var model = new ScriptedChatClient();
        using var client = Pipeline(model, engine.Memory, scope: null, engine.Options());

        await client.GetResponseAsync([new(ChatRole.User, "Prepare the weekly project summary")], new ChatOptions().WithMnemoScope(AgentFixture.Bob), Ct);

        var received = model.Received();
        Assert.Contains("slide deck", received, StringComparison.Ordinal);
        Assert.DoesNotContain("Markdown", received, StringComparison.Ordinal);
        Assert.False(model.Requests[0].Options?.AdditionalProperties?.ContainsKey("mnemo.scope") ?? false);
        Assert.Equal(AgentFixture.Bob, Assert.Single(await engine.Ingestion.ListEventsAsync(null, cancellationToken: Ct)).Scope);
    }

    [Fact]
    public async Task GetResponseAsync_NoScopeAnywhere_RefusedWithAMessageSayingHowToSetOne()
    {
        await using var engine = new AgentFixture();
        using var client = Pipeline(new ScriptedChatClient(), engine.Memory, scope: null, engine.Options());

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => client.GetResponseAsync([new(ChatRole.User, "Hi")], cancellationToken: Ct));
        Assert.Contains("WithMnemoScope", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetResponseAsync_SearchFails_AnswersWithoutMemoriesAndLogsAWarning()
    {
        await using var engine = new AgentFixture();
        await engine.RememberAsync(Markdown, AgentFixture.Alice);
        var logs = new CapturingLoggerFactory();
        var model = new ScriptedChatClient { Answer = _ => "Fine." };
        var memory = new FlakyMemory(engine.Memory) { SearchFailure = new TimeoutException("slow disk") };
        using var client = Pipeline(model, memory, AgentFixture.Alice, engine.Options(o => o.LoggerFactory = logs));

        var response = await client.GetResponseAsync([new(ChatRole.User, "Prepare the weekly project summary")], cancellationToken: Ct);

        Assert.Equal("Fine.", response.Text);
        Assert.Single(model.Requests[0].Messages);
        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Warning);
    }

    [Fact]
    public async Task ForgetMemoryTool_MemoryOfAnotherUser_NotFoundAndKept()
    {
        await using var engine = new AgentFixture();
        await engine.RememberAsync("Bob's locker code is 4711", AgentFixture.Bob);
        var bobs = Assert.Single((await engine.Memory.ListAsync(new ListOptions { Scope = AgentFixture.Bob }, Ct)).Items);
        var tools = MnemoTools.Create(engine.Memory, AgentFixture.Alice, engine.Options());
        var forget = (AIFunction)tools.Single(t => t.Name == "forget_memory");
        var search = (AIFunction)tools.Single(t => t.Name == "search_memories");

        var answer = await forget.InvokeAsync(new AIFunctionArguments { ["memory_id"] = bobs.Id.ToString() }, Ct);
        var found = await search.InvokeAsync(new AIFunctionArguments { ["query"] = "locker code" }, Ct);

        Assert.Contains("does not exist", answer?.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("4711", found?.ToString(), StringComparison.Ordinal);
        Assert.NotNull(await engine.Memory.GetAsync(bobs.Id, cancellationToken: Ct));
    }

    [Fact]
    public async Task RememberAndForgetTools_OwnScope_StoreThenDelete()
    {
        await using var engine = new AgentFixture();
        var tools = MnemoTools.Create(engine.Memory, AgentFixture.Alice, engine.Options());
        var remember = (AIFunction)tools.Single(t => t.Name == "remember");
        var forget = (AIFunction)tools.Single(t => t.Name == "forget_memory");

        await remember.InvokeAsync(new AIFunctionArguments { ["fact"] = "Alice's favourite editor is Vim" }, Ct);
        var stored = Assert.Single((await engine.Memory.ListAsync(new ListOptions { Scope = AgentFixture.Alice }, Ct)).Items);
        await forget.InvokeAsync(new AIFunctionArguments { ["memory_id"] = stored.Id.ToString() }, Ct);

        Assert.Equal("Alice's favourite editor is Vim", stored.Text);
        Assert.Empty(await engine.TextsAsync(AgentFixture.Alice));
    }
}
