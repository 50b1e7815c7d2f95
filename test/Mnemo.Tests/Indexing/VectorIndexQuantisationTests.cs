using System.Numerics.Tensors;
using Mnemo.Indexing;
using Xunit;

namespace Mnemo.Tests.Indexing;

/// <summary>The quantised first pass against brute-force exact float32 search.</summary>
public sealed class VectorIndexQuantisationTests
{
    private const int Dimensions = 384;

    [Theory]
    [InlineData(10)]
    [InlineData(50)]
    public void Search_20kRandomVectors_RecallAtLeast99PercentWithExactScores(int n)
    {
        var random = new Random(11);
        var scope = MemoryScope.User("u");
        var vectors = Enumerable.Range(0, 20_000).Select(_ => RandomUnit(random)).ToArray();
        using var index = new VectorIndex();
        index.Load(Dimensions, 1, [.. vectors.Select((v, i) => new VectorEntry(i + 1, scope, 0, null, null, false, v))]);

        var found = 0;
        for (var query = 0; query < 50; query++)
        {
            var q = RandomUnit(random);
            var exact = vectors.Select((v, i) => (Seq: (long)(i + 1), Score: TensorPrimitives.Dot(v, q)))
                .OrderByDescending(h => h.Score).Take(n).Select(h => h.Seq).ToHashSet();

            var hits = index.Search(q, scope, 1, false, false, null, n);

            Assert.Equal(n, hits.Count);
            foreach (var hit in hits)
            {
                Assert.Equal(TensorPrimitives.Dot(vectors[hit.Seq - 1], q), hit.Similarity, 1e-5f);
            }

            Assert.True(hits.Zip(hits.Skip(1)).All(p => p.First.Similarity >= p.Second.Similarity), "hits are not best first");
            found += hits.Count(h => exact.Contains(h.Seq));
        }

        var recall = found / (50.0 * n);
        TestContext.Current.TestOutputHelper?.WriteLine($"recall@{n} = {recall:F4}");
        Assert.True(recall >= 0.99, $"recall@{n} = {recall:F4}");
    }

    [Fact]
    public void Similarities_InPlace_MatchTheDotProductOfTheCopiedVectorsAndMarkUnknownRows()
    {
        var random = new Random(7);
        var scope = MemoryScope.User("u");
        var vectors = Enumerable.Range(0, 50).Select(_ => RandomUnit(random)).ToArray();
        using var index = new VectorIndex();
        index.Load(Dimensions, 1, [.. vectors.Select((v, i) => new VectorEntry(i + 1, scope, 0, null, null, false, v))]);
        var q = RandomUnit(random);
        long[] seqs = [3, 50, 999, 1, 3];
        var similarities = new float[seqs.Length];

        index.Similarities(q, seqs, similarities);

        Assert.Equal(TensorPrimitives.Dot(q, index.VectorOf(3).Span), similarities[0], 1e-6f);
        Assert.Equal(TensorPrimitives.Dot(q, vectors[49]), similarities[1], 1e-6f);
        Assert.True(float.IsNaN(similarities[2]), "an unknown row has no similarity");
        Assert.Equal(TensorPrimitives.Dot(q, vectors[0]), similarities[3], 1e-6f);
        Assert.Equal(similarities[0], similarities[4]);

        var wrongLength = new float[1];
        index.Similarities(q.AsSpan(0, 10), [3], wrongLength);
        Assert.True(float.IsNaN(wrongLength[0]), "a query of other dimensions has no similarity");
    }

    [Fact]
    public void Search_ParallelAndSingleThreaded_ReturnSameHits()
    {
        var random = new Random(5);
        var scope = MemoryScope.User("u");
        var entries = Enumerable.Range(0, 5_000).Select(i => new VectorEntry(i + 1, scope, 0, null, null, false, RandomUnit(random))).ToList();
        using var parallel = new VectorIndex { ParallelThreshold = 0 };
        using var single = new VectorIndex { ParallelThreshold = int.MaxValue };
        parallel.Load(Dimensions, 1, entries);
        single.Load(Dimensions, 1, entries);
        var q = RandomUnit(random);

        Assert.Equal(single.Search(q, scope, 1, false, false, null, 20), parallel.Search(q, scope, 1, false, false, null, 20));
    }

    [Fact]
    public void Search_BinaryPassParallelAndSingleThreaded_ReturnSameHits()
    {
        var random = new Random(9);
        var scope = MemoryScope.User("u");
        var entries = Enumerable.Range(0, 12_000)
            .Select(i => new VectorEntry(i + 1, i % 4 == 0 ? MemoryScope.User("other") : scope, 0, null, null, false, RandomUnit(random)))
            .ToList();
        using var parallel = new VectorIndex { ParallelThreshold = 0, BinaryThreshold = 0 };
        using var single = new VectorIndex { ParallelThreshold = int.MaxValue, BinaryThreshold = 0 };
        parallel.Load(Dimensions, 1, entries);
        single.Load(Dimensions, 1, entries);

        for (var query = 0; query < 5; query++)
        {
            var q = RandomUnit(random);
            var hits = parallel.Search(q, scope, 1, false, false, null, 20);
            Assert.Equal(single.Search(q, scope, 1, false, false, null, 20), hits);
            Assert.Equal(20, hits.Count);
        }
    }

