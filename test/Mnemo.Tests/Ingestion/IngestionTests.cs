using System.Text.Json;
using Microsoft.Extensions.AI;
using Mnemo.TestUtilities;

using Mnemo.Tests.Engine;

namespace Mnemo.Tests.Ingestion;

public sealed class IngestionTests
{
    private static readonly MemoryScope Alice = MemoryScope.User("alice");
    private static readonly MemoryScope Bob = MemoryScope.User("bob");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static AddOptions Verbatim(MemoryScope? scope = null) => new() { Scope = scope ?? Alice, Infer = false };

    private static ChatMessage[] Say(string text) => [new(ChatRole.User, text) { AuthorName = "alice-phone" }];

    [Fact]
    public async Task EnqueueAdd_ValidRequest_PendingAndPersistedBeforeReturning()
    {
        await using var engine = new MemoryFixture();
        var queued = await engine.Ingestion.EnqueueAddAsync(Say("I love green tea"), Verbatim(), Ct);

        Assert.Equal(IngestionStatus.Pending, queued.Status);
        Assert.Equal(Alice, queued.Scope);

        // Another engine on the same file (another process, in effect) sees it: it was committed before the return.
        await using var other = new MemoryFixture(databasePath: engine.DatabasePath);
        var seen = await other.Ingestion.GetEventAsync(queued.Id, Ct);
        Assert.Equal(IngestionStatus.Pending, seen?.Status);
        Assert.Equal(0, (await engine.Memory.ListAsync(new ListOptions { Scope = Alice }, Ct)).TotalCount);
    }

    [Fact]
    public async Task EnqueueAdd_BadInput_RefusedAndNothingQueued()
    {
        await using var engine = new MemoryFixture();

        await Assert.ThrowsAsync<MemoryValidationException>(() => engine.Ingestion.EnqueueAddAsync(Say("hi"), new AddOptions { Scope = new MemoryScope() }, Ct));
        await Assert.ThrowsAsync<MemoryValidationException>(() => engine.Ingestion.EnqueueAddAsync([new ChatMessage(ChatRole.User, "  ")], Verbatim(), Ct));
        await Assert.ThrowsAsync<MemoryValidationException>(() => engine.Ingestion.EnqueueAddAsync([new ChatMessage(ChatRole.System, "be nice")], new AddOptions { Scope = Alice }, Ct));
        await Assert.ThrowsAsync<MemoryValidationException>(() => engine.Ingestion.EnqueueAddAsync(Say(new string('x', 1_048_577)), Verbatim(), Ct));
        await Assert.ThrowsAsync<MemoryValidationException>(() => engine.Ingestion.EnqueueAddAsync(Say("ran the job"), new AddOptions { Scope = Alice, MemoryType = MemoryType.Procedural }, Ct));

        Assert.Empty(await engine.Ingestion.ListEventsAsync(null, null, 100, Ct));
    }

    [Fact]
    public async Task ProcessPending_QueuedAdd_AppliedOnceAndSucceededWithMem0Results()
    {
        await using var engine = new MemoryFixture();
        var queued = await engine.Ingestion.EnqueueAddAsync(
            Say("I love green tea"), Verbatim() with { Metadata = new Dictionary<string, JsonElement> { ["topic"] = JsonSerializer.SerializeToElement("drinks") } }, Ct);

        Assert.Equal(1, await engine.Ingestion.ProcessPendingAsync(cancellationToken: Ct));
        Assert.Equal(0, await engine.Ingestion.ProcessPendingAsync(cancellationToken: Ct));

        var done = await engine.Ingestion.GetEventAsync(queued.Id, Ct);
        Assert.Equal(IngestionStatus.Succeeded, done?.Status);
        Assert.Equal(1, done?.Attempts);
        using var result = JsonDocument.Parse(done!.Result!);
        var only = Assert.Single(result.RootElement.GetProperty("results").EnumerateArray());
        Assert.Equal("ADD", only.GetProperty("event").GetString());
        Assert.Equal("I love green tea", only.GetProperty("memory").GetString());

        var page = await engine.Memory.ListAsync(new ListOptions { Scope = Alice }, Ct);
        var memory = Assert.Single(page.Items);
        Assert.Equal(only.GetProperty("id").GetString(), memory.Id.ToString());
        Assert.Equal("alice-phone", memory.ActorId);
        Assert.Equal("drinks", memory.Metadata["topic"].GetString());
    }

