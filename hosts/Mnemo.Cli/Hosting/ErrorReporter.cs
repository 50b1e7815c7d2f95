using System.Text.Json;

namespace Mnemo.Cli.Hosting;

/// <summary>Turns an exception into one "error: ..." line on stderr and the documented exit code.</summary>
internal static class ErrorReporter
{
    public const string DebugVariable = "MNEMO_DEBUG";

    public static int Report(Exception exception, CliContext context, CancellationToken cancellationToken)
    {
        var (code, message) = exception switch
        {
            OperationCanceledException when cancellationToken.IsCancellationRequested => (ExitCodes.Cancelled, "cancelled"),
            CliException cli => (cli.ExitCode, cli.Message),
            LlmException llm => (llm.IsConfigurationError ? ExitCodes.Configuration : ExitCodes.Unexpected, llm.Message),
            MemoryExtractionException { InnerException: LlmException llm } => (llm.IsConfigurationError ? ExitCodes.Configuration : ExitCodes.Unexpected, exception.Message),
            MemoryValidationException or InvalidFilterException => (ExitCodes.Usage, exception.Message),
            MemoryNotFoundException => (ExitCodes.NotFound, exception.Message),
            EmbeddingMismatchException => (ExitCodes.Configuration, exception.Message),
            JsonException => (ExitCodes.Usage, $"invalid JSON: {exception.Message}"),
            _ => (ExitCodes.Unexpected, $"{exception.Message} ({exception.GetType().Name}; set {DebugVariable}=1 for details)"),
        };

        context.Error.WriteLine($"error: {message}");
        if (context.Environment(DebugVariable) == "1")
        {
            context.Error.WriteLine(exception.ToString());
        }

        context.Error.Flush();
        return code;
    }
}
