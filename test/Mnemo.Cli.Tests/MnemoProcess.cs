using System.Diagnostics;

namespace Mnemo.Cli.Tests;

/// <summary>Runs the built CLI as a real process (<c>dotnet Mnemo.Cli.dll ...</c>), with the real ONNX model.</summary>
internal static class MnemoProcess
{
    /// <summary>The CLI the test project was built with (a project reference copies it beside the tests).</summary>
    public static string DllPath { get; } = Path.Combine(AppContext.BaseDirectory, "Mnemo.Cli.dll");

    public static Process Start(string home, params string[] args)
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
        info.Environment.Remove("MNEMO_DEBUG");
        return Process.Start(info) ?? throw new InvalidOperationException("could not start dotnet");
    }

    public static async Task<CliResult> RunAsync(string home, params string[] args)
    {
        using var process = Start(home, args);
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
