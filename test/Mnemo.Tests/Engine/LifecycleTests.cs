using Mnemo.TestUtilities;

namespace Mnemo.Tests.Engine;

public sealed class LifecycleTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task UpdateAsync_NewText_ReembedsAndRecordsHistory()
    {
        await using var f = new MemoryFixture();
        var id = (await f.AddAsync("I drink cortado")).Results[0].Id;
        f.Time.Advance(TimeSpan.FromMinutes(5));
        var updated = await f.Memory.UpdateAsync(id, new MemoryUpdate { Text = "I drink flat white", ActorId = "alice" }, cancellationToken: Ct);

        Assert.Equal("I drink flat white", updated.Text);
        Assert.Equal(MemoryHash.Compute("I drink flat white"), updated.Hash);
        Assert.Equal(f.Time.GetUtcNow(), updated.UpdatedAt);
        Assert.True(updated.CreatedAt < updated.UpdatedAt);
        var found = await f.Memory.SearchAsync("flat white", new SearchOptions { Scope = MemoryFixture.Alice }, Ct);
        Assert.Equal(id, found.Results[0].Memory.Id);

        var history = await f.Memory.HistoryAsync(id, cancellationToken: Ct);
        Assert.Equal([MemoryEventType.Add, MemoryEventType.Update], history.Select(h => h.Event));
        Assert.Equal(("I drink cortado", "I drink flat white", "alice"), (history[1].OldText, history[1].NewText, history[1].ActorId));
    }

    [Fact]
    public async Task UpdateAsync_MetadataOnly_KeepsEmbeddingWithoutCallingTheEmbedder()
    {
        await using var f = new MemoryFixture();
        var id = (await f.AddAsync("I drink cortado")).Results[0].Id;
        var calls = f.Embedder.Calls;
        await f.Memory.UpdateAsync(id, new MemoryUpdate { Categories = ["food"] }, cancellationToken: Ct);
        Assert.Equal(calls, f.Embedder.Calls);
        var stored = await f.Store.GetWithEmbeddingAsync(id, Ct);
        Assert.Equal(FakeEmbeddingGenerator.Embed("I drink cortado"), stored!.Embedding.ToArray());
        Assert.Equal(["food"], stored.Item.Categories);
    }

    [Fact]
    public async Task UpdateAsync_UnknownId_ThrowsNotFound()
    {
        await using var f = new MemoryFixture();
        var id = Guid.NewGuid();
        var error = await Assert.ThrowsAsync<MemoryNotFoundException>(() => f.Memory.UpdateAsync(id, new MemoryUpdate { Text = "x y z" }, cancellationToken: Ct));
        Assert.Equal(id, error.Id);
    }

    [Fact]
    public async Task UpdateAsync_ImmutableMemory_IsRefusedAndUnchanged()
    {
        await using var f = new MemoryFixture();
        var id = (await f.AddAsync("My blood type is O negative", options: new AddOptions { Scope = MemoryFixture.Alice, Infer = false, Immutable = true })).Results[0].Id;
        await Assert.ThrowsAsync<MemoryValidationException>(() => f.Memory.UpdateAsync(id, new MemoryUpdate { Text = "My blood type is A" }, cancellationToken: Ct));
        Assert.Equal("My blood type is O negative", (await f.Memory.GetAsync(id, cancellationToken: Ct))!.Text);
    }

    [Fact]
    public async Task UpdateAsync_EmptyText_IsRefused()
    {
        await using var f = new MemoryFixture();
        var id = (await f.AddAsync("I drink cortado")).Results[0].Id;
        await Assert.ThrowsAsync<MemoryValidationException>(() => f.Memory.UpdateAsync(id, new MemoryUpdate { Text = " " }, cancellationToken: Ct));
        Assert.Equal("I drink cortado", (await f.Memory.GetAsync(id, cancellationToken: Ct))!.Text);
    }

    [Fact]
    public async Task DeleteAsync_RemovesMemoryAndKeepsDeleteInHistory()
    {
        await using var f = new MemoryFixture();
        var id = (await f.AddAsync("I have a dentist appointment on Friday")).Results[0].Id;
        await f.Memory.DeleteAsync(id, cancellationToken: Ct);
        Assert.Null(await f.Memory.GetAsync(id, cancellationToken: Ct));
        Assert.Empty((await f.Memory.SearchAsync("dentist appointment", new SearchOptions { Scope = MemoryFixture.Alice }, Ct)).Results);
        var history = await f.Memory.HistoryAsync(id, cancellationToken: Ct);
        Assert.Equal(MemoryEventType.Delete, history[^1].Event);
        Assert.Equal("I have a dentist appointment on Friday", history[^1].OldText);
        await Assert.ThrowsAsync<MemoryNotFoundException>(() => f.Memory.DeleteAsync(id, cancellationToken: Ct));
    }

    [Fact]
    public async Task GetAsync_UnknownId_ReturnsNull()
    {
        await using var f = new MemoryFixture();
        Assert.Null(await f.Memory.GetAsync(Guid.NewGuid(), cancellationToken: Ct));
        Assert.Empty(await f.Memory.HistoryAsync(Guid.NewGuid(), cancellationToken: Ct));
    }

    [Fact]
    public async Task DeleteAllAsync_ManyMoreThanOneBatch_DeletesEveryOneOfThemAndNothingElse()
    {
        await using var f = new MemoryFixture(o => o.DeleteBatchSize = 100);
        await f.Transfer.ImportAsync(Enumerable.Range(0, 1234).Select(i => Item($"alice fact {i}", MemoryFixture.Alice, f.Time.GetUtcNow())).ToList(), Ct);
        await f.AddAsync("bob's only fact", MemoryFixture.Bob);
        var deleted = await f.Memory.DeleteAllAsync(MemoryFixture.Alice, Ct);
        Assert.Equal(1234, deleted);
        Assert.Equal(0, (await f.Memory.ListAsync(new ListOptions { Scope = MemoryFixture.Alice, IncludeSuperseded = true, IncludeExpired = true }, Ct)).TotalCount);
        Assert.Equal(1, (await f.Memory.ListAsync(new ListOptions { Scope = MemoryFixture.Bob }, Ct)).TotalCount);
    }

    [Fact]
    public async Task DeleteAllAsync_EmptyScope_IsRefused()
    {
        await using var f = new MemoryFixture();
        await f.AddAsync("keep me");
        await Assert.ThrowsAsync<MemoryValidationException>(() => f.Memory.DeleteAllAsync(new MemoryScope(), Ct));
        Assert.Equal(1, (await f.Memory.ListAsync(new ListOptions { Scope = MemoryFixture.Alice }, Ct)).TotalCount);
    }

    [Fact]
    public async Task ForgetAsync_ErasesSubjectEverywhereAndReceiptHoldsNoContent()
    {
        await using var f = new MemoryFixture();
        var id = (await f.AddAsync("my secret diagnosis is sarcoidosis")).Results[0].Id;
        await f.Memory.UpdateAsync(id, new MemoryUpdate { Text = "my secret diagnosis is mild sarcoidosis" }, cancellationToken: Ct);
        await f.AddAsync("bob likes chess", MemoryFixture.Bob);
        await f.Memory.SearchAsync("diagnosis", new SearchOptions { Scope = MemoryFixture.Alice }, Ct);

        var receipt = await f.Memory.ForgetAsync(MemoryFixture.Alice, Ct);

        Assert.Equal((1, 2), (receipt.Memories, receipt.HistoryEntries));
        Assert.DoesNotContain("sarcoidosis", System.Text.Json.JsonSerializer.Serialize(receipt), StringComparison.Ordinal);
        Assert.Null(await f.Memory.GetAsync(id, cancellationToken: Ct));
        Assert.Empty(await f.Memory.HistoryAsync(id, cancellationToken: Ct));
        var after = await f.Memory.SearchAsync("diagnosis", new SearchOptions { Scope = MemoryFixture.Alice }, Ct);
        Assert.Empty(after.Results);

        // The query cache was cleared too: the same query needed the embedder again.
        Assert.Equal(1, after.Usage.EmbeddingCalls);
        Assert.Empty(await f.Store.GetEmbeddingsByHashAsync(MemoryFixture.Alice, [MemoryHash.Compute("my secret diagnosis is sarcoidosis")], Ct));
        Assert.Single((await f.Memory.SearchAsync("chess", new SearchOptions { Scope = MemoryFixture.Bob }, Ct)).Results);
    }

    [Fact]
    public async Task ResetAsync_ErasesEveryScope()
    {
        await using var f = new MemoryFixture();
        await f.AddAsync("one");
        await f.AddAsync("two", MemoryFixture.Bob);
        await f.Memory.ResetAsync(Ct);
        Assert.Equal(0, (await f.Memory.ListAsync(new ListOptions { Scope = MemoryFixture.Alice }, Ct)).TotalCount);
        Assert.Equal(0, (await f.Memory.ListAsync(new ListOptions { Scope = MemoryFixture.Bob }, Ct)).TotalCount);
    }

    [Fact]
    public async Task ListAsync_Pages_AreStableAndComplete()
    {
        await using var f = new MemoryFixture();
        for (var i = 0; i < 25; i++)
        {
            await f.AddAsync($"fact {i}");
            f.Time.Advance(TimeSpan.FromSeconds(1));
        }

        var seen = new List<MemoryItem>();
        for (var page = 1; page <= 3; page++)
        {
            var result = await f.Memory.ListAsync(new ListOptions { Scope = MemoryFixture.Alice, Page = page, PageSize = 10 }, Ct);
            Assert.Equal((25, page, page < 3), (result.TotalCount, result.Page, result.HasNext));
            seen.AddRange(result.Items);
        }

        Assert.Equal(25, seen.Select(m => m.Id).Distinct().Count());
        Assert.Equal("fact 24", seen[0].Text);
        Assert.True(seen.Zip(seen.Skip(1)).All(p => p.First.CreatedAt >= p.Second.CreatedAt));
    }

    [Theory]
    [InlineData(0, 10)]
    [InlineData(1, 0)]
    [InlineData(1, 5000)]
    public async Task ListAsync_BadPaging_Throws(int page, int size)
    {
        await using var f = new MemoryFixture();
        await Assert.ThrowsAsync<MemoryValidationException>(() => f.Memory.ListAsync(new ListOptions { Scope = MemoryFixture.Alice, Page = page, PageSize = size }, Ct));
    }

    [Fact]
    public async Task ListAsync_BadFilterField_ThrowsInvalidFilter()
    {
        await using var f = new MemoryFixture();
        await Assert.ThrowsAsync<InvalidFilterException>(() => f.Memory.ListAsync(new ListOptions { Scope = MemoryFixture.Alice, Filter = MemoryFilter.Parse("""{"metadata.a\"b": 1}""") }, Ct));
    }

    [Fact]
    public async Task ImportThenExport_KeepsIdsTimesAndFields()
    {
        await using var f = new MemoryFixture();
        var observed = new DateTimeOffset(2023, 5, 8, 13, 56, 0, TimeSpan.Zero);
        var original = Item("Caroline went to the LGBTQ support group", new MemoryScope { UserId = "conv-26", AgentId = "eval" }, observed) with
        {
            Categories = ["events"],
            Metadata = MemoryMetadata.From([new("dia_id", "D1:3"), new("session", 1)]),
            ActorId = "Caroline",
            Role = "user",
        };
        Assert.Equal(1, await f.Transfer.ImportAsync([original], Ct));
        Assert.Equal(1, await f.Transfer.ImportAsync([original], Ct));

        var exported = new List<MemoryItem>();
        await foreach (var item in f.Transfer.ExportAsync(new MemoryScope { UserId = "conv-26" }, Ct))
        {
            exported.Add(item);
        }

        var back = Assert.Single(exported);
        Assert.Equal((original.Id, original.Text, original.ObservedAt, original.CreatedAt, original.ActorId), (back.Id, back.Text, back.ObservedAt, back.CreatedAt, back.ActorId));
        Assert.Equal("D1:3", back.Metadata["dia_id"].GetString());
        Assert.Equal(1, back.Metadata["session"].GetInt32());
        Assert.Equal(["events"], back.Categories);
    }

    [Fact]
    public async Task Reopen_WithAnotherEmbeddingDimension_IsRefusedWithClearMessage()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("mnemo-dim-").FullName, "mnemo.db");
        await using (var first = new MemoryFixture(databasePath: path))
        {
            await first.AddAsync("hello world");
        }

        await using var second = new MemoryFixture(embedder: new FakeEmbeddingGenerator(dimensions: 32, modelId: "other-model"), databasePath: path);
        var error = await Assert.ThrowsAsync<EmbeddingMismatchException>(() => second.Memory.SearchAsync("hello", new SearchOptions { Scope = MemoryFixture.Alice }, Ct));
        Assert.Contains("64 dimensions", error.Message, StringComparison.Ordinal);
        Assert.Contains("other-model", error.Message, StringComparison.Ordinal);
    }

    internal static MemoryItem Item(string text, MemoryScope scope, DateTimeOffset at) => TestMemories.Item(text, scope, at);
}
