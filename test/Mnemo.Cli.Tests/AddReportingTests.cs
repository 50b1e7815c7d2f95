using System.Text.Json;

namespace Mnemo.Cli.Tests;

/// <summary>`mnemo add` says why: what it skipped, what it kept as procedural memory, what it superseded or could not retract.</summary>
public sealed class AddReportingTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Theory]
    [InlineData("Hi there!", "skipped: greeting.")]
    [InlineData("What time is it in Tokyo?", "skipped: question without a statement.")]
    [InlineData("Thanks a lot!", "skipped: thanks.")]
    public async Task Add_NothingToRemember_SaysWhyOnStderrAndWritesNothingToStdout(string text, string note)
    {
        var result = await Ok("add", text, "--user", "alice");

        Assert.Contains(note, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("nothing new to remember", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Out.Trim());
    }

    [Fact]
    public async Task Add_Table_ShowsProceduralNoteAndSupersession()
    {
        var instruction = await Ok("add", "Always use metric units", "--user", "alice");
        await Ok("add", "I live in Paris", "--user", "alice");
        var change = await Ok("add", "I no longer live in Paris", "--user", "alice");

        Assert.Contains("Always use metric units  (kept as procedural memory)", instruction.Out, StringComparison.Ordinal);
        Assert.Contains("SUPERSEDE", change.Out, StringComparison.Ordinal);
        Assert.Contains("(superseded by ", change.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_Json_CarriesSkippedNotesAndWarningsBesideMem0Results()
    {
        var question = Json(await Ok("add", "Where should we eat tonight?", "--user", "alice", "--json"));
        var instruction = Json(await Ok("add", "Antworte immer auf Deutsch.", "--user", "alice", "--json"));
        var retraction = Json(await Ok("add", "Forget that I own a sailboat", "--user", "alice", "--json"));

        Assert.Empty(question.GetProperty("results").EnumerateArray());
        var skipped = question.GetProperty("skipped")[0];
        Assert.Equal(("question", "skipped: question without a statement"), (skipped.GetProperty("reason").GetString(), skipped.GetProperty("message").GetString()));
        Assert.Equal("kept as procedural memory", instruction.GetProperty("results")[0].GetProperty("note").GetString());
        Assert.False(instruction.TryGetProperty("skipped", out _));
        Assert.StartsWith("retraction matched nothing", retraction.GetProperty("warnings")[0].GetString(), StringComparison.Ordinal);
    }

    private async Task<CliResult> Ok(params string[] args)
    {
        var result = await _cli.RunAsync(args);
        Assert.True(result.ExitCode == 0, result.ToString());
        return result;
    }

    private static JsonElement Json(CliResult result)
    {
        using var document = JsonDocument.Parse(result.Out);
        return document.RootElement.Clone();
    }
}
