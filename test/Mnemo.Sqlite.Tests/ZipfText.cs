namespace Mnemo.Sqlite.Tests;

/// <summary>
/// Words drawn with Zipf weights 1/rank over a 3,000-word vocabulary. As in English text, the 20 most frequent are
/// function words (which the keyword query builder drops as stop words); the rest are three-syllable pseudo-words, so
/// the most common content words still occur in several percent of sentences.
/// </summary>
internal sealed class ZipfText(Random random)
{
    private const int Vocabulary = 3000;

    private static readonly string[] _syllables =
        ["ka", "lo", "mi", "ra", "tes", "vo", "nu", "pel", "sor", "di", "gan", "bre", "fu", "hal", "jin", "quo", "wex", "yar", "zim", "cet"];

    private static readonly string[] _functionWords =
        ["the", "of", "and", "to", "a", "in", "is", "it", "you", "that", "he", "was", "for", "on", "are", "with", "as", "i", "his", "they"];

    private readonly string[] _words = [.. _functionWords, .. Enumerable.Range(0, Vocabulary - _functionWords.Length).Select(i =>
        _syllables[i % 20] + _syllables[i / 20 % 20] + _syllables[i / 400 % 20])];

    private readonly double[] _cumulative = Cumulative();

    public string Sentence(int words) => string.Join(' ', Enumerable.Range(0, words).Select(_ => Word()));

    private string Word()
    {
        var index = Array.BinarySearch(_cumulative, random.NextDouble() * _cumulative[^1]);
        return _words[Math.Min(index < 0 ? ~index : index, Vocabulary - 1)];
    }

    private static double[] Cumulative()
    {
        var cumulative = new double[Vocabulary];
        var sum = 0.0;
        for (var i = 0; i < Vocabulary; i++)
        {
            sum += 1.0 / (i + 1);
            cumulative[i] = sum;
        }

        return cumulative;
    }
}
