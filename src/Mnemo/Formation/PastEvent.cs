using System.Text.RegularExpressions;

namespace Mnemo.Formation;

/// <summary>
/// Whether a memory tells of a past event or a past time ("My grandma taught me to bake bread", "I rode my bike to
/// school", "We lived in Madrid when I was a kid", "Ma grand-mère m'a appris à coudre", "Mi abuela me enseñó a cocinar",
/// "Meine Oma hat mir das Backen beigebracht"). What it says stays true after the thing it speaks of ended, so a change
/// that ends something ("My grandma passed away", "I sold the bike") leaves it active and retires only what held until
/// then ("My grandma lives in Ohio", "I have a red bike"). Read by form: the verb after the sentence's subject is in a
/// past tense, or a phrase places the sentence in the past; a past that began a state ("I bought a Civic", "I got a
/// puppy named Max") is that state's start, which the change ends, not a past of its own.
/// </summary>
internal static partial class PastEvent
{
    /// <summary>English verbs whose simple past does not end in "ed".</summary>
    internal const string IrregularPast =
        "was|were|went|did|had|got|came|saw|met|made|took|told|said|bought|lost|spent|won|ran|wrote|gave|found|felt|kept|began|became|brought|built|caught|chose|drove|ate|fell|flew|forgot|grew|held|knew|paid|rode|sold|sent|slept|spoke|stood|swam|taught|thought|threw|wore";

    /// <summary>Words that end in "ed" and are no past tense ("need", "hundred", "shed"), as a negative lookahead before <c>\w{2,}ed</c>.</summary>
    internal const string NotPastEd =
        @"(?!(?:need|needs|feed|speed|seed|indeed|proceed|succeed|exceed|bleed|breed|weed|deed|heed|creed|greed|tweed|hundred|sacred|naked|wicked|embed|shed|bed|red)\b)";

    /// <summary>
    /// Nouns that end like a Spanish preterite ("café", "bebé"), as a negative lookahead before <c>\p{L}{2,}é</c>: "Tomo
    /// café todas las mañanas" tells of no past.
    /// </summary>
    internal const string NotSpanishPast = @"(?!(?:café|cafés|bebé|bebés|puré|comité|canapé|chalé|consomé|karaoké)\b)";

    /// <summary>Whether <paramref name="memory"/> tells of a past event or a past time.</summary>
    /// <param name="memory">The text of a memory, without what a move kept after it.</param>
    public static bool Tells(string memory)
    {
        var text = memory.TrimStart();
        return EnglishPast().IsMatch(text) || OtherPast().IsMatch(text) || PastTime().IsMatch(text);
    }

