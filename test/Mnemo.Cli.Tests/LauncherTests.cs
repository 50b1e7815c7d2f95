using System.Diagnostics;
using System.Runtime.Versioning;

namespace Mnemo.Cli.Tests;

/// <summary>
/// Runs the repository's real <c>./mnemo</c> launcher script, copied into a temporary tree that has the layout it
/// expects, with a stand-in <c>dotnet</c> first on PATH that records each call: so the tests see whether the launcher
/// decided to rebuild, without a 30-second build.
/// </summary>
[UnsupportedOSPlatform("windows")] // the launcher is a bash script
public sealed class LauncherTests : IDisposable
{
    private static readonly DateTime BuiltAt = DateTime.UtcNow.AddHours(-1);

    private readonly string _root = Directory.CreateTempSubdirectory("mnemo-launcher-tests-").FullName;

    public LauncherTests()
    {
        File.Copy(Path.Combine(RepositoryRoot(), "mnemo"), Path.Combine(_root, "mnemo"));
        Write("global.json", "{}", BuiltAt.AddHours(-1));
        Write("Directory.Build.props", "<Project />", BuiltAt.AddHours(-1));
        Write("src/Mnemo/Memory.cs", "class Memory;", BuiltAt.AddHours(-1));
        Write("src/Mnemo/Mnemo.csproj", "<Project />", BuiltAt.AddHours(-1));
        Write("hosts/Mnemo.Cli/Program.cs", "return 0;", BuiltAt.AddHours(-1));
        Write("artifacts/cli/Mnemo.Cli.dll", "built", BuiltAt);
        Write("fake-dotnet/dotnet", "#!/usr/bin/env bash\necho \"$*\" >> \"$(dirname \"$0\")/calls.log\"\n", BuiltAt);
        File.SetUnixFileMode(Path.Combine(_root, "fake-dotnet/dotnet"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Launcher_UpToDate_RunsTheBuiltCliWithoutBuilding()
    {
        var calls = await RunLauncherAsync("--help");

        Assert.Equal([$"{Path.Combine(_root, "artifacts/cli/Mnemo.Cli.dll")} --help"], calls);
    }

    [Fact]
    public async Task Launcher_GeneratedSourcesInObjAndBinNewerThanBuild_DoesNotRebuild()
    {
        // What any other build (an IDE, ./test.sh, dotnet build) leaves behind: generated C# under obj/ and copies under bin/.
        Write("src/Mnemo/obj/Release/net10.0/Mnemo.AssemblyInfo.cs", "// generated", DateTime.UtcNow);
        Write("src/Mnemo/obj/Release/net10.0/Mnemo.GlobalUsings.g.cs", "// generated", DateTime.UtcNow);
        Write("hosts/Mnemo.Cli/obj/Release/net10.0/Mnemo.Cli.AssemblyInfo.cs", "// generated", DateTime.UtcNow);
        Write("hosts/Mnemo.Cli/bin/Release/net10.0/Mnemo.Cli.props", "<Project />", DateTime.UtcNow);

        var calls = await RunLauncherAsync("--help");

        Assert.DoesNotContain(calls, call => call.StartsWith("build", StringComparison.Ordinal) || call.StartsWith("publish", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("src/Mnemo/Memory.cs")]
    [InlineData("src/Mnemo/Mnemo.csproj")]
    [InlineData("hosts/Mnemo.Cli/Program.cs")]
    [InlineData("Directory.Build.props")]
    [InlineData("global.json")]
    public async Task Launcher_SourceNewerThanBuild_RebuildsThenRuns(string source)
    {
        File.SetLastWriteTimeUtc(Path.Combine(_root, source), DateTime.UtcNow);

        var calls = await RunLauncherAsync("--help");

        Assert.Equal(2, calls.Count);
        Assert.StartsWith($"publish {Path.Combine(_root, "hosts/Mnemo.Cli/Mnemo.Cli.csproj")} -c Release --use-current-runtime", calls[0], StringComparison.Ordinal);
        Assert.Contains("-p:PublishReadyToRun=true", calls[0], StringComparison.Ordinal);
        Assert.EndsWith("Mnemo.Cli.dll --help", calls[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Launcher_ReadyToRunPublishFails_BuildsWithoutItThenRuns()
    {
        // A dotnet whose publish fails (no ReadyToRun compiler for this platform): the launcher falls back to a plain build.
        Write("fake-dotnet/dotnet", "#!/usr/bin/env bash\necho \"$*\" >> \"$(dirname \"$0\")/calls.log\"\n[[ \"$1\" == publish ]] && exit 1\nexit 0\n", BuiltAt);
        File.SetUnixFileMode(Path.Combine(_root, "fake-dotnet/dotnet"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        File.SetLastWriteTimeUtc(Path.Combine(_root, "src/Mnemo/Memory.cs"), DateTime.UtcNow);

        var calls = await RunLauncherAsync("--help");

        Assert.Equal(3, calls.Count);
        Assert.StartsWith("publish ", calls[0], StringComparison.Ordinal);
        Assert.StartsWith($"build {Path.Combine(_root, "hosts/Mnemo.Cli/Mnemo.Cli.csproj")} -c Release", calls[1], StringComparison.Ordinal);
        Assert.EndsWith("Mnemo.Cli.dll --help", calls[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Launcher_Rebuild_RemovesLinksToTheNuGetCacheBeforePublishing()
    {
        // Publishing copies files; over a link left by a plain build it would write into the NuGet cache the link points to.
        var cached = Path.Combine(_root, "nuget-cache/Package.dll");
        Write("nuget-cache/Package.dll", "the package's own file", BuiltAt);
        File.CreateSymbolicLink(Path.Combine(_root, "artifacts/cli/Package.dll"), cached);
        File.SetLastWriteTimeUtc(Path.Combine(_root, "src/Mnemo/Memory.cs"), DateTime.UtcNow);

        await RunLauncherAsync("--help");

        Assert.False(File.Exists(Path.Combine(_root, "artifacts/cli/Package.dll")));
        Assert.Equal("the package's own file", File.ReadAllText(cached));
    }

    [Fact]
    public async Task Launcher_BuildLinksToAPackageThatIsGone_Rebuilds()
    {
        // Build output links to the NuGet cache (Directory.Build.props); a cleared cache leaves dangling links.
        File.CreateSymbolicLink(Path.Combine(_root, "artifacts/cli/Gone.dll"), Path.Combine(_root, "no-such-package/Gone.dll"));

        var calls = await RunLauncherAsync("--help");

        Assert.StartsWith("publish ", calls[0], StringComparison.Ordinal);
    }

    private async Task<List<string>> RunLauncherAsync(params string[] args)
    {
        var info = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(_root, "mnemo"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["PATH"] = $"{Path.Combine(_root, "fake-dotnet")}:{Environment.GetEnvironmentVariable("PATH")}";
        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start bash");
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(process.ExitCode == 0, $"the launcher exited with {process.ExitCode}: {await error}");

        var log = Path.Combine(_root, "fake-dotnet/calls.log");
        return File.Exists(log) ? [.. File.ReadAllLines(log)] : [];
    }

    private void Write(string relativePath, string content, DateTime lastWriteUtc)
    {
        var path = Path.Combine(_root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        File.SetLastWriteTimeUtc(path, lastWriteUtc);
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Mnemo.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Mnemo.slnx above {AppContext.BaseDirectory}.");
    }
}
