using Microsoft.Extensions.AI;
using Mnemo.TestUtilities;
using Mnemo.Tests.Engine;

namespace Mnemo.Tests.Formation;

/// <summary>A validity window is never inverted (issue 13, 4.7; rule in docs/architecture.md, "Validity windows").</summary>
public sealed class ValidityWindowTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Supersede_NewFactDatedBeforeTheOldOnesStart_ClosesTheOldWindowAtItsOwnStart()
    {
        // 1 March: "I live in Paris" (observed today). Then: "I moved to Berlin in October" (dated 1 October of the year before).
        var chat = new FakeChatClient().Then(
            """{"operations": [{"event": "ADD", "text": "Lives in Paris"}]}""",
            """{"operations": [{"event": "SUPERSEDE", "id": "0", "text": "Lives in Berlin", "valid_at": "2025-10-01"}]}""");
        await using var f = new MemoryFixture(chat: chat);
        var paris = (await Say(f, "I live in Paris")).Results[0].Id;
        f.Time.Advance(TimeSpan.FromDays(1));
        var berlin = (await Say(f, "I moved to Berlin in October")).Results[1].Id;

        var old = (await f.Memory.GetAsync(paris, cancellationToken: Ct))!;
        var current = (await f.Memory.GetAsync(berlin, cancellationToken: Ct))!;
        Assert.True(old.ValidTo >= old.ValidFrom, $"window [{old.ValidFrom:O}, {old.ValidTo:O}) is inverted");
        Assert.Equal(old.ValidFrom, old.ValidTo);
        Assert.Equal(new DateTimeOffset(2025, 10, 1, 0, 0, 0, TimeSpan.Zero), current.ValidFrom);
    }

    [Fact]
    public async Task Supersede_NewFactDatedAfterTheOldOnesStart_ClosesTheOldWindowAtTheNewDate()
    {
        var chat = new FakeChatClient().Then(
            """{"operations": [{"event": "ADD", "text": "Lives in Paris"}]}""",
            """{"operations": [{"event": "SUPERSEDE", "id": "0", "text": "Lives in Berlin", "valid_at": "2026-04-01"}]}""");
        await using var f = new MemoryFixture(chat: chat);
        var paris = (await Say(f, "I live in Paris")).Results[0].Id;
        f.Time.Advance(TimeSpan.FromDays(60));
        await Say(f, "I moved to Berlin on April 1st");

        Assert.Equal(new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero), (await f.Memory.GetAsync(paris, cancellationToken: Ct))!.ValidTo);
    }

    private static Task<AddResult> Say(MemoryFixture f, string text) =>
        f.Memory.AddAsync([new ChatMessage(ChatRole.User, text)], new AddOptions { Scope = MemoryFixture.Alice }, Ct);
}
