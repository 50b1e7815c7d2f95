using Microsoft.Extensions.DependencyInjection;

namespace Mnemo.Cli.Hosting;

/// <summary>
/// Everything the CLI takes from its surroundings: streams, terminal, environment, clock, and a hook to recompose the
/// engine. The process uses <see cref="FromProcess"/>; tests build one with string writers and a fake embedder.
/// </summary>
internal sealed class CliContext
{
    /// <summary>Data: tables, JSON, JSONL. Nothing else.</summary>
    public required TextWriter Out { get; init; }

    /// <summary>Errors, prompts, progress and notes.</summary>
    public required TextWriter Error { get; init; }

    /// <summary>Answers to confirmation prompts.</summary>
    public TextReader In { get; init; } = TextReader.Null;

    /// <summary>Whether a person is at a terminal (prompts allowed, progress bars drawn).</summary>
    public bool IsInteractive { get; init; }

    /// <summary>Whether stdout is a terminal (colours and full-width tables) rather than a pipe or file.</summary>
    public bool IsOutputTerminal { get; init; }

    /// <summary>Reads an environment variable.</summary>
    public Func<string, string?> Environment { get; init; } = System.Environment.GetEnvironmentVariable;

    /// <summary>The clock for defaults such as an import's missing <c>created_at</c>.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Runs after the default composition (SQLite + ONNX); tests swap in a fake embedder here.</summary>
    public Action<IMnemoBuilder>? ConfigureEngine { get; init; }

    /// <summary>Whether to let Ctrl+C cancel the running command (off in-process, where there is no process to own).</summary>
    public bool HandleTermination { get; init; }

    /// <summary>The context of a real <c>mnemo</c> process.</summary>
    public static CliContext FromProcess() => new()
    {
        Out = Console.Out,
        Error = Console.Error,
        In = Console.In,
        IsInteractive = !Console.IsInputRedirected && !Console.IsErrorRedirected,
        IsOutputTerminal = !Console.IsOutputRedirected,
        HandleTermination = true,
    };
}
