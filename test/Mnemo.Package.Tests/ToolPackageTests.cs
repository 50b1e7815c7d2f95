namespace Mnemo.Package.Tests;

/// <summary>
/// The CLI as a developer installs it: <c>dotnet tool install Mnemo.Cli --add-source artifacts/packages</c> into a
/// temporary tool path, then the installed <c>mnemo</c> command, with the real ONNX model and a temporary database.
/// </summary>
public sealed class ToolPackageTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("mnemo-tool-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task MnemoCli_InstalledAsAToolFromTheFeed_RunsHelpAddAndSearch()
    {
        var tools = Path.Combine(_directory, "tools");
        var install = await DotnetProcess.RunAsync(
            DotnetProcess.Host,
            _directory,
            ["tool", "install", "Mnemo.Cli", "--tool-path", tools, "--add-source", PackageFeed.Directory, "--version", PackageFeed.VersionOf("Mnemo.Cli")],
            TimeSpan.FromMinutes(5),
            new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(_directory, "packages") });
        Assert.True(install.ExitCode == 0, install.ToString());

        var mnemo = Path.Combine(tools, "mnemo");
        Assert.True(File.Exists(mnemo), $"The tool installed no command 'mnemo' in {tools}.");
        var environment = new Dictionary<string, string> { ["MNEMO_HOME"] = Path.Combine(_directory, "home") };
        if (Path.IsPathRooted(DotnetProcess.Host))
        {
            // The command's launcher finds the runtime the tests run on.
            environment["DOTNET_ROOT"] = Path.GetDirectoryName(DotnetProcess.Host)!;
        }

        var help = await RunAsync(mnemo, environment, "--help");
        Assert.True(help.ExitCode == 0, help.ToString());
        Assert.Contains("search", help.Output, StringComparison.Ordinal);

        var add = await RunAsync(mnemo, environment, "add", "I keep my bike in the garage behind the house", "--user", "alice", "--infer", "false");
        Assert.True(add.ExitCode == 0, add.ToString());

        var search = await RunAsync(mnemo, environment, "search", "where is my bicycle?", "--user", "alice", "--json");
        Assert.True(search.ExitCode == 0, search.ToString());
        Assert.Contains("I keep my bike in the garage behind the house", search.Output, StringComparison.Ordinal);
    }

    private Task<ProcessResult> RunAsync(string mnemo, IReadOnlyDictionary<string, string> environment, params string[] args) =>
        DotnetProcess.RunAsync(mnemo, _directory, args, TimeSpan.FromMinutes(2), environment);
}
