using Mnemo.Indexing;
using Xunit;

namespace Mnemo.Tests.Indexing;

/// <summary>
/// Which words of the memory before it a memory is keyword-indexed with (<see cref="KeywordContext"/>), through loads,
/// appends, imports of older memories and deletes: always the same as a load of what is there now.
/// </summary>
public sealed class KeywordContextTests
{
    private static readonly DateTimeOffset _start = new(2024, 1, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly MemoryScope _scope = MemoryScope.User("alice");

    // Turn n of a conversation, created and observed n minutes after the start; even turns the user's, odd the assistant's.
    private static MemoryFeedEntry Turn(long seq, int minute, string text, string? role = null, MemoryScope? scope = null)
    {
        var at = _start.AddMinutes(minute);
        var item = new MemoryItem
        {
            Id = Guid.NewGuid(),
            Text = text,
            Hash = MemoryHash.Compute(text),
            Scope = scope ?? _scope,
            Role = role ?? (minute % 2 == 0 ? "user" : "assistant"),
            CreatedAt = at,
            UpdatedAt = at,
            ObservedAt = at,
            ValidFrom = at,
        };
        return new MemoryFeedEntry(seq, new StoredMemory(item, ReadOnlyMemory<float>.Empty));
    }

    private static KeywordContext New() => new(characters: 12, sessionGap: TimeSpan.FromMinutes(60));

    [Fact]
    public void Load_GivesEachTurnTheEndOfTheOtherSpeakersTurnBefore()
    {
        var contexts = New().Load([Turn(1, 0, "How long have you been married?"), Turn(2, 1, "Five years already!"), Turn(3, 2, "Wow!")]);

        Assert.Equal(string.Empty, contexts[1]);
        Assert.Equal("married?", contexts[2]);
        Assert.Equal("already!", contexts[3]);
    }

    [Fact]
    public void Load_SameSpeakerAnotherSessionOrAnotherScope_LendNothing()
    {
        var contexts = New().Load([
            Turn(1, 0, "I sold my car."),
            Turn(2, 2, "I bought a bike.", role: "user"),
            Turn(3, 200, "Nice bike!", role: "assistant"),
            Turn(4, 201, "Who are you?", scope: MemoryScope.User("bob")),
        ]);

        Assert.All(contexts.Values, c => Assert.Equal(string.Empty, c));
    }

    [Fact]
    public void Apply_ImportOfAnOlderTurnAndDeletes_GiveWhatALoadOfTheResultGives()
    {
        var context = New();
        MemoryFeedEntry[] turns = [Turn(1, 0, "Do you like jazz?"), Turn(2, 1, "I love jazz."), Turn(4, 3, "Which album?"), Turn(5, 4, "Kind of Blue.")];
        context.Load(turns);

        // An older turn arrives later (an import): it sits between turns 2 and 4 and lends its words to turn 4.
        var older = Turn(3, 2, "Miles Davis is my favourite.");
        var inserted = context.Apply([], [older]);
        Assert.Equal("I love jazz.", inserted[3]);
        Assert.Equal("favourite.", inserted[4]);

        // Turn 4 deleted: turn 5 now follows turn 3, said by the same speaker (minute 2 and 4: the user), so it takes nothing.
        var deleted = context.Apply([4], []);
        Assert.Equal(string.Empty, deleted[5]);
        Assert.False(deleted.ContainsKey(4));

        var expected = New().Load([turns[0], turns[1], older, turns[3]]);
        var now = context.Apply([], [turns[0], turns[1], older, turns[3]]);
        Assert.Equal(expected.OrderBy(p => p.Key), now.OrderBy(p => p.Key));
    }

    [Fact]
    public void Apply_DeleteOfEveryTurn_LeavesNothingToFollow()
    {
        var context = New();
        context.Load([Turn(1, 0, "Hello there."), Turn(2, 1, "Hi!")]);

        var result = context.Apply([1, 2], []);
        var again = context.Apply([], [Turn(7, 5, "Back again.")]);

        Assert.Empty(result);
        Assert.Equal(string.Empty, again[7]);
    }
}
