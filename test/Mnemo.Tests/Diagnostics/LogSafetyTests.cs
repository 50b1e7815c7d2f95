using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Mnemo.TestUtilities;

namespace Mnemo.Tests.Diagnostics;

/// <summary>Logs never carry a subject's id at default level, nor raw control characters (issue 13, 3.8).</summary>
public sealed class LogSafetyTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ForgetAndDeleteAll_SubjectWithControlCharacters_NotAtInformationAndEscapedBelow()
    {
        const string Victim = "victim\u001b[31m\r\nFAKE";
        var folder = Directory.CreateTempSubdirectory("mnemo-log-tests-").FullName;
        var logs = new RecordingLoggerFactory();
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(logs);
        services.AddMnemo().WithSqliteStore(Path.Combine(folder, "mnemo.db")).WithEmbeddingGenerator(new FakeEmbeddingGenerator());
        await using (var provider = services.BuildServiceProvider())
        {
            var memory = provider.GetRequiredService<IMemory>();
            var scope = MemoryScope.User(Victim);
            await memory.AddAsync([new ChatMessage(ChatRole.User, "a fact")], new AddOptions { Scope = scope, Infer = false }, Ct);
            await memory.DeleteAllAsync(scope, Ct);
            await memory.AddAsync([new ChatMessage(ChatRole.User, "another fact")], new AddOptions { Scope = scope, Infer = false }, Ct);
            await memory.ForgetAsync(scope, Ct);
        }

        Directory.Delete(folder, recursive: true);
        var entries = logs.Entries.ToList();
        Assert.Contains(entries, e => e.Level >= LogLevel.Information && e.Message.Contains("Forgot", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.Level >= LogLevel.Information && e.Message.Contains("victim", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.Message.Any(c => char.IsControl(c) && c != '\n'));
        Assert.DoesNotContain(entries, e => e.Message.Contains('\u001b', StringComparison.Ordinal) || e.Message.Contains("\r\nFAKE", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.Level == LogLevel.Debug && e.Message.Contains("victim\\u001B[31m\\r\\nFAKE", StringComparison.Ordinal));
    }
}
