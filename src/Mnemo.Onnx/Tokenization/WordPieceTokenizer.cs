using System.Text;

namespace Mnemo.Onnx.Tokenization;

/// <summary>
/// BERT uncased WordPiece: <see cref="BertPreTokenizer"/> words, then greedy longest-match-first sub-words from the
/// vocabulary (continuations prefixed <c>##</c>); a word with an unknown piece, or over 100 characters, becomes
/// <c>[UNK]</c>. Immutable after construction, so one instance serves concurrent callers.
/// </summary>
internal sealed class WordPieceTokenizer
{
    private const string ContinuationPrefix = "##";
    private const int MaxCharsPerWord = 100;

    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _starts;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _continuations;

    private WordPieceTokenizer(Dictionary<string, int> starts, Dictionary<string, int> continuations)
    {
        _starts = starts.GetAlternateLookup<ReadOnlySpan<char>>();
        _continuations = continuations.GetAlternateLookup<ReadOnlySpan<char>>();
        ClsId = Special(starts, "[CLS]");
        SepId = Special(starts, "[SEP]");
        UnknownId = Special(starts, "[UNK]");
        PadId = Special(starts, "[PAD]");
    }

    /// <summary>The id of <c>[CLS]</c>.</summary>
    public int ClsId { get; }

    /// <summary>The id of <c>[SEP]</c>.</summary>
    public int SepId { get; }

    /// <summary>The id of <c>[UNK]</c>.</summary>
    public int UnknownId { get; }

    /// <summary>The id of <c>[PAD]</c>.</summary>
    public int PadId { get; }

    /// <summary>Reads a <c>vocab.txt</c>: one token a line, the id is the line number.</summary>
    public static WordPieceTokenizer Load(Stream vocabulary)
    {
        var starts = new Dictionary<string, int>(StringComparer.Ordinal);
        var continuations = new Dictionary<string, int>(StringComparer.Ordinal);
        using var reader = new StreamReader(vocabulary, Encoding.UTF8);
        var id = 0;
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith(ContinuationPrefix, StringComparison.Ordinal) && line.Length > ContinuationPrefix.Length)
            {
                continuations.TryAdd(line[ContinuationPrefix.Length..], id);
            }
            else
            {
                starts.TryAdd(line, id);
            }

            id++;
        }

        return new WordPieceTokenizer(starts, continuations);
    }

    /// <summary>
    /// Token ids of <paramref name="text"/> framed by <c>[CLS]</c> and <c>[SEP]</c>, truncated to at most
    /// <paramref name="maxTokens"/> ids in all.
    /// </summary>
    public int[] Encode(string text, int maxTokens)
    {
        var budget = maxTokens - 2;
        var ids = new List<int>(Math.Min(budget, text.Length) + 2) { ClsId };
        var normalized = BertPreTokenizer.Normalize(text);
        foreach (var range in BertPreTokenizer.Split(normalized))
        {
            if (ids.Count - 1 >= budget)
            {
                break;
            }

            AddWord(normalized.AsSpan()[range], ids);
        }

        if (ids.Count - 1 > budget)
        {
            ids.RemoveRange(budget + 1, ids.Count - 1 - budget);
        }

        ids.Add(SepId);
        return [.. ids];
    }

    private void AddWord(ReadOnlySpan<char> word, List<int> ids)
    {
        if (word.Length > MaxCharsPerWord && CountRunes(word) > MaxCharsPerWord)
        {
            ids.Add(UnknownId);
            return;
        }

        var first = ids.Count;
        var start = 0;
        while (start < word.Length)
        {
            var lookup = start == 0 ? _starts : _continuations;
            var end = word.Length;
            var found = -1;
            while (end > start)
            {
                if (lookup.TryGetValue(word[start..end], out var id))
                {
                    found = id;
                    break;
                }

                // Step back one whole character, never half a surrogate pair.
                end -= end - 2 >= start && char.IsLowSurrogate(word[end - 1]) && char.IsHighSurrogate(word[end - 2]) ? 2 : 1;
            }

            if (found < 0)
            {
                ids.RemoveRange(first, ids.Count - first);
                ids.Add(UnknownId);
                return;
            }

            ids.Add(found);
            start = end;
        }
    }

    private static int CountRunes(ReadOnlySpan<char> span)
    {
        var count = 0;
        foreach (var _ in span.EnumerateRunes())
        {
            count++;
        }

        return count;
    }

    private static int Special(Dictionary<string, int> vocabulary, string token) =>
        vocabulary.TryGetValue(token, out var id)
            ? id
            : throw new InvalidDataException($"The vocabulary has no {token} token.");
}
