using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Mnemo.Cli;
using Mnemo.Cli.Hosting;

namespace Mnemo.Cli.Tests;

/// <summary>docs/cli.md matches the command line (issue 13, 4.5: its table had left out chat, serve, keys, mcp, events).</summary>
public sealed class CliDocsTests
{
    [Fact]
    public void CliMd_CommandTable_HasARowForEveryCommand()
    {
        var names = new MnemoCommandLine(new CliContext { Out = TextWriter.Null, Error = TextWriter.Null }).CommandNames;
        var table = File.ReadAllLines(Path.Combine(Path.GetDirectoryName(ThisFile())!, "..", "..", "docs", "cli.md"))
            .Where(l => l.StartsWith("| `", StringComparison.Ordinal))
            .Select(l => Regex.Match(l, @"^\| `([a-z-]+)").Groups[1].Value)
            .ToHashSet(StringComparer.Ordinal);

        Assert.True(names.Count >= 19, $"{names.Count} commands");
        Assert.All(names, name => Assert.True(table.Contains(name), $"docs/cli.md has no row for '{name}'"));
    }

    [Theory]
    [InlineData("cli.md")]
    [InlineData("architecture.md")]
    public void Docs_IngestionQueue_IsNotCalledReservedAndAddsAreNotSaidToBeVerbatimByDefault(string file)
    {
        var text = File.ReadAllText(Path.Combine(Path.GetDirectoryName(ThisFile())!, "..", "..", "docs", file));
        var sentences = Regex.Split(text, @"(?<=[.!?])\s+|\n\n|\|");

        // The queue is used (add --async, the REST API's async adds, unusable LLM answers kept for a retry), and an add
        // with no LLM goes through the offline formation path unless --infer false asks for verbatim.
        Assert.DoesNotContain(sentences, s => s.Contains("queue", StringComparison.OrdinalIgnoreCase) && s.Contains("reserved", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(sentences, s => Regex.IsMatch(s, @"verbatim either way|until an LLM is configured|without an LLM[^.]*stored verbatim|stored verbatim[^.]*without an LLM", RegexOptions.IgnoreCase));
    }

    private static string ThisFile([CallerFilePath] string path = "") => path;
}
