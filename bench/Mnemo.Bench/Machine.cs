using System.Globalization;

namespace Mnemo.Bench;

/// <summary>
/// Describes the machine a run happened on (CPU model, family and the vector instructions the model's int8 kernels and
/// the index's scans use, cores, RAM) and when. A cloud VM of one name can land on another CPU generation from one day
/// to the next (on 2026-12-04 this "AMD EPYC" was a Zen 4 with AVX-512 and VNNI, the day before a Zen 3 without), and
/// the ONNX model runs twice as fast on the first: numbers from two such days compare only through a baseline of the
/// same run.
/// </summary>
internal static class Machine
{
    public static string Describe()
    {
        var cpu = ReadField("/proc/cpuinfo", "model name") ?? "unknown CPU";
        if (ReadField("/proc/cpuinfo", "cpu family") is { } family && ReadField("/proc/cpuinfo", "model") is { } model)
        {
            var flags = (ReadField("/proc/cpuinfo", "flags") ?? string.Empty).Split(' ').ToHashSet(StringComparer.Ordinal);
            string[] vector = [.. new[] { ("avx2", "AVX2"), ("avx512f", "AVX-512"), ("avx512_vnni", "VNNI"), ("avx_vnni", "AVX-VNNI") }
                .Where(f => flags.Contains(f.Item1)).Select(f => f.Item2)];
            cpu += $" (family {family} model {model}; {(vector.Length == 0 ? "no AVX2" : string.Join(", ", vector))})";
        }

        var memKb = ReadField("/proc/meminfo", "MemTotal")?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
        var ram = long.TryParse(memKb, NumberStyles.None, CultureInfo.InvariantCulture, out var kb) ? $"{kb / 1024.0 / 1024.0:F0} GiB RAM" : "RAM unknown";
        var date = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return $"{date}, {cpu}, {Environment.ProcessorCount} cores, {ram}, .NET {Environment.Version}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}";
    }

    private static string? ReadField(string path, string name)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        return File.ReadLines(path)
            .Where(l => l.Contains(':', StringComparison.Ordinal) && l[..l.IndexOf(':', StringComparison.Ordinal)].Trim() == name)
            .Select(l => l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim())
            .FirstOrDefault();
    }
}