    [Fact]
    public void Search_OtherScopeVectorsCloser_NeverReturned()
    {
        var random = new Random(3);
        var mine = MemoryScope.User("me");
        var q = RandomUnit(random);
        var entries = Enumerable.Range(0, 2_000)
            .Select(i => i % 2 == 0
                ? new VectorEntry(i + 1, MemoryScope.User("other"), 0, null, null, false, q)
                : new VectorEntry(i + 1, mine, 0, null, null, false, RandomUnit(random)))
            .ToList();
        using var index = new VectorIndex();
        index.Load(Dimensions, 1, entries);

        var hits = index.Search(q, mine, 1, false, false, null, 10);

        Assert.Equal(10, hits.Count);
        Assert.All(hits, h => Assert.Equal(0, h.Seq % 2));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(8)]
    public void Search_OneBitPass_InactiveAndOtherScopeVectorsCloser_NeverReturned(int everyNth)
    {
        // The int8 pass trusts the 1-bit pass's filtering. Every n-th memory is identical to the query but of another
        // scope, superseded, expired or not yet valid; the rest are the scope's active memories, random.
        var random = new Random(31);
        var mine = MemoryScope.User("me");
        var q = RandomUnit(random);
        const long asOf = 1_000;
        var entries = Enumerable.Range(0, 9_000).Select(i => (i % everyNth, i % 4) switch
        {
            (0, 0) => new VectorEntry(i + 1, MemoryScope.User("other"), 0, null, null, false, q),
            (0, 1) => new VectorEntry(i + 1, mine, 0, 500, null, true, q),
            (0, 2) => new VectorEntry(i + 1, mine, 0, null, 900, false, q),
            (0, _) => new VectorEntry(i + 1, mine, 2_000, null, null, false, q),
            _ => new VectorEntry(i + 1, mine, 0, null, null, false, RandomUnit(random)),
        }).ToList();

        // A third party's memories, as many again, make the "mine" posting list the smaller half of the index: the
        // passes then run over its candidate list instead of every slot.
        var crowded = entries.Concat(Enumerable.Range(0, 12_000)
            .Select(i => new VectorEntry(100_000 + i, MemoryScope.User("crowd"), 0, null, null, false, RandomUnit(random)))).ToList();
        foreach (var layout in new[] { entries, crowded })
        {
            using var binary = new VectorIndex { BinaryThreshold = 0, ParallelThreshold = 0 };
            using var plain = new VectorIndex { BinaryThreshold = int.MaxValue };
            binary.Load(Dimensions, 1, layout);
            plain.Load(Dimensions, 1, layout);

            var hits = binary.Search(q, mine, asOf, false, false, null, 20);

            Assert.Equal(20, hits.Count);
            Assert.All(hits, h => Assert.NotEqual(0, (h.Seq - 1) % everyNth));
            Assert.All(hits, h => Assert.True(h.Seq < 100_000, "a crowd memory was returned"));
            Assert.Equal(plain.Search(q, mine, asOf, false, false, null, 20).Select(h => h.Seq).Order(), hits.Select(h => h.Seq).Order());
        }
    }

    [Theory]
    [InlineData(384)]
    [InlineData(64)]
    [InlineData(37)]
    [InlineData(7)]
    public void Dot_AnyLength_EqualsScalar(int length)
    {
        var random = new Random(length);
        var a = new sbyte[length];
        var b = new sbyte[length];
        for (var i = 0; i < length; i++)
        {
            a[i] = (sbyte)random.Next(-127, 128);
            b[i] = (sbyte)random.Next(-127, 128);
        }

        var wide = Int8Dot.Widen(a);

        Assert.Equal(Int8Dot.DotScalar(wide, b), Int8Dot.Dot(wide, b));
    }

    [Fact]
    public void Quantize_UnitVector_ApproximatesDotWithinOnePercent()
    {
        var random = new Random(9);
        var a = RandomUnit(random);
        var b = RandomUnit(random);
        var ca = new sbyte[Dimensions];
        var cb = new sbyte[Dimensions];

        var fa = Int8Dot.Quantize(a, ca);
        var fb = Int8Dot.Quantize(b, cb);
        var approx = Int8Dot.Dot(Int8Dot.Widen(ca), cb) * fa * fb;

        Assert.Equal(TensorPrimitives.Dot(a, b), approx, 0.01f);
        Assert.Equal(127, ca.Max(x => Math.Abs((int)x)));
    }

