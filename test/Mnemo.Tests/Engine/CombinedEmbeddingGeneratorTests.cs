using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Mnemo.TestUtilities;

namespace Mnemo.Tests.Engine;

/// <summary>Two models that err on different texts rank together: a combined cosine is the weighted mean of the parts'.</summary>
public sealed class CombinedEmbeddingGeneratorTests
{
    private static readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(3.0, 1.0)]
    [InlineData(1.0, 1.0)]
    [InlineData(0.2, 0.8)]
    public async Task Cosine_IsTheWeightedMeanOfThePartsCosines(double first, double second)
    {
        // Vectors of any length: each part is made unit length before it is joined.
        var a = new FixedGenerator("a", new() { ["x"] = [3f, 4f, 0f], ["y"] = [0f, 2f, 0f] });
        var b = new FixedGenerator("b", new() { ["x"] = [1f, 0f], ["y"] = [-1f, 1f] });
        using var combined = new CombinedEmbeddingGenerator([new(a, first), new(b, second)]);

        var vectors = await combined.GenerateAsync(["x", "y"], cancellationToken: _ct);

        var cosA = 0.8; // (3,4,0)·(0,2,0) / (5·2)
        var cosB = -1 / Math.Sqrt(2);
        var expected = (first * cosA + second * cosB) / (first + second);
        Assert.Equal(5, vectors[0].Vector.Length);
        Assert.Equal(1.0, Dot(vectors[0], vectors[0]), 5);
        Assert.Equal(expected, Dot(vectors[0], vectors[1]), 5);
    }

    [Fact]
    public async Task Metadata_NamesEachPartWithItsShare_AndSumsDimensions()
    {
        using var combined = new CombinedEmbeddingGenerator([new(new FakeEmbeddingGenerator(64, "big"), 3), new(new FakeEmbeddingGenerator(32, "small"), 1)]);

        var metadata = combined.GetService<EmbeddingGeneratorMetadata>()!;
        var vector = (await combined.GenerateAsync(["tea"], cancellationToken: _ct))[0];

        // The shares are in the id, so a store built with another mix refuses these vectors.
        Assert.Equal("big*0.75+small*0.25", metadata.DefaultModelId);
        Assert.Equal(96, metadata.DefaultModelDimensions);
        Assert.Equal(96, vector.Vector.Length);
        Assert.Equal("big*0.75+small*0.25", vector.ModelId);
    }

    [Fact]
    public void Metadata_APartWithoutDimensions_LeavesThemUnknown()
    {
        using var combined = new CombinedEmbeddingGenerator([new(new FakeEmbeddingGenerator(), 1), new(new FixedGenerator("fixed", []), 1)]);

        Assert.Null(combined.GetService<EmbeddingGeneratorMetadata>()!.DefaultModelDimensions);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Constructor_AWeightThatIsNotPositive_Throws(double weight)
    {
        var error = Assert.Throws<ArgumentException>(() => new CombinedEmbeddingGenerator([new(new FakeEmbeddingGenerator(), 1), new(new FakeEmbeddingGenerator(), weight)]));

        Assert.Contains("positive", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_OnePart_Throws()
    {
        Assert.Throws<ArgumentException>(() => new CombinedEmbeddingGenerator([new(new FakeEmbeddingGenerator(), 1)]));
    }

    [Fact]
    public async Task GenerateAsync_APartReturningTooFewVectors_SaysWhich()
    {
        using var combined = new CombinedEmbeddingGenerator([new(new FakeEmbeddingGenerator(), 1), new(new FixedGenerator("fixed", new() { ["x"] = [1f] }), 1)]);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => combined.GenerateAsync(["x", "y"], cancellationToken: _ct));

        Assert.Equal("Embedding part 2 returned 1 vectors for 2 texts.", error.Message);
    }

    [Fact]
    public async Task WithParts_WrapsEachPart_KeepsTheShares()
    {
        var first = new FakeEmbeddingGenerator(16, "one");
        var second = new FakeEmbeddingGenerator(16, "two");
        using var combined = new CombinedEmbeddingGenerator([new(first, 1), new(second, 3)]);
        var wrapped = new List<CountingWrapper>();

        var rewrapped = combined.WithParts(part =>
        {
            var wrapper = new CountingWrapper(part);
            wrapped.Add(wrapper);
            return wrapper;
        });
        var direct = await combined.GenerateAsync(["green tea"], cancellationToken: _ct);
        var through = await rewrapped.GenerateAsync(["green tea"], cancellationToken: _ct);

        Assert.Equal([1, 1], wrapped.Select(w => w.Calls));
        Assert.Equal(combined.GetService<EmbeddingGeneratorMetadata>()!.DefaultModelId, rewrapped.GetService<EmbeddingGeneratorMetadata>()!.DefaultModelId);
        Assert.Equal(direct[0].Vector.ToArray(), through[0].Vector.ToArray());
    }

    [Fact]
    public void Dispose_DisposesEveryPart()
    {
        var first = new FixedGenerator("a", []);
        var second = new FixedGenerator("b", []);

        new CombinedEmbeddingGenerator([new(first, 1), new(second, 1)]).Dispose();

        Assert.True(first.Disposed);
        Assert.True(second.Disposed);
    }

    [Fact]
    public async Task Engine_OnACombination_FindsWhatEitherPartFinds_AndRefusesOnePartAlone()
    {
        var directory = Directory.CreateTempSubdirectory("mnemo-tests-").FullName;
        try
        {
            var path = Path.Combine(directory, "mnemo.db");
            var scope = MemoryScope.User("alice");
            await using (var services = Services(path, new CombinedEmbeddingGenerator([new(new FakeEmbeddingGenerator(64, "left"), 3), new(new FakeEmbeddingGenerator(32, "right"), 1)])))
            {
                var memory = services.GetRequiredService<IMemory>();
                await memory.AddAsync("I drink green tea every morning", new AddOptions { Scope = scope, Infer = false }, _ct);
                await memory.AddAsync("My sister lives in Lyon", new AddOptions { Scope = scope, Infer = false }, _ct);

                var found = await memory.SearchAsync("green tea", new SearchOptions { Scope = scope }, _ct);

                Assert.Equal("I drink green tea every morning", found.Results[0].Memory.Text);
            }

            await using var alone = Services(path, new FakeEmbeddingGenerator(64, "left"));
            var error = await Assert.ThrowsAsync<EmbeddingMismatchException>(() => alone.GetRequiredService<IMemory>().SearchAsync("tea", new SearchOptions { Scope = scope }, _ct));
            Assert.Contains("left*0.75+right*0.25", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    private static ServiceProvider Services(string path, IEmbeddingGenerator<string, Embedding<float>> generator)
    {
        var services = new ServiceCollection();
        services.AddMnemo().WithSqliteStore(path).WithEmbeddingGenerator(generator);
        return services.BuildServiceProvider();
    }

    private static double Dot(Embedding<float> x, Embedding<float> y)
    {
        var sum = 0.0;
        for (var i = 0; i < x.Vector.Length; i++)
        {
            sum += x.Vector.Span[i] * y.Vector.Span[i];
        }

        return sum;
    }

    private sealed class FixedGenerator(string modelId, Dictionary<string, float[]> vectors) : IEmbeddingGenerator<string, Embedding<float>>
    {
        public bool Disposed { get; private set; }

        public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
            IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(new GeneratedEmbeddings<Embedding<float>>(values.Where(vectors.ContainsKey).Select(v => new Embedding<float>(vectors[v]))));

        public object? GetService(Type serviceType, object? serviceKey = null) =>
            serviceType == typeof(EmbeddingGeneratorMetadata) ? new EmbeddingGeneratorMetadata("fixed", null, modelId) : null;

        public void Dispose() => Disposed = true;
    }

    private sealed class CountingWrapper(IEmbeddingGenerator<string, Embedding<float>> inner) : DelegatingEmbeddingGenerator<string, Embedding<float>>(inner)
    {
        public int Calls { get; private set; }

        public override Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
            IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
        {
            Calls++;
            return base.GenerateAsync(values, options, cancellationToken);
        }
    }
}
