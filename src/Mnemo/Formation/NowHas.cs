using System.Text.RegularExpressions;

namespace Mnemo.Formation;

/// <summary>
/// A statement that the speaker now has one of what an earlier memory said they had none of: "We adopted a puppy named
/// Biscuit" after "I don't have any pets", "We just had our first baby!" after "I don't have kids", "Nous avons adopté un
/// chat" after "Je n'ai pas d'animaux", "Tenemos un perro" after "No tengo mascotas", "Wir haben jetzt einen Hund" after
/// "Ich habe keine Haustiere"; or had the baby they were expecting: "Our daughter was born yesterday" after "I'm
/// pregnant", "We just had our baby!" after "We're expecting a baby in March". Pets and children are the two kinds a
/// memory says "none" of by their kind's word, which the new statement does not share ("pets" and "puppy"), so neither
/// the words nor the attributes could find the old memory; a statement said word for word ("I have a car now" after "I
/// don't have a car") is <see cref="Denial.Undoes"/>. Only a memory that is that one short sentence is replaced.
/// </summary>
internal static partial class NowHas
{
    /// <summary>Whether a sentence of <paramref name="text"/> says the speaker has one of what <paramref name="memory"/> says they have none of.</summary>
    public static bool Replaces(string text, string memory) =>
        ReadMemory(memory) is { } has && Replaces(SentenceClassifier.Sentences(text), has);

    /// <summary>
    /// What a sentence must say to replace <paramref name="memory"/>, read from the memory alone: a birth after "I'm
    /// pregnant", a pet or a child after "I don't have any pets" or "We have no kids"; <see langword="null"/> for any other memory.
    /// </summary>
    public static Regex? ReadMemory(string memory)
    {
        // "We just had our baby!" after "I'm pregnant": a birth ends the wait (a child only named, "my son Leo", may be an
        // older one).
        var said = memory.Trim();
        return Expecting().IsMatch(said) ? Born()
            : None().Match(said) is { Success: true } none ? (none.Groups["pets"].Success ? HasPet() : HasChild())
            : null;
    }

    /// <summary>Whether one of <paramref name="sentences"/> says, without a negation, what <paramref name="has"/> reads (<see cref="ReadMemory"/>).</summary>
    public static bool Replaces(IEnumerable<string> sentences, Regex has) =>
        sentences.Any(sentence => has.IsMatch(sentence) && !Denial.Negates(sentence));

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private const string PetKinds = "pets?|animals?|animaux|mascotas?|animales|haustiere?|tiere";
    private const string ChildKinds = "kids|children|a (?:kid|child)|any (?:kids|children)|enfants|hijos|niños|kinder";

    // "I don't have any pets", "We have no kids yet", "No pets.", "Je n'ai pas d'enfants", "No tengo mascotas", "Ich habe
    // keine Kinder": the whole memory, with nothing after but when.
    [GeneratedRegex(@"^(?:(?:i|we)\s+(?:still\s+)?(?:don't|do not|didn't|did not)\s+have\s+(?:any\s+)?|(?:i|we)\s+have\s+no\s+|no\s+|(?:je n'ai|nous n'avons|on n'a)\s+pas\s+(?:d'|de\s+)|(?:yo\s+)?no\s+(?:tengo|tenemos)\s+|(?:ich habe|wir haben)\s+keine\s+|keine\s+)(?:(?<pets>" + PetKinds + ")|(?<kids>" + ChildKinds + @"))(?:\s+(?:yet|right now|at the moment|at all|encore|todavía|aún|noch|(?:of )?(?:my|our) own))?\s*[.!]?$", Options)]
    private static partial Regex None();

    // "I'm pregnant", "We're expecting a baby in March", "My wife is pregnant with our second", "Je suis enceinte",
    // "Estoy embarazada", "Ich bin schwanger": the whole memory, one short sentence.
    [GeneratedRegex(@"^(?:i'm|i am|we're|we are|my (?:wife|partner|girlfriend) is|je suis|nous attendons|on attend|estoy|estamos esperando|ich bin|wir erwarten)\s+(?:(?:still|now|currently|finally|officially|\d+ (?:weeks|months))\s+)?(?:pregnant|expecting|enceinte|un bébé|embarazada|un bebé|schwanger|ein baby|ein kind)\b(?:\s+[\w'-]+){0,6}\s*[.!]?$", Options)]
    private static partial Regex Expecting();

