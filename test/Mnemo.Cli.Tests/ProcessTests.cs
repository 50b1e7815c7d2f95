using System.Text.Json;
using Mnemo.Cli;

namespace Mnemo.Cli.Tests;

/// <summary>The real executable: exit codes as a shell sees them, stdout carrying only JSON, the demo's ranking.</summary>
public sealed class ProcessTests : IDisposable
{
    private readonly string _home = Directory.CreateTempSubdirectory("mnemo-cli-process-").FullName;

    public void Dispose() => Directory.Delete(_home, recursive: true);

    [Fact]
    public async Task Get_UnknownId_ExitsThreeWithOneErrorLine()
    {
        var result = await MnemoProcess.RunAsync(_home, "get", Guid.NewGuid().ToString());

        Assert.Equal(ExitCodes.NotFound, result.ExitCode);
        Assert.Empty(result.Out);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: ", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_BadFilter_ExitsTwo()
    {
        var result = await MnemoProcess.RunAsync(_home, "search", "tea", "--user", "alice", "--filters", "{\"AND\": 5}");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.StartsWith("error: ", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_EmptyText_ExitsTwo()
    {
        var result = await MnemoProcess.RunAsync(_home, "add", "", "--user", "alice");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.StartsWith("error: ", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("minilm")]
    [InlineData("arctic-fp32")]
    [InlineData("arctic+minilm")]
    public async Task OtherModelOnSameDatabase_ExitsFour(string model)
    {
        Assert.Equal(0, (await MnemoProcess.RunAsync(_home, "add", "I like tea", "--user", "alice")).ExitCode);

        var result = await MnemoProcess.RunAsync(_home, "list", "--user", "alice", "--model", model);

        Assert.Equal(ExitCodes.Configuration, result.ExitCode);
        Assert.Contains("embedded with 'snowflake-arctic-embed-xs-int8'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CombinedModels_FromEnvironment_AreUsedForTheWholeDatabase()
    {
        void Combined(IDictionary<string, string?> environment) => environment["MNEMO_EMBEDDING_MODEL"] = "arctic+minilm";
        Assert.Equal(0, (await MnemoProcess.RunAsync(_home, ["add", "I like green tea", "--user", "alice", "--infer", "false"], null, Combined)).ExitCode);
        Assert.Equal(0, (await MnemoProcess.RunAsync(_home, ["add", "My sister lives in Lyon", "--user", "alice", "--infer", "false"], null, Combined)).ExitCode);

        var search = await MnemoProcess.RunAsync(_home, ["search", "which drink do I like", "--user", "alice", "--json"], null, Combined);
        var alone = await MnemoProcess.RunAsync(_home, "list", "--user", "alice");

        Assert.True(search.ExitCode == 0, search.ToString());
        Assert.Equal("I like green tea", JsonDocument.Parse(search.Out).RootElement.GetProperty("results")[0].GetProperty("memory").GetString());
        Assert.Equal(ExitCodes.Configuration, alone.ExitCode);
        Assert.Contains("embedded with 'snowflake-arctic-embed-xs-int8*0.75+all-MiniLM-L6-v2-int8*0.25'", alone.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("arctic+arctic")]
    [InlineData("arctic+minilm+arctic")]
    [InlineData("arctic+bert")]
    public async Task CombinedModels_UnknownOrRepeated_ExitsFourNamingTheVariable(string value)
    {
        var result = await MnemoProcess.RunAsync(_home, ["list", "--user", "alice"], null, e => e["MNEMO_EMBEDDING_MODEL"] = value);

        Assert.Equal(ExitCodes.Configuration, result.ExitCode);
        Assert.Contains($"unknown embedding model '{value}' in MNEMO_EMBEDDING_MODEL", result.Error, StringComparison.Ordinal);
        Assert.Contains("arctic+minilm", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Float32Model_FromEnvironment_IsUsedForTheWholeDatabase()
    {
        // A database built before int8 was the default keeps working with MNEMO_EMBEDDING_MODEL=arctic-fp32.
        void Float32(IDictionary<string, string?> environment) => environment["MNEMO_EMBEDDING_MODEL"] = "arctic-fp32";
        Assert.Equal(0, (await MnemoProcess.RunAsync(_home, ["add", "I like green tea", "--user", "alice"], null, Float32)).ExitCode);

        var search = await MnemoProcess.RunAsync(_home, ["search", "tea", "--user", "alice", "--json"], null, Float32);
        var mismatch = await MnemoProcess.RunAsync(_home, "list", "--user", "alice");

        Assert.True(search.ExitCode == 0, search.ToString());
        Assert.Contains("I like green tea", search.Out, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Configuration, mismatch.ExitCode);
        Assert.Contains("embedded with 'snowflake-arctic-embed-xs'", mismatch.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("two")]
    [InlineData("17")]
    [InlineData("-1")]
    public async Task EmbeddingContext_InvalidInEnvironment_ExitsFourNamingTheVariable(string value)
    {
        var result = await MnemoProcess.RunAsync(_home, ["add", "I like tea", "--user", "alice"], null, e => e["MNEMO_EMBEDDING_CONTEXT"] = value);

        Assert.Equal(ExitCodes.Configuration, result.ExitCode);
        Assert.Contains("MNEMO_EMBEDDING_CONTEXT", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_AddThenSearch_StdoutIsMem0ShapedJsonOnly()
    {
        var add = await MnemoProcess.RunAsync(_home, "add", "I am allergic to peanuts", "--user", "alice", "--metadata", "{\"source\":\"chat\"}", "--json");
        Assert.True(add.ExitCode == 0, add.ToString());
        using var added = JsonDocument.Parse(add.Out);
        var @event = added.RootElement.GetProperty("results")[0];
        Assert.Equal("ADD", @event.GetProperty("event").GetString());

        var search = await MnemoProcess.RunAsync(_home, "search", "what food should alice avoid?", "--user", "alice", "--json");

        Assert.True(search.ExitCode == 0, search.ToString());
        using var found = JsonDocument.Parse(search.Out);
        var hit = found.RootElement.GetProperty("results")[0];
        Assert.Equal(@event.GetProperty("id").GetString(), hit.GetProperty("id").GetString());
        Assert.Equal("I am allergic to peanuts", hit.GetProperty("memory").GetString());
        Assert.Equal("alice", hit.GetProperty("user_id").GetString());
        Assert.Equal("chat", hit.GetProperty("metadata").GetProperty("source").GetString());
        Assert.Equal(JsonValueKind.Array, hit.GetProperty("categories").ValueKind);
        Assert.InRange(hit.GetProperty("score").GetDouble(), 0.0, 1.0);
        Assert.True(DateTimeOffset.TryParse(hit.GetProperty("created_at").GetString(), out _));
        Assert.True(DateTimeOffset.TryParse(hit.GetProperty("updated_at").GetString(), out _));
    }

    [Fact]
    public async Task Demo_RealModel_RanksMarkdownFirstAndExitsZero()
    {
        var result = await MnemoProcess.RunAsync(_home, "demo");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Markdown preference ranked first", result.Out, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_home, "mnemo.db")));
    }
}
