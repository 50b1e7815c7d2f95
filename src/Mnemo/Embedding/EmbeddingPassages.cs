namespace Mnemo.Embedding;

/// <summary>
/// Splits a long document into passages that fit the embedding model's window, so its vector covers the whole text
/// rather than the first window the model reads (<see cref="EmbeddingOptions.PassageLength"/>,
/// <see cref="EmbeddingOptions.MaxPassages"/>). A passage ends at the last paragraph break, else sentence end, else
/// space in the second half of its window, and is cut hard only inside one long unbroken run. A text with more
/// passages than the cap is represented by that many passages spread evenly over it, so the model time per memory is
/// bounded and a pasted document still speaks for its middle and end.
/// </summary>
internal static class EmbeddingPassages
{
    /// <summary>The passages of <paramref name="text"/>: the text itself when it fits in one or the cap is 1.</summary>
    public static IReadOnlyList<string> Split(string text, int length, int max)
    {
        if (text.Length <= length || max <= 1)
        {
            return [text];
        }

        var passages = new List<string>();
        var start = 0;
        while (start < text.Length)
        {
            // Leading whitespace would only spend the window.
            while (start < text.Length && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            if (start >= text.Length)
            {
                break;
            }

            var end = text.Length - start <= length ? text.Length : Break(text, start, length);
            passages.Add(text[start..end].TrimEnd());
            start = end;
        }

        if (passages.Count <= max)
        {
            return passages;
        }

        var spread = new string[max];
        for (var i = 0; i < max; i++)
        {
            spread[i] = passages[(int)((long)i * passages.Count / max)];
        }

        return spread;
    }

    // Where a passage starting at `start` ends: the best break in the second half of its window.
    private static int Break(string text, int start, int length)
    {
        var limit = start + length;
        var earliest = start + (length / 2);
        var paragraph = text.LastIndexOf("\n\n", limit - 2, limit - 2 - earliest + 1, StringComparison.Ordinal);
        if (paragraph >= earliest)
        {
            return paragraph + 2;
        }

        for (var i = limit - 1; i > earliest; i--)
        {
            if (text[i - 1] is '.' or '!' or '?' or '\n' && char.IsWhiteSpace(text[i]))
            {
                return i;
            }
        }

        for (var i = limit - 1; i > earliest; i--)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                return i;
            }
        }

        return limit;
    }
}
