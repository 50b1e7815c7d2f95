namespace Mnemo.Cli.Tests;

/// <summary>
/// Mnemo sends nothing anywhere: ONNX Runtime's own telemetry (a device id file and an event queue under the user's
/// cache folder in its official builds) is off in a real CLI run.
/// </summary>
public sealed class NoTelemetryTests : IDisposable
{
    private readonly string _home = Directory.CreateTempSubdirectory("mnemo-cli-telemetry-").FullName;

    public void Dispose() => Directory.Delete(_home, recursive: true);

    [Fact]
    public async Task Add_WithTheRealModel_CreatesNoTelemetryFiles()
    {
        var user = Path.Combine(_home, "user");
        Directory.CreateDirectory(user);
        var result = await MnemoProcess.RunAsync(
            Path.Combine(_home, "mnemo"),
            ["add", "I live in Oslo", "--user", "bob", "--infer", "false"],
            input: null,
            environment: env =>
            {
                env["HOME"] = user;
                env.Remove("XDG_CACHE_HOME");
                env.Remove("ORT_DISABLE_TELEMETRY");
            });
        Assert.True(result.ExitCode == 0, result.ToString());

        // Everything the process wrote under the user's home: nothing of ONNX Runtime's (deviceid, onnxruntime.db).
        var written = Directory.GetFileSystemEntries(user, "*", SearchOption.AllDirectories);
        Assert.DoesNotContain(written, p => p.Contains("onnxruntime", StringComparison.OrdinalIgnoreCase) || p.EndsWith("deviceid", StringComparison.Ordinal));
    }
}
