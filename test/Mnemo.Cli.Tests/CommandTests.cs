using System.Text.Json;
using Mnemo.Cli;

namespace Mnemo.Cli.Tests;

public sealed class CommandTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Add_ThenSearch_FindsTheMemoryFirst()
    {
        await Ok("add", "I love hiking in the Alps", "--user", "alice");
        await Ok("add", "My favourite colour is green", "--user", "alice");

        var search = await Ok("search", "hiking Alps", "--user", "alice", "--json");

        var results = Json(search).GetProperty("results");
        Assert.Equal("I love hiking in the Alps", results[0].GetProperty("memory").GetString());
        Assert.True(results[0].GetProperty("score").GetDouble() > results[1].GetProperty("score").GetDouble());
    }

    [Fact]
    public async Task Add_Json_ReturnsMem0Events()
    {
        var add = await Ok("add", "I live in Lisbon", "--user", "alice", "--json");

        var result = Json(add).GetProperty("results")[0];
        Assert.Equal("ADD", result.GetProperty("event").GetString());
        Assert.Equal("I live in Lisbon", result.GetProperty("memory").GetString());
        Assert.True(Guid.TryParse(result.GetProperty("id").GetString(), out _));
    }

    [Fact]
    public async Task Add_MetadataAndCategories_AreStoredAndShownByGet()
    {
        var id = await AddAsync("Standup is at 9", "--user", "alice", "--metadata", "{\"topic\":\"work\"}", "--categories", "work,schedule");

        var get = Json(await Ok("get", id, "--json"));

        Assert.Equal("alice", get.GetProperty("user_id").GetString());
        Assert.Equal("work", get.GetProperty("metadata").GetProperty("topic").GetString());
        Assert.Equal(["work", "schedule"], get.GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        Assert.True(get.TryGetProperty("created_at", out _));
    }

    [Fact]
    public async Task Add_MessagesFile_StoresEachNonSystemMessage()
    {
        var file = Path.Combine(_cli.Home, "messages.json");
        await File.WriteAllTextAsync(
            file,
            """[{"role":"system","content":"be nice"},{"role":"user","content":"I am vegetarian"},{"role":"assistant","content":"Noted, no meat"}]""",
            TestContext.Current.CancellationToken);

        await Ok("add", "--messages-file", file, "--user", "alice", "--infer", "false");

        var list = Json(await Ok("list", "--user", "alice", "--json")).GetProperty("results");
        Assert.Equal(2, list.GetArrayLength());
        Assert.DoesNotContain(list.EnumerateArray(), m => m.GetProperty("memory").GetString() == "be nice");
    }

    [Fact]
    public async Task Add_InvalidMetadataJson_ExitsWithUsageError()
    {
        var result = await _cli.RunAsync("add", "text", "--user", "alice", "--metadata", "{not json");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.StartsWith("error: --metadata", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Out);
    }

    [Fact]
    public async Task Add_NoScope_ExitsWithUsageError()
    {
        var result = await _cli.RunAsync("add", "orphan text");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("--user", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_EmptyText_ExitsWithUsageError()
    {
        var result = await _cli.RunAsync("add", "", "--user", "alice");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.StartsWith("error: ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownOption_ExitsWithUsageErrorAndHint()
    {
        var result = await _cli.RunAsync("search", "x", "--user", "alice", "--no-such-option");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("mnemo search --help", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_BadFilter_ExitsWithUsageError()
    {
        await Ok("add", "something", "--user", "alice", "--infer", "false");

        var result = await _cli.RunAsync("search", "something", "--user", "alice", "--filters", "{\"created_at\": {\"bogus\": 1}}");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("filter", result.Error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Search_Explain_WritesPerSignalScores()
    {
        await Ok("add", "I drink green tea every morning", "--user", "alice", "--infer", "false");

        var result = Json(await Ok("search", "green tea", "--user", "alice", "--explain", "--json")).GetProperty("results")[0];

        var explanation = result.GetProperty("explanation");
        Assert.True(explanation.GetProperty("semantic_normalized").GetDouble() > 0);
        Assert.True(explanation.GetProperty("keyword_normalized").GetDouble() > 0);
        Assert.Equal(result.GetProperty("score").GetDouble(), explanation.GetProperty("fused").GetDouble(), 6);
    }

    [Fact]
    public async Task Search_Table_ShowsTheMemoryOnStdout()
    {
        await Ok("add", "The wifi password is on the fridge", "--user", "alice", "--infer", "false");

        var result = await Ok("search", "wifi password", "--user", "alice");

        Assert.Contains("The wifi password is on the fridge", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_UnknownId_ExitsNotFound()
    {
        var result = await _cli.RunAsync("get", Guid.NewGuid().ToString());

        Assert.Equal(ExitCodes.NotFound, result.ExitCode);
        Assert.StartsWith("error: Memory", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_MalformedId_ExitsWithUsageError()
    {
        var result = await _cli.RunAsync("get", "not-a-guid");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
    }

    [Fact]
    public async Task Update_ChangesTextAndRecordsHistory()
    {
        var id = await AddAsync("I live in Porto", "--user", "alice");

        await Ok("update", id, "I live in Lisbon");
        var history = Json(await Ok("history", id, "--json"));

        Assert.Equal("I live in Lisbon", Json(await Ok("get", id, "--json")).GetProperty("memory").GetString());
        Assert.Equal(["ADD", "UPDATE"], history.EnumerateArray().Select(h => h.GetProperty("event").GetString()));
        Assert.Equal("I live in Porto", history[1].GetProperty("old_memory").GetString());
    }

    [Fact]
    public async Task Delete_ThenGet_ExitsNotFound()
    {
        var id = await AddAsync("temporary", "--user", "alice");

        await Ok("delete", id);

        Assert.Equal(ExitCodes.NotFound, (await _cli.RunAsync("get", id)).ExitCode);
        Assert.Equal(ExitCodes.NotFound, (await _cli.RunAsync("delete", id)).ExitCode);
    }

    [Fact]
    public async Task DeleteAll_WithoutScope_ExitsWithUsageError()
    {
        var result = await _cli.RunAsync("delete-all");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
    }

    [Fact]
    public async Task DeleteAll_DeletesOnlyThatScope()
    {
        await Ok("add", "alice one", "--user", "alice", "--infer", "false");
        await Ok("add", "alice two", "--user", "alice", "--infer", "false");
        await Ok("add", "bob one", "--user", "bob", "--infer", "false");

        var result = Json(await Ok("delete-all", "--user", "alice", "--json"));

        Assert.Equal(2, result.GetProperty("deleted").GetInt32());
        Assert.Equal(1, Json(await Ok("list", "--user", "bob", "--json")).GetProperty("results").GetArrayLength());
    }

    [Fact]
    public async Task List_Pages_DoNotOverlap()
    {
        for (var i = 0; i < 5; i++)
        {
            await Ok("add", $"fact number {i}", "--user", "alice", "--infer", "false");
        }

        var first = Ids(await Ok("list", "--user", "alice", "--page-size", "3", "--json"));
        var second = Ids(await Ok("list", "--user", "alice", "--page-size", "3", "--page", "2", "--json"));

        Assert.Equal(3, first.Count);
        Assert.Equal(2, second.Count);
        Assert.Empty(first.Intersect(second));
    }

    [Fact]
    public async Task Forget_NotOnTerminalWithoutYes_RefusesAndKeepsData()
    {
        await Ok("add", "secret", "--user", "alice", "--infer", "false");

        var result = await _cli.RunAsync("forget", "--user", "alice");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("--yes", result.Error, StringComparison.Ordinal);
        Assert.Equal(1, Json(await Ok("list", "--user", "alice", "--json")).GetProperty("results").GetArrayLength());
    }

    [Fact]
    public async Task Forget_OnTerminalAnsweredNo_KeepsData()
    {
        await Ok("add", "secret", "--user", "alice", "--infer", "false");
        _cli.TerminalInput = "n\n";

        var result = await _cli.RunAsync("forget", "--user", "alice");

        Assert.Equal(ExitCodes.Cancelled, result.ExitCode);
        _cli.TerminalInput = null;
        Assert.Equal(1, Json(await Ok("list", "--user", "alice", "--json")).GetProperty("results").GetArrayLength());
    }

    [Fact]
    public async Task Forget_Yes_ErasesAndPrintsReceipt()
    {
        await Ok("add", "secret one", "--user", "alice", "--infer", "false");
        await Ok("add", "secret two", "--user", "alice", "--infer", "false");
        await Ok("add", "bob stays", "--user", "bob", "--infer", "false");

        var receipt = Json(await Ok("forget", "--user", "alice", "--yes", "--json"));

        Assert.Equal(2, receipt.GetProperty("memories").GetInt32());
        Assert.Equal("alice", receipt.GetProperty("scope").GetProperty("user_id").GetString());
        Assert.DoesNotContain("secret", receipt.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(0, Json(await Ok("list", "--user", "alice", "--json")).GetProperty("results").GetArrayLength());
        Assert.Equal(1, Json(await Ok("list", "--user", "bob", "--json")).GetProperty("results").GetArrayLength());
    }

    [Fact]
    public async Task Reset_Yes_ErasesEveryScope()
    {
        await Ok("add", "alice fact", "--user", "alice", "--infer", "false");
        await Ok("add", "bob fact", "--user", "bob", "--infer", "false");

        await Ok("reset", "--yes");

        Assert.Equal(0, Json(await Ok("list", "--user", "alice", "--json")).GetProperty("results").GetArrayLength());
        Assert.Equal(0, Json(await Ok("list", "--user", "bob", "--json")).GetProperty("results").GetArrayLength());
    }

    [Fact]
    public async Task Db_Option_OverridesMnemoHome()
    {
        var other = Path.Combine(_cli.Home, "other", "elsewhere.db");

        await Ok("add", "stored elsewhere", "--user", "alice", "--db", other);

        Assert.True(File.Exists(other));
        Assert.False(File.Exists(_cli.DatabasePath));
    }

    [Fact]
    public async Task UnknownModel_ExitsWithUsageError()
    {
        var result = await _cli.RunAsync("list", "--user", "alice", "--model", "gpt");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
    }

    [Fact]
    public async Task Demo_WithFakeEmbedder_RunsEveryStepAndForgets()
    {
        var result = await _cli.RunAsync("demo");

        // The bag-of-words fake cannot promise the ranking the real model gives; the real-process test checks that.
        Assert.Contains("Why #1 matched", result.Out, StringComparison.Ordinal);
        // The engine decides how many memories a message gives: the demo must not promise a number of facts.
        Assert.DoesNotMatch(@"\b(two|three|four|five|\d+) facts\b", result.Out);
        Assert.Contains("- neighbour:", result.Out, StringComparison.Ordinal);
        Assert.Contains("- length:", result.Out, StringComparison.Ordinal);
        // The parts shown add up to the score the engine gave (the length prior and neighbour term included).
        var sum = result.Out.Split('\n').Single(l => l.TrimStart().StartsWith("= ", StringComparison.Ordinal));
        var numbers = System.Text.RegularExpressions.Regex.Matches(sum, @"\d+\.\d+").Select(m => double.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(numbers[^1], numbers[^2]);
        Assert.Equal(numbers[^2], numbers[..^2].Sum(), 2);
        Assert.Contains("forget receipt", result.Out, StringComparison.Ordinal);
        Assert.Contains("memories left for alice: 0", result.Out, StringComparison.Ordinal);
        Assert.False(File.Exists(_cli.DatabasePath));
    }

    private async Task<CliResult> Ok(params string[] args)
    {
        var result = await _cli.RunAsync(args);
        Assert.True(result.ExitCode == 0, result.ToString());
        return result;
    }

    private async Task<string> AddAsync(params string[] args)
    {
        var result = await Ok(["add", .. args, "--infer", "false", "--json"]);
        return Json(result).GetProperty("results")[0].GetProperty("id").GetString()!;
    }

    private static JsonElement Json(CliResult result)
    {
        using var document = JsonDocument.Parse(result.Out);
        return document.RootElement.Clone();
    }

    private static List<string> Ids(CliResult result) =>
        Json(result).GetProperty("results").EnumerateArray().Select(r => r.GetProperty("id").GetString()!).ToList();
}
