namespace Mnemo.Cli.Hosting;

/// <summary>Asks before destroying data; never waits for an answer that cannot come.</summary>
internal static class Confirmation
{
    /// <summary>Returns whether to go on: yes with <c>--yes</c>, else the person's answer on a terminal.</summary>
    /// <exception cref="CliException">Not on a terminal and no <c>--yes</c> (a script must say so explicitly).</exception>
    public static async Task<bool> ConfirmAsync(CliContext context, bool yes, string question, CancellationToken cancellationToken)
    {
        if (yes)
        {
            return true;
        }

        if (!context.IsInteractive)
        {
            throw CliException.Usage("this cannot be undone; pass --yes to confirm when not running on a terminal.");
        }

        await context.Error.WriteAsync($"{question} This cannot be undone. [y/N] ");
        await context.Error.FlushAsync(cancellationToken);
        var answer = (await context.In.ReadLineAsync(cancellationToken))?.Trim().ToLowerInvariant();
        return answer is "y" or "yes";
    }
}
