using Microsoft.Extensions.AI;
using Mnemo.Adding;
using Mnemo.Tests.Engine;

namespace Mnemo.Tests.Adding;

public sealed class MemoryIdsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void Next_ManyInOneMillisecond_VersionSevenAndIncreasingInTheStoresOrder()
    {
        var now = new DateTimeOffset(2026, 12, 4, 12, 0, 0, TimeSpan.Zero);
        var ids = Enumerable.Range(0, 1_000).Select(_ => MemoryIds.Next(now)).ToList();

        Assert.All(ids, id => Assert.Equal(7, id.Version));
        // Both stores compare ids in their text order (SQLite text, PostgreSQL uuid bytes, which read the same).
        Assert.True(ids.Zip(ids.Skip(1)).All(p => string.CompareOrdinal(p.First.ToString("D"), p.Second.ToString("D")) < 0), "ids do not increase");
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public async Task ListAsync_OneAddOfManyMessagesAtOneInstant_ListsThemInTheOrderTheyWereSaid()
    {
        // The fixture's clock stands still, so every memory below has the same creation time and only ids order them.
        await using var f = new MemoryFixture();
        var texts = Enumerable.Range(0, 20).Select(i => $"fact number {i} about the garden").ToList();
        await f.Memory.AddAsync(
            texts.Select(t => new ChatMessage(ChatRole.User, t)),
            new AddOptions { Scope = MemoryFixture.Alice, Infer = false },
            Ct);
        await f.Memory.AddAsync([new ChatMessage(ChatRole.User, "said last, at the same instant")], new AddOptions { Scope = MemoryFixture.Alice, Infer = false }, Ct);

        var listed = await f.Memory.ListAsync(new ListOptions { Scope = MemoryFixture.Alice, PageSize = 100, Order = MemoryOrder.CreatedAscending }, Ct);

        Assert.Equal([.. texts, "said last, at the same instant"], listed.Items.Select(i => i.Text));
    }

    [Fact]
    public async Task ListAsync_OfflineFormationOfSeveralStatements_ListsThemInTheOrderOfTheMessage()
    {
        // Infer on without an LLM: an instruction and a fact in one message become two memories, written at one instant.
        await using var f = new MemoryFixture();
        await f.Memory.AddAsync(
            [new ChatMessage(ChatRole.User, "Please always answer in French. My sister lives in Madrid.")],
            new AddOptions { Scope = MemoryFixture.Alice },
            Ct);

        var listed = await f.Memory.ListAsync(new ListOptions { Scope = MemoryFixture.Alice, Order = MemoryOrder.CreatedAscending }, Ct);

        Assert.Equal(2, listed.Items.Count);
        Assert.Contains("French", listed.Items[0].Text, StringComparison.Ordinal);
        Assert.Contains("Madrid", listed.Items[1].Text, StringComparison.Ordinal);
    }
}
