using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace Mnemo.Cli.Tests;

/// <summary><c>mnemo eval longmemeval</c> in-process on a hand-made file, with the real engine and SQLite (fake embedder).</summary>
public sealed class EvalLongMemEvalTests : IDisposable
{
    // One question; its evidence is the only turn naming the violin. The 40,000-character turn once aborted the run
    // ("memory is ... characters long; the limit is 32768").
    private static readonly string _file = $$"""
        [
          {
            "question_id": "q1", "question_type": "single-session-user", "question": "Which violin teacher did I mention?", "answer": "Ms Okafor",
            "question_date": "2023/05/30 (Tue) 23:40",
            "haystack_session_ids": ["s1", "s2"],
            "haystack_dates": ["2023/05/20 (Sat) 10:00", "2023/05/25 (Thu) 18:30"],
            "haystack_sessions": [
              [ { "role": "user", "content": "My violin teacher is Ms Okafor.", "has_answer": true },
                { "role": "assistant", "content": "{{new string('z', 40_000)}}" } ],
              [ { "role": "user", "content": "I like green tea in the morning." } ]
            ],
            "answer_session_ids": ["s1"]
          },
          {
            "question_id": "q2_abs", "question_type": "single-session-user", "question": "What is my dog called?", "answer": "unknown",
            "question_date": "2023/06/02 (Fri) 09:00",
            "haystack_session_ids": ["z"], "haystack_dates": ["2023/05/01 (Mon) 08:00"],
            "haystack_sessions": [ [ { "role": "user", "content": "I have no pets yet." } ] ],
            "answer_session_ids": ["z"]
          }
        ]
        """;

    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task EvalLongMemEval_GzipFile_JsonScoresTheQuestionAndSkipsAbstention()
    {
        var path = Path.Combine(_cli.Home, "tiny.json.gz");
        await using (var file = File.Create(path))
        await using (var gzip = new GZipStream(file, CompressionLevel.Fastest))
        {
            await gzip.WriteAsync(Encoding.UTF8.GetBytes(_file), TestContext.Current.CancellationToken);
        }

        var result = await _cli.RunAsync("eval", "longmemeval", "--data", path, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(1, json.RootElement.GetProperty("questions").GetInt32());
        Assert.Equal(100, json.RootElement.GetProperty("turn").GetProperty("frac").GetProperty("5").GetDouble());
        Assert.Equal(100, json.RootElement.GetProperty("session").GetProperty("recall_all").GetProperty("5").GetDouble());
        Assert.Contains("ingested 1/1 (q1, 3 turns)", result.Error, StringComparison.Ordinal);
    }

    // The default add with no LLM: the user's turns go through the offline rules, the assistant's are not remembered.
    [Fact]
    public async Task EvalLongMemEval_Infer_FindsTheEvidenceAndReportsFormation()
    {
        var path = Path.Combine(_cli.Home, "tiny.json");
        await File.WriteAllTextAsync(path, _file, TestContext.Current.CancellationToken);

        var result = await _cli.RunAsync("eval", "longmemeval", "--data", path, "--json", "--infer");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(100, json.RootElement.GetProperty("turn").GetProperty("frac").GetProperty("5").GetDouble());
        var formation = json.RootElement.GetProperty("formation");
        Assert.Equal((3, 2, 100.0, 1, 100.0), (
            formation.GetProperty("turns").GetInt32(), formation.GetProperty("user_turns").GetInt32(), formation.GetProperty("user_turns_kept").GetDouble(),
            formation.GetProperty("user_evidence_turns").GetInt32(), formation.GetProperty("user_evidence_kept").GetDouble()));
        Assert.Equal(0.667, formation.GetProperty("memories_per_turn").GetDouble());
    }

    [Fact]
    public async Task EvalLongMemEval_Table_ShowsTypesAndCutoffs()
    {
        var path = Path.Combine(_cli.Home, "tiny.json");
        await File.WriteAllTextAsync(path, _file, TestContext.Current.CancellationToken);

        var result = await _cli.RunAsync("eval", "longmemeval", "--data", path, "--k", "1,5");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("single-session-user", result.Out, StringComparison.Ordinal);
        Assert.Contains("turn frac@5", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("turn frac@10", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalLongMemEval_Scores_WritesEachQuestionsScoresAndEvidenceFlags()
    {
        var path = Path.Combine(_cli.Home, "tiny.json");
        await File.WriteAllTextAsync(path, _file, TestContext.Current.CancellationToken);
        var scores = Path.Combine(_cli.Home, "scores.jsonl");

        var result = await _cli.RunAsync("eval", "longmemeval", "--data", path, "--json", "--scores", scores);

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = await File.ReadAllLinesAsync(scores, TestContext.Current.CancellationToken);
        using var line = JsonDocument.Parse(Assert.Single(lines));
        Assert.Equal("q1", line.RootElement.GetProperty("question").GetString());
        Assert.Equal("single-session-user", line.RootElement.GetProperty("group").GetString());
        var ranked = line.RootElement.GetProperty("scores").EnumerateArray().Select(e => e.GetDouble()).ToList();
        Assert.Equal(3, ranked.Count);
        Assert.Equal(ranked.OrderByDescending(x => x), ranked);
        Assert.Equal([true, false, false], line.RootElement.GetProperty("evidence").EnumerateArray().Select(e => e.GetBoolean()));
    }

    [Theory]
    [InlineData("missing.json", "no LongMemEval file")]
    [InlineData("bad.json", "is not a LongMemEval file: A LongMemEval file is a JSON list")]
    public async Task EvalLongMemEval_BadData_ExitsTwoNamingTheFile(string name, string expected)
    {
        var path = Path.Combine(_cli.Home, name);
        if (name == "bad.json")
        {
            await File.WriteAllTextAsync(path, """{"question_id": "q1"}""", TestContext.Current.CancellationToken);
        }

        var result = await _cli.RunAsync("eval", "longmemeval", "--data", path);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.Contains(path, result.Error, StringComparison.Ordinal);
    }
}