    [Fact]
    public async Task ProcessPending_AddThatWritesNothing_SucceededWithEmptyResults()
    {
        await using var engine = new MemoryFixture();
        var queued = await engine.Ingestion.EnqueueAddAsync([new ChatMessage(ChatRole.Assistant, "How can I help?")], new AddOptions { Scope = Alice }, Ct);

        Assert.Equal(1, await engine.Ingestion.ProcessPendingAsync(cancellationToken: Ct));

        var done = await engine.Ingestion.GetEventAsync(queued.Id, Ct);
        Assert.Equal(IngestionStatus.Succeeded, done?.Status);
        Assert.Equal("""{"results":[]}""", done?.Result);
    }

    [Fact]
    public async Task ProcessPending_LlmAnswersInvalidJsonTwice_FailedWithErrorThenRetrySucceeds()
    {
        var chat = new FakeChatClient().Then("not json", "still not json");
        await using var engine = new MemoryFixture(chat: chat);
        var queued = await engine.Ingestion.EnqueueAddAsync(Say("I have a cat named Pixel"), new AddOptions { Scope = Alice }, Ct);

        Assert.Equal(1, await engine.Ingestion.ProcessPendingAsync(cancellationToken: Ct));

        var failed = await engine.Ingestion.GetEventAsync(queued.Id, Ct);
        Assert.Equal(IngestionStatus.Failed, failed?.Status);
        Assert.Contains("invalid JSON twice", failed?.Error, StringComparison.Ordinal);
        Assert.Equal(queued.Payload, failed?.Payload);
        Assert.Equal(0, (await engine.Memory.ListAsync(new ListOptions { Scope = Alice }, Ct)).TotalCount);

        Assert.True(await engine.Queue.RetryAsync(queued.Id, Ct));
        Assert.Equal(IngestionStatus.Pending, (await engine.Ingestion.GetEventAsync(queued.Id, Ct))?.Status);

        chat.Then("""{"operations": [{"event": "ADD", "text": "Has a cat named Pixel"}]}""");
        Assert.Equal(1, await engine.Ingestion.ProcessPendingAsync(cancellationToken: Ct));
        var done = await engine.Ingestion.GetEventAsync(queued.Id, Ct);
        Assert.Equal(IngestionStatus.Succeeded, done?.Status);
        Assert.Equal(2, done?.Attempts);
        Assert.Equal(["Has a cat named Pixel"], (await engine.Memory.ListAsync(new ListOptions { Scope = Alice }, Ct)).Items.Select(m => m.Text));
    }

