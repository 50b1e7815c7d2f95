namespace Mnemo;

/// <summary>Settings of a LongMemEval run.</summary>
public sealed class LongMemEvalOptions
{
    /// <summary>Only these question ids; <see langword="null"/> (default) for all.</summary>
    public IReadOnlyCollection<string>? QuestionIds { get; set; }

    /// <summary>Only the first N questions (after <see cref="QuestionIds"/>); <see langword="null"/> (default) for all.</summary>
    public int? MaxQuestions { get; set; }

    /// <summary>Memories per import call when the memory offers bulk import. Default 256.</summary>
    public int ImportBatchSize { get; set; } = 256;

    /// <summary>
    /// Whether each question is searched with its <c>question_date</c> as the reference time (default
    /// <see langword="true"/>, the benchmark's protocol); <see langword="false"/> searches at the current time.
    /// </summary>
    public bool AskAtQuestionDate { get; set; } = true;

    /// <summary>
    /// Ingest through the default add instead (infer on; with no LLM configured, the offline path): one add per turn, the
    /// turn as a message of its role, its ids on every memory it stores. Scored as the verbatim protocol, with a
    /// formation report (<see cref="LongMemEvalResult.Formation"/>). Default <see langword="false"/>.
    /// </summary>
    public bool Infer { get; set; }

    /// <summary>Checks the settings.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A number is out of range.</exception>
    public void Validate()
    {
        if (MaxQuestions is { } max)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(max, 1, nameof(MaxQuestions));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(ImportBatchSize, 1, nameof(ImportBatchSize));
    }
}
