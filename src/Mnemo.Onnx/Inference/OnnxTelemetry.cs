using System.Runtime.InteropServices;
using Microsoft.ML.OnnxRuntime;

namespace Mnemo.Onnx.Inference;

/// <summary>
/// Turns ONNX Runtime's own telemetry off before its first use: Mnemo sends nothing anywhere. ONNX Runtime 1.31's official
/// builds collect telemetry on Linux and macOS too (Microsoft's 1DS client: a device id file and an event queue under
/// <c>~/.cache/Microsoft/DeveloperTools/.onnxruntime</c>, uploaded when the network allows) and on Windows (ETW).
/// </summary>
/// <remarks>
/// The full opt-out on Unix is the variable <c>ORT_DISABLE_TELEMETRY=1</c>, read with the C library's <c>getenv</c> when
/// ONNX Runtime creates its environment. .NET's <see cref="Environment.SetEnvironmentVariable(string, string)"/> does not
/// reach the C library on Unix, so it is set with <c>setenv</c> (once, before any session exists; a value the user set is
/// kept). <see cref="OrtEnv.DisableTelemetryEvents"/> then covers Windows and anything emitted later.
/// </remarks>
internal static partial class OnnxTelemetry
{
    /// <summary>The variable ONNX Runtime reads.</summary>
    internal const string Variable = "ORT_DISABLE_TELEMETRY";

    private static readonly Lock Gate = new();
    private static bool _disabled;

    /// <summary>Disables ONNX Runtime's telemetry; call before the first session or options object is created.</summary>
    public static void Disable()
    {
        lock (Gate)
        {
            if (_disabled)
            {
                return;
            }

            if (!OperatingSystem.IsWindows() && Environment.GetEnvironmentVariable(Variable) is null)
            {
                _ = SetEnvironment(Variable, "1", overwrite: 0);
            }

            OrtEnv.Instance().DisableTelemetryEvents();
            _disabled = true;
        }
    }

    [LibraryImport("libc", EntryPoint = "setenv", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int SetEnvironment(string name, string value, int overwrite);
}