    // A birth of the speaker's: "We just had our baby!", "Our daughter was born yesterday", "I gave birth to a boy", "My wife
    // gave birth", "Notre fille est née", "Nuestro hijo nació", "Unser Sohn ist geboren" (not "My sister just had a baby").
    [GeneratedRegex(@"(?:\b(?:i|we)(?:'ve| have)?\s+(?:(?:just|finally|recently|officially)\s+)*(?:had|welcomed|delivered)\s+(?:our|the|a|my)\s+(?:[\w'-]+\s+)?(?:baby|babies|son|daughter|boy|girl|twins)|\b(?:i|my (?:wife|partner|girlfriend))\s+(?:(?:just|finally)\s+)?gave birth|^(?:our|my)\s+(?:[\w'-]+\s+){0,2}?(?:was|were) born|^the baby (?:is here|arrived|came)|^(?:notre|mon|ma|nos)\s+(?:[\w'-]+\s+){0,2}?(?:est|sont) née?s?|\b(?:j'ai|nous avons|ma femme a) accouché|^(?:nuestro|nuestra|mi|nuestros)\s+(?:[\w'-]+\s+){0,2}?(?:nació|nacieron)|^(?:nació|nacieron)\s+(?:nuestro|nuestra|mi|nuestros)|\b(?:di|dio) a luz|^(?:unser|unsere|mein|meine)\s+(?:[\w'-]+\s+){0,2}?(?:ist|sind|wurde|wurden) geboren|\b(?:wir haben|ich habe)\s+(?:\S+\s+){0,2}?(?:ein|unser|unseren|unsere)\s+(?:baby|kind|sohn|tochter)\s+bekommen)\b", Options)]
    private static partial Regex Born();

    // The speaker has a pet, or got one: "We adopted a puppy", "I have two cats", "my dog Rex", "J'ai adopté un chat",
    // "Tenemos un perro", "Wir haben einen Hund" (not a cat allergy, a dog sitter or a cat of a friend's).
    [GeneratedRegex(@"\b(?:(?:i|we)(?:'ve| have)?\s+(?:(?:just|finally|recently|now|also)\s+)*(?:adopted|got|bought|rescued|took in|brought home|have|welcomed|own)\s+(?:a|an|our|my|two|three|four|\d+)\s+(?:(?:new|little|first|second|sweet|rescue|tiny|young|baby)\s+)*(?:[\p{L}-]+\s+)?|(?:my|our)\s+(?:(?:new|little|rescue)\s+)?)(?:dogs?|cats?|pupp(?:y|ies)|pups?|kittens?|pets?|hamsters?|rabbits?|bunn(?:y|ies)|parrots?|budgies?|guinea pigs?|tortoises?|turtles?|geckos?|snakes?|ferrets?|horses?|pony|ponies|goldfish|fish)(?![\w-])(?!\s+(?:allerg\w*|sitters?|walkers?|food|toys?|beds?|hair|person|people|lovers?|videos?|costumes?|tattoos?|shelter|show|café|cafe))|\b(?:j'ai|nous avons|on a)\s+(?:adopté|eu|acheté|recueilli|maintenant)\s+(?:un|une|deux|trois)\s+(?:chien|chienne|chat|chatte|chiot|chaton|lapin|hamster|perroquet|cheval)\b|\b(?:adopté|adoptamos|tengo|tenemos|compré|compramos|rescaté|rescatamos)\s+(?:un|una|dos|tres)\s+(?:perro|perra|perrito|perrita|gato|gata|gatito|gatita|cachorro|conejo|hámster|loro|caballo)\b|\b(?:habe|haben)\s+(?:(?:jetzt|nun|seit \S+)\s+)?(?:einen|eine|ein|zwei|drei)\s+(?:hund|katze|kater|welpen|kätzchen|kaninchen|hamster|papagei|pferd)\b", Options)]
    private static partial Regex HasPet();

    // The speaker has a child, or had one: "We just had our first baby!", "I gave birth to a girl", "my son Leo", "Nous
    // avons eu un bébé", "Tuvimos una hija", "Wir haben ein Baby bekommen".
    [GeneratedRegex(@"\b(?:(?:i|we)(?:'ve| have)?\s+(?:(?:just|finally|recently|now|also)\s+)*(?:had|welcomed|adopted|have)\s+(?:a|an|our|my|two|three|\d+)\s+(?:(?:first|new|beautiful|healthy|baby)\s+)*(?:bab(?:y|ies)|sons?|daughters?|child|children|kids?|boy|girl|twins)(?![\w-])|i gave birth\b|(?:my|our)\s+(?:(?:new|first|newborn|little|baby)\s+)*(?:bab(?:y|ies)|sons?|daughters?|kids|children|child|twins|newborn)(?![\w-])|(?:j'ai|nous avons|on a)\s+eu\s+(?:un|une|notre|des)\s+(?:bébé|fils|fille|enfant|jumeaux|jumelles)\b|(?:mon|ma|mes|notre|nos)\s+(?:bébé|fils|fille|filles|enfants?)\b|(?:tuve|tuvimos)\s+(?:un|una|nuestro|nuestra|unos|unas)\s+(?:primer\s+|primera\s+)?(?:bebé|hijo|hija|gemelos)\b|\b(?:mi|mis|nuestro|nuestra|nuestros)\s+(?:bebé|hijo|hija|hijos|hijas)\b|(?:haben|habe)\s+(?:\S+\s+){0,2}?(?:ein|einen|eine|unser|unseren|unsere)\s+(?:baby|kind|sohn|tochter|zwillinge)\s+bekommen\b|(?:mein|meine|unser|unsere)\s+(?:baby|sohn|tochter|kinder|kind)\b)", Options)]
    private static partial Regex HasChild();
}