    // The subject (a pronoun, a possessive and its noun, or a name), then at most two adverbs, then a verb in the simple
    // past, other than one that began a state the change may end ("I got a puppy named Max", "I bought a Tesla", "I
    // started working at Google": Acquired). "was"/"were" before a participle ("The meeting was scheduled for Friday") says how things stand now, not what
    // happened: no past event. A time said first ("Yesterday, ...", "Last year ...") may open the sentence.
    [GeneratedRegex(
        @"^(?:(?:yesterday|last \w+|earlier|recently|once|\w+ (?:days?|weeks?|months?|years?) ago|in \d{4})(?:\s*\([^)]*\))?,?\s+)?"
        + @"(?:i|we|he|she|they|(?:my|our|his|her|their)\s+(?:[\p{L}'-]+\s+){0,2}?[\p{L}'-]+|(?!(?:The|A|An|This|That|These|Those|It|There|Here)\b)(?-i:\p{Lu}\p{Ll}+))"
        + @"\s+(?:(?:also|always|once|first|just|really|finally|never|even|recently|often|both|all|actually)\s+){0,2}"
        + Acquired + @"(?:(?:was|were)(?!\s+(?:\w+ed|going|supposed|planning|due|set|about)\b)|(?!(?:was|were)\b)(?:" + IrregularPast + @"|drank|sang|fought|heard|sat|led|broke|left)|" + NotPastEd + @"(?!(?:named|called|based|located|related|known)\b)\p{L}{2,}ed)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EnglishPast();

    // French passé composé with "avoir" and imparfait, Spanish preterite and imperfect, German Perfekt and the common
    // Präteritum forms, each right after the subject. ("Je suis mariée" is a state, not a passé composé: "être" is left out;
    // nor is "avoir" before a word that only ends like a participle: "Notre chat Luna a trois ans", "Mon fils a huit ans",
    // "Ma sœur a peu de temps".)
    [GeneratedRegex(
        @"^(?:(?:j'ai|nous avons|(?:il|elle|on) a|(?:ils|elles) ont|(?:mon|ma|mes|notre|nos)\s+\S+(?:\s+\S+)?\s+(?:m'a|nous a|a|ont|m'ont|nous ont))\s+(?:(?:toujours|déjà|beaucoup|souvent|bien|longtemps)\s+)?" + Acquired + @"(?!(?:\p{L}*ois|plus|tous|jus|pays|avis|bus|menu|lui|huit|du|peu|lieu)\b)\p{L}+(?:é|ée|és|ées|is|it|u|ue|us)\b"
        + @"|(?:j'|je\s+|nous\s+|(?:mon|ma|mes)\s+\S+\s+)(?!(?:fait|sait|vais|mais|jamais|frais|plait)\b)\p{L}{2,}(?:ais|ait|ions|aient)\b"
        + @"|(?=.*\b(?:en|el|la|las|los|de|del|que|con|una|mi|me|nos)\b)(?:(?:yo|él|ella|nosotros|nosotras|(?:mi|mis|nuestro|nuestra)\s+\S+|(?!(?:Mi|Mis|Tu|Su|El|La|Los|Las|Un|Una)\b)(?-i:\p{Lu}\p{Ll}+))\s+)?(?:(?:me|nos|le|les|lo|la)\s+)?" + Acquired + NotSpanishPast + @"\p{L}{2,}(?:é|ó|aron|ieron|aba|abas|ábamos|aban|ía|íamos|ían)\b"
        + @"|(?:ich|wir|er|sie|(?:mein|meine|unser|unsere)\s+\S+|(?-i:\p{Lu}\p{Ll}+))\s+(?:war|waren|hatte|hatten|lebte|wohnte|arbeitete|liebte|spielte|ging|fuhr|kaufte|lernte)\b"
        + @"|(?:ich habe|wir haben|(?:mein|meine|unser|unsere)\s+\S+\s+(?:hat|haben)|(?:er|sie|(?-i:\p{Lu}\p{Ll}+))\s+hat)\b[^.!?]*?\b" + Acquired + @"\p{L}*ge\p{L}+(?:t|en)[.!]?$)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OtherPast();

    // A verb that began a state, which a change may end: what it tells is the state's start, not a past of its own.
    private const string Acquired =
        @"(?!(?:got|adopted|bought|purchased|started|joined|signed|moved|rented|leased|hired|began|became|subscribed|enrolled|acheté|achetée|adopté|adoptée|commencé|rejoint|loué|emménagé|compré|adopté|empecé|comencé|alquilé|gekauft|adoptiert|angefangen|begonnen|gemietet)\b)";

    // A phrase that places the whole sentence in the past: a childhood, "years ago", "back then".
    [GeneratedRegex(
        @"\b(?:when (?:i|we) (?:was|were)|as (?:a |little )?(?:kid|child|boy|girl|teen|teenager)|growing up|back (?:then|in (?:the )?\w+)|\w+ years ago|in my (?:childhood|youth|teens|twenties)|quand (?:j'étais|nous étions)|cuando (?:era|éramos) (?:niñ|pequeñ|joven)|de (?:niño|niña|pequeño|pequeña)|als (?:ich|wir) (?:ein )?(?:kind|klein|jung)|als kind)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PastTime();
}
