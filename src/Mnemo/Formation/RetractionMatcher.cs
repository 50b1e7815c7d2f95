using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Mnemo.Formation;

/// <summary>
/// Finds the memory a retraction refers to, without an LLM: the engine's own search (meaning and keywords) over the
/// scope's active memories, then a safety check: cosine at least <see cref="FormationOptions.RetractionMinSimilarity"/>
/// and at least half of the retraction's content words in the memory, with its last one (what it names) or a name it
/// holds unless all are there. Below that, nothing is touched. A retraction that names an attribute ("forget my age",
/// "delete my address") takes the closest memory that gives it (<see cref="AttributeStatement"/>: "I'm 41", "I live at
/// 12 Baker Street").
/// </summary>
internal sealed partial class RetractionMatcher(
    Func<string, SearchOptions, CancellationToken, Task<SearchResult>> search, MnemoOptions options)
{
    private const int Candidates = 5;

    // How many of the closest memories a retraction that names an attribute reads ("forget my age").
    private const int AttributeCandidates = 50;

    // The fewest letters a word shares with another form of itself to count as the same word ("colorblind").
    private const int MinStem = 5;

    /// <summary>
    /// The memory <paramref name="target"/> names, among the scope's memories said by <paramref name="actor"/> (or by no
    /// one in particular): in a scope several people share, Bob's "I no longer live in Paris" never retires Alice's "I
    /// live in Paris".
    /// </summary>
    /// <param name="target">The words that name the memory.</param>
    /// <param name="scope">The scope searched.</param>
    /// <param name="actor">Who retracts or changes.</param>
    /// <param name="taken">Memories already retired by this add.</param>
    /// <param name="cancellationToken">Cancels the search.</param>
    /// <param name="change">For a change: the checks a memory must pass to be retired by it; null for a retraction.</param>
    public async Task<MemoryItem?> FindAsync(
        string target, MemoryScope scope, string? actor, IReadOnlySet<Guid> taken, CancellationToken cancellationToken, ChangeCheck? change = null)
    {
        var words = ContentWords(target);
        if (words.Count == 0)
        {
            return null;
        }

        // A memory said by the same speaker, not yet retired by this add; and, for a retraction of the speaker's own ("Forget
        // my birthday"), never someone else's ("My sister's birthday is in June"; a change checks whom it speaks of
        // itself, ChangeCheck).
        var own = change is null && SentenceClassifier.NamesOwn(target);
        bool Open(MemoryItem memory) =>
            !taken.Contains(memory.Id) && SaidBy(memory, actor) && !(own && SentenceClassifier.SpeaksOfSomeoneElse(memory.Text));

        // "Forget my age" names the memory by its attribute ("I'm 41"), which shares no word with it: a memory of that
        // attribute among more of the scope's closest memories is the one, whatever its words (of several attributes the
        // name covers, the first: "my address" is a street address before the city one lives in).
        if (change is null && AttributeStatement.NamedBy(target) is { } attributeNamed)
        {
            var near = await search(target, new SearchOptions { Scope = scope, Limit = AttributeCandidates }, cancellationToken).ConfigureAwait(false);
            var named = near.Results
                .Where(r => Open(r.Memory))
                .Select(r => (r.Memory, Rank: AttributeStatement.AttributeOf(r.Memory.Text) is { } attribute ? AttributeStatement.Gives(attribute, attributeNamed) : -1))
                .Where(c => c.Rank >= 0)
                .OrderBy(c => c.Rank)
                .Select(c => c.Memory)
                .FirstOrDefault();
            if (named is not null)
            {
                return named;
            }
        }

        var found = await search(target, new SearchOptions { Scope = scope, Limit = Candidates, Explain = true }, cancellationToken).ConfigureAwait(false);
        var needed = (words.Count + 1) / 2;
        var last = LastWord(target);
        // The names of a change are read in the sentence as said, where one that opens the target is still past the
        // sentence's start ("J'ai donné Minou à ma voisine": the target "Minou à ma voisine" opens with Minou).
        // A name that owns the thing named after it ("Sarah's bachelorette party") is not what the target names: "I'm not
        // going to Sarah's bachelorette party anymore" retired "I'm going to Sarah's wedding in June" by "Sarah" alone.
        var said = change?.Change.Text ?? target;
        var names = SentenceClassifier.NameRuns(said).SelectMany(run => run).Select(n => n.ToLowerInvariant())
            .Where(n => words.Contains(n) && (last.Contains(n) || !OwnsWhatFollows(said, n))).ToHashSet(StringComparer.Ordinal);
        var form = EndsInForm(target);
        var newValue = change?.Change.NewValue ?? false;
        var owners = change?.Change.About is { } about ? new HashSet<string>(about, StringComparer.Ordinal) : null;
        return found.Results
            .Where(r => Open(r.Memory) && (change is null || change.Allows(r.Memory.Text))
                && (!form || SentenceClassifier.UnderWay(r.Memory.Text) || Word().Matches(r.Memory.Text).Any(w => Form().IsMatch(w.Value.ToLowerInvariant()))))
            .Select(r => (r.Memory, All: WithReversals(WithKinds(AllWords(r.Memory.Text), r.Memory.Text), r.Memory.Text, change), Cosine: r.Explanation?.Semantic ?? 0))
            .Where(c => owners is null || Shared(owners, c.All) > 0)
            .Select(c => (c.Memory, Words: Content(c.All), c.Cosine))
            .Select(c => (c.Memory, Shared: Shared(words, c.Words), c.Cosine, Object: Shared(last, c.Words) + Shared(names, c.Words)))
            .Where(c => c.Shared >= needed && c.Cosine >= options.Formation.RetractionMinSimilarity && (newValue || c.Shared == words.Count || c.Object > 0))
            .OrderByDescending(c => c.Shared)
            .ThenByDescending(c => c.Cosine)
            .Select(c => c.Memory)
            .FirstOrDefault();
    }

    // Whether the name stands in the text as the owner of a word that follows it ("Sarah's bachelorette party"), not at
    // the end ("I don't work at McDonald's anymore" names McDonald's).
    private static bool OwnsWhatFollows(string text, string name) =>
        Regex.IsMatch(text, $@"\b{Regex.Escape(name)}['’]s\s+(?!(?:any ?more|any longer|now|again|either|too)\b)\p{{L}}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>Whether <paramref name="memory"/> may be retracted or superseded by what <paramref name="actor"/> says.</summary>
    internal static bool SaidBy(MemoryItem memory, string? actor) =>
        actor is null || memory.ActorId is null || string.Equals(memory.ActorId, actor, StringComparison.Ordinal);

    // How many of the retraction's words the memory has, a word also matching another form of itself: one of the two
    // starts with the other and the shorter has at least MinStem letters ("colorblindness" and "colorblind",
    // "Farbenblindheit" and "farbenblind"), or both have the same Porter stem ("smoking" and "smoke"), or the same
    // stem of at least MinStem letters before a noun's or an adjective's ending ("allergy", "allergies" and "allergic",
    // "allergie" and "allergique"; not "policy" and "police"); accents aside.
    internal static int Shared(HashSet<string> words, HashSet<string> memory) =>
        words.Count(w => memory.Contains(w) || memory.Any(m => SameWord(w, m)));

    // Another form of the same word, accents aside ("alérgico" and "alergia"): one starts with the other
    // ("colorblindness", "colorblind"), or the two have one English stem ("smoking" and "smoke", "cats" and "cat"), or one
    // stem before a noun's or an adjective's ending (AdjectiveStem).
    private static bool SameWord(string word, string other)
    {
        var (w, m) = (Indexing.KeywordAnalyzer.Fold(word), Indexing.KeywordAnalyzer.Fold(other));
        return (Math.Min(m.Length, w.Length) >= MinStem && (m.StartsWith(w, StringComparison.Ordinal) || w.StartsWith(m, StringComparison.Ordinal)))
            || string.Equals(Indexing.PorterStemmer.Stem(w), Indexing.PorterStemmer.Stem(m), StringComparison.Ordinal)
            || (AdjectiveStem(w) is { } stem && string.Equals(stem, AdjectiveStem(m), StringComparison.Ordinal))
            || FrenchVerb(w, m) || FrenchVerb(m, w)
            || AgentOf(w, m) || AgentOf(m, w)
            || (Kindred.TryGetValue(w, out var family) && Kindred.TryGetValue(m, out var family2) && family == family2);
    }

    // The doing and the one who does it: "teaching" and "teacher", "smoking" and "smoker", "swimming" and "swimmer",
    // "acting" and "actor", "running" and "runner" ("I'm not teaching anymore" names "I'm a teacher"); a stem of at least
    // four letters, or three before a doubled consonant.
    private static bool AgentOf(string doing, string agent)
    {
        if (!doing.EndsWith("ing", StringComparison.Ordinal) || agent.Length < 6 || !(agent.EndsWith("er", StringComparison.Ordinal) || agent.EndsWith("or", StringComparison.Ordinal)))
        {
            return false;
        }

        var stem = Indexing.PorterStemmer.Stem(doing);
        var root = agent[..^2];
        return (stem.Length >= 4 && (string.Equals(stem, root, StringComparison.Ordinal) || string.Equals(stem, root + "e", StringComparison.Ordinal)))
            || (stem.Length >= 3 && root.Length >= 4 && root[^1] == root[^2] && string.Equals(stem, root[..^1], StringComparison.Ordinal));
    }

    // Words of one event or state that share no stem: "We called off the wedding" names "I'm getting married in June";
    // "Marc et moi avons rompu nos fiançailles" names "Je suis fiancée à Marc"; "Day 30 without a cigarette" names "I smoke", "I quit caffeine"
    // "I drink two cups of coffee every morning", "Three months without alcohol" "I drink a glass of wine every night". Accents folded; each word its family.
    private static readonly FrozenDictionary<string, int> Kindred = new (string Words, int Family)[]
    {
        ("wedding weddings married marry marrying marriage", 0),
        ("engagement engaged fiance fiancee fiances fiancees fiancailles", 1),
        ("mariage mariee maries mariees marier noces", 2),
        ("boda bodas casado casada casados casarme casarnos casarse matrimonio", 3),
        ("compromiso comprometido comprometida comprometidos", 4),
        ("hochzeit heiraten verheiratet", 5),
        ("verlobung verlobt verlobte verlobter", 6),
        ("smoke smokes smoked smoking smoker cigarette cigarettes cig cigs", 7),
        ("caffeine coffee coffees espresso", 8),
        ("alcohol alcoholic booze wine wines beer beers liquor whiskey vodka cocktail cocktails", 9),
    }.SelectMany(f => f.Words.Split(' ').Select(w => KeyValuePair.Create(w, f.Family))).ToFrozenDictionary(StringComparer.Ordinal);

    // For a change that says something is back as it was, a memory's words with the doing its state interrupts: "I'm
    // unemployed", "Je suis au chômage", "Estoy en paro", "Ich bin arbeitslos", "I'm on sick leave" stop work ("I'm
    // working again", "Volví a trabajar", "Ich arbeite wieder", "I'm back at work"); "I'm in a wheelchair" stops walking
    // ("I'm walking again").
    private static HashSet<string> WithReversals(HashSet<string> words, string memory, ChangeCheck? change)
    {
        if (change is not { Change.Back: true })
        {
            return words;
        }

        if (Jobless().IsMatch(memory))
        {
            words.UnionWith(["work", "working", "job", "travail", "travaille", "travailler", "boulot", "trabajo", "trabajar", "trabajando", "arbeit", "arbeite", "arbeiten", "arbeitet"]);
        }

        if (CannotWalk().IsMatch(memory))
        {
            words.UnionWith(["walk", "walking", "marcher", "marche", "caminar", "camino", "laufen", "laufe", "gehen", "gehe"]);
        }

        return words;
    }

    [GeneratedRegex(@"\b(?:unemployed|jobless|out of work|between jobs|lost (?:my|his|her|their) job|laid off|fired|let go|sick leave|on leave|maternity leave|paternity leave|off work|chômage|sans emploi|arrêt maladie|en paro|sin trabajo|desemplead[oa]|de baja|arbeitslos|krankgeschrieben)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Jobless();

    [GeneratedRegex(@"\b(?:wheelchair|crutches|can't walk|cannot walk|fauteuil roulant|béquilles|silla de ruedas|muletas|rollstuhl|krücken)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CannotWalk();

    // A memory's words with the kind of thing it names without saying the kind: "I drive a Honda Civic" names a car ("I
    // don't have a car anymore"), "I go to Planet Fitness" a gym ("I switched gyms"), "My daughter goes to Lincoln
    // Elementary" a school ("My daughter changed schools"), "My son goes to Ohio State" a college ("My son dropped out of
    // college"). Read only for a memory a retraction's search found.
    private static HashSet<string> WithKinds(HashSet<string> words, string memory)
    {
        if (DrivesA().IsMatch(memory))
        {
            words.UnionWith(["car", "cars", "auto", "coche", "carro", "voiture", "wagen"]);
        }

        if (NamedGym().IsMatch(memory))
        {
            words.UnionWith(["gym", "gyms"]);
        }

        if (NamedSchool().Match(memory) is { Success: true } school)
        {
            words.UnionWith(school.Groups["c"].Success ? ["school", "schools", "college", "university", "uni"] : ["school", "schools"]);
        }

        // "The New York Times" is also "NYT": a name of two words or more is named by its initials too.
        words.UnionWith(SentenceClassifier.NameRuns(memory).Where(run => run.Length > 1).Select(SentenceClassifier.Initials));

        // "My rent is going up by $200" tells of the increase that "Never mind about the rent increase" names.
        if (GoesUp().IsMatch(memory))
        {
            words.UnionWith(["increase", "raise", "hike", "rise", "augmentation", "hausse", "aumento", "subida", "erhöhung", "anstieg"]);
        }

        if (GoesDown().IsMatch(memory))
        {
            words.UnionWith(["decrease", "cut", "drop", "reduction", "baisse", "réduction", "bajada", "reducción", "senkung", "kürzung"]);
        }

        return words;
    }

    [GeneratedRegex(@"\b(?:go(?:es|ing)? up|went up|will rise|rising|ris(?:es|en)|increas\w*|rais(?:e|es|ed|ing)|higher|augment\w*|sub(?:e|ir|irá|ió)|aument\w*|steigt|gestiegen|erhöht)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GoesUp();

    [GeneratedRegex(@"\b(?:go(?:es|ing)? down|went down|will drop|dropping|decreas\w*|lowered|lower|reduc\w*|baiss\w*|baj(?:a|ar|ará|ó)|sinkt|gesunken|gesenkt)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GoesDown();

    [GeneratedRegex(@"\b(?:drives?|driving)\s+(?:a|an|my|our)\s|\bfahre\s+(?:einen|ein|eine|meinen|meine)\s|\b(?:manejo|conduzco)\s+(?:un|una|mi)\s|\bje\s+conduis\s+(?:une|un|ma)\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DrivesA();

    [GeneratedRegex(@"\p{Lu}[\p{L}'’&-]*\s+(?:Fitness|Gym)\b")]
    private static partial Regex NamedGym();

    [GeneratedRegex(@"\p{Lu}[\p{L}'’.-]*\s+(?:Elementary|Middle|High|Academy|Primary|Montessori|(?<c>State|University|College|Tech))\b|\b(?<c>University|Universidad|Université|Universität)\s+(?:of|de|del)\b")]
    private static partial Regex NamedSchool();

    // A French verb in "-er" and its present of "je" ("fumer" and "fume", "jouer" and "joue": "J'ai arrêté de fumer" names
    // "Je fume"), too short for the shared start to count.
    private static bool FrenchVerb(string infinitive, string present) =>
        present.Length >= 4 && present[^1] == 'e' && infinitive.Length == present.Length + 1 && infinitive[^1] == 'r'
        && infinitive.StartsWith(present, StringComparison.Ordinal);

    // The word before a noun's ending or an adjective's, when MinStem letters are left: English "y" / "ies" and "ic" /
    // "ical" ("allergy", "allergic"), French "ie" and "ique" ("allergie", "allergique"), Spanish "ia" and "ico" / "ica"
    // ("alergia", "alérgico"), German "ie" / "ien" and "isch" ("Allergie", "allergisch").
    private static string? AdjectiveStem(string word)
    {
        foreach (var ending in (ReadOnlySpan<string>)["ischen", "ischer", "ische", "iques", "ical", "ique", "icos", "icas", "isch", "ies", "ien", "ico", "ica", "ic", "ie", "ia", "y"])
        {
            if (word.EndsWith(ending, StringComparison.Ordinal) && word.Length - ending.Length >= MinStem)
            {
                return word[..^ending.Length];
            }
        }

        return null;
    }

    /// <summary>
    /// Whether <paramref name="memory"/> holds every word of <paramref name="value"/> that names something (its content
    /// words, and its numbers however short: "iPhone 15" against "iPhone 12"), each also as another form of itself.
    /// </summary>
    internal static bool HoldsEvery(string memory, string value)
    {
        var words = AllWords(value).Where(w => (w.Length >= 3 && !FunctionWord().IsMatch(w)) || w.Any(char.IsDigit)).ToHashSet(StringComparer.Ordinal);
        return words.Count > 0 && Shared(words, AllWords(memory)) == words.Count;
    }

    // The last word of a retraction, which names its object ("allergic to cats", "my job at Google"), past the words that
    // say when or ask politely, or stand for what is named ("the shellfish thing", "the info about my lease", "my Facebook
    // account") or for the form a pursuit takes ("guitar lessons" names the guitar, as "I'm learning the guitar" does):
    // a memory that shares only some of the retraction's words must share this one, or "I'm no longer allergic to cats"
    // would retire "I'm allergic to peanuts"; or a name the retraction holds ("J'ai quitté Renault pour une startup"
    // names Renault). An acronym of two letters is a word of its own ("a new GP"), which "new" before it is not.
    internal static HashSet<string> LastWord(string target) =>
        LastWords(target).Where(w => !Form().IsMatch(w)).TakeLast(1).ToHashSet(StringComparer.Ordinal);

    // Whether the last word of a retraction names the form a pursuit takes ("I quit guitar lessons"): the memory it names
    // then tells of that form ("I take guitar lessons") or of the pursuit under way ("I'm learning the guitar"), not of
    // the thing alone ("I play the guitar at church" stays).
    private static bool EndsInForm(string target) => LastWords(target).LastOrDefault() is { } last && Form().IsMatch(last);

    private static IEnumerable<string> LastWords(string target) =>
        Word().Matches(target).Select(m => m.Value)
            .Where(w => w.Length >= 3 || (w.Length == 2 && w.All(char.IsUpper)))
            .Select(w => w.ToLowerInvariant())
            .Where(w => !FunctionWord().IsMatch(w) && !SoftWord().IsMatch(w));

    // Words of three letters or more that are not function words, and the few nouns of two ("Delete what I told you about
    // my ex" named nothing); pronouns, auxiliaries, negations and verbs of opinion say nothing about which memory is meant
    // ("I used to think so too" names no memory).
    /// <summary>
    /// <paramref name="memory"/> without the words <paramref name="words"/> shares with it (any form of them): what else
    /// the memory says. "I hurt my knee" without "hurting" says nothing stopped.
    /// </summary>
    /// <param name="memory">The text of a memory.</param>
    /// <param name="words">The words to leave out, in any form.</param>
    internal static string WithoutWordsOf(string memory, string words)
    {
        var left = ContentWords(words);
        return left.Count == 0 ? memory : Word().Replace(memory, w => left.Any(c => SameWord(c, w.Value.ToLowerInvariant())) ? " " : w.Value);
    }

    internal static HashSet<string> ContentWords(string text) => Content(AllWords(text));

    // The content words among a text's words (ContentWords), for a text already read into words.
    private static HashSet<string> Content(HashSet<string> words) =>
        words.Where(w => (w.Length >= 3 || w is "ex" or "tv" or "pc") && !FunctionWord().IsMatch(w)).ToHashSet(StringComparer.Ordinal);

    // Every word, function words too: the owner a change names may be one ("son" is also French "his").
    private static HashSet<string> AllWords(string text) =>
        Word().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();

    [GeneratedRegex(@"^(?:the|and|but|that|this|these|those|with|for|from|about|into|was|were|are|is|been|being|have|has|had|not|any|anymore|more|longer|used|too|think|thought|believe|believed|feel|felt|guess|suppose|say|said|mean|meant|agree|agreed|know|knew|sure|honestly|really|don|doesn|didn|isn|aren|wasn|can|could|would|should|will|just|also|very|really|my|mine|your|you|our|their|them|they|she|her|him|his|its|it's|i'm|note|memory|les|des|une|que|qui|pas|plus|est|sont|suis|mon|mes|ton|tes|son|ses|nos|vos|notre|votre|leur|leurs|nous|vous|moi|toi|avons|avez|ont|avec|pour|dans|sur|los|las|hemos|una|unos|por|para|con|ese|esa|eso|este|esta|mis|tus|sus|nuestro|nuestra|nuestros|nuestras|der|die|das|den|dem|des|ein|eine|einen|und|ich|wir|uns|mich|mir|mit|für|von|auf|ist|bin|sind|habe|hat|haben|hatte|hatten|nicht|mehr|kein|keine|mein|meine|dein|deine|unser|unsere|che|sono|alle|della|del|mio|mia|miei|eu|meu|minha|dat|het|een|mijn|mój|moja|moje|jest|jestem|jag|att|min|mitt|och)$")]
    private static partial Regex FunctionWord();

    [GeneratedRegex(@"^(?:thing|things|stuff|info|information|details|part|bit|business|place|account|accounts|profile|membership|memberships|subscription|subscriptions|new|now|again|today|finally|eventually|completely|totally|unfortunately|sadly|leider|malheureusement|lamentablemente|desgraciadamente|enfin|finalement|tonight|lately|currently|nowadays|days|anyway|either|please|thanks|thank|maintenant|désormais|aujourd|hui|merci|ahora|hoy|gracias|jetzt|heute|bitte|danke|adesso|oggi|grazie|agora|hoje|obrigado|obrigada|nu|vandaag|teraz|dzisiaj|dziś|idag|tack)$")]
    private static partial Regex SoftWord();

    // The forms a pursuit takes ("guitar lessons", "yoga classes", "a pottery course", "clases de baile").
    [GeneratedRegex(@"^(?:lesson|lessons|class|classes|course|courses|session|sessions|practice|cours|clases|clase|curso|cursos|unterricht|kurs|kurse)$")]
    private static partial Regex Form();
}
