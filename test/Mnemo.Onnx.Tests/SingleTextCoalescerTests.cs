using Mnemo.Onnx.Inference;

namespace Mnemo.Onnx.Tests;

/// <summary>Concurrent one-text calls share inference runs; each gets its own vector or its own group's error.</summary>
public sealed class SingleTextCoalescerTests
{
    [Fact]
    public async Task EncodeAsync_CallsArrivingDuringARun_RunTogetherNext()
    {
        var batches = new List<int[]>();
        using var firstStarted = new ManualResetEventSlim();
        using var releaseFirst = new ManualResetEventSlim();
        var coalescer = new SingleTextCoalescer(batch =>
        {
            lock (batches)
            {
                batches.Add([.. batch.Select(t => t[0])]);
            }

            if (batch[0][0] == 1)
            {
                firstStarted.Set();
                releaseFirst.Wait(TestContext.Current.CancellationToken);
            }

            return [.. batch.Select(t => new float[] { t[0] * 10 })];
        }, maxGroup: 16);

        var first = Task.Run(() => coalescer.EncodeAsync([1]), TestContext.Current.CancellationToken);
        firstStarted.Wait(TestContext.Current.CancellationToken);
        var queued = new[] { coalescer.EncodeAsync([2]), coalescer.EncodeAsync([3]), coalescer.EncodeAsync([4]) };
        releaseFirst.Set();

        Assert.Equal(new[] { 10f }, await first);
        Assert.Equal([[20f], [30f], [40f]], await Task.WhenAll(queued));
        Assert.Equal(2, batches.Count);
        Assert.Equal([1], batches[0]);
        Assert.Equal([2, 3, 4], batches[1]);
    }

    [Fact]
    public async Task EncodeAsync_GroupRunFails_ThatGroupGetsTheErrorAndLaterCallsStillRun()
    {
        using var firstStarted = new ManualResetEventSlim();
        using var releaseFirst = new ManualResetEventSlim();
        var coalescer = new SingleTextCoalescer(batch =>
        {
            if (batch[0][0] == 1)
            {
                firstStarted.Set();
                releaseFirst.Wait(TestContext.Current.CancellationToken);
            }

            return batch.Any(t => t[0] == 3) ? throw new InvalidOperationException("model failed") : [.. batch.Select(t => new float[] { t[0] })];
        }, maxGroup: 16);

        var first = Task.Run(() => coalescer.EncodeAsync([1]), TestContext.Current.CancellationToken);
        firstStarted.Wait(TestContext.Current.CancellationToken);
        var second = coalescer.EncodeAsync([2]);
        var third = coalescer.EncodeAsync([3]);
        releaseFirst.Set();

        Assert.Equal(new[] { 1f }, await first);
        Assert.Equal("model failed", (await Assert.ThrowsAsync<InvalidOperationException>(() => second)).Message);
        await Assert.ThrowsAsync<InvalidOperationException>(() => third);
        Assert.Equal(new[] { 5f }, await coalescer.EncodeAsync([5]));
    }

    [Fact]
    public async Task EncodeAsync_MoreQueuedThanMaxGroup_SplitsIntoGroups()
    {
        var sizes = new List<int>();
        using var firstStarted = new ManualResetEventSlim();
        using var releaseFirst = new ManualResetEventSlim();
        var coalescer = new SingleTextCoalescer(batch =>
        {
            lock (sizes)
            {
                sizes.Add(batch.Count);
            }

            if (batch[0][0] == 0)
            {
                firstStarted.Set();
                releaseFirst.Wait(TestContext.Current.CancellationToken);
            }

            return [.. batch.Select(t => new float[] { t[0] })];
        }, maxGroup: 2);

        var first = Task.Run(() => coalescer.EncodeAsync([0]), TestContext.Current.CancellationToken);
        firstStarted.Wait(TestContext.Current.CancellationToken);
        var queued = Enumerable.Range(1, 5).Select(i => coalescer.EncodeAsync([i])).ToArray();
        releaseFirst.Set();

        await first;
        Assert.Equal([[1f], [2f], [3f], [4f], [5f]], await Task.WhenAll(queued));
        Assert.Equal([1, 2, 2, 1], sizes);
    }

    [Fact]
    public async Task GenerateAsync_ConcurrentQueries_SameVectorsAsOneByOne()
    {
        // Float32: int8 runs every text alone, so only float32 shares runs between concurrent calls.
        using var generator = new OnnxEmbeddingGenerator(new OnnxEmbeddingOptions { Model = OnnxEmbeddingModel.MiniLM, Int8 = false });
        var queries = Enumerable.Range(0, 12).Select(i => $"what did the user say about topic number {i} and the weekend").ToArray();
        var alone = new List<float[]>();
        foreach (var query in queries)
        {
            alone.Add((await generator.GenerateAsync([query], cancellationToken: TestContext.Current.CancellationToken))[0].Vector.ToArray());
        }

        var together = await Task.WhenAll(queries.Select(q => Task.Run(
            async () => (await generator.GenerateAsync([q], cancellationToken: TestContext.Current.CancellationToken))[0].Vector.ToArray(),
            TestContext.Current.CancellationToken)));

        for (var i = 0; i < queries.Length; i++)
        {
            Assert.Equal(alone[i], together[i], (a, b) => Math.Abs(a - b) < 1e-4f);
        }
    }
}
