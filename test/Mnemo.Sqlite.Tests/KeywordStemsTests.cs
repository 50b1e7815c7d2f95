using Microsoft.Data.Sqlite;
using Mnemo.Indexing;
using Xunit;

namespace Mnemo.Sqlite.Tests;

/// <summary>
/// The engine's keyword keys (<see cref="KeywordAnalyzer.Key"/>: folded, Porter-stemmed) against the stems of FTS5's
/// <c>porter unicode61 remove_diacritics 2</c> tokenizer, which indexed memories before the engine owned keyword
/// search: the same words must match the same memories as before.
/// </summary>
public sealed class KeywordStemsTests
{
    private static readonly string[] _words =
    [
        "caresses", "ponies", "ties", "caress", "cats", "feed", "agreed", "plastered", "bled", "motoring", "sing",
        "conflated", "troubled", "sized", "hopping", "tanned", "falling", "hissing", "fizzed", "failing", "filing",
        "happy", "sky", "relational", "conditional", "rational", "valenci", "hesitanci", "digitizer", "conformabli",
        "radicalli", "differentli", "vileli", "analogousli", "vietnamization", "predication", "operator", "feudalism",
        "decisiveness", "hopefulness", "callousness", "formaliti", "sensitiviti", "sensibiliti", "triplicate",
        "formative", "formalize", "electriciti", "electrical", "hopeful", "goodness", "revival", "allowance",
        "inference", "airliner", "gyroscopic", "adjustable", "defensible", "irritant", "replacement", "adjustment",
        "dependent", "adoption", "homologou", "communism", "activate", "angulariti", "homologous", "effective",
        "bowdlerize", "probate", "rate", "cease", "controll", "roll", "generalizations", "oscillators", "hiking",
        "painting", "photography", "adopted", "adoption", "camping", "café", "déjà", "naïve", "Zoë", "über",
        "année", "été", "mañana", "a", "is", "be", "running", "runner", "runs", "meetings", "support", "supportive",
        "children", "kids", "volunteering", "volunteer", "lgbtq", "transgender", "counseling", "counselor",
    ];

    [Fact]
    public void Key_Words_MatchesFts5PorterStems()
    {
        AssertSameStems(_words);
    }

    // Set MNEMO_STEM_WORDS to a file of words (one per line) to compare a whole vocabulary (not part of the run).
    [Fact(Explicit = true)]
    public void Key_WordsOfAFile_MatchesFts5PorterStems()
    {
        var path = Environment.GetEnvironmentVariable("MNEMO_STEM_WORDS");
        Assert.False(string.IsNullOrEmpty(path), "set MNEMO_STEM_WORDS");
        AssertSameStems([.. File.ReadAllLines(path!).Where(w => w.Length > 0)]);
    }

    private static void AssertSameStems(IReadOnlyList<string> words)
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using (var setup = connection.CreateCommand())
        {
            setup.CommandText = """
                CREATE VIRTUAL TABLE t USING fts5(x, tokenize = 'porter unicode61 remove_diacritics 2');
                CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance');
                """;
            setup.ExecuteNonQuery();
        }

        using (var insert = connection.CreateCommand())
        {
            insert.CommandText = "INSERT INTO t(rowid, x) VALUES (@row, @word)";
            var row = insert.Parameters.Add("@row", SqliteType.Integer);
            var word = insert.Parameters.Add("@word", SqliteType.Text);
            for (var i = 0; i < words.Count; i++)
            {
                row.Value = i;
                word.Value = words[i];
                insert.ExecuteNonQuery();
            }
        }

        var stems = new Dictionary<long, string>();
        using (var read = connection.CreateCommand())
        {
            read.CommandText = "SELECT doc, term FROM v ORDER BY doc, offset";
            using var reader = read.ExecuteReader();
            while (reader.Read())
            {
                stems.TryAdd(reader.GetInt64(0), reader.GetString(1));
            }
        }

        var different = words
            .Select((w, i) => (Word: w, Fts5: stems.GetValueOrDefault(i), Engine: KeywordAnalyzer.Key(w)))
            .Where(p => p.Fts5 is not null && p.Fts5 != p.Engine && !p.Word.Any(c => !char.IsLetter(c)))
            .Select(p => $"{p.Word}: fts5 {p.Fts5}, engine {p.Engine}")
            .ToList();
        Assert.True(different.Count == 0, string.Join("\n", different));
    }
}
