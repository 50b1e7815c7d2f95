using Microsoft.Extensions.AI;
using Mnemo.TestUtilities;
using Mnemo.Tests.Engine;

namespace Mnemo.Tests.Formation;

public sealed class FormationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static AddOptions Infer(MemoryScope? scope = null) => new() { Scope = scope ?? MemoryFixture.Alice };

    private static Task<AddResult> Say(MemoryFixture f, string text, AddOptions? options = null) =>
        f.Memory.AddAsync([new ChatMessage(ChatRole.User, text)], options ?? Infer(), Ct);

    private static async Task<List<MemoryItem>> All(MemoryFixture f, MemoryScope? scope = null, bool includeSuperseded = false) =>
        [.. (await f.Memory.ListAsync(new ListOptions { Scope = scope ?? MemoryFixture.Alice, IncludeSuperseded = includeSuperseded }, Ct)).Items];

    [Fact]
    public async Task AddAsync_LlmAdd_StoresExtractedFactsWithOneCall()
    {
        var chat = new FakeChatClient().Then("""{"operations": [{"event": "ADD", "text": "Has a cat named Pixel"}, {"event": "ADD", "text": "Works as a senior architect"}]}""");
        await using var f = new MemoryFixture(chat: chat);
        var result = await Say(f, "I have a cat named Pixel and I work as a senior architect");

        Assert.Equal("llm", result.Extractor);
        Assert.Equal(["Has a cat named Pixel", "Works as a senior architect"], result.Results.Select(r => r.Memory));
        Assert.All(result.Results, r => Assert.Equal(MemoryEventType.Add, r.Event));
        Assert.Single(chat.Requests);
        Assert.Equal((1, 100, 20), (result.Usage.LlmCalls, result.Usage.InputTokens, result.Usage.OutputTokens));
        Assert.Equal(ChatResponseFormat.Json, chat.Requests[0].Options!.ResponseFormat);
        Assert.Equal(2, (await All(f)).Count);
    }

    [Fact]
    public async Task AddAsync_ExistingMemories_AreShownWithShortIdsAndUpdateMapsBack()
    {
        var chat = new FakeChatClient().Then(
            """{"operations": [{"event": "ADD", "text": "Likes cortado"}]}""",
            """{"operations": [{"event": "UPDATE", "id": "0", "text": "Likes cortado with oat milk"}]}""");
        await using var f = new MemoryFixture(chat: chat);
        var id = (await Say(f, "I like cortado")).Results[0].Id;
        var result = await Say(f, "Actually, I like my cortado with oat milk");

        var prompt = chat.Requests[1].Messages[^1].Text;
        Assert.Contains("""{"id":"0","text":"Likes cortado"}""", prompt, StringComparison.Ordinal);
        Assert.DoesNotContain(id.ToString(), prompt, StringComparison.Ordinal);
        var update = Assert.Single(result.Results);
        Assert.Equal((id, MemoryEventType.Update, "Likes cortado"), (update.Id, update.Event, update.PreviousMemory));
        Assert.Equal("Likes cortado with oat milk", (await f.Memory.GetAsync(id, cancellationToken: Ct))!.Text);
        Assert.Equal([MemoryEventType.Add, MemoryEventType.Update], (await f.Memory.HistoryAsync(id, cancellationToken: Ct)).Select(h => h.Event));
    }

    [Fact]
    public async Task AddAsync_Supersede_RetiresOldFactFromDefaultSearchButKeepsHistory()
    {
        var chat = new FakeChatClient().Then(
            """{"operations": [{"event": "ADD", "text": "Lives in Paris"}]}""",
            """{"operations": [{"event": "SUPERSEDE", "id": "0", "text": "Lives in Berlin", "valid_at": "2026-04-01"}]}""");
        await using var f = new MemoryFixture(chat: chat);
        var paris = (await Say(f, "I live in Paris")).Results[0].Id;
        f.Time.Advance(TimeSpan.FromDays(60));
        var result = await Say(f, "I moved to Berlin on April 1st");

        Assert.Equal([MemoryEventType.Supersede, MemoryEventType.Add], result.Results.Select(r => r.Event));
        var berlin = result.Results[1].Id;
        var old = await f.Memory.GetAsync(paris, cancellationToken: Ct);
        Assert.Equal((berlin, new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero)), (old!.SupersededBy, old.ValidTo));
        Assert.Equal(["Lives in Berlin"], (await All(f)).Select(m => m.Text));
        Assert.Equal(2, (await All(f, includeSuperseded: true)).Count);
        var search = await f.Memory.SearchAsync("where does she live", new SearchOptions { Scope = MemoryFixture.Alice }, Ct);
        Assert.DoesNotContain(search.Results, r => r.Memory.Id == paris);
        var history = await f.Memory.HistoryAsync(paris, cancellationToken: Ct);
        Assert.Equal(MemoryEventType.Supersede, history[^1].Event);
        Assert.Equal(("Lives in Paris", "Lives in Berlin", berlin), (history[^1].OldText, history[^1].NewText, history[^1].RelatedMemoryId));
    }

    [Fact]
    public async Task AddAsync_DeleteAndNone_AreApplied()
    {
        var chat = new FakeChatClient().Then("""{"operations": [{"event": "ADD", "text": "Is allergic to peanuts"}, {"event": "ADD", "text": "Plays chess"}]}""");
        await using var f = new MemoryFixture(chat: chat);
        await Say(f, "I'm allergic to peanuts and I play chess");
        chat.Respond = messages =>
            $$"""{"operations": [{"event": "DELETE", "id": "{{IdOf(messages, "Plays chess")}}"}, {"event": "NONE", "id": "{{IdOf(messages, "Is allergic to peanuts")}}"}]}""";
        var result = await Say(f, "Forget that I play chess. I'm allergic to peanuts, as I said.");

        var chess = Assert.Single(result.Results);
        Assert.Equal((MemoryEventType.Delete, "Plays chess"), (chess.Event, chess.PreviousMemory));
        Assert.Equal(["Is allergic to peanuts"], (await All(f)).Select(m => m.Text));
    }

    [Fact]
    public async Task AddAsync_HallucinatedIds_AreIgnoredAndReported()
    {
        var chat = new FakeChatClient().Then(
            """{"operations": [{"event": "ADD", "text": "Runs marathons"}]}""",
            """{"operations": [{"event": "DELETE", "id": "7"}, {"event": "UPDATE", "id": "3f2a9c1e-0000-0000-0000-000000000000", "text": "Runs ultramarathons"}]}""");
        await using var f = new MemoryFixture(chat: chat);
        await Say(f, "I run marathons");
        var result = await Say(f, "I now run ultramarathons");

        Assert.Equal(2, result.Warnings.Count);
        Assert.All(result.Warnings, w => Assert.Contains("not one of the memories shown", w, StringComparison.Ordinal));
        Assert.Equal(["Runs ultramarathons", "Runs marathons"], (await All(f)).Select(m => m.Text).Order().Reverse());
    }

    [Fact]
    public async Task AddAsync_InvalidJsonOnce_RetriesWithTheParseErrorAndSucceeds()
    {
        var chat = new FakeChatClient().Then(
            "Sure! Here are the facts: ADD cat",
            "```json\n{\"operations\": [{\"event\": \"add\", \"text\": \"Has a cat\", \"confidence\": 0.9}]}\n```");
        await using var f = new MemoryFixture(chat: chat);
        var result = await Say(f, "I have a cat");

        Assert.Equal(2, chat.Requests.Count);
        Assert.Contains("could not be used", chat.Requests[1].Messages[^1].Text, StringComparison.Ordinal);
        Assert.Equal("Has a cat", Assert.Single(result.Results).Memory);
        Assert.Equal(2, result.Usage.LlmCalls);
    }

    [Fact]
    public async Task AddAsync_InvalidJsonTwice_FailsClearlyKeepsMessagesAndWritesNothing()
    {
        var chat = new FakeChatClient().Then("not json", "{\"operations\": [{\"event\": \"MERGE\"}]}");
        await using var f = new MemoryFixture(chat: chat);
        var messages = new[] { new ChatMessage(ChatRole.User, "I have a cat named Pixel") };
        var error = await Assert.ThrowsAsync<MemoryExtractionException>(() => f.Memory.AddAsync(messages, Infer(), Ct));

        Assert.Contains("invalid JSON twice", error.Message, StringComparison.Ordinal);
        Assert.Equal("I have a cat named Pixel", Assert.Single(error.Messages).Text);
        Assert.Empty(await All(f));
    }

    [Fact]
    public async Task AddAsync_LlmCallThrows_FailsWithExtractionErrorAndWritesNothing()
    {
        var chat = new FakeChatClient { Respond = _ => throw new HttpRequestException("429 Too Many Requests") };
        await using var f = new MemoryFixture(chat: chat);
        var error = await Assert.ThrowsAsync<MemoryExtractionException>(() => Say(f, "I have a cat named Pixel"));
        Assert.Contains("429", error.Message, StringComparison.Ordinal);
        Assert.Empty(await All(f));
    }

    [Fact]
    public async Task AddAsync_PreFilter_SkipsSmallTalkWithoutAnyModelCall()
    {
        var chat = new FakeChatClient();
        await using var f = new MemoryFixture(chat: chat);
        var result = await f.Memory.AddAsync(
            [new ChatMessage(ChatRole.User, "Hi!"), new ChatMessage(ChatRole.Assistant, "Hello, how can I help?"), new ChatMessage(ChatRole.User, "ok thanks"), new ChatMessage(ChatRole.User, "What time is it in Tokyo?")],
            Infer(),
            Ct);

        Assert.Empty(result.Results);
        Assert.Equal(["greeting", "acknowledgement", "question"], result.Skipped.Where(s => s.Index != 1).Select(s => s.Reason));
        Assert.Empty(chat.Requests);
        Assert.Equal(0, f.Embedder.Calls);
    }

    // A short answer to the assistant's question reaches the LLM with that question (alone, "Tokyo." would be skipped
    // as chit-chat, and the question as a question, before any model call).
    [Fact]
    public async Task AddAsync_PreFilter_KeepsAShortAnswerAndTheQuestionItAnswers()
    {
        var chat = new FakeChatClient().Then("""{"operations": [{"event": "ADD", "text": "Lives in Tokyo"}]}""");
        await using var f = new MemoryFixture(chat: chat);
        var result = await f.Memory.AddAsync([new ChatMessage(ChatRole.Assistant, "Where are you based these days?"), new ChatMessage(ChatRole.User, "Tokyo.")], Infer(), Ct);

        Assert.Empty(result.Skipped);
        var prompt = chat.Requests[0].Messages[^1].Text;
        Assert.Contains("Where are you based these days?", prompt, StringComparison.Ordinal);
        Assert.Contains("Tokyo.", prompt, StringComparison.Ordinal);
        Assert.Equal("Lives in Tokyo", Assert.Single(result.Results).Memory);
    }

    [Fact]
    public async Task AddAsync_MultilingualAndObservationDate_ArePassedThroughUntranslated()
    {
        var chat = new FakeChatClient().Then("""{"operations": [{"event": "ADD", "text": "A rendu visite à sa sœur à Lyon le 2023-05-07"}]}""");
        await using var f = new MemoryFixture(chat: chat);
        var observed = new DateTimeOffset(2023, 5, 8, 13, 56, 0, TimeSpan.Zero);
        var result = await Say(f, "Hier j'ai rendu visite à ma sœur à Lyon.", Infer() with { ObservedAt = observed });

        var prompt = chat.Requests[0].Messages[^1].Text;
        Assert.Contains("Observation date: 2023-05-08", prompt, StringComparison.Ordinal);
        Assert.DoesNotContain(f.Time.GetUtcNow().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), prompt, StringComparison.Ordinal);
        Assert.Contains("Hier j'ai rendu visite à ma sœur à Lyon.", prompt, StringComparison.Ordinal);
        var stored = await f.Memory.GetAsync(result.Results[0].Id, cancellationToken: Ct);
        Assert.Equal(("A rendu visite à sa sœur à Lyon le 2023-05-07", observed), (stored!.Text, stored.ObservedAt));
    }

    [Fact]
    public async Task AddAsync_NearDuplicateFact_IsNotAddedButDifferentFactIs()
    {
        var chat = new FakeChatClient().Then(
            """{"operations": [{"event": "ADD", "text": "Likes cortado coffee"}]}""",
            """{"operations": [{"event": "ADD", "text": "Likes cortado coffee."}, {"event": "ADD", "text": "Likes flat white coffee"}]}""");
        await using var f = new MemoryFixture(chat: chat);
        await Say(f, "I like cortado coffee");
        var result = await Say(f, "I like cortado coffee. I also like flat white coffee");

        Assert.Equal("Likes flat white coffee", Assert.Single(result.Results).Memory);
        Assert.Equal(2, (await All(f)).Count);
    }

    [Fact]
    public async Task AddAsync_ConcurrentAddsInOneScope_AreSerializedAndSeeEachOther()
    {
        var chat = new FakeChatClient
        {
            Respond = messages =>
            {
                var prompt = messages[^1].Text;
                var said = prompt[(prompt.LastIndexOf("user: ", StringComparison.Ordinal) + 6)..].Trim();
                return prompt.Contains(said.Replace("I ", "User ", StringComparison.Ordinal), StringComparison.Ordinal)
                    ? """{"operations": []}"""
                    : $$"""{"operations": [{"event": "ADD", "text": "{{said.Replace("I ", "User ", StringComparison.Ordinal)}}"}]}""";
            },
        };
        await using var f = new MemoryFixture(chat: chat);
        await Task.WhenAll(Enumerable.Range(0, 12).Select(i => Say(f, "I own a bike")));
        Assert.Equal(["User own a bike"], (await All(f)).Select(m => m.Text));
    }

    [Fact]
    public async Task AddAsync_WithoutLlm_RuleBasedExtractorKeepsTheSeedFacts()
    {
        await using var f = new MemoryFixture();
        var first = await Say(f, "I have a cat named Pixel and I work as a senior architect");
        var second = await Say(f, "For my architecture reports I hate PDFs, always send me Markdown files");

        Assert.Equal("rules", first.Extractor);
        Assert.Equal(["I have a cat named Pixel and I work as a senior architect"], first.Results.Select(r => r.Memory));
        Assert.Equal(["For my architecture reports I hate PDFs, always send me Markdown files"], second.Results.Select(r => r.Memory));
        Assert.Equal("kept as procedural memory", second.Results[0].Note);
        var search = await f.Memory.SearchAsync("how should I send the weekly project summary?", new SearchOptions { Scope = MemoryFixture.Alice }, Ct);
        Assert.StartsWith("For my architecture reports", search.Results[0].Memory.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddAsync_WithoutLlm_DatesRelativeDaysAgainstTheObservationDate()
    {
        await using var f = new MemoryFixture();
        var result = await Say(f, "Yesterday I adopted a dog, and I'm going to name him Rex.", Infer() with { ObservedAt = new DateTimeOffset(2023, 5, 8, 0, 0, 0, TimeSpan.Zero) });
        Assert.Contains(result.Results, r => r.Memory.Contains("Yesterday (on 2023-05-07)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AddAsync_WithoutLlm_SameFactTwice_IsStoredOnce()
    {
        await using var f = new MemoryFixture();
        await Say(f, "I love hiking in the Alps.");
        var again = await Say(f, "I love hiking in the Alps.");
        Assert.Empty(again.Results);
        Assert.Single(await All(f));
    }

    [Fact]
    public async Task AddAsync_ExcludeTopics_DropsThoseFacts()
    {
        await using var f = new MemoryFixture();
        var result = await Say(f, "I'm allergic to penicillin. I love sushi.", Infer() with { ExcludeTopics = ["health"] });
        Assert.Equal(["I love sushi."], result.Results.Select(r => r.Memory));
    }

    [Fact]
    public async Task AddAsync_StoreWideExcludedTopics_ApplyToEveryAddAndReachThePrompt()
    {
        await using (var f = new MemoryFixture(o => o.ExcludeTopics.Add("health")))
        {
            var result = await Say(f, "I'm allergic to penicillin. I love sushi.");
            Assert.Equal(["I love sushi."], result.Results.Select(r => r.Memory));
        }

        var chat = new FakeChatClient().Then("""{"operations": []}""");
        await using var withLlm = new MemoryFixture(o => o.ExcludeTopics.Add("health"), chat: chat);
        await Say(withLlm, "I'm allergic to penicillin.", Infer() with { ExcludeTopics = ["finances"] });
        Assert.Contains("Never keep facts about: health, finances", chat.Requests[0].Messages[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddAsync_ProceduralWithLlm_SummarisesRunIntoOneMemory()
    {
        var chat = new FakeChatClient().Then("""{"operations": [{"event": "ADD", "text": "Deploy: build, push image, apply manifest; fixed auth error by refreshing token."}]}""");
        await using var f = new MemoryFixture(chat: chat);
        var scope = new MemoryScope { AgentId = "deployer" };
        var result = await f.Memory.AddAsync(
            [new ChatMessage(ChatRole.User, "Deploy the app"), new ChatMessage(ChatRole.Assistant, "Built and pushed. Auth error on apply; refreshed token; applied.")],
            new AddOptions { Scope = scope, MemoryType = MemoryType.Procedural },
            Ct);
        var memory = await f.Memory.GetAsync(Assert.Single(result.Results).Id, cancellationToken: Ct);
        Assert.Equal(["procedural"], memory!.Categories);
        Assert.Contains("Summarise this agent run", chat.Requests[0].Messages[0].Text, StringComparison.Ordinal);
    }

    // The short id the prompt gave a memory, as a model reading it would.
    private static string IdOf(IReadOnlyList<ChatMessage> messages, string text)
    {
        var prompt = messages[^1].Text;
        var at = prompt.IndexOf($"\"text\":\"{text}\"", StringComparison.Ordinal);
        var idStart = prompt.LastIndexOf("\"id\":\"", at, StringComparison.Ordinal) + 6;
        return prompt[idStart..prompt.IndexOf('"', idStart)];
    }

    [Fact]
    public async Task AddAsync_ProceduralWithoutAgent_IsRefused()
    {
        await using var f = new MemoryFixture();
        await Assert.ThrowsAsync<MemoryValidationException>(() => Say(f, "did things", Infer() with { MemoryType = MemoryType.Procedural }));
    }
}
