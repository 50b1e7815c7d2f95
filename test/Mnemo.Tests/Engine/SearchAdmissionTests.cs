namespace Mnemo.Tests.Engine;

public sealed class SearchAdmissionTests
{
    private const int Searches = 3;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SearchAsync_MoreSearchesThanAdmitted_ComputeOneAtATime()
    {
        var overlap = await MostSearchesEmbeddingAtOnceAsync(admitted: 1);

        Assert.Equal(1, overlap);
    }

    [Fact]
    public async Task SearchAsync_AsManySearchesAsAdmitted_RunTogether()
    {
        // The control for the test above: the same probe sees the searches overlap when the limit allows it.
        var overlap = await MostSearchesEmbeddingAtOnceAsync(admitted: Searches);

        Assert.Equal(Searches, overlap);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Validate_MaxConcurrentSearchesBelowOne_Throws(int value) =>
        Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => new MnemoOptions { MaxConcurrentSearches = value }.Validate());

    [Fact]
    public void MaxConcurrentSearches_Default_IsTheProcessorCount() =>
        Assert.Equal(Environment.ProcessorCount, new MnemoOptions().MaxConcurrentSearches);

    /// <summary>
    /// Starts <see cref="Searches"/> searches at once; each holds its query embedding until all of them are embedding or
    /// two seconds have passed, and the most seen embedding together is returned.
    /// </summary>
    private static async Task<int> MostSearchesEmbeddingAtOnceAsync(int admitted)
    {
        await using var f = new MemoryFixture(o => o.MaxConcurrentSearches = admitted);
        await f.AddAsync("Alice keeps bees in her garden");
        var inside = 0;
        var most = 0;
        using var allInside = new ManualResetEventSlim();
        f.Embedder.OnGenerate = _ =>
        {
            var now = Interlocked.Increment(ref inside);
            InterlockedMax(ref most, now);
            if (now == Searches)
            {
                allInside.Set();
            }

            // Each search blocks a pool thread here; on a two-core host the pool adds the third thread only after a
            // while, so a quarter second let the control see two searches together (a clean-clone CI run, 2026-12-06).
            allInside.Wait(TimeSpan.FromSeconds(2), Ct);
            Interlocked.Decrement(ref inside);
        };

        var results = await Task.WhenAll(Enumerable.Range(0, Searches).Select(i =>
            Task.Run(() => f.Memory.SearchAsync($"bees garden {i}", new SearchOptions { Scope = MemoryFixture.Alice }, Ct), Ct)));

        Assert.All(results, r => Assert.Single(r.Results));
        return most;
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }
}
