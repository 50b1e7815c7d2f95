using Microsoft.Extensions.DependencyInjection;
using Mnemo.Cli;
using Mnemo.Cli.Hosting;
using Mnemo.TestUtilities;

namespace Mnemo.Cli.Tests;

/// <summary>
/// Runs the real command tree in-process against a real SQLite file in a temporary MNEMO_HOME, with the deterministic
/// fake embedder instead of ONNX, capturing stdout and stderr.
/// </summary>
internal sealed class CliHarness : IDisposable
{
    public CliHarness()
    {
        Home = Directory.CreateTempSubdirectory("mnemo-cli-tests-").FullName;
    }

    public string Home { get; }

    public string DatabasePath => Path.Combine(Home, "mnemo.db");

    public FakeEmbeddingGenerator Embedder { get; } = new();

    /// <summary>What a confirmation prompt reads; set to simulate a person at a terminal.</summary>
    public string? TerminalInput { get; set; }

    /// <summary>The LLM the engine uses, when a test scripts one.</summary>
    public FakeChatClient? Chat { get; set; }

    /// <summary>What the command reads as its standard input (<c>add -</c>); not a terminal.</summary>
    public string? StandardInput { get; set; }

    public async Task<CliResult> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext
        {
            Out = output,
            Error = error,
            In = new StringReader(TerminalInput ?? StandardInput ?? string.Empty),
            IsInteractive = TerminalInput is not null,
            Environment = name => name == CliSettings.HomeVariable ? Home : null,
            ConfigureEngine = builder =>
            {
                builder.WithEmbeddingGenerator(Embedder);
                if (Chat is not null)
                {
                    builder.Services.AddSingleton<Microsoft.Extensions.AI.IChatClient>(Chat);
                }
            },
        };

        var exitCode = await new MnemoCommandLine(context).RunAsync(args, TestContext.Current.CancellationToken);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Home, recursive: true);
        }
        catch (IOException)
        {
            // A pooled SQLite handle may linger a moment; the OS temp cleaner gets it.
        }
    }
}
