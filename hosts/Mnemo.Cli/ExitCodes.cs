namespace Mnemo.Cli;

/// <summary>The documented exit codes of <c>mnemo</c> (docs/configuration.md).</summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>Something nobody planned for; the message says what, MNEMO_DEBUG=1 adds the stack trace.</summary>
    public const int Unexpected = 1;

    /// <summary>Bad arguments or input: unknown option, invalid JSON, bad filter, empty text, missing scope.</summary>
    public const int Usage = 2;

    /// <summary>No memory has the given id.</summary>
    public const int NotFound = 3;

    /// <summary>The database was built with another embedding model, or the configuration cannot work.</summary>
    public const int Configuration = 4;

    /// <summary>Cancelled with Ctrl+C (128 + SIGINT, as shells report it).</summary>
    public const int Cancelled = 130;
}
