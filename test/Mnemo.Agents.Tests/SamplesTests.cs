using System.Diagnostics;

namespace Mnemo.Agents.Tests;

/// <summary>
/// Runs the two samples as a user would (offline: no MNEMO_LLM_* variable, the real SQLite store and ONNX model) and checks
/// that the new session's model received the Markdown preference learned in an earlier conversation.
/// </summary>
public sealed class SamplesTests
{
    [Fact]
    public async Task AgentWithMemory_Offline_NewSessionModelReceivesTheMarkdownPreference()
    {
        var (exitCode, output) = await RunAsync("AgentWithMemory");

        Assert.Equal(0, exitCode);
        var friday = output[output.IndexOf("== Friday: a new session ==", StringComparison.Ordinal)..];
        Assert.Contains("[system] Relevant memories about the user", friday, StringComparison.Ordinal);
        Assert.Contains("Markdown", friday, StringComparison.Ordinal);
        Assert.Contains("[user] Prepare this week's project summary document for me.", friday, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AgentFrameworkSession_Offline_AgentReceivesTheMemoryAndWorkingMemoryIsKept()
    {
        var (exitCode, output) = await RunAsync("AgentFrameworkSession");

        Assert.Equal(0, exitCode);
        var today = output[output.IndexOf("== Today's session ==", StringComparison.Ordinal)..];
        Assert.Contains("Relevant memories about the user", today, StringComparison.Ordinal);
        Assert.Contains("Markdown", today, StringComparison.Ordinal);
        Assert.Contains("working memory: deadline = Friday 17:00", today, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string sample)
    {
        // bin/<Configuration>/net10.0 of this test, mirrored for the sample.
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = output.Parent!.Name;
        var root = output;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Mnemo.slnx")))
        {
            root = root.Parent;
        }

        Assert.NotNull(root);
        var dll = Path.Combine(root.FullName, "samples", sample, "bin", configuration, output.Name, sample + ".dll");
        Assert.True(File.Exists(dll), $"{dll} was not built");

        var start = new ProcessStartInfo("dotnet", [dll]) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MNEMO_LLM_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(key);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(AgentFixture.Ct);
        var stderr = process.StandardError.ReadToEndAsync(AgentFixture.Ct);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(AgentFixture.Ct);
        timeout.CancelAfter(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await stdout + await stderr);
    }
}
