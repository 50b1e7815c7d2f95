using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Mnemo.TestUtilities;

namespace Mnemo.Client.Tests;

/// <summary>
/// What only a server with a language model produces, through the client: supersession (and the options that show
/// superseded memories) and the extraction failure, with a scripted model inside the server.
/// </summary>
public sealed class LanguageModelTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AddAsync_ModelSupersedesAFact_ClientSeesSupersessionAndIncludeSupersededShowsTheOldFact()
    {
        var chat = new FakeChatClient().Then(
            """{"operations": [{"event": "ADD", "text": "Lives in Paris"}]}""",
            """{"operations": [{"event": "SUPERSEDE", "id": "0", "text": "Lives in Berlin", "valid_at": "2026-04-01"}]}""");
        await using var server = await MnemoServer.StartAsync(chat);
        await using var app = server.Application(await server.KeyAsync("alpha"));
        var memory = app.GetRequiredService<IMemory>();
        var alice = MemoryScope.User("alice");

        var paris = (await memory.AddAsync([new ChatMessage(ChatRole.User, "I live in Paris")], new AddOptions { Scope = alice }, Ct)).Results[0].Id;
        var moved = await memory.AddAsync([new ChatMessage(ChatRole.User, "I moved to Berlin on April 1st")], new AddOptions { Scope = alice }, Ct);

        Assert.Equal("llm", moved.Extractor);
        Assert.Equal((1, 100, 20), (moved.Usage.LlmCalls, moved.Usage.InputTokens, moved.Usage.OutputTokens));
        Assert.Equal([MemoryEventType.Supersede, MemoryEventType.Add], moved.Results.Select(r => r.Event));
        var berlin = moved.Results[1].Id;
        var old = await memory.GetAsync(paris, cancellationToken: Ct);
        // Berlin is dated before Paris was said, so Paris closes at its own start, never before it (an inverted window).
        Assert.Equal((berlin, old!.ValidFrom), (old.SupersededBy, old.ValidTo));
        Assert.Equal([berlin], (await memory.ListAsync(new ListOptions { Scope = alice }, Ct)).Items.Select(i => i.Id));
        Assert.Equal(2, (await memory.ListAsync(new ListOptions { Scope = alice, IncludeSuperseded = true }, Ct)).TotalCount);
        Assert.DoesNotContain((await memory.SearchAsync("Paris", new SearchOptions { Scope = alice }, Ct)).Results, r => r.Memory.Id == paris);
        Assert.Contains((await memory.SearchAsync("Paris", new SearchOptions { Scope = alice, IncludeSuperseded = true }, Ct)).Results, r => r.Memory.Id == paris);
        var history = await memory.HistoryAsync(paris, cancellationToken: Ct);
        Assert.Equal((MemoryEventType.Supersede, berlin), (history[^1].Event, history[^1].RelatedMemoryId));
    }

    [Fact]
    public async Task AddAsync_ModelAnswersInvalidJsonTwice_ThrowsExtractionExceptionWithTheMessages()
    {
        var chat = new FakeChatClient().Then("not json", "still not json");
        await using var server = await MnemoServer.StartAsync(chat);
        await using var app = server.Application(await server.KeyAsync("alpha"));
        var memory = app.GetRequiredService<IMemory>();
        ChatMessage[] messages = [new ChatMessage(ChatRole.User, "I have a cat named Pixel")];

        var error = await Assert.ThrowsAsync<MemoryExtractionException>(() => memory.AddAsync(messages, new AddOptions { Scope = MemoryScope.User("alice") }, Ct));

        Assert.Contains("invalid JSON twice", error.Message, StringComparison.Ordinal);
        Assert.Equal(["I have a cat named Pixel"], error.Messages.Select(m => m.Text));
        Assert.Empty((await memory.ListAsync(new ListOptions { Scope = MemoryScope.User("alice") }, Ct)).Items);
    }
}
