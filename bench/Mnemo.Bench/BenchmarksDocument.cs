namespace Mnemo.Bench;

/// <summary>Replaces the text between <c>&lt;!-- bench:NAME:begin --&gt;</c> and <c>&lt;!-- bench:NAME:end --&gt;</c> in docs/BENCHMARKS.md.</summary>
internal static class BenchmarksDocument
{
    public static void Update(string path, string section, string content)
    {
        var begin = $"<!-- bench:{section}:begin -->";
        var end = $"<!-- bench:{section}:end -->";
        var text = File.Exists(path) ? File.ReadAllText(path) : "# Benchmarks\n";
        var block = $"{begin}\n{content.TrimEnd()}\n{end}";
        var start = text.IndexOf(begin, StringComparison.Ordinal);
        var stop = text.IndexOf(end, StringComparison.Ordinal);
        text = start >= 0 && stop > start
            ? string.Concat(text.AsSpan(0, start), block, text.AsSpan(stop + end.Length))
            : $"{text.TrimEnd()}\n\n{block}\n";
        File.WriteAllText(path, text);
    }

    public static string? Find(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Mnemo.slnx")))
            {
                return Path.Combine(directory.FullName, "docs", "BENCHMARKS.md");
            }
        }

        return null;
    }
}
