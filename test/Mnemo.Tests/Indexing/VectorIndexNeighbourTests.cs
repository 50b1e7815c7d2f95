using Mnemo.Indexing;
using Xunit;

namespace Mnemo.Tests.Indexing;

/// <summary>
/// The index's arrival order (kept sorted on writes) against a brute-force reference, through loads, appends,
/// inserts of older memories, re-timed and replaced memories, deletes and compaction, for a large scope (answered by
/// walking the order) and small ones (answered by scanning their posting list).
/// </summary>
public sealed class VectorIndexNeighbourTests
{
    private static readonly MemoryScope Big = MemoryScope.User("big");
    private static readonly MemoryScope[] Small = [MemoryScope.User("small-1"), MemoryScope.User("small-2")];

    [Fact]
    public void Neighbours_ThroughWritesOfEveryKind_MatchBruteForce()
    {
        var random = new Random(3);
        var model = new Dictionary<long, (MemoryScope Scope, long Created, long? ExpiresAt)>();
        long nextSeq = 1;
        long generation = 1;
        using var index = new VectorIndex();

        VectorEntry Entry(long seq) => new(seq, model[seq].Scope, 0, null, model[seq].ExpiresAt, false, [1, 0], model[seq].Created);

        void AddModel(long created)
        {
            var scope = random.Next(10) == 0 ? Small[random.Next(2)] : Big;
            model[nextSeq++] = (scope, created, random.Next(15) == 0 ? 50 : null);
        }

        for (var i = 0; i < 3_000; i++)
        {
            AddModel(random.Next(2_000));
        }

        index.Load(2, generation, [.. model.Keys.Select(Entry)]);
        Check();

        for (var round = 0; round < 12; round++)
        {
            var upserts = new List<long>();
            var deletes = new List<long>();
            for (var i = 0; i < 150; i++)
            {
                var kind = random.Next(5);
                var existing = model.Keys.ElementAt(random.Next(model.Count));
                switch (kind)
                {
                    case 0: // the usual write: a new, latest memory
                        AddModel(3_000 + (round * 200) + i);
                        upserts.Add(nextSeq - 1);
                        break;
                    case 1: // an import of an older memory, often tied with others
                        AddModel(random.Next(2_000));
                        upserts.Add(nextSeq - 1);
                        break;
                    case 2 when !deletes.Contains(existing) && !upserts.Contains(existing): // re-timed
                        model[existing] = model[existing] with { Created = random.Next(2_000) };
                        upserts.Add(existing);
                        break;
                    case 3 when !deletes.Contains(existing) && !upserts.Contains(existing): // replaced, same time
                        upserts.Add(existing);
                        break;
                    case 4 when !deletes.Contains(existing) && !upserts.Contains(existing):
                        deletes.Add(existing);
                        break;
                }
            }

            // Enough deletes in the last rounds to pass the compaction threshold (1,024 stale keys).
            if (round >= 9)
            {
                deletes.AddRange(model.Keys.Where(k => !upserts.Contains(k) && !deletes.Contains(k)).Take(600));
            }

            foreach (var seq in deletes)
            {
                model.Remove(seq);
            }

            index.Apply(generation, generation + 1, [.. upserts.Select(Entry)], deletes);
            generation++;
            Check();
        }

        void Check()
        {
            foreach (var scope in Small.Append(Big))
            {
                var ordered = model.Where(m => m.Value.Scope == scope && m.Value.ExpiresAt is null)
                    .OrderBy(m => m.Value.Created).ThenBy(m => m.Key).Select(m => m.Key).ToList();
                foreach (var radius in new[] { 1, 3 })
                {
                    var targets = ordered.Where(_ => random.Next(8) == 0).Take(20).Append(ordered[0]).Append(ordered[^1]).Distinct().ToList();
                    var expected = targets
                        .SelectMany(t => Enumerable.Range(-radius, (2 * radius) + 1).Where(o => o != 0).Select(o => (t, o, At: ordered.IndexOf(t) + o)))
                        .Where(x => x.At >= 0 && x.At < ordered.Count)
                        .Select(x => (x.t, x.o, ordered[x.At]))
                        .Order()
                        .ToList();

                    var found = index.Neighbours(generation, scope, 100, false, false, targets, radius);

                    Assert.NotNull(found);
                    Assert.Equal(expected, found.Order().ToList());
                }
            }
        }
    }

    [Fact]
    public void Neighbours_IndexAtAnotherGeneration_ReturnsNull()
    {
        using var index = new VectorIndex();
        index.Load(2, 5, [new VectorEntry(1, Big, 0, null, null, false, [1, 0], 10), new VectorEntry(2, Big, 0, null, null, false, [0, 1], 20)]);

        Assert.Null(index.Neighbours(4, Big, 100, false, false, [1], 1));
        Assert.Equal([(1L, 1, 2L)], index.Neighbours(5, Big, 100, false, false, [1], 1));
    }
}