    [Fact]
    public void Search_70kClusteredVectorsWithCommonDirection_OneBitPassKeepsRecall()
    {
        // Embedding-like data: 400 topics, a shared direction every vector leans on (real models are anisotropic, which
        // the codes' centring must undo), a query near one topic. 70k candidates take the 1-bit pass.
        var random = new Random(17);
        var scope = MemoryScope.User("u");
        var common = RandomUnit(random);
        var topics = Enumerable.Range(0, 400).Select(_ => RandomUnit(random)).ToArray();
        float[] Near(float[] topic)
        {
            var v = RandomUnit(random);
            TensorPrimitives.MultiplyAdd(topic, 0.5f, v, v);
            TensorPrimitives.MultiplyAdd(common, 1.5f, v, v);
            TensorPrimitives.Divide(v, TensorPrimitives.Norm(v), v);
            return v;
        }

        var vectors = Enumerable.Range(0, 70_000).Select(i => Near(topics[i % topics.Length])).ToArray();
        using var index = new VectorIndex();
        index.Load(Dimensions, 1, [.. vectors.Select((v, i) => new VectorEntry(i + 1, scope, 0, null, null, false, v))]);

        var found = 0;
        for (var query = 0; query < 30; query++)
        {
            var q = Near(topics[random.Next(topics.Length)]);
            var exact = vectors.Select((v, i) => (Seq: (long)(i + 1), Score: TensorPrimitives.Dot(v, q)))
                .OrderByDescending(h => h.Score).Take(10).Select(h => h.Seq).ToHashSet();
            found += index.Search(q, scope, 1, false, false, null, 10).Count(h => exact.Contains(h.Seq));
        }

        var recall = found / 300.0;
        TestContext.Current.TestOutputHelper?.WriteLine($"recall@10 = {recall:F4}");
        Assert.True(recall >= 0.98, $"recall@10 = {recall:F4}");
    }

    [Fact]
    public void Search_OneBitPassOnAndOff_SameHitsOnEasyData()
    {
        var random = new Random(23);
        var scope = MemoryScope.User("u");
        var q = RandomUnit(random);
        var entries = Enumerable.Range(0, 8_000).Select(i =>
        {
            // A handful of memories close to the query, the rest random: both passes must find exactly those.
            var v = RandomUnit(random);
            if (i % 800 == 0)
            {
                TensorPrimitives.MultiplyAdd(q, 3f, v, v);
                TensorPrimitives.Divide(v, TensorPrimitives.Norm(v), v);
            }

            return new VectorEntry(i + 1, scope, 0, null, null, false, v);
        }).ToList();
        using var binary = new VectorIndex { BinaryThreshold = 0 };
        using var plain = new VectorIndex { BinaryThreshold = int.MaxValue };
        binary.Load(Dimensions, 1, entries);
        plain.Load(Dimensions, 1, entries);

        var expected = plain.Search(q, scope, 1, false, false, null, 10);

        Assert.Equal(expected, binary.Search(q, scope, 1, false, false, null, 10));
        Assert.All(expected, h => Assert.Equal(0, (h.Seq - 1) % 800));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(int.MaxValue)]
    public void Search_NearOnly_FindsTheNearDuplicatesOfAFullSearchWithShorterShortlists(int binaryThreshold)
    {
        // Near-duplicate checks keep fewer approximate candidates; the memories almost identical to the query (cosine
        // above 0.9 here) must still all be found, in the same order and with the same scores.
        var random = new Random(29);
        var scope = MemoryScope.User("u");
        var q = RandomUnit(random);
        var entries = Enumerable.Range(0, 20_000).Select(i =>
        {
            var v = RandomUnit(random);
            if (i % 2_000 == 0)
            {
                TensorPrimitives.MultiplyAdd(q, 3f + (i / 2_000), v, v);
                TensorPrimitives.Divide(v, TensorPrimitives.Norm(v), v);
            }

            return new VectorEntry(i + 1, scope, 0, null, null, false, v);
        }).ToList();
        using var index = new VectorIndex { BinaryThreshold = binaryThreshold };
        index.Load(Dimensions, 1, entries);

        var full = index.Search(q, scope, 1, false, false, null, 10);
        var near = index.Search(q, scope, 1, false, false, null, 10, nearOnly: true);

        Assert.Equal(10, full.Count(h => h.Similarity >= 0.9f));
        Assert.Equal(full, near);
    }

    internal static float[] RandomUnit(Random random)
    {
        var v = new float[Dimensions];
        for (var i = 0; i < v.Length; i++)
        {
            // Box-Muller: Gaussian components give directions uniform on the sphere.
            v[i] = (float)(Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble()));
        }

        var norm = TensorPrimitives.Norm(v);
        TensorPrimitives.Divide(v, norm, v);
        return v;
    }
}
