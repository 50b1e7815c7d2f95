using Microsoft.Extensions.AI;
using Microsoft.ML.Tokenizers;

namespace Mnemo;

/// <summary>
/// Counts tokens the way OpenAI's chat models do: o200k_base (tiktoken, from Microsoft.ML.Tokenizers and its data package)
/// for text, plus the chat format's fixed cost per message.
/// </summary>
public static class TokenCounter
{
    /// <summary>Tokens the chat format adds to every message (role and separators), per OpenAI's published counting recipe.</summary>
    public const int PerMessageOverhead = 4;

    private static readonly Lazy<Tokenizer> s_default = new(() => TiktokenTokenizer.CreateForEncoding("o200k_base"));

    /// <summary>The o200k_base tokenizer (GPT-4o, GPT-4.1, o-series), loaded once.</summary>
    public static Tokenizer Default => s_default.Value;

    /// <summary>Tokens of <paramref name="text"/> with <paramref name="tokenizer"/> (default o200k_base).</summary>
    public static int Count(string? text, Tokenizer? tokenizer = null) =>
        string.IsNullOrEmpty(text) ? 0 : (tokenizer ?? Default).CountTokens(text);

    /// <summary>Tokens of one chat message: its text plus <see cref="PerMessageOverhead"/>.</summary>
    public static int Count(ChatMessage message, Tokenizer? tokenizer = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        return PerMessageOverhead + Count(message.Text, tokenizer);
    }
}
