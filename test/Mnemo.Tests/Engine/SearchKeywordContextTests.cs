using Microsoft.Extensions.AI;

namespace Mnemo.Tests.Engine;

/// <summary>
/// Keyword context (<see cref="KeywordOptions.ContextCharacters"/>): a reply is keyword-indexed with the end of the
/// message before it when another speaker said that message in the same conversation, and loses those words again when
/// that message is deleted.
/// </summary>
public sealed class SearchKeywordContextTests
{
    private const string Question = "How long have you been married?";
    private const string Reply = "Five years already!";

    private static readonly DateTimeOffset _monday = new(2023, 5, 1, 10, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<AddResult> AddAsync(MemoryFixture f, ChatRole role, string text, DateTimeOffset observed) =>
        f.Memory.AddAsync([new ChatMessage(role, text)], new AddOptions { Scope = MemoryFixture.Alice, Infer = false, ObservedAt = observed }, Ct);

    private static async Task<double?> KeywordOfAsync(MemoryFixture f, Guid id, string query = "married")
    {
        var result = await f.Memory.SearchAsync(query, new SearchOptions { Scope = MemoryFixture.Alice, Limit = 10, Explain = true }, Ct);
        return result.Results.SingleOrDefault(r => r.Memory.Id == id)?.Explanation?.Keyword;
    }

    [Fact]
    public async Task SearchAsync_ReplyToAnotherSpeaker_IsFoundByTheWordsOfTheMessageItAnswers()
    {
        await using var f = new MemoryFixture();
        await AddAsync(f, ChatRole.User, Question, _monday);
        var reply = (await AddAsync(f, ChatRole.Assistant, Reply, _monday.AddMinutes(1))).Results[0].Id;

        Assert.True(await KeywordOfAsync(f, reply) > 0);
    }

    [Fact]
    public async Task SearchAsync_QuestionAndReplyAddedTogether_ReplyIsFoundByTheQuestionsWords()
    {
        // One add of a user's question and the assistant's answer (how an agent records an exchange): same creation time,
        // arrival order is the order of the messages.
        await using var f = new MemoryFixture();
        var add = await f.Memory.AddAsync(
            [new ChatMessage(ChatRole.User, Question), new ChatMessage(ChatRole.Assistant, Reply)],
            new AddOptions { Scope = MemoryFixture.Alice, Infer = false, ObservedAt = _monday }, Ct);

        var reply = add.Results.Single(r => r.Memory == Reply).Id;
        Assert.True(await KeywordOfAsync(f, reply) > 0);
    }

    [Fact]
    public async Task SearchAsync_KeywordContextOff_ReplyHasNoKeywordMatch()
    {
        await using var f = new MemoryFixture(o => o.Keywords.ContextCharacters = 0);
        await AddAsync(f, ChatRole.User, Question, _monday);
        var reply = (await AddAsync(f, ChatRole.Assistant, Reply, _monday.AddMinutes(1))).Results[0].Id;

        Assert.Null(await KeywordOfAsync(f, reply));
    }

    [Fact]
    public async Task SearchAsync_SameSpeakerOrAnotherSession_LendsNoWords()
    {
        await using var f = new MemoryFixture();
        await AddAsync(f, ChatRole.User, Question, _monday);
        var sameSpeaker = (await AddAsync(f, ChatRole.User, Reply, _monday.AddMinutes(1))).Results[0].Id;
        await AddAsync(f, ChatRole.User, "Where did you go on your honeymoon?", _monday.AddDays(2));
        var nextDay = (await AddAsync(f, ChatRole.Assistant, "We went to Crete.", _monday.AddDays(3))).Results[0].Id;

        Assert.Null(await KeywordOfAsync(f, sameSpeaker));
        Assert.Null(await KeywordOfAsync(f, nextDay, "honeymoon"));
    }

    [Fact]
    public async Task DeleteAsync_OfTheMessageReplied_TakesItsWordsOutOfTheReply()
    {
        await using var f = new MemoryFixture();
        await AddAsync(f, ChatRole.Assistant, "Good morning, what is on your mind today?", _monday);
        var question = (await AddAsync(f, ChatRole.User, Question, _monday.AddMinutes(1))).Results[0].Id;
        var reply = (await AddAsync(f, ChatRole.Assistant, Reply, _monday.AddMinutes(2))).Results[0].Id;
        Assert.True(await KeywordOfAsync(f, reply) > 0);

        await f.Memory.DeleteAsync(question, MemoryScope.User("alice"), Ct);

        // The reply now follows the greeting, said by the same speaker: no context, and no word of the deleted question.
        Assert.Null(await KeywordOfAsync(f, reply));
        Assert.True(await KeywordOfAsync(f, reply, "mind") is null or 0);
    }

    [Fact]
    public async Task SearchAsync_AfterAColdLoad_ScoresTheReplyAsTheLiveIndexDid()
    {
        await using var live = new MemoryFixture();
        await AddAsync(live, ChatRole.User, "My sister just moved to Denver.", _monday);
        await AddAsync(live, ChatRole.User, Question, _monday.AddMinutes(1));
        var reply = (await AddAsync(live, ChatRole.Assistant, Reply, _monday.AddMinutes(2))).Results[0].Id;
        var before = await KeywordOfAsync(live, reply);

        await using var reopened = new MemoryFixture(databasePath: live.DatabasePath);

        Assert.True(before > 0);
        Assert.Equal(before, await KeywordOfAsync(reopened, reply));
    }
}
