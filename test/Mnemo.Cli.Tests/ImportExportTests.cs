namespace Mnemo.Cli.Tests;

/// <summary>Import then export through the real executable keeps ids, texts, scopes, metadata and timestamps.</summary>
public sealed class ImportExportTests : IDisposable
{
    private readonly string _home = Directory.CreateTempSubdirectory("mnemo-cli-transfer-").FullName;

    public void Dispose() => Directory.Delete(_home, recursive: true);

    [Fact]
    public async Task ImportThenExport_RoundTrip_KeepsIdsAndTimestamps()
    {
        var source = MemoryLines.Create(40);
        var file = Path.Combine(_home, "in.jsonl");
        await MemoryLines.WriteAsync(file, source);

        var import = await MnemoProcess.RunAsync(_home, "import", file, "--batch-size", "16");
        Assert.True(import.ExitCode == 0, import.ToString());
        Assert.Contains("Imported 40 memories", import.Out, StringComparison.Ordinal);

        var export = await MnemoProcess.RunAsync(_home, "export");
        Assert.True(export.ExitCode == 0, export.ToString());

        var exported = MemoryLines.Read(export.Out).ToDictionary(m => m.Id!);
        Assert.Equal(source.Count, exported.Count);
        foreach (var expected in source)
        {
            var actual = exported[expected.Id!];
            Assert.Equal(expected.Memory, actual.Memory);
            Assert.Equal(expected.UserId, actual.UserId);
            Assert.Equal(expected.CreatedAt, actual.CreatedAt);
            Assert.Equal(expected.UpdatedAt, actual.UpdatedAt);
            Assert.Equal(expected.Categories, actual.Categories);
            Assert.Equal(expected.Metadata!["n"].GetInt32(), actual.Metadata!["n"].GetInt32());
            Assert.Equal(MemoryHash.Compute(expected.Memory!), actual.Hash);
        }
    }

    [Fact]
    public async Task Export_ToFile_WritesJsonlAndNothingOnStdout()
    {
        var file = Path.Combine(_home, "in.jsonl");
        await MemoryLines.WriteAsync(file, MemoryLines.Create(5));
        Assert.Equal(0, (await MnemoProcess.RunAsync(_home, "import", file)).ExitCode);
        var target = Path.Combine(_home, "out.jsonl");

        var export = await MnemoProcess.RunAsync(_home, "export", target, "--user", "user0");

        Assert.True(export.ExitCode == 0, export.ToString());
        Assert.Empty(export.Out);
        var lines = MemoryLines.Read(await File.ReadAllTextAsync(target, TestContext.Current.CancellationToken));
        Assert.Equal(2, lines.Count);
        Assert.All(lines, m => Assert.Equal("user0", m.UserId));
    }

    [Fact]
    public async Task Import_BadLine_ExitsTwoNamingTheLine()
    {
        var file = Path.Combine(_home, "bad.jsonl");
        await File.WriteAllLinesAsync(file, ["{\"memory\":\"fine\",\"user_id\":\"u\"}", "{not json"], TestContext.Current.CancellationToken);

        var result = await MnemoProcess.RunAsync(_home, "import", file);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("line 2", result.Error, StringComparison.Ordinal);
    }
}
