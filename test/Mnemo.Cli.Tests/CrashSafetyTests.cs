using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Mnemo.Cli.Tests;

/// <summary>
/// Kill -9 in the middle of an import: the database must open cleanly with only whole batches in it, every row complete.
/// </summary>
public sealed class CrashSafetyTests : IDisposable
{
    private const int Total = 3000;
    private const int BatchSize = 256;
    private const int Dimensions = 384;

    private readonly string _home = Directory.CreateTempSubdirectory("mnemo-cli-crash-").FullName;

    public void Dispose() => Directory.Delete(_home, recursive: true);

    private string DatabasePath => Path.Combine(_home, "mnemo.db");

    [Fact]
    public async Task Import_KilledMidway_LeavesOnlyWholeCompleteBatches()
    {
        var source = MemoryLines.Create(Total);
        var file = Path.Combine(_home, "big.jsonl");
        await MemoryLines.WriteAsync(file, source);

        using var import = MnemoProcess.Start(_home, "import", file, "--batch-size", BatchSize.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var seenBeforeKill = await WaitForCommittedRowsAsync(import);
        var exitedOnItsOwn = import.HasExited;
        import.Kill(entireProcessTree: true);
        await import.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.False(exitedOnItsOwn, "the import finished before it could be killed; the test proved nothing");
        Assert.InRange(seenBeforeKill, 1, Total - 1);

        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        Assert.Equal("ok", await ScalarAsync<string>(connection, "PRAGMA integrity_check"));
        var count = await ScalarAsync<long>(connection, "SELECT count(*) FROM memories");
        Assert.True(count >= seenBeforeKill, $"{count} rows after the kill, {seenBeforeKill} seen committed before it");
        Assert.Equal(0, count % BatchSize);
        Assert.Equal(0L, await ScalarAsync<long>(
            connection,
            $"SELECT count(*) FROM memories m LEFT JOIN memory_vectors v ON v.seq = m.seq WHERE v.seq IS NULL OR length(v.embedding) != {Dimensions * sizeof(float)}"));
        await connection.CloseAsync();

        // Through the engine: every surviving memory reads back whole and equal to its source line.
        var export = await MnemoProcess.RunAsync(_home, "export");
        Assert.True(export.ExitCode == 0, export.ToString());
        var exported = MemoryLines.Read(export.Out);
        Assert.Equal(count, exported.Count);
        var byId = source.ToDictionary(m => m.Id!);
        foreach (var memory in exported)
        {
            var expected = byId[memory.Id!];
            Assert.Equal(expected.Memory, memory.Memory);
            Assert.Equal(expected.UserId, memory.UserId);
            Assert.Equal(expected.CreatedAt, memory.CreatedAt);
            Assert.Equal(MemoryHash.Compute(expected.Memory!), memory.Hash);
        }
    }

    /// <summary>Polls the database from outside until the import has committed at least one batch.</summary>
    private async Task<long> WaitForCommittedRowsAsync(Process import)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60) && !import.HasExited)
        {
            if (File.Exists(DatabasePath))
            {
                try
                {
                    await using var connection = new SqliteConnection($"Data Source={DatabasePath};Mode=ReadOnly;Pooling=False");
                    await connection.OpenAsync(TestContext.Current.CancellationToken);
                    var count = await ScalarAsync<long>(connection, "SELECT count(*) FROM memories");
                    if (count > 0)
                    {
                        return count;
                    }
                }
                catch (SqliteException)
                {
                    // Schema not created yet, or the file is mid-creation: look again.
                }
            }

            await Task.Delay(20, TestContext.Current.CancellationToken);
        }

        return 0;
    }

    private static async Task<T> ScalarAsync<T>(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)Convert.ChangeType((await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }
}
