using System.Text.Json;
using Mnemo.Cli;
using Mnemo.TestUtilities;

namespace Mnemo.Cli.Tests;

/// <summary>The defects a first use of the CLI found (issue 13, 3.2, 3.9 and 4.2-4.3, 4.8), each reproduced.</summary>
public sealed class FirstUseDefectTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Import_TwoLinesWithTheSameId_ReportsOneMemoryAndTheRepeat()
    {
        var id = Guid.NewGuid();
        var file = Path.Combine(_cli.Home, "dup.jsonl");
        await File.WriteAllLinesAsync(file, [
            $$"""{"id":"{{id}}","memory":"first version","user_id":"alice"}""",
            $$"""{"id":"{{id}}","memory":"second version","user_id":"alice"}""",
        ], TestContext.Current.CancellationToken);

        var result = await _cli.RunAsync("import", file);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("Imported 1 memory ", result.Out + result.Error, StringComparison.Ordinal);
        Assert.Contains("1 line repeated an earlier id", result.Out + result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_LlmAnswersInvalidJsonTwice_KeepsTheMessagesInTheQueueWhereTheMessageSays()
    {
        _cli.Chat = new FakeChatClient().Then("not json", "still not json");

        var added = await _cli.RunAsync("add", "I moved to Lisbon", "--user", "alice");
        var events = await _cli.RunAsync("events", "--json");

        Assert.NotEqual(ExitCodes.Ok, added.ExitCode);
        Assert.Contains("mnemo events", added.Error, StringComparison.Ordinal);
        var queued = JsonDocument.Parse(events.Out).RootElement.GetProperty("results").EnumerateArray().ToList();
        var kept = Assert.Single(queued);
        Assert.Contains(kept.GetProperty("event_id").GetString()!, added.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_Json_PrintsOneJsonDocument()
    {
        var result = await _cli.RunAsync("demo", "--json");

        using var json = JsonDocument.Parse(result.Out);
        Assert.True(json.RootElement.GetProperty("added").GetArrayLength() >= 2);
        Assert.NotEmpty(json.RootElement.GetProperty("search").GetProperty("results").EnumerateArray());
        Assert.Equal(0, json.RootElement.GetProperty("forget").GetProperty("memories_left").GetInt32());
    }

    [Fact]
    public async Task History_MetadataOnlyUpdate_ShowsTheOldAndNewMetadata()
    {
        var added = await _cli.RunAsync("add", "I drink cortado", "--user", "alice", "--metadata", """{"topic":"coffee"}""", "--json");
        var id = JsonDocument.Parse(added.Out).RootElement.GetProperty("results")[0].GetProperty("id").GetString()!;

        Assert.Equal(ExitCodes.Ok, (await _cli.RunAsync("update", id, "--metadata", """{"topic":"drinks"}""", "--categories", "food")).ExitCode);
        var table = await _cli.RunAsync("history", id);
        var json = await _cli.RunAsync("history", id, "--json");

        Assert.Contains("""metadata: {"topic":"coffee"} -> {"topic":"drinks"}""", table.Out, StringComparison.Ordinal);
        Assert.Contains("categories: [] -> [food]", table.Out, StringComparison.Ordinal);
        var update = JsonDocument.Parse(json.Out).RootElement[1];
        Assert.Equal("coffee", update.GetProperty("old_metadata").GetProperty("topic").GetString());
        Assert.Equal("drinks", update.GetProperty("new_metadata").GetProperty("topic").GetString());
        Assert.Equal("food", update.GetProperty("new_categories")[0].GetString());
        Assert.False(update.TryGetProperty("new_expires_at", out _));
    }

    [Theory]
    [InlineData("locomo", "snap-research/locomo")]
    [InlineData("longmemeval", "xiaowu0162/LongMemEval")]
    public async Task Eval_MissingDataFile_NamesThePathAndWhereTheDataComesFrom(string benchmark, string origin)
    {
        var missing = Path.Combine(_cli.Home, "nowhere", "data.json");

        var result = await _cli.RunAsync("eval", benchmark, "--data", missing);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains(missing, result.Error, StringComparison.Ordinal);
        Assert.Contains(origin, result.Error, StringComparison.Ordinal);
        Assert.Contains("does not ship benchmark data", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_UnknownId_ExitsNotFound()
    {
        var result = await _cli.RunAsync("history", Guid.NewGuid().ToString());

        Assert.Equal(ExitCodes.NotFound, result.ExitCode);
    }

    [Theory]
    [InlineData("get")]
    [InlineData("history")]
    [InlineData("delete")]
    public async Task IdCommands_NotAUuid_ExitUsageWithoutDotNetTypeNames(string command)
    {
        var result = await _cli.RunAsync(command, "12345");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("'12345' is not a memory id", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_NoScope_NamesTheCliOptions()
    {
        var result = await _cli.RunAsync("add", "orphan text");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("--user", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("user_id", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_Dash_ReadsTheWholeTextFromStdin()
    {
        var text = "start " + string.Join(' ', Enumerable.Range(0, 4_000).Select(i => $"word{i % 1000}")) + " end";
        _cli.StandardInput = text;

        var added = await _cli.RunAsync("add", "-", "--user", "alice", "--infer", "false", "--json");

        Assert.Equal(ExitCodes.Ok, added.ExitCode);
        var id = JsonDocument.Parse(added.Out).RootElement.GetProperty("results")[0].GetProperty("id").GetString()!;
        var shown = await _cli.RunAsync("get", id, "--json");
        Assert.Equal(text, JsonDocument.Parse(shown.Out).RootElement.GetProperty("memory").GetString());
    }

    [Fact]
    public async Task Add_Dash_120KBFromStdin_IsStoredWhole()
    {
        var text = string.Join(' ', Enumerable.Range(0, 20_000).Select(i => $"word{i % 1000}"));
        Assert.True(text.Length >= 120_000);
        _cli.StandardInput = text;

        var added = await _cli.RunAsync("add", "-", "--user", "alice", "--infer", "false", "--json");

        Assert.Equal(ExitCodes.Ok, added.ExitCode);
        var id = JsonDocument.Parse(added.Out).RootElement.GetProperty("results")[0].GetProperty("id").GetString()!;
        var shown = await _cli.RunAsync("get", id, "--json");
        Assert.Equal(text, JsonDocument.Parse(shown.Out).RootElement.GetProperty("memory").GetString());
    }

    [Fact]
    public async Task DeleteAll_OneMemory_SaysMemoryInTheSingular()
    {
        await _cli.RunAsync("add", "one", "--user", "alice", "--infer", "false");

        var result = await _cli.RunAsync("delete-all", "--user", "alice");

        Assert.Contains("Deleted 1 memory.", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_MessagesFileHoldingAnObject_SaysWhatIsWrongWithoutTypeNames()
    {
        var file = Path.Combine(_cli.Home, "messages.json");
        await File.WriteAllTextAsync(file, """{"role":"user","content":"hi"}""", TestContext.Current.CancellationToken);

        var result = await _cli.RunAsync("add", "--messages-file", file, "--user", "alice");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains(file, result.Error, StringComparison.Ordinal);
        Assert.Contains("holds an object", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("List`1", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_FilterOverTheLimit_ExitsUsage()
    {
        await _cli.RunAsync("add", "tea", "--user", "alice", "--infer", "false");
        var ors = string.Join(",", Enumerable.Range(0, 1000).Select(i => $$"""{"k":"v{{i}}"}"""));

        var result = await _cli.RunAsync("search", "tea", "--user", "alice", "--filters", $$"""{"OR":[{{ors}}]}""");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("at most", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Store_NotADatabase_ExitsConfigurationNamingThePath()
    {
        await File.WriteAllTextAsync(_cli.DatabasePath, new string('x', 4096), TestContext.Current.CancellationToken);

        var result = await _cli.RunAsync("search", "tea", "--user", "alice");

        Assert.Equal(ExitCodes.Configuration, result.ExitCode);
        Assert.Contains(_cli.DatabasePath, result.Error, StringComparison.Ordinal);
        Assert.Contains("not a Mnemo database", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("SQLite Error", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Store_FolderThatCannotBeCreated_ExitsConfigurationNamingThePath()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "uses /proc, where nobody (not even root) can create a folder");
        var db = "/proc/self/mnemo-cannot-exist/mnemo.db";

        var result = await _cli.RunAsync("add", "x", "--user", "alice", "--db", db);

        Assert.Equal(ExitCodes.Configuration, result.ExitCode);
        Assert.Contains(db, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("SQLite Error", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ErrorReporter_ReadOnlyOrUnopenableStore_ExitsConfigurationNamingThePath()
    {
        var error = new StringWriter();
        var context = new Mnemo.Cli.Hosting.CliContext { Out = TextWriter.Null, Error = error };
        const string Path = "/data/mnemo.db";

        var readOnly = Mnemo.Cli.Hosting.ErrorReporter.Report(new Microsoft.Data.Sqlite.SqliteException("SQLite Error 8: 'attempt to write a readonly database'.", 8), context, Path, TestContext.Current.CancellationToken);
        var cannotOpen = Mnemo.Cli.Hosting.ErrorReporter.Report(new Microsoft.Data.Sqlite.SqliteException("SQLite Error 14: 'unable to open database file'.", 14), context, Path, TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.Configuration, readOnly);
        Assert.Equal(ExitCodes.Configuration, cannotOpen);
        var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("read-only", lines[0], StringComparison.Ordinal);
        Assert.Contains(Path, lines[0], StringComparison.Ordinal);
        Assert.Contains("cannot open", lines[1], StringComparison.Ordinal);
        Assert.Contains(Path, lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain("SQLite Error", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_IncludeSuperseded_MarksSupersededRows()
    {
        var old = Guid.NewGuid();
        var replacement = Guid.NewGuid();
        var file = Path.Combine(_cli.Home, "superseded.jsonl");
        await File.WriteAllLinesAsync(file, [
            $$"""{"id":"{{old}}","memory":"lives in Paris","user_id":"alice","created_at":"2026-01-01T00:00:00Z","valid_from":"2026-01-01T00:00:00Z","valid_to":"2026-02-01T00:00:00Z","superseded_by":"{{replacement}}"}""",
            $$"""{"id":"{{replacement}}","memory":"lives in Berlin","user_id":"alice","created_at":"2026-02-01T00:00:00Z"}""",
        ], TestContext.Current.CancellationToken);
        Assert.Equal(ExitCodes.Ok, (await _cli.RunAsync("import", file)).ExitCode);

        var table = await _cli.RunAsync("list", "--user", "alice", "--include-superseded");
        var json = await _cli.RunAsync("list", "--user", "alice", "--include-superseded", "--json");

        var paris = table.Out.Split('\n').Single(l => l.Contains("Paris", StringComparison.Ordinal));
        var berlin = table.Out.Split('\n').Single(l => l.Contains("Berlin", StringComparison.Ordinal));
        Assert.Contains("superseded", paris, StringComparison.Ordinal);
        Assert.DoesNotContain("superseded", berlin, StringComparison.Ordinal);
        var results = JsonDocument.Parse(json.Out).RootElement.GetProperty("results").EnumerateArray().ToList();
        Assert.True(results.Single(r => r.GetProperty("id").GetString() == old.ToString()).GetProperty("superseded").GetBoolean());
        Assert.False(results.Single(r => r.GetProperty("id").GetString() == replacement.ToString()).GetProperty("superseded").GetBoolean());
    }
}
