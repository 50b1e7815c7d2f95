using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Mnemo.Package.Tests;

/// <summary>The repository the tests run from: its README, its central package versions and its packed feed.</summary>
internal static partial class PackageFeed
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>Where <c>dotnet pack</c> writes the packages (Directory.Build.props' PackageOutputPath).</summary>
    public static string Directory { get; } = Path.Combine(RepositoryRoot, "artifacts", "packages");

    /// <summary>The version of <paramref name="packageId"/> in the feed; fails the test when it was not packed.</summary>
    public static string VersionOf(string packageId)
    {
        var versions = System.IO.Directory.Exists(Directory)
            ? System.IO.Directory.GetFiles(Directory, $"{packageId}.*.nupkg")
                .Select(path => Path.GetFileNameWithoutExtension(path)[(packageId.Length + 1)..])
                .Where(version => char.IsAsciiDigit(version[0]))
                .ToList()
            : [];
        Assert.True(versions.Count == 1, $"Expected one {packageId} package in {Directory}, found {versions.Count}: run `dotnet pack -c Release` first (test.sh does).");
        return versions[0];
    }

    public static bool Contains(string packageId) =>
        System.IO.Directory.Exists(Directory) && System.IO.Directory.GetFiles(Directory, $"{packageId}.*.nupkg")
            .Any(path => char.IsAsciiDigit(Path.GetFileNameWithoutExtension(path)[(packageId.Length + 1)..][0]));

    /// <summary>The version the repository builds with (Directory.Packages.props), for packages that are not ours.</summary>
    public static string CentralVersionOf(string packageId)
    {
        var props = XDocument.Load(Path.Combine(RepositoryRoot, "Directory.Packages.props"));
        return props.Descendants("PackageVersion")
            .Where(p => string.Equals((string?)p.Attribute("Include"), packageId, StringComparison.OrdinalIgnoreCase))
            .Select(p => (string?)p.Attribute("Version"))
            .FirstOrDefault() ?? throw new InvalidOperationException($"{packageId} has no version in Directory.Packages.props.");
    }

    /// <summary>The README's "As a library" section: the package ids of its <c>dotnet add package</c> lines and its C# snippet.</summary>
    public static (IReadOnlyList<string> PackageIds, string Snippet) ReadmeLibrarySection()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot, "README.md")).ReplaceLineEndings("\n");
        var start = readme.IndexOf("\n## As a library\n", StringComparison.Ordinal);
        Assert.True(start >= 0, "README.md has no '## As a library' section.");
        var end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var section = end < 0 ? readme[start..] : readme[start..end];

        var ids = AddPackageLine().Matches(section).Select(m => m.Groups[1].Value).ToList();
        var snippet = CSharpBlock().Match(section);
        Assert.True(snippet.Success, "README.md's 'As a library' section has no ```csharp block.");
        return (ids, snippet.Groups[1].Value);
    }

    private static string FindRepositoryRoot()
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

    [GeneratedRegex(@"^\s*dotnet add package ([A-Za-z0-9_.\-]+)", RegexOptions.Multiline)]
    private static partial Regex AddPackageLine();

    [GeneratedRegex(@"```csharp\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