    [Fact]
    public async Task CrashRecovery_ClaimAbandonedByKilledProcess_RestartAppliesExactlyOnce()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("mnemo-crash-").FullName, "mnemo.db");
        Guid id;
        await using (var crashed = new MemoryFixture(databasePath: path))
        {
            id = (await crashed.Ingestion.EnqueueAddAsync(Say("I live in Lyon"), Verbatim(), Ct)).Id;
            await crashed.Ingestion.EnqueueAddAsync(Say("I work as a nurse"), Verbatim(), Ct);

            // The worker claimed the first add and died before committing anything.
            Assert.Equal(id, (await crashed.Queue.ClaimNextAsync(Ct))?.Id);
        }

        try
        {
            await using var restarted = new MemoryFixture(databasePath: path);
            Assert.Equal(IngestionStatus.Running, (await restarted.Ingestion.GetEventAsync(id, Ct))?.Status);

            Assert.Equal(1, await restarted.Queue.RequeueRunningAsync(Ct));
            Assert.Equal(2, await restarted.Ingestion.ProcessPendingAsync(cancellationToken: Ct));
            Assert.Equal(0, await restarted.Ingestion.ProcessPendingAsync(cancellationToken: Ct));

            var texts = (await restarted.Memory.ListAsync(new ListOptions { Scope = Alice }, Ct)).Items.Select(m => m.Text).Order(StringComparer.Ordinal);
            Assert.Equal(["I live in Lyon", "I work as a nurse"], texts);
            var done = await restarted.Ingestion.GetEventAsync(id, Ct);
            Assert.Equal(IngestionStatus.Succeeded, done?.Status);
            Assert.Equal(2, done?.Attempts);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    [Fact]
    public async Task Completion_EventAlreadySucceeded_RefusedAndWritesNothing()
    {
        await using var engine = new MemoryFixture();
        var queued = await engine.Ingestion.EnqueueAddAsync(Say("I speak Basque"), Verbatim(), Ct);

        // A first worker claims it and stalls; a restart requeues it and a second worker applies it.
        await engine.Queue.ClaimNextAsync(Ct);
        await engine.Queue.RequeueRunningAsync(Ct);
        Assert.Equal(1, await engine.Ingestion.ProcessPendingAsync(cancellationToken: Ct));

        // The stalled worker finally commits its copy of the add: refused, so the add is never applied twice.
        await Assert.ThrowsAsync<MnemoException>(() => engine.Engine.AddAsync(
            Say("I speak Basque"), Verbatim(), events => new IngestionCompletion(queued.Id, "{}"), Ct));

        Assert.Single((await engine.Memory.ListAsync(new ListOptions { Scope = Alice }, Ct)).Items);
        Assert.NotEqual("{}", (await engine.Ingestion.GetEventAsync(queued.Id, Ct))?.Result);
    }

    [Fact]
    public async Task Forget_Scope_RemovesItsQueuedAdds()
    {
        await using var engine = new MemoryFixture();
        var alice = await engine.Ingestion.EnqueueAddAsync(Say("my secret"), Verbatim(), Ct);
        var bob = await engine.Ingestion.EnqueueAddAsync(Say("bob's note"), Verbatim(Bob), Ct);

        var receipt = await engine.Memory.ForgetAsync(Alice, Ct);

        Assert.Equal(1, receipt.QueuedItems);
        Assert.Null(await engine.Ingestion.GetEventAsync(alice.Id, Ct));
        Assert.NotNull(await engine.Ingestion.GetEventAsync(bob.Id, Ct));
        Assert.Equal(1, await engine.Ingestion.ProcessPendingAsync(cancellationToken: Ct));
        Assert.Equal(0, (await engine.Memory.ListAsync(new ListOptions { Scope = Alice }, Ct)).TotalCount);
    }

    [Fact]
    public async Task ListEvents_ScopeAndStatus_Filtered()
    {
        await using var engine = new MemoryFixture();
        await engine.Ingestion.EnqueueAddAsync(Say("one"), Verbatim(), Ct);
        await engine.Ingestion.EnqueueAddAsync(Say("two"), Verbatim(Bob), Ct);
        await engine.Ingestion.ProcessPendingAsync(1, Ct);

        Assert.Single(await engine.Ingestion.ListEventsAsync(Alice, null, 100, Ct));
        Assert.Single(await engine.Ingestion.ListEventsAsync(null, IngestionStatus.Succeeded, 100, Ct));
        Assert.Equal(Bob, Assert.Single(await engine.Ingestion.ListEventsAsync(null, IngestionStatus.Pending, 100, Ct)).Scope);
        await Assert.ThrowsAsync<MemoryValidationException>(() => engine.Ingestion.ListEventsAsync(null, null, 0, Ct));
    }

    [Fact]
    public async Task Worker_EnqueueInProcess_ProcessedWithoutPolling()
    {
        await using var engine = new MemoryFixture(worker: true);
        var worker = Assert.Single(engine.HostedServices);
        await worker.StartAsync(Ct);
        try
        {
            var queued = await engine.Ingestion.EnqueueAddAsync(Say("I run marathons"), Verbatim(), Ct);

            // The fake clock never advances, so only the enqueue's signal can wake the worker. Bounded wait, not a timing assertion.
            IngestionEvent? seen = null;
            for (var i = 0; i < 500 && seen?.Status != IngestionStatus.Succeeded; i++)
            {
                await Task.Delay(20, Ct);
                seen = await engine.Ingestion.GetEventAsync(queued.Id, Ct);
            }

            Assert.Equal(IngestionStatus.Succeeded, seen?.Status);
        }
        finally
        {
            await worker.StopAsync(Ct);
        }
    }
}
