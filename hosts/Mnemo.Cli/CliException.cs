namespace Mnemo.Cli;

/// <summary>An error the CLI itself detects (bad option value, unreadable file); carries its exit code.</summary>
internal sealed class CliException(int exitCode, string message) : Exception(message)
{
    public int ExitCode { get; } = exitCode;

    public static CliException Usage(string message) => new(ExitCodes.Usage, message);

    public static CliException Configuration(string message) => new(ExitCodes.Configuration, message);
}
