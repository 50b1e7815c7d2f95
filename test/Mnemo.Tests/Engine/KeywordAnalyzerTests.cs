using Mnemo.Indexing;
using Xunit;

namespace Mnemo.Tests.Engine;

public sealed class KeywordAnalyzerTests
{
    [Theory]
    [InlineData("the café, l'été!", "café été")]
    [InlineData("NEAR(a b) \"x\" * -y", "near b x y")]
    [InlineData("日本語 テキスト", "日本語 テキスト")]
    [InlineData("Tea tea TEA", "tea")]
    [InlineData("of the and", "")]
    [InlineData("", "")]
    public void Terms_Text_KeepsDistinctLowerCasedWordsWithoutStopWords(string text, string expected)
    {
        Assert.Equal(expected.Split(' ', StringSplitOptions.RemoveEmptyEntries), KeywordAnalyzer.Terms(text));
    }

    [Fact]
    public void Terms_LongText_KeepsTheFirstMaxTerms()
    {
        var text = string.Join(' ', Enumerable.Range(0, 100).Select(i => $"w{i}"));

        var terms = KeywordAnalyzer.Terms(text);

        Assert.Equal(KeywordAnalyzer.MaxTerms, terms.Count);
        Assert.Equal("w0", terms[0]);
        Assert.Equal($"w{KeywordAnalyzer.MaxTerms - 1}", terms[^1]);
    }
}
