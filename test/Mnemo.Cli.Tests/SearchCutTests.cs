using System.Text.Json;
using Mnemo.TestUtilities;

namespace Mnemo.Cli.Tests;

/// <summary><c>mnemo search --relative-threshold / --spread-threshold</c>: the engine's calibrated score cuts from the command line.</summary>
public sealed class SearchCutTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Theory]
    [InlineData("--spread-threshold", RankedMemories.SpreadThreshold)]
    [InlineData("--relative-threshold", RankedMemories.RelativeThreshold)]
    public async Task Search_ThresholdOption_CutsTheTailOfTheTopK(string option, double value)
    {
        foreach (var text in RankedMemories.Texts)
        {
            await Run("add", text, "--user", "alice", "--infer", "false");
        }

        var all = Texts(await Run("search", RankedMemories.Query, "--user", "alice", "-k", "5", "--json"));
        var cut = Texts(await Run("search", RankedMemories.Query, "--user", "alice", "-k", "5", option, value.ToString(System.Globalization.CultureInfo.InvariantCulture), "--json"));

        Assert.Equal(5, all.Count);
        Assert.InRange(cut.Count, 1, 4);
        Assert.Equal(all.Take(cut.Count), cut);
    }

    [Theory]
    [InlineData(new string[0], 0.83, 0.42)]
    [InlineData(new[] { "--relative-threshold", "0.9" }, 0.9, 0.42)]
    [InlineData(new[] { "--spread-threshold", "0.1", "--relative-threshold", "0.865" }, 0.865, 0.1)]
    public void Apply_ACalibratedCut_ReplacesOnlyTheDefaultsTheUserDidNotGive(string[] args, double relative, double spread)
    {
        // mnemo chat with arctic+minilm: the cut measured for the combination, unless the user gives one.
        var command = new System.CommandLine.Command("chat");
        var cuts = Mnemo.Cli.Hosting.ScoreCutOptions.AddTo(command, "a memory", relative: SearchOptions.RecommendedRelativeThreshold, spread: SearchOptions.RecommendedSpreadThreshold);
        var parsed = command.Parse(args);

        var options = cuts.Apply(new SearchOptions { Scope = MemoryScope.User("alice") }, parsed, (OnnxEmbeddingOptions.SecondModelRelativeThreshold, OnnxEmbeddingOptions.SecondModelSpreadThreshold));
        var withoutCalibration = cuts.Apply(new SearchOptions { Scope = MemoryScope.User("alice") }, parsed);

        Assert.Equal(relative, options.RelativeThreshold);
        Assert.Equal(spread, options.SpreadThreshold);
        Assert.Equal(args.Length == 0 ? SearchOptions.RecommendedRelativeThreshold : relative, withoutCalibration.RelativeThreshold);
    }

    [Theory]
    [InlineData("--threshold", "NaN")]
    [InlineData("--relative-threshold", "-0.1")]
    [InlineData("--spread-threshold", "1.5")]
    public async Task Search_ThresholdOutOfRange_ExitsTwoNamingTheOption(string option, string value)
    {
        var result = await _cli.RunAsync("search", "anything", "--user", "alice", option, value);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains($"{option} must be between 0 and 1", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchHelp_ThresholdOptions_SayTheCalibratedValues()
    {
        var result = await Run("search", "--help");

        Assert.Contains("--relative-threshold", result.Out, StringComparison.Ordinal);
        Assert.Contains($"{Invariant(SearchOptions.RecommendedRelativeThreshold)} is calibrated", result.Out, StringComparison.Ordinal);
        Assert.Contains("--spread-threshold", result.Out, StringComparison.Ordinal);
        Assert.Contains($"{Invariant(SearchOptions.RecommendedSpreadThreshold)} is calibrated", result.Out, StringComparison.Ordinal);
    }

    private static string Invariant(double value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static List<string> Texts(CliResult result)
    {
        using var json = JsonDocument.Parse(result.Out);
        return [.. json.RootElement.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("memory").GetString()!)];
    }

    private async Task<CliResult> Run(params string[] args)
    {
        var result = await _cli.RunAsync(args);
        Assert.True(result.ExitCode == 0, result.ToString());
        return result;
    }
}
