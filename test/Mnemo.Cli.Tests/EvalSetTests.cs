namespace Mnemo.Cli.Tests;

/// <summary>The eval commands' <c>--set Name=Value</c>: engine settings for one run, checked before any work.</summary>
public sealed class EvalSetTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Theory]
    [InlineData("NoSuchSetting=1", "no engine setting 'NoSuchSetting'")]
    [InlineData("NeighbourWeight", "--set takes Name=Value")]
    [InlineData("NeighbourWeight=high", "'high' is not a double")]
    [InlineData("NeighbourWeight=-1", "Context.NeighbourWeight")]
    [InlineData("Context.NeighbourWeight=-1", "Context.NeighbourWeight")]
    [InlineData("Index.RowCacheBytes=-1", "Index.RowCacheBytes")]
    public async Task EvalLongMemEval_BadSet_ExitsTwoNamingIt(string assignment, string expected)
    {
        var path = Path.Combine(_cli.Home, "tiny.json");
        await File.WriteAllTextAsync(path, "[]", TestContext.Current.CancellationToken);

        var result = await _cli.RunAsync("eval", "longmemeval", "--data", path, "--set", assignment);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalLongMemEval_Set_ChangesTheEngine_GroupedAndFlatNames()
    {
        var path = Path.Combine(_cli.Home, "tiny.json");
        await File.WriteAllTextAsync(path, """
            [ { "question_id": "q1", "question_type": "single-session-user", "question": "Which violin teacher?", "answer": "Ms Okafor",
                "question_date": "2023/05/30 (Tue) 23:40", "haystack_session_ids": ["s1"], "haystack_dates": ["2023/05/20 (Sat) 10:00"],
                "haystack_sessions": [ [ { "role": "user", "content": "My violin teacher is Ms Okafor and she is very patient with me. I have lessons on Tuesdays and Thursdays at the music school.", "has_answer": true } ] ],
                "answer_session_ids": ["s1"] } ]
            """, TestContext.Current.CancellationToken);
        var seen = new List<string>();
        _cli.Embedder.OnGenerate = seen.AddRange;

        var result = await _cli.RunAsync("eval", "longmemeval", "--data", path, "--json", "--set", "Embedding.PassageLength=100", "--set", "maxembeddingpassages=4");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("user: My violin teacher is Ms Okafor and she is very patient with me.", seen);
        Assert.Contains("I have lessons on Tuesdays and Thursdays at the music school.", seen);
    }
}
