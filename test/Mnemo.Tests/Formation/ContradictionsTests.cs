using Mnemo.Formation;
using Mnemo.Tests.Engine;

namespace Mnemo.Tests.Formation;

/// <summary>
/// The rule that says whether a new statement says otherwise than a memory, read once per statement and per memory:
/// what it keeps must never change what reading both texts afresh would say.
/// </summary>
public sealed class ContradictionsTests
{
    // Each rule's own examples, true and false, and memories of no form any rule reads.
    public static TheoryData<string, string, bool> Pairs => new()
    {
        { "I'm not allergic to peanuts, it was a misdiagnosis", "I'm allergic to peanuts", true },
        { "I drink coffee again", "I don't drink coffee", true },
        { "I usually wake up at 7 now", "I usually wake up at 6am", true },
        { "Je me lève à 7h maintenant", "Je me lève à 6h", true },
        { "We just had our baby!", "I'm pregnant", true },
        { "I found a new job at Stripe", "I'm looking for a new job", true },
        { "I graduated from NYU!", "I'm a student at NYU", true },
        { "I'm in remission now", "I have breast cancer", true },
        { "I love hiking", "I'm allergic to peanuts", false },
        { "I don't drink tea", "I drink coffee every morning", false },
        { "I haven't found a job yet", "I'm looking for a new job", false },
        { "My sister got her visa", "I'm waiting for my visa", false },
        { "I went to Japan in 2023", "I went to Japan in 2019", false },
        { "I live in Madrid. I have two cats.", "I live in Lisbon.", false },
        { "I usually wake up at 7 now", "Yesterday was great. We went to the beach and had ice cream.", false },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void SaysOtherwise_KeptReadings_SayWhatEachRuleSaysAfresh(string text, string memory, bool expected)
    {
        var afresh = Denial.Reverses(text, memory) || ValueChange.Replaces(text, memory) || NowHas.Replaces(text, memory) || GoalReached.Replaces(text, memory);
        Assert.Equal(expected, afresh);

        var readings = new MemoryReadings();
        var first = new Contradictions(readings);
        Assert.Equal(expected, first.SaysOtherwise(text, [], memory));
        Assert.Equal(expected, first.SaysOtherwise(text, [], memory));

        // A later add reads the memory from the shared readings, and another statement against it.
        var later = new Contradictions(readings);
        Assert.Equal(expected, later.SaysOtherwise(text, [], memory));
        Assert.False(later.SaysOtherwise("Thanks, that helps a lot.", [], memory));
    }

    [Fact]
    public void SaysOtherwise_AttributeGivenAnotherValue_IsTrueOnlyForAStatementThatSetsIt()
    {
        const string memory = "My favourite colour is green";
        var attribute = AttributeStatement.AttributeOf(memory);
        Assert.NotNull(attribute);

        var contradictions = new Contradictions(new MemoryReadings());
        Assert.Equal(attribute, contradictions.AttributeOf(memory));
        Assert.True(contradictions.SaysOtherwise("My favourite colour is blue", [attribute], memory));
        Assert.False(contradictions.SaysOtherwise("My favourite colour is blue", [], memory));
    }

    [Fact]
    public void Get_SameText_IsReadOnceUntilCleared()
    {
        var readings = new MemoryReadings();
        var first = readings.Get("I'm allergic to peanuts");
        Assert.Same(first, readings.Get("I'm allergic to peanuts"));
        Assert.Equal(1, readings.Count);

        readings.Clear();
        Assert.Equal(0, readings.Count);
        Assert.NotSame(first, readings.Get("I'm allergic to peanuts"));
    }

    [Fact]
    public void Get_TextLongerThanTheLimit_IsNotKept()
    {
        var readings = new MemoryReadings();
        var text = "I like " + string.Join(" and ", Enumerable.Range(0, MemoryReadings.MaxTextLength / 5).Select(i => $"t{i}"));
        Assert.True(text.Length > MemoryReadings.MaxTextLength);

        Assert.NotSame(readings.Get(text), readings.Get(text));
        Assert.Equal(0, readings.Count);
    }

    [Fact]
    public void Get_Full_DropsEveryReadingAndGoesOn()
    {
        var readings = new MemoryReadings();
        var first = readings.Get("memory 0");
        for (var i = 1; i < MemoryReadings.Capacity; i++)
        {
            readings.Get($"memory {i}");
        }

        Assert.Equal(MemoryReadings.Capacity, readings.Count);
        Assert.Same(first, readings.Get("memory 0"));

        readings.Get("one more");
        Assert.Equal(1, readings.Count);
        Assert.NotSame(first, readings.Get("memory 0"));
    }

    [Fact]
    public async Task ForgetAndReset_DropTheReadingsOfMemoriesTexts()
    {
        await using var f = new MemoryFixture();
        var ct = TestContext.Current.CancellationToken;
        var infer = new AddOptions { Scope = MemoryFixture.Alice, ObservedAt = f.Time.GetUtcNow() };
        await f.Memory.AddAsync("I'm looking for a new job in Berlin", infer, ct);
        await f.Memory.AddAsync("I'm looking for a new flat in Berlin", infer, ct);
        Assert.True(f.Engine.Formation.Readings.Count > 0);

        await f.Memory.ForgetAsync(MemoryFixture.Alice, ct);
        Assert.Equal(0, f.Engine.Formation.Readings.Count);

        await f.Memory.AddAsync("I'm looking for a new job in Berlin", infer, ct);
        await f.Memory.AddAsync("I'm looking for a new flat in Berlin", infer, ct);
        Assert.True(f.Engine.Formation.Readings.Count > 0);
        await f.Memory.ResetAsync(ct);
        Assert.Equal(0, f.Engine.Formation.Readings.Count);
    }

    [Fact]
    public async Task ForgetByAnotherEngineOnTheSameStore_DropsTheReadingsWhenTheFeedBringsIt()
    {
        await using var writer = new MemoryFixture();
        await using var other = new MemoryFixture(databasePath: writer.DatabasePath);
        var ct = TestContext.Current.CancellationToken;
        var infer = new AddOptions { Scope = MemoryFixture.Alice, ObservedAt = other.Time.GetUtcNow() };
        await other.Memory.AddAsync("I'm looking for a new job in Berlin", infer, ct);
        await other.Memory.AddAsync("I'm looking for a new flat in Berlin", infer, ct);
        Assert.True(other.Engine.Formation.Readings.Count > 0);

        // An add elsewhere reads nothing that is gone: the readings stay.
        await writer.Memory.AddAsync("I like tea", new AddOptions { Scope = MemoryFixture.Bob, Infer = false }, ct);
        await other.Memory.SearchAsync("tea", new SearchOptions { Scope = MemoryFixture.Bob }, ct);
        Assert.True(other.Engine.Formation.Readings.Count > 0);

        await writer.Memory.ForgetAsync(MemoryFixture.Alice, ct);
        await other.Memory.SearchAsync("job", new SearchOptions { Scope = MemoryFixture.Bob }, ct);
        Assert.Equal(0, other.Engine.Formation.Readings.Count);
    }
}
