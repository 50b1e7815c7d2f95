namespace Mnemo;

/// <summary>Rules that keep messages with nothing memorable away from the embedder and the LLM.</summary>
public sealed class PreFilterOptions
{
    /// <summary>Whether the rules run at all (system, tool and empty messages are always skipped). Default true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Messages with fewer letters and digits than this are skipped. Default 3.</summary>
    public int MinimumLetters { get; set; } = 3;

    /// <summary>Skip messages that are only questions and say nothing about the speaker. Default true.</summary>
    public bool SkipQuestions { get; set; } = true;

    /// <summary>Extra regular expressions (case-insensitive); a message matching one is skipped.</summary>
    public IList<string> SkipPatterns { get; } = [];
}
