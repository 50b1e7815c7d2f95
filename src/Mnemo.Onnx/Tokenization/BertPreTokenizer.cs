using System.Globalization;
using System.Text;

namespace Mnemo.Onnx.Tokenization;

/// <summary>
/// The "basic" half of BERT uncased tokenisation, as Hugging Face's <c>BertNormalizer</c> and
/// <c>BertPreTokenizer</c> do it: drop control characters, turn whitespace into spaces, isolate CJK ideographs, strip
/// accents (NFD, then drop non-spacing marks), lower-case, then split on whitespace and isolate punctuation (ASCII
/// symbols such as <c>$</c> count as punctuation, as in BERT).
/// </summary>
/// <remarks>
/// Written by hand because Microsoft.ML.Tokenizers' BertTokenizer (2.0.1) differs from the reference on text memories
/// actually contain: it deletes tabs and newlines instead of splitting on them ("a\nb" becomes "ab") and drops symbols
/// such as <c>$</c>, <c>^</c>, <c>½</c> instead of emitting them as tokens.
/// </remarks>
internal static class BertPreTokenizer
{
    /// <summary>Cleans, accent-strips and lower-cases <paramref name="text"/>.</summary>
    public static string Normalize(string text)
    {
        var cleaned = new StringBuilder(text.Length + 16);
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value is 0 or 0xFFFD || IsControl(rune))
            {
                continue;
            }

            if (IsWhitespace(rune))
            {
                cleaned.Append(' ');
            }
            else if (IsCjk(rune.Value))
            {
                cleaned.Append(' ').Append(rune.ToString()).Append(' ');
            }
            else
            {
                cleaned.Append(rune.ToString());
            }
        }

        var decomposed = cleaned.ToString().Normalize(NormalizationForm.FormD);
        var stripped = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                stripped.Append(c);
            }
        }

        return stripped.ToString().ToLowerInvariant();
    }

    /// <summary>Splits normalised text into words: whitespace separates, each punctuation character is a word.</summary>
    public static List<Range> Split(string normalized)
    {
        var words = new List<Range>();
        var start = -1;
        var i = 0;
        while (i < normalized.Length)
        {
            var rune = Rune.GetRuneAt(normalized, i);
            var width = rune.Utf16SequenceLength;
            if (rune.Value == ' ' || Rune.IsWhiteSpace(rune))
            {
                Flush(words, ref start, i);
            }
            else if (IsPunctuation(rune))
            {
                Flush(words, ref start, i);
                words.Add(new Range(i, i + width));
            }
            else if (start < 0)
            {
                start = i;
            }

            i += width;
        }

        Flush(words, ref start, normalized.Length);
        return words;
    }

    private static void Flush(List<Range> words, ref int start, int end)
    {
        if (start >= 0)
        {
            words.Add(new Range(start, end));
            start = -1;
        }
    }

    private static bool IsWhitespace(Rune rune) =>
        rune.Value is ' ' or '\t' or '\n' or '\r' || Rune.IsWhiteSpace(rune);

    // Tab, newline and carriage return are whitespace, not control characters; every other "C*" category is dropped.
    private static bool IsControl(Rune rune) =>
        rune.Value is not ('\t' or '\n' or '\r')
        && Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
            or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned;

    private static bool IsPunctuation(Rune rune)
    {
        var cp = rune.Value;
        if (cp is (>= 33 and <= 47) or (>= 58 and <= 64) or (>= 91 and <= 96) or (>= 123 and <= 126))
        {
            return true;
        }

        return Rune.GetUnicodeCategory(rune) is UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation
            or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
            or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation;
    }

    // The CJK Unified Ideographs blocks BERT isolates (not Hangul, Hiragana or Katakana, which it treats as letters).
    private static bool IsCjk(int cp) =>
        cp is (>= 0x4E00 and <= 0x9FFF) or (>= 0x3400 and <= 0x4DBF) or (>= 0x20000 and <= 0x2A6DF)
            or (>= 0x2A700 and <= 0x2B73F) or (>= 0x2B740 and <= 0x2B81F) or (>= 0x2B820 and <= 0x2CEAF)
            or (>= 0xF900 and <= 0xFAFF) or (>= 0x2F800 and <= 0x2FA1F);
}
