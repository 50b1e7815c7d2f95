using System.Text.Json;
using System.Text.RegularExpressions;

using Mnemo.TestUtilities;

namespace Mnemo.Cli.Tests;

/// <summary>
/// The real executable against an OpenAI-compatible server on 127.0.0.1, configured only through MNEMO_LLM_BASE_URL,
/// MNEMO_LLM_API_KEY and MNEMO_LLM_MODEL: one chat request per add, its operations applied; chat answers on stdout.
/// </summary>
public sealed partial class LlmProcessTests : IAsyncDisposable
{
    private const string Pixel = "Has a cat named Pixel";
    private readonly string _home = Directory.CreateTempSubdirectory("mnemo-cli-llm-").FullName;
    private readonly FakeOpenAIServer _server = new();

    private string Db => Path.Combine(_home, "memories.db");

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        Directory.Delete(_home, recursive: true);
    }

    [Fact]
    public async Task Add_InferWithLlmFromEnvironment_OneChatRequestAndItsOperationsApplied()
    {
        Answer((body, content) => IsFormation(body)
            ? Operations(new { @event = "ADD", text = Pixel })
            : "unexpected");

        var add = await RunAsync(null, "add", "I have a cat named Pixel", "--user", "alice", "--json");

        Assert.True(add.ExitCode == 0, add.ToString());
        var request = Assert.Single(_server.Requests);
        Assert.Equal("/v1/chat/completions", request.Path);
        Assert.Equal("Bearer local-test-key", request.Authorization);
        Assert.Contains("\"model\":\"fake-model\"", request.Body, StringComparison.Ordinal);
        Assert.Contains("I have a cat named Pixel", request.Body, StringComparison.Ordinal);
        using var added = JsonDocument.Parse(add.Out);
        Assert.Equal("ADD", added.RootElement.GetProperty("results")[0].GetProperty("event").GetString());
        Assert.Equal(Pixel, added.RootElement.GetProperty("results")[0].GetProperty("memory").GetString());
        Assert.Equal([Pixel], await ListAsync());
    }

    [Fact]
    public async Task Add_LlmAnswersSupersede_OldFactRetired()
    {
        const string Dog = "Has a dog named Pixel (the cat was rehomed)";
        Answer((_, content) =>
        {
            var old = ShortId().Match(content);
            return old.Success
                ? Operations(new { @event = "SUPERSEDE", id = old.Groups[1].Value, text = Dog })
                : Operations(new { @event = "ADD", text = Pixel });
        });
        Assert.Equal(0, (await RunAsync(null, "add", "I have a cat named Pixel", "--user", "alice")).ExitCode);

        var second = await RunAsync(null, "add", "We rehomed the cat; Pixel is now my dog's name", "--user", "alice", "--json");

        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Equal(2, _server.Requests.Count);
        Assert.Equal([Dog], await ListAsync());
        var all = await RunAsync(null, "list", "--user", "alice", "--include-superseded", "--json");
        Assert.Contains(Pixel, all.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chat_StdinLine_ServerAnswerOnStdoutAndTurnRecorded()
    {
        Answer((body, _) => IsFormation(body)
            ? Operations(new { @event = "ADD", text = "Likes green tea" })
            : "Green tea it is, then.");

        var chat = await RunAsync("I like green tea\n/exit\n", "chat", "--user", "alice");

        Assert.True(chat.ExitCode == 0, chat.ToString());
        Assert.Equal("Green tea it is, then.", chat.Out.Trim());
        Assert.Contains(_server.Requests, r => !IsFormation(r.Body) && r.Body.Contains("I like green tea", StringComparison.Ordinal));
        Assert.Equal(["Likes green tea"], await ListAsync());
    }

    [Fact]
    public async Task Chat_NoLlmConfigured_ExitsFourNamingTheVariables()
    {
        var chat = await RunAsync("hello\n", withLlm: false, "chat", "--user", "alice");

        Assert.Equal(ExitCodes.Configuration, chat.ExitCode);
        Assert.Contains("MNEMO_LLM_BASE_URL", chat.Error, StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task Add_ServerRejectsKey_ExitsFourNamingTheVariableNotTheKey()
    {
        _server.Respond = (_, _) => (401, "Incorrect API key provided: local-test-key");

        var add = await RunAsync(null, "add", "I have a cat named Pixel", "--user", "alice");

        Assert.Equal(ExitCodes.Configuration, add.ExitCode);
        Assert.Contains("MNEMO_LLM_API_KEY", add.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("local-test-key", add.Error, StringComparison.Ordinal);
    }

    private static bool IsFormation(string body) => body.Contains("json_object", StringComparison.Ordinal);

    private static string Operations(object operation) => JsonSerializer.Serialize(new { operations = new[] { operation } });

    [GeneratedRegex("\"id\"\\s*:\\s*\"(\\d+)\"\\s*,\\s*\"text\"\\s*:\\s*\"Has a cat named Pixel\"", RegexOptions.IgnoreCase)]
    private static partial Regex ShortId();

    private async Task<List<string>> ListAsync()
    {
        var list = await RunAsync(null, "list", "--user", "alice", "--json");
        Assert.True(list.ExitCode == 0, list.ToString());
        using var document = JsonDocument.Parse(list.Out);
        return document.RootElement.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("memory").GetString()!).ToList();
    }

    private Task<CliResult> RunAsync(string? input, params string[] args) => RunAsync(input, withLlm: true, args);

    private Task<CliResult> RunAsync(string? input, bool withLlm, params string[] args) =>
        MnemoProcess.RunAsync(_home, [.. args, "--db", Db], input, environment =>
        {
            // Only the documented variables configure the LLM: clear every other route to one.
            foreach (var name in new[] { "OPENAI_API_KEY", "GROQ_API_KEY", "OLLAMA_HOST", "AZURE_OPENAI_ENDPOINT", "AZURE_OPENAI_API_KEY", "MNEMO_LLM_PROVIDER", "MNEMO_LLM_BASE_URL", "MNEMO_LLM_API_KEY", "MNEMO_LLM_MODEL" })
            {
                environment.Remove(name);
            }

            if (withLlm)
            {
                environment["MNEMO_LLM_BASE_URL"] = _server.BaseUrl.ToString();
                environment["MNEMO_LLM_API_KEY"] = "local-test-key";
                environment["MNEMO_LLM_MODEL"] = "fake-model";
                environment["MNEMO_LLM_MAX_RETRIES"] = "0";
            }
        });

    // The assistant's content from the request body and the text of its messages; every answer is a 200.
    private void Answer(Func<string, string, string> respond) =>
        _server.Respond = (_, body) => (200, respond(body, FakeOpenAIServer.MessagesText(body)));
}
