using System.Diagnostics;

namespace Mnemo.Cli.Tests;

/// <summary>Runs the built CLI as a real process (<c>dotnet Mnemo.Cli.dll ...</c>), with the real ONNX model.</summary>
internal static class MnemoProcess
{
    /// <summary>The CLI the test project was built with (a project reference copies it beside the tests).</summary>
    public static string DllPath { get; } = Path.Combine(AppContext.BaseDirectory, "Mnemo.Cli.dll");

    public static Process Start(string home, params string[] args) => Start(home, args, environment: null);

    /// <summary>Starts the CLI; <paramref name="environment"/> edits the child's variables after the defaults are set.</summary>
    public static Process Start(string home, IEnumerable<string> args, Action<IDictionary<string, string?>>? environment)
    {
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(DllPath);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["MNEMO_HOME"] = home;
        info.Environment.Remove("MNEMO_EMBEDDING_MODEL");
        info.Environment.Remove("MNEMO_EMBEDDING_CONTEXT");
        info.Environment.Remove("MNEMO_DEBUG");
        environment?.Invoke(info.Environment);
        return Process.Start(info) ?? throw new InvalidOperationException("could not start dotnet");
    }

    public static Task<CliResult> RunAsync(string home, params string[] args) => RunAsync(home, args, input: null, environment: null);

    /// <summary>Runs the CLI to its end (90 s at most), writing <paramref name="input"/> to its stdin first.</summary>
    public static async Task<CliResult> RunAsync(string home, IEnumerable<string> args, string? input, Action<IDictionary<string, string?>>? environment)
    {
        using var process = Start(home, args, environment);
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
        }

        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(90));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return new CliResult(process.ExitCode, await output, await error);
    }
}
