namespace Mnemo.Bench;

/// <summary>Progress goes to stderr; stdout carries only the markdown report.</summary>
internal static class Log
{
    public static void Info(string message) => Console.Error.WriteLine($"[bench] {message}");
}
