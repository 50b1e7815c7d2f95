namespace Mnemo.Bench;

/// <summary>
/// Deterministic synthetic memories and queries: chat-like sentences over an English vocabulary with a Zipf-like word
/// distribution, so the keyword index sees realistic term statistics.
/// </summary>
internal sealed class Corpus(int seed = 42)
{
    private static readonly string[] _names = ["Alice", "Bob", "Carol", "Dave", "Erin", "Frank", "Grace", "Heidi", "Ivan", "Judy"];

    private static readonly string[] _words = """
        i you we they it the a to and of in on for with my your at this that is was be have had do did not just so
        really like love want going went go get got think know see saw make made time day week year today yesterday
        tomorrow weekend morning night work job office team project meeting boss school class teacher book books read
        reading write writing music song guitar piano concert band movie film show game games play played sport soccer
        tennis running run marathon gym yoga hike hiking trip travel flight beach mountain city park garden dog cat pet
        puppy kids son daughter family mom dad sister brother friend friends party birthday wedding dinner lunch coffee
        tea cake pizza pasta cooking recipe restaurant kitchen house home apartment car bike paint painting art photo
        camera museum gallery festival holiday christmas summer winter spring autumn rain snow sun weather doctor health
        sick better happy sad excited tired proud nervous grateful support group volunteer charity community church
        language spanish french course exam degree college career interview promotion money budget shop shopping store
        clothes shoes dress gift present letter message phone call video online blog podcast news politics history
        science nature animals bird fish ocean lake river forest camping tent fire stars moon sunset sunrise flowers
        tomatoes vegetables plants tree wood build built fix broke new old first last big small good great nice amazing
        """.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);

    private readonly Random _random = new(seed);

    public IReadOnlyList<string> Sentences(int count, int minWords = 8, int maxWords = 28) =>
        Enumerable.Range(0, count).Select(_ => $"{_names[_random.Next(_names.Length)]}: {Words(_random.Next(minWords, maxWords + 1))}").ToList();

    public IReadOnlyList<string> Queries(int count) =>
        Enumerable.Range(0, count).Select(_ => $"What did {_names[_random.Next(_names.Length)]} say about {Words(_random.Next(2, 6))}?").ToList();

    private string Words(int count)
    {
        var words = new string[count];
        for (var i = 0; i < count; i++)
        {
            // Zipf-like: rank ~ n^u for uniform u, so early words are common and late ones rare.
            var rank = (int)Math.Pow(_words.Length, _random.NextDouble()) - 1;
            words[i] = _words[Math.Clamp(rank, 0, _words.Length - 1)];
        }

        return string.Join(' ', words);
    }
}
