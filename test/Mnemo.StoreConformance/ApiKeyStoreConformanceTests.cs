using Xunit;

namespace Mnemo.StoreConformance;

/// <summary>
/// The behaviour every <see cref="IApiKeyStore"/> must have: a key is found by the hash of its plaintext and never stored
/// in plaintext, belongs to one project, can be revoked, and is seen at once by another instance over the same data (a
/// running server and <c>mnemo keys</c> in another process).
/// </summary>
public abstract class ApiKeyStoreConformanceTests : IAsyncLifetime
{
    /// <summary>The fixed "now" of the suite.</summary>
    protected static readonly DateTimeOffset Start = new(2026, 5, 1, 9, 0, 0, TimeSpan.Zero);

    /// <summary>The suite's clock; tests move it.</summary>
    protected StepTimeProvider Time { get; } = new(Start);

    /// <summary>The test's cancellation token.</summary>
    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A key store over fresh, empty data, using <see cref="Time"/>.</summary>
    protected abstract Task<IApiKeyStore> CreateStoreAsync();

    /// <summary>A second, independent key store over the same data as <paramref name="store"/>.</summary>
    protected abstract Task<IApiKeyStore> OpenAgainAsync(IApiKeyStore store);

    /// <summary>Every value of every stored key row, as text (to check that the plaintext is nowhere).</summary>
    protected abstract Task<IReadOnlyList<string>> ReadStoredValuesAsync(IApiKeyStore store);

    /// <inheritdoc />
    public virtual ValueTask InitializeAsync() => ValueTask.CompletedTask;

    /// <inheritdoc />
    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task CreateAsync_NewKey_FindByHashOfPlaintextReturnsItsProject()
    {
        var store = await CreateStoreAsync();

        var created = await store.CreateAsync(" acme ", " ci bot ", Ct);
        var found = await store.FindByHashAsync(ApiKeyHash.Compute(created.Key), Ct);

        Assert.StartsWith("mnemo_", created.Key, StringComparison.Ordinal);
        Assert.Equal(created.Key[..10], created.Info.Prefix);
        Assert.NotNull(found);
        Assert.Equal(created.Info.Id, found.Id);
        Assert.Equal("acme", found.ProjectId);
        Assert.Equal("ci bot", found.Name);
        Assert.Equal(Start, found.CreatedAt);
        Assert.Null(found.RevokedAt);
        Assert.Null(await store.FindByHashAsync(ApiKeyHash.Compute(created.Key + "x"), Ct));
    }

    [Fact]
    public async Task CreateAsync_NewKey_StoresOnlyTheHashNeverThePlaintext()
    {
        var store = await CreateStoreAsync();
        var created = await store.CreateAsync("acme", cancellationToken: Ct);

        var values = await ReadStoredValuesAsync(store);

        Assert.NotEmpty(values);
        Assert.DoesNotContain(values, v => v.Contains(created.Key, StringComparison.Ordinal));
        Assert.Contains(ApiKeyHash.Compute(created.Key), values);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task CreateAsync_BlankProject_ThrowsValidation(string project)
    {
        var store = await CreateStoreAsync();

        await Assert.ThrowsAsync<MemoryValidationException>(() => store.CreateAsync(project, cancellationToken: Ct));
        Assert.Empty(await store.ListAsync(cancellationToken: Ct));
    }

    [Fact]
    public async Task RevokeAsync_ActiveKey_StopsFindingItAndListShowsWhen()
    {
        var store = await CreateStoreAsync();
        var created = await store.CreateAsync("acme", cancellationToken: Ct);
        Time.Advance(TimeSpan.FromHours(1));

        Assert.True(await store.RevokeAsync(created.Info.Id, Ct));
        Assert.False(await store.RevokeAsync(created.Info.Id, Ct));
        Assert.False(await store.RevokeAsync("key_unknown", Ct));
        Assert.Null(await store.FindByHashAsync(ApiKeyHash.Compute(created.Key), Ct));
        var listed = Assert.Single(await store.ListAsync(cancellationToken: Ct));
        Assert.Equal(Start.AddHours(1), listed.RevokedAt);
    }

    [Fact]
    public async Task ListAsync_Project_OnlyThatProjectsKeysOldestFirst()
    {
        var store = await CreateStoreAsync();
        var first = await store.CreateAsync("acme", "first", Ct);
        Time.Advance(TimeSpan.FromMinutes(1));
        await store.CreateAsync("globex", cancellationToken: Ct);
        Time.Advance(TimeSpan.FromMinutes(1));
        var second = await store.CreateAsync("acme", "second", Ct);

        Assert.Equal([first.Info.Id, second.Info.Id], (await store.ListAsync("acme", Ct)).Select(k => k.Id));
        Assert.Equal(3, (await store.ListAsync(cancellationToken: Ct)).Count);
        Assert.Empty(await store.ListAsync("initech", Ct));
    }

    [Fact]
    public async Task FindByHashAsync_KeyCreatedAndRevokedByAnotherInstance_SeenAtOnce()
    {
        var server = await CreateStoreAsync();
        var cli = await OpenAgainAsync(server);
        var created = await cli.CreateAsync("acme", cancellationToken: Ct);
        var hash = ApiKeyHash.Compute(created.Key);

        Assert.NotNull(await server.FindByHashAsync(hash, Ct));
        await cli.RevokeAsync(created.Info.Id, Ct);
        Assert.Null(await server.FindByHashAsync(hash, Ct));
    }

    /// <summary>A clock that moves only when told.</summary>
    protected sealed class StepTimeProvider(DateTimeOffset now) : TimeProvider
    {
        private DateTimeOffset _now = now;

        /// <inheritdoc />
        public override DateTimeOffset GetUtcNow() => _now;

        /// <summary>Moves the clock forward.</summary>
        public void Advance(TimeSpan by) => _now += by;
    }
}
