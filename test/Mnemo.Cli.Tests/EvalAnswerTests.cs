using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Mnemo.Cli.Hosting;
using Mnemo.TestUtilities;

namespace Mnemo.Cli.Tests;

/// <summary>
/// <c>mnemo eval locomo --answer</c> in-process (fake embedder), its LLM configured only through MNEMO_LLM_* pointing at
/// an OpenAI-compatible fake on 127.0.0.1: infer-on adds, answers and judge verdicts all go through the real OpenAI client.
/// </summary>
public sealed class EvalAnswerTests : IAsyncDisposable
{
    private const string Conversation = """
        [
          {
            "sample_id": "c1",
            "conversation": {
              "speaker_a": "Ann",
              "speaker_b": "Bob",
              "session_1_date_time": "1:56 pm on 8 May, 2023",
              "session_1": [
                { "speaker": "Ann", "dia_id": "D1:1", "text": "I adopted a dog named Rex." },
                { "speaker": "Bob", "dia_id": "D1:2", "text": "I started running marathons." }
              ],
              "session_2_date_time": "9:05 am on 10 June, 2023",
              "session_2": [
                { "speaker": "Ann", "dia_id": "D2:1", "text": "Rex loves tomatoes." }
              ]
            },
            "qa": [
              { "question": "What is Ann's dog called?", "answer": "Rex", "evidence": ["D1:1"], "category": 4 },
              { "question": "What does Rex like?", "answer": "tomatoes", "evidence": ["D2:1"], "category": 1 },
              { "question": "What did Ann's cat eat?", "evidence": ["D1:1"], "category": 5 }
            ]
          }
        ]
        """;

    private readonly string _home = Directory.CreateTempSubdirectory("mnemo-cli-eval-").FullName;
    private readonly FakeOpenAIServer _server = new();

    private string DataPath => Path.Combine(_home, "tiny-locomo.json");

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        try
        {
            Directory.Delete(_home, recursive: true);
        }
        catch (IOException)
        {
            // A pooled SQLite handle may linger a moment; the OS temp cleaner gets it.
        }
    }

    [Fact]
    public async Task EvalLocomo_AnswerWithoutLlm_ExitsFourBeforeReadingTheData()
    {
        // Not LoCoMo at all: reading it would be a usage error (2), so exit 4 shows the LLM was checked first.
        await File.WriteAllTextAsync(DataPath, "not json", TestContext.Current.CancellationToken);

        var result = await RunAsync(withLlm: false, "eval", "locomo", "--data", DataPath, "--answer", "--json");

        Assert.Equal(ExitCodes.Configuration, result.ExitCode);
        Assert.Contains("--answer needs an LLM", result.Error, StringComparison.Ordinal);
        Assert.Contains("MNEMO_LLM_BASE_URL", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Out);
    }

    [Fact]
    public async Task EvalLocomo_AnswerWithLlm_JsonHasAnswerScoresTokensAndModel()
    {
        await File.WriteAllTextAsync(DataPath, Conversation, TestContext.Current.CancellationToken);
        Answer(body => body.Contains("Gold answer:", StringComparison.Ordinal)
            ? """{"label": "CORRECT"}"""
            : body.Contains("memory manager", StringComparison.Ordinal)
                ? """{"operations": [{"event": "ADD", "text": "Ann has a dog named Rex"}]}"""
                : "Rex");

        var result = await RunAsync(withLlm: true, "eval", "locomo", "--data", DataPath, "--answer", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        var answer = json.RootElement.GetProperty("answer");
        Assert.Equal(2, answer.GetProperty("n").GetInt32());
        Assert.Equal(100, answer.GetProperty("j").GetDouble());
        // "Rex" against "Rex" (1) and against "tomatoes" (0).
        Assert.Equal(50, answer.GetProperty("f1").GetDouble());
        // The fake reports 10 + 5 tokens per call: answer + judge = 30; two infer-on adds (one per session) = 30.
        Assert.Equal(30, answer.GetProperty("tokens_per_query").GetDouble());
        Assert.Equal(30, answer.GetProperty("ingest_tokens").GetInt64());
        Assert.Equal("fake-model", answer.GetProperty("model").GetString());
        Assert.Equal(0, answer.GetProperty("judge_parse_failures").GetInt32());
        Assert.Equal(2, json.RootElement.GetProperty("questions").GetInt32());
        Assert.Equal(6, _server.Requests.Count);
        Assert.All(_server.Requests, r => Assert.Equal("Bearer local-test-key", r.Authorization));
    }

    [Fact]
    public async Task EvalLocomo_AnswerTable_ShowsJAndF1PerCategory()
    {
        await File.WriteAllTextAsync(DataPath, Conversation, TestContext.Current.CancellationToken);
        Answer(body => body.Contains("Gold answer:", StringComparison.Ordinal) ? "no verdict" : """{"operations": []}""");

        var result = await RunAsync(withLlm: true, "eval", "locomo", "--data", DataPath, "--answer", "--limit-questions", "1");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Answers (LLM judge, top 10 inferred memories, model fake-model)", result.Out, StringComparison.Ordinal);
        Assert.Contains("4 single-hop", result.Out, StringComparison.Ordinal);
        Assert.Contains("judge replies unreadable 1", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("1 multi-hop", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalLocomo_LlmRejectsKey_ExitsFourWithoutTheKey()
    {
        await File.WriteAllTextAsync(DataPath, Conversation, TestContext.Current.CancellationToken);
        _server.Respond = (_, _) => (401, "Incorrect API key provided: local-test-key");

        var result = await RunAsync(withLlm: true, "eval", "locomo", "--data", DataPath, "--answer", "--json");

        Assert.Equal(ExitCodes.Configuration, result.ExitCode);
        Assert.Contains("with infer on failed", result.Error, StringComparison.Ordinal);
        Assert.Contains("MNEMO_LLM_API_KEY", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("local-test-key", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Out);
    }

    [Theory]
    [InlineData("--answer-k", "0")]
    [InlineData("--limit-questions", "0")]
    [InlineData("--conversations", "-1")]
    public async Task EvalLocomo_CountBelowOne_IsUsageError(string option, string value)
    {
        await File.WriteAllTextAsync(DataPath, Conversation, TestContext.Current.CancellationToken);

        var result = await RunAsync(withLlm: true, "eval", "locomo", "--data", DataPath, "--answer", option, value);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains(option, result.Error, StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
    }

    private void Answer(Func<string, string> respond) =>
        _server.Respond = (_, body) => (200, respond(FakeOpenAIServer.MessagesText(body)));

    private async Task<CliResult> RunAsync(bool withLlm, params string[] args)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal) { [CliSettings.HomeVariable] = _home };
        if (withLlm)
        {
            environment["MNEMO_LLM_BASE_URL"] = _server.BaseUrl.ToString();
            environment["MNEMO_LLM_API_KEY"] = "local-test-key";
            environment["MNEMO_LLM_MODEL"] = "fake-model";
            environment["MNEMO_LLM_MAX_RETRIES"] = "0";
        }

        var output = new StringWriter();
        var error = new StringWriter();
        var embedder = new FakeEmbeddingGenerator();
        var context = new CliContext
        {
            Out = output,
            Error = error,
            Environment = name => environment.GetValueOrDefault(name),
            ConfigureEngine = builder => builder.WithEmbeddingGenerator(embedder),
        };

        var exitCode = await new MnemoCommandLine(context).RunAsync(args, TestContext.Current.CancellationToken);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }
}
