using Xunit;

namespace Mnemo.StoreConformance;

/// <summary>Erasure: forget one subject, reset everything.</summary>
public abstract partial class MemoryStoreConformanceTests
{
    private static MemoryHistoryEntry HistoryOf(MemoryItem item, MemoryEventType type, string? oldText, string? newText) => new()
    {
        Id = Guid.CreateVersion7(),
        MemoryId = item.Id,
        Scope = item.Scope,
        Event = type,
        OldText = oldText,
        NewText = newText,
        CreatedAt = Now,
    };

    private static MemoryChangeSet Written(params MemoryItem[] items) => new()
    {
        Upserts = [.. items.Select(Stored)],
        History = [.. items.Select(i => HistoryOf(i, MemoryEventType.Add, null, i.Text))],
    };

    [Fact]
    public async Task Forget_Subject_ErasesOnlyThatSubjectAndCounts()
    {
        var store = await StoreAsync();
        var alice1 = Memory("alice likes kiwis");
        var alice2 = Memory("alice works at the harbor", Alice with { AgentId = "helper" });
        var bob1 = Memory("bob likes kiwis too", Bob);
        var otherProject = Memory("alice in project b", Alice with { ProjectId = "B" });
        await store.ApplyAsync(Written(alice1, alice2, bob1, otherProject), Ct);

        // A deleted memory of alice keeps a history entry (with its old text) until the subject is forgotten.
        var deleted = Memory("alice used to live in Lyon");
        await store.ApplyAsync(Written(deleted), Ct);
        await store.ApplyAsync(new MemoryChangeSet { Deletes = [deleted.Id], History = [HistoryOf(deleted, MemoryEventType.Delete, deleted.Text, null)] }, Ct);

        var receipt = await store.ForgetAsync(Alice, Ct);

        Assert.Equal(Alice, receipt.Scope);
        Assert.Equal(2, receipt.Memories);
        Assert.Equal(4, receipt.HistoryEntries);
        Assert.Equal(0, receipt.QueuedItems);
        Assert.True(receipt.Duration >= TimeSpan.Zero);
        Assert.NotEqual(default, receipt.CompletedAt);

        Assert.Null(await store.GetAsync(alice1.Id, Ct));
        Assert.Null(await store.GetAsync(alice2.Id, Ct));
        Assert.Empty(await store.GetHistoryAsync(alice1.Id, Ct));
        Assert.Empty(await store.GetHistoryAsync(deleted.Id, Ct));
        Assert.Empty((await store.ListAsync(List(Alice) with { IncludeExpired = true, IncludeSuperseded = true }, Ct)).Items);
        Assert.Empty(await store.SearchAsync(Search(Alice, "kiwis harbor", "alice likes kiwis"), Ct));
        Assert.Empty(await store.GetEmbeddingsByHashAsync(Alice, [alice1.Hash, alice2.Hash, deleted.Hash], Ct));

        Assert.NotNull(await store.GetAsync(bob1.Id, Ct));
        Assert.NotNull(await store.GetAsync(otherProject.Id, Ct));
        Assert.Single(await store.GetHistoryAsync(bob1.Id, Ct));
        Assert.Single(await store.GetEmbeddingsByHashAsync(Bob, [bob1.Hash], Ct));
        Assert.Single(await store.SearchAsync(Search(Bob, "kiwis", "bob likes kiwis too"), Ct), h => h.Keyword is not null && h.Similarity is not null);
        Assert.Single(await store.SearchAsync(Search(Alice with { ProjectId = "B" }, "project", "alice in project b"), Ct));
    }

    [Fact]
    public async Task Forget_NarrowerScope_KeepsTheRestOfTheUser()
    {
        var store = await StoreAsync();
        var general = Memory("alice general fact");
        var helper = Memory("alice helper fact", Alice with { AgentId = "helper" });
        await store.ApplyAsync(Written(general, helper), Ct);

        var receipt = await store.ForgetAsync(Alice with { AgentId = "helper" }, Ct);

        Assert.Equal(1, receipt.Memories);
        Assert.Equal(1, receipt.HistoryEntries);
        Assert.Equal(["alice general fact"], await TextsAsync(store, List(Alice)));
    }

    [Fact]
    public async Task Reset_ErasesEverything_KeepsModel()
    {
        var store = await StoreAsync();
        var a = Memory("alice fact");
        var b = Memory("bob fact", Bob with { ProjectId = "P" });
        await store.ApplyAsync(Written(a, b), Ct);
        Assert.NotEmpty(await store.SearchAsync(Search(Alice, "fact", "alice fact"), Ct));

        await store.ResetAsync(Ct);

        Assert.Equal(0, (await store.ListAsync(List(null) with { IncludeExpired = true, IncludeSuperseded = true }, Ct)).TotalCount);
        Assert.Empty(await store.GetHistoryAsync(a.Id, Ct));
        Assert.Empty(await store.GetEmbeddingsByHashAsync(Alice, [a.Hash], Ct));
        Assert.Empty(await store.GetEmbeddingsByHashAsync(Bob with { ProjectId = "P" }, [b.Hash], Ct));
        Assert.Empty(await store.SearchAsync(Search(Alice, "fact", "alice fact"), Ct));
        await Assert.ThrowsAsync<EmbeddingMismatchException>(() => store.InitializeAsync(new EmbeddingModelInfo("other", 64), Ct));

        await PutAsync(store, Memory("after reset"));
        Assert.Single(await store.SearchAsync(Search(Alice, "reset", "after reset"), Ct));
    }
}
