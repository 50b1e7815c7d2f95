namespace Mnemo;

/// <summary>The key of a working memory: one per project and run.</summary>
internal static class WorkingMemoryRun
{
    /// <summary>The run id of <paramref name="scope"/>, which working memory requires.</summary>
    /// <exception cref="MemoryValidationException">The scope names no run.</exception>
    public static string Of(MemoryScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return string.IsNullOrWhiteSpace(scope.RunId)
            ? throw new MemoryValidationException("run_id", "Working memory belongs to one session: run_id is required.")
            : scope.RunId;
    }
}
