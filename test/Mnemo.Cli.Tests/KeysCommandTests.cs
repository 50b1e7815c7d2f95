using System.Text.Json;
using Mnemo.Cli;

namespace Mnemo.Cli.Tests;

public sealed class KeysCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Keys_CreateListRevoke_KeyWorksUntilRevoked()
    {
        using var created = JsonDocument.Parse((await Ok("keys", "create", "--project", "acme", "--name", "ci bot", "--json")).Out);
        var id = created.RootElement.GetProperty("id").GetString()!;
        var key = created.RootElement.GetProperty("key").GetString()!;
        Assert.Equal("acme", created.RootElement.GetProperty("project_id").GetString());
        Assert.Equal("ci bot", created.RootElement.GetProperty("name").GetString());
        var store = SqliteApiKeyStoreFactory.Create(_cli.DatabasePath);
        Assert.Equal("acme", (await store.FindByHashAsync(ApiKeyHash.Compute(key), TestContext.Current.CancellationToken))?.ProjectId);

        await Ok("keys", "create", "--project", "globex");
        var listed = await Ok("keys", "list", "--project", "acme", "--json");
        Assert.DoesNotContain(key, listed.Out, StringComparison.Ordinal);
        using (var list = JsonDocument.Parse(listed.Out))
        {
            var only = Assert.Single(list.RootElement.GetProperty("results").EnumerateArray());
            Assert.Equal(id, only.GetProperty("id").GetString());
            Assert.Equal(key[..10], only.GetProperty("prefix").GetString());
            Assert.Equal(JsonValueKind.Null, only.GetProperty("revoked_at").ValueKind);
        }

        await Ok("keys", "revoke", id);

        Assert.Null(await store.FindByHashAsync(ApiKeyHash.Compute(key), TestContext.Current.CancellationToken));
        using (var after = JsonDocument.Parse((await Ok("keys", "list", "--json")).Out))
        {
            var keys = after.RootElement.GetProperty("results").EnumerateArray().ToList();
            Assert.Equal(2, keys.Count);
            Assert.Equal(JsonValueKind.String, keys.Single(k => k.GetProperty("id").GetString() == id).GetProperty("revoked_at").ValueKind);
        }

        Assert.Equal(ExitCodes.NotFound, (await _cli.RunAsync("keys", "revoke", id)).ExitCode);
    }

    [Fact]
    public async Task KeysCreate_PlainOutput_StdoutIsOnlyTheKey()
    {
        var result = await Ok("keys", "create", "--project", "acme");

        var key = Assert.Single(result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith("mnemo_", key, StringComparison.Ordinal);
        Assert.Contains("cannot be shown again", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KeysCreate_NoProject_ExitsTwoAndCreatesNothing()
    {
        var result = await _cli.RunAsync("keys", "create");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Empty(await SqliteApiKeyStoreFactory.Create(_cli.DatabasePath).ListAsync(cancellationToken: TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Serve_NoAuthOnPublicAddress_ExitsTwoWithoutListening()
    {
        var result = await _cli.RunAsync("serve", "--no-auth", "--urls", "http://0.0.0.0:0");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("loopback", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("listening", result.Error, StringComparison.Ordinal);
    }

    private async Task<CliResult> Ok(params string[] args)
    {
        var result = await _cli.RunAsync(args);
        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        return result;
    }
}
