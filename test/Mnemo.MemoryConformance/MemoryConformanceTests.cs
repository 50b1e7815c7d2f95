using System.Text.Json;
using Microsoft.Extensions.AI;
using Xunit;

namespace Mnemo.MemoryConformance;

/// <summary>
/// The behaviour every <see cref="IMemory"/> shares, written once: the embedded engine and the remote client each run it
/// through a small subclass, so code written against <see cref="IMemory"/> behaves the same embedded or remote
/// (records, scores, history, forget, tenancy, and the same exception with the same field for bad input).
/// Tests of a class run one after another on one memory; each uses users of its own.
/// </summary>
public abstract partial class MemoryConformanceTests
{
    /// <summary>The tenant the tests work in.</summary>
    protected abstract MemoryTenant Tenant { get; }

    /// <summary>A second tenant (another project, another API key for the remote client).</summary>
    protected abstract MemoryTenant OtherTenant { get; }

    /// <summary>The test's cancellation token.</summary>
    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    private IMemory Memory => Tenant.Memory;

    /// <summary>A scope of a new user of <paramref name="tenant"/> (default: <see cref="Tenant"/>).</summary>
    protected MemoryScope NewUser(MemoryTenant? tenant = null, string? name = null) =>
        new() { UserId = name ?? "user-" + Guid.NewGuid().ToString("N")[..12], ProjectId = (tenant ?? Tenant).ProjectId };

    /// <summary>Stores <paramref name="text"/> verbatim for <paramref name="scope"/> and returns its id.</summary>
    protected async Task<Guid> RememberAsync(MemoryScope scope, string text, IReadOnlyDictionary<string, JsonElement>? metadata = null, MemoryTenant? tenant = null)
    {
        var result = await (tenant ?? Tenant).Memory.AddAsync(
            [new ChatMessage(ChatRole.User, text)],
            new AddOptions { Scope = scope, Infer = false, Metadata = metadata },
            Ct);
        return Assert.Single(result.Results).Id;
    }

    /// <summary>Metadata from name/value pairs.</summary>
    protected static IReadOnlyDictionary<string, JsonElement> Meta(params (string Key, object? Value)[] pairs) =>
        MemoryMetadata.From(pairs.Select(p => new KeyValuePair<string, object?>(p.Key, p.Value)));

    private static string Raw(IReadOnlyDictionary<string, JsonElement> metadata) =>
        string.Join(";", metadata.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}={kv.Value.GetRawText()}"));

    private async Task<IReadOnlyList<MemoryItem>> AllAsync(MemoryScope scope, MemoryTenant? tenant = null) =>
        (await (tenant ?? Tenant).Memory.ListAsync(new ListOptions { Scope = scope, PageSize = 1000 }, Ct)).Items;
}
