using System.Runtime.CompilerServices;
using Microsoft.Agents.AI;
using Microsoft.Extensions.AI;

namespace Mnemo.Agents.Tests;

/// <summary>The README's "Give your agent memory" snippet, compiled and run here; a second test keeps the two texts equal.</summary>
public sealed class ReadmeSnippetTests
{
    [Fact]
    public async Task ReadmeSnippet_CompiledAndRun_BothEntryPointsGiveTheModelTheMemory()
    {
        await using var engine = new AgentFixture();
        await engine.RememberAsync("Alice wants the weekly project summary in Markdown", AgentFixture.Alice);
        var model = new ScriptedChatClient();
        var memory = engine.Memory;

        // README: begin
        // Any IChatClient: memories searched before each call, the exchange recorded after (samples/AgentWithMemory).
        var chat = new ChatClientBuilder(model).UseMnemo(memory, MemoryScope.User("alice")).UseFunctionInvocation().Build();

        // Microsoft Agent Framework (samples/AgentFrameworkSession).
        var agent = new ChatClientAgent(model, new ChatClientAgentOptions
        {
            AIContextProviders = [new MnemoContextProvider(memory, MemoryScope.User("alice"))],
        });
        // README: end

        await chat.GetResponseAsync("Prepare the weekly project summary", cancellationToken: AgentFixture.Ct);
        await agent.RunAsync("Prepare the weekly project summary", await agent.CreateSessionAsync(AgentFixture.Ct), cancellationToken: AgentFixture.Ct);
        chat.Dispose();

        Assert.Contains("Markdown", model.Received(0), StringComparison.Ordinal);
        Assert.Contains("Markdown", model.Received(1), StringComparison.Ordinal);
    }

    [Fact]
    public void ReadmeSnippet_SameTextAsTheCompiledOne()
    {
        var source = File.ReadAllLines(ThisFile());
        var compiled = Between(source, "// README: begin", "// README: end");
        var readme = File.ReadAllLines(Path.Combine(Path.GetDirectoryName(ThisFile())!, "..", "..", "README.md"));
        var start = Array.FindIndex(readme, l => l.StartsWith("## Give your agent memory", StringComparison.Ordinal));
        Assert.True(start >= 0, "README has no 'Give your agent memory' section");
        var snippet = Between(readme[start..], "```csharp", "```");

        Assert.Equal(snippet, compiled);
    }

    private static List<string> Between(IEnumerable<string> lines, string begin, string end) =>
        [.. lines.SkipWhile(l => l.Trim() != begin).Skip(1).TakeWhile(l => l.Trim() != end).Select(l => l.Trim()).Where(l => l.Length > 0)];

    private static string ThisFile([CallerFilePath] string path = "") => path;
}
