using System.Text.Json;

namespace Mnemo.Cli.Tests;

/// <summary><c>mnemo search --reference-time</c>: relative dates in the query count back from the time the question is asked.</summary>
public sealed class SearchReferenceTimeTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Theory]
    [InlineData("2023-05-09T12:00:00Z", "I bought a red bike")]
    [InlineData("2023-07-08T12:00:00Z", "I bought a red bike.")]
    public async Task Search_YesterdayAtAReferenceTime_FindsWhatWasSaidTheDayBefore(string askedAt, string expected)
    {
        // The same words a full stop apart: only the day they were said tells them apart.
        await Run("add", "I bought a red bike", "--user", "alice", "--infer", "false", "--observed-at", "2023-05-08T09:30:00Z");
        await Run("add", "I bought a red bike.", "--user", "alice", "--infer", "false", "--observed-at", "2023-07-07T14:00:00Z");

        var result = await Run("search", "What did I buy yesterday?", "--user", "alice", "--reference-time", askedAt, "--json");

        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(expected, json.RootElement.GetProperty("results")[0].GetProperty("memory").GetString());
    }

    [Fact]
    public async Task Search_ReferenceTimeNotADate_ExitsTwoNamingTheOption()
    {
        var result = await _cli.RunAsync("search", "anything", "--user", "alice", "--reference-time", "last tuesday");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("--reference-time", result.Error, StringComparison.Ordinal);
    }

    private async Task<CliResult> Run(params string[] args)
    {
        var result = await _cli.RunAsync(args);
        Assert.True(result.ExitCode == 0, result.ToString());
        return result;
    }
}
