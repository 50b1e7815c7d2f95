using Xunit;

namespace Mnemo.StoreConformance;

/// <summary>
/// Contextual vectors: a memory found by the closer of its own and its contextual vector, under the same scope and
/// activity checks, dropped with its text, and gone with the memory.
/// </summary>
public abstract partial class MemoryStoreConformanceTests
{
    private static StoredMemory WithContext(MemoryItem item, string context) => Stored(item) with { ContextEmbedding = Embed(context) };

    [Fact]
    public async Task Search_ContextVector_FindsTheMemoryByTheCloserOfItsTwoVectors()
    {
        var store = await StoreAsync();
        var reply = Memory("yes last may");
        var other = Memory("zebra crossing downtown");
        await store.ApplyAsync(new MemoryChangeSet { Upserts = [WithContext(reply, "did you visit paris"), Stored(other)] }, Ct);

        var byContext = await store.SearchAsync(Search(Alice, null, "did you visit paris"), Ct);
        var byOwn = await store.SearchAsync(Search(Alice, null, "yes last may"), Ct);

        Assert.Equal(reply.Id, byContext[0].Memory.Id);
        Assert.Equal(1.0, byContext[0].Similarity!.Value, 4);
        Assert.Equal(reply.Id, byOwn[0].Memory.Id);
        Assert.Equal(1.0, byOwn[0].Similarity!.Value, 4);
        Assert.Empty(await store.SearchAsync(Search(Bob, null, "did you visit paris"), Ct));
    }

    [Fact]
    public async Task Search_ContextVector_FollowsTheMemorysActivityAndText()
    {
        var store = await StoreAsync();
        var reply = Memory("yes last may", created: Now.AddHours(-1));
        await store.ApplyAsync(new MemoryChangeSet { Upserts = [WithContext(reply, "did you visit paris")] }, Ct);

        // A change that keeps the text keeps the contextual vector, and its activity checks follow the memory.
        var superseded = reply with { SupersededBy = Guid.NewGuid(), ValidTo = Now.AddMinutes(-1), UpdatedAt = Now };
        await store.ApplyAsync(new MemoryChangeSet { Upserts = [new StoredMemory(superseded, ReadOnlyMemory<float>.Empty)] }, Ct);
        Assert.Empty(await store.SearchAsync(Search(Alice, null, "did you visit paris"), Ct));
        var asOfBefore = await store.SearchAsync(Search(Alice, null, "did you visit paris") with { AsOf = Now.AddMinutes(-2) }, Ct);
        Assert.Equal(1.0, Assert.Single(asOfBefore).Similarity!.Value, 4);

        // New text without a contextual vector drops the old one: it was read with the old text.
        var rewritten = reply with { Text = "yes in june", Hash = MemoryHash.Compute("yes in june"), UpdatedAt = Now };
        await store.ApplyAsync(new MemoryChangeSet { Upserts = [Stored(rewritten)] }, Ct);
        var after = Assert.Single(await store.SearchAsync(Search(Alice, null, "did you visit paris"), Ct));
        Assert.True(after.Similarity < 0.9);
    }

    [Fact]
    public async Task ContextVector_DeleteAndForget_LeaveNoTrace()
    {
        var store = await StoreAsync();
        var deleted = Memory("yes last may");
        var forgotten = Memory("her name is luna", Bob);
        await store.ApplyAsync(new MemoryChangeSet { Upserts = [WithContext(deleted, "did you visit paris"), WithContext(forgotten, "what is your cat called")] }, Ct);

        await store.ApplyAsync(new MemoryChangeSet { Deletes = [deleted.Id] }, Ct);
        await store.ForgetAsync(Bob, Ct);
        await PutAsync(store, Memory("unrelated zebra"), Memory("another zebra", Bob));

        Assert.DoesNotContain(await store.SearchAsync(Search(Alice, null, "did you visit paris"), Ct), h => h.Similarity > 0.9);
        Assert.DoesNotContain(await store.SearchAsync(Search(Bob, null, "what is your cat called"), Ct), h => h.Similarity > 0.9);
    }

    [Fact]
    public async Task GetNeighbours_ContextVector_ComesWithTheNeighbour()
    {
        var store = await StoreAsync();
        var question = Memory("did you visit paris", created: Now);
        var reply = Memory("yes last may", created: Now.AddSeconds(1));
        await store.ApplyAsync(new MemoryChangeSet { Upserts = [Stored(question), WithContext(reply, "did you visit paris\nyes last may")] }, Ct);

        var cold = Assert.Single(await store.GetNeighboursAsync(Neighbours(Alice, 1, question.Id), Ct));
        await store.SearchAsync(Search(Alice, null, "paris"), Ct);
        var warm = Assert.Single(await store.GetNeighboursAsync(Neighbours(Alice, 1, question.Id), Ct));

        Assert.All([cold, warm], found =>
        {
            Assert.Equal(reply.Id, found.Memory.Item.Id);
            Assert.Equal(Embed("yes last may"), found.Memory.Embedding.ToArray());
            Assert.Equal(Embed("did you visit paris\nyes last may"), found.Memory.ContextEmbedding.ToArray());
        });
    }
}
