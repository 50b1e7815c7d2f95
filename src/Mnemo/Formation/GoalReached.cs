using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Mnemo.Formation;

/// <summary>
/// A statement that the speaker reached what an earlier memory said they were after, so the memory of the pursuit is
/// stale: what they were looking for, found ("I found a new job at Stripe" after "I'm looking for a new job", "We found
/// an apartment!" after "We're looking for an apartment in Brooklyn", "I bought a new car" after "I'm saving up for a
/// new car", "My visa finally came through!" after "I'm waiting for my visa", "J'ai trouvé un appartement" after "Je
/// cherche un appartement", "Encontré trabajo" after "Estoy buscando trabajo", "Wir haben eine Wohnung gefunden" after
/// "Wir suchen eine Wohnung"); what they were preparing for, done ("I ran my first marathon" after "I'm training for a
/// marathon", "I passed the bar exam!" after "I'm studying for the bar exam"); a place, after its waitlist ("I got into
/// the Boston marathon!" after "I'm on the waitlist for the Boston marathon"); their studies, over ("I graduated from
/// NYU!" after "I'm a student at NYU"); a pregnancy, after trying for a baby ("We're expecting twins!" after "We're
/// trying for a baby"); an illness, in remission ("I'm in remission now" after "I have breast cancer"); an attempt,
/// done ("I finally lost the 10 pounds!" after "I'm trying to lose 10 pounds", "I read my 30th book" after "My goal is to
/// read 30 books this year"). The two share the thing sought, not a frame that <see cref="AttributeStatement"/> reads,
/// and the new statement is a fact rather than a change, so neither could find the old memory. A job taken counts as a job found ("I got a job at Google"). Only a memory that is one short sentence of the speaker's pursuit is
/// replaced, and only by what it was after: a house bought ends a search for a house, not one for a dentist; "I haven't
/// found a job yet", "My sister got her visa" and "I ran 10 miles today" end nothing.
/// </summary>
internal static partial class GoalReached
{
    // The longest memory of a pursuit that reaching it replaces, in words.
    private const int MaxPursuitWords = 16;

    /// <summary>Whether a sentence of <paramref name="text"/> says the speaker reached what <paramref name="memory"/> says they are after.</summary>
    public static bool Replaces(string text, string memory) => Pursues(memory) && Ends(text, memory.Trim());

    /// <summary>
    /// Whether <paramref name="memory"/> may tell of a pursuit, read from the memory alone: one short sentence with a
    /// word of one. Only such a memory is read further (<see cref="Ends"/>).
    /// </summary>
    public static bool Pursues(string memory)
    {
        var trimmed = memory.Trim();
        return Cue().IsMatch(trimmed) && SentenceClassifier.WordCount(trimmed) <= MaxPursuitWords && !SentenceClassifier.Sentences(trimmed).Skip(1).Any();
    }

    /// <summary>Whether a sentence of <paramref name="text"/> says the speaker reached the pursuit <paramref name="trimmed"/> tells of (a memory <see cref="Pursues"/> found, trimmed).</summary>
    public static bool Ends(string text, string trimmed)
    {
        // Trying for a baby is reached by a pregnancy ("We're expecting twins!" after "We're trying for a baby"), an illness
        // fought by its remission ("I'm in remission now" after "I have breast cancer"), studies by a graduation.
        if (TryingForABaby().IsMatch(trimmed))
        {
            return SaysReached(text, Pregnant());
        }

        if (Illness().IsMatch(trimmed))
        {
            return SaysReached(text, Remission());
        }

        if (Studies().IsMatch(trimmed))
        {
            return SaysReached(text, Graduated());
        }

        // A search is ended by a find, a preparation by what it prepared for, done, and an attempt by what it tried, done.
        var search = Search().Match(trimmed);
        var pursuit = search.Success ? search : Preparation().Match(trimmed);
        if (!pursuit.Success)
        {
            return Attempt().Match(trimmed) is { Success: true } attempt && Achieves(text, attempt);
        }

        var reached = search.Success ? Found() : Done();
        var sought = pursuit.Groups["job"].Success ? JobWord : Head(pursuit.Groups["np"].Value);
        if (sought is null)
        {
            return false;
        }

        foreach (var sentence in SentenceClassifier.Sentences(text))
        {
            if (Denial.Negates(sentence))
            {
                continue;
            }

            if (sought == JobWord && search.Success && AttributeStatement.TakesAJob(sentence))
            {
                return true;
            }

            foreach (Match match in reached.Matches(sentence))
            {
                if (Head(match.Groups["np"].Value) == sought)
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Whether a sentence of the text says the speaker did what the attempt tried, to the same thing and as much of it: "I
    // finally lost the 10 pounds!" after "I'm trying to lose 10 pounds"; not "I lost 2 pounds" (another amount), "I lost my
    // keys" (another thing), "My sister lost 10 pounds" (someone else).
    private static bool Achieves(string text, Match attempt)
    {
        var sought = Head(attempt.Groups["np"].Value);
        if (sought is null)
        {
            return false;
        }

        var verb = attempt.Groups["v"].Value.ToLowerInvariant();
        var amounts = AmountsIn(attempt.Groups["np"].Value);
        foreach (var sentence in SentenceClassifier.Sentences(text))
        {
            if (Denial.Negates(sentence))
            {
                continue;
            }

            foreach (Match did in Did().Matches(sentence))
            {
                var np = did.Groups["np"].Value;
                if (IsPastOf(did.Groups["v"].Value.ToLowerInvariant(), verb) && Head(np) == sought && AmountsIn(np).IsSupersetOf(amounts))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // The amounts a phrase names, as said ("10", "5,000", "ten"; "30" of "30th").
    private static HashSet<string> AmountsIn(string phrase) =>
        Amount().Matches(phrase).Select(m => m.Groups["n"].Value).ToHashSet(StringComparer.OrdinalIgnoreCase);

    // Whether a verb is the simple past (or the participle) of another: "lost" of "lose", "saved" of "save", "read" of
    // "read", "learnt" of "learn".
    private static bool IsPastOf(string past, string verb) =>
        (IrregularPast.TryGetValue(verb, out var forms) && forms.Contains(past))
        || past == (verb.EndsWith('e') ? verb + "d"
            : verb.Length > 2 && verb.EndsWith('y') && !"aeiou".Contains(verb[^2]) ? verb[..^1] + "ied"
            : verb + "ed")
        || (verb.Length > 2 && past == verb + verb[^1] + "ed");

    private static readonly FrozenDictionary<string, string[]> IrregularPast = new Dictionary<string, string[]>
    {
        ["lose"] = ["lost"], ["get"] = ["got", "gotten"], ["run"] = ["ran", "run"], ["buy"] = ["bought"],
        ["find"] = ["found"], ["quit"] = ["quit"], ["read"] = ["read"], ["win"] = ["won"], ["make"] = ["made"],
        ["pay"] = ["paid"], ["sell"] = ["sold"], ["build"] = ["built"], ["write"] = ["wrote", "written"],
        ["learn"] = ["learned", "learnt"], ["hit"] = ["hit"], ["beat"] = ["beat", "beaten"],
        ["swim"] = ["swam", "swum"], ["ride"] = ["rode", "ridden"], ["break"] = ["broke", "broken"],
        ["do"] = ["did", "done"], ["give"] = ["gave", "given"], ["take"] = ["took", "taken"], ["keep"] = ["kept"],
        ["meet"] = ["met"], ["sleep"] = ["slept"], ["spend"] = ["spent"], ["teach"] = ["taught"],
        ["throw"] = ["threw", "thrown"], ["cut"] = ["cut"], ["put"] = ["put"], ["shed"] = ["shed"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Whether a sentence of the text says what reaches the pursuit, and does not deny it ("I'm not pregnant yet").
    private static bool SaysReached(string text, Regex reached) =>
        SentenceClassifier.Sentences(text).Any(sentence => reached.IsMatch(sentence) && !Denial.Negates(sentence));

    // What every job, position or piece of work is read as.
    private const string JobWord = "job";

    // The word a noun phrase names its thing by: its last word before a preposition or a clause, singular, jobs as "job"
    // ("a new job at Stripe" and "work" are both "job"; "an apartment in Brooklyn" is "apartment").
    private static string? Head(string phrase)
    {
        string? head = null;
        foreach (Match word in Word().Matches(phrase))
        {
            var value = word.Value.ToLowerInvariant();
            if (PhraseEnd().IsMatch(value))
            {
                break;
            }

            if (!Modifier().IsMatch(value))
            {
                head = value;
            }
        }

        if (head is null)
        {
            return null;
        }

        if (Job().IsMatch(head))
        {
            return JobWord;
        }

        return head.Length > 3 && head.EndsWith('s') && !head.EndsWith("ss", StringComparison.Ordinal) ? head[..^1] : head;
    }

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    // The words a memory of a pursuit holds: the cheap check that spares every other memory the patterns.
    [GeneratedRegex(@"looking|search|hunt|shopping|trying|hoping|aiming|planning|determined|working hard|want|hope|plan|intend|goal|toward|on getting|ivf|essa|intentando|versuchen|market for|need|saving|waiting|wait list|waitlist|training|preparing|studying|practi[cs]ing|getting ready|student|college|university|grad school|degree|cherch|busc|such|cancer|cáncer|lymph|linfoma|leuk|leuc|myelom|melanom|mélanom|tumo|krebs", Options)]
    private static partial Regex Cue();

    private const string Speaker = @"(?:i'm|i am|we're|we are)\s+(?:(?:still|currently|now|actively|also|desperately|finally|really|busy)\s+)*";

    // "I'm looking for a new job", "We're searching for a house with a garden", "I'm job hunting", "I need a new dentist",
    // "I'm saving up for a new car", "I'm waiting for my visa", "Je cherche un appartement", "Estoy buscando trabajo",
    // "Ich suche eine Wohnung".
    [GeneratedRegex(@"^(?:" + Speaker + @"(?:looking for|searching for|hunting for|shopping (?:around )?for|trying to find|in the market for|on the hunt for|saving (?:up )?for|waiting (?:for|on)|on (?:the|a) (?:waitlist|waiting list|wait list) for)\s+(?<np>[^.!?,;]+)|(?:i|we)\s+(?:(?:still|really|urgently|desperately)\s+)*(?:need|have to find|must find)\s+(?:to find\s+)?(?<np>(?:a|an)\s+[^.!?,;]+)|(?<job>" + Speaker + @"(?:job[- ]hunting|job[- ]searching|on the job market|looking for work|searching for work))|(?:je|nous|on)\s+(?:(?:suis|sommes|est)\s+en train de\s+)?(?:cherche|cherchons|chercher)\s+(?<np>[^.!?,;]+)|(?:estoy|estamos)\s+buscando\s+(?<np>[^.!?,;]+)|(?:busco|buscamos)\s+(?<np>[^.!?,;]+)|(?:ich suche|wir suchen)\s+(?:(?:gerade|noch|immer noch|dringend)\s+)*(?:nach\s+)?(?<np>[^.!?,;]+))", Options)]
    private static partial Regex Search();

    // "We're trying for a baby", "I'm trying to get pregnant", "We're doing IVF", "On essaie d'avoir un bébé", "Estamos
    // buscando un bebé", "Wir versuchen, ein Kind zu bekommen".
    [GeneratedRegex(@"^(?:(?:i'm|i am|we're|we are|my (?:wife|partner|husband) and i are)\s+(?:(?:still|currently|actively|now|finally)\s+)*(?:trying\s+(?:for\s+a\s+baby|to\s+(?:get\s+pregnant|conceive|have\s+a\s+baby|start\s+a\s+family))|going\s+through\s+ivf|doing\s+ivf)|(?:on\s+essaie|nous\s+essayons|j'essaie)\s+d'avoir\s+un\s+(?:bébé|enfant)|(?:estamos|estoy)\s+(?:intentando\s+tener|buscando)\s+un\s+(?:bebé|hijo)|wir\s+versuchen,?\s+(?:ein\s+(?:baby|kind)\s+zu\s+bekommen|schwanger\s+zu\s+werden))", Options)]
    private static partial Regex TryingForABaby();

    // "I'm pregnant!", "We're expecting twins!", "My wife is expecting a baby girl", "Je suis enceinte", "Estoy
    // embarazada", "Ich bin schwanger" (the speaker's or their partner's: not "My sister is pregnant").
    [GeneratedRegex(@"^[¡¿]?(?:(?:so|well|guess what|finally|good news|great news|big news|update)[,!:]?\s+)?(?:(?:i'm|i am|we're|we are|my (?:wife|partner|girlfriend) is)\s+(?:(?:finally|officially|now|actually)\s+)*(?:pregnant|expecting\s+(?:a\s+baby|twins|triplets|(?:our|a)\s+(?:first|second|third)\s+(?:baby|child)|a\s+(?:baby\s+|little\s+)?(?:boy|girl))|having\s+a\s+baby)|je\s+suis\s+enceinte|(?:nous\s+attendons|on\s+attend)\s+un\s+bébé|estoy\s+embarazada|(?:estamos\s+esperando|esperamos)\s+un\s+bebé|ich\s+bin\s+schwanger|wir\s+(?:bekommen|erwarten)\s+ein\s+(?:baby|kind))\b", Options)]
    private static partial Regex Pregnant();

    // An illness of the speaker's that goes into remission: "I have breast cancer", "I was diagnosed with lymphoma last
    // year", "I'm fighting leukemia", "J'ai un cancer du sein", "Tengo cáncer de mama", "Ich habe Brustkrebs".
    [GeneratedRegex(@"^(?:i\s+(?:have|had|was diagnosed with|got diagnosed with|'ve been diagnosed with|have been diagnosed with)|(?:i'm|i am)\s+(?:fighting|battling|being treated for)|j'ai|tengo|ich habe)\s+(?:(?:a|an|un|une|einen|stage\s+\w+)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:cancer|cáncer|lymphoma|lymphome|linfoma|leukemia|leukaemia|leucémie|leucemia|myeloma|melanoma|mélanome|tumou?r|tumeur|\p{L}*krebs|leukämie)\b", Options)]
    private static partial Regex Illness();

    // The speaker's illness in remission: "I'm in remission now", "I've been cancer-free for a year", "Je suis en
    // rémission", "Estoy en remisión", "Ich bin in Remission".
    [GeneratedRegex(@"\b(?:(?:i'm|i am|i've been|i have been)\s+(?:[\w-]+\s+){0,2}?(?:in remission|cancer-free|tumou?r-free)|(?:je suis|j'ai été)\s+(?:\w+\s+)?en rémission|(?:estoy|ya estoy)\s+(?:\w+\s+)?en remisión|ich bin\s+(?:\w+\s+)?in remission)\b", Options)]
    private static partial Regex Remission();

    // "I'm trying to lose 10 pounds", "I want to read 50 books this year", "My goal is to run a half marathon", "We're
    // hoping to pay off the car": what was tried (v) and to what (np).
    [GeneratedRegex(@"^(?:" + Speaker + @"(?:trying|hoping|aiming|planning|determined|working hard)\s+to|(?:i|we)\s+(?:(?:really|still|also)\s+)*(?:want|hope|plan|intend)\s+to|my goal is to)\s+(?<v>\p{L}+)\s+(?<np>[^.!?,;]+)", Options)]
    private static partial Regex Attempt();

    // What the speaker did, and to what: "I finally lost the 10 pounds", "We've paid off the car".
    [GeneratedRegex(@"\b(?:i|we)(?:'ve| have)?\s+(?:(?:finally|just|officially|actually|successfully|already|now)\s+)*(?<v>\p{L}+)\s+(?:(?:off|up|down|out)\s+)?(?<np>[^.!?,;]+)", Options)]
    private static partial Regex Did();

    // An amount an attempt names, which its end must name too: "10", "ten", "50" ("my 30th book" reaches "30 books").
    [GeneratedRegex(@"\b(?:(?<n>\d+(?:[,.]\d+)*)(?:st|nd|rd|th)?|(?<n>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred))\b", Options)]
    private static partial Regex Amount();

    // "I'm training for a marathon", "I'm studying for the bar exam", "I'm preparing for a job interview at Google", "I'm
    // working toward my black belt".
    [GeneratedRegex(@"^" + Speaker + @"(?:(?:training|preparing|studying|practi[cs]ing|getting ready|cramming)\s+for|working\s+(?:toward|towards|on getting))\s+(?<np>[^.!?,;]+)", Options)]
    private static partial Regex Preparation();

    // "I'm a student at NYU", "I'm studying computer science", "I'm in my last year of college", "I'm in grad school",
    // "I'm doing a master's in economics" (not "studying for" an exam: Preparation).
    [GeneratedRegex(@"^" + Speaker + @"(?:(?:a|an)\s+(?:[\w'-]+\s+)?student\b|studying\s+(?!for\b)\w|in\s+(?:(?:my|the)\s+(?:first|second|third|fourth|final|last|senior|junior)\s+year\s+(?:of|at)\s+)?(?:college|university|grad school|graduate school|law school|med school|medical school|high school)\b|(?:doing|pursuing|working on|finishing)\s+(?:a|an|my)\s+(?:degree|bachelor's|master's|masters|phd|doctorate|mba)\b)", Options)]
    private static partial Regex Studies();

    // "I found a new job at Stripe", "We finally found an apartment", "I landed a job", "We bought a house", "I hired a
    // nanny", "I joined a gym", "I got into the Boston marathon" (after its waitlist), "I got my new passport", "My visa
    // came through", "J'ai trouvé un appartement", "Encontré trabajo", "Wir haben eine Wohnung gefunden".
    [GeneratedRegex(@"\b(?:(?:i|we)(?:'ve| have|'re| are| am|'m)?\s+(?:(?:finally|just|officially|now|actually)\s+)*(?:got (?:in\s*to|accepted (?:into|to|at|for))|(?:was|were|been) accepted (?:into|to|at|for)|made it (?:into|onto)|off the (?:waitlist|waiting list|wait list) (?:for|of|at)|got (?:a|my|our) (?:spot|place) (?:in|on|at|for))\s+(?<np>[^.!?,;]+)|(?:i|we)(?:'ve| have)?\s+(?:(?:finally|just|recently|already|now|also|actually)\s+)*(?:found|landed|got|bought|rented|hired|booked|secured|received|signed (?:a lease on|up for|up with|for)|joined|enrolled in|settled on|went with|picked|chose|adopted|scored)\s+(?<np>(?:a|an|the|our|my|one|some)\b[^.!?,;]*|(?:new\s+)?(?:job|work)\b[^.!?,;]*)|^(?:my|our|the)\s+(?<np>(?:[\w'-]+\s+){0,2}?[\w'-]+)\s+(?:(?:finally|just|has|have)\s+)*(?:arrived|came through|came in|got approved|was approved|were approved|been approved|is here|are here)\b|(?:j'ai|nous avons|on a)\s+(?:(?:enfin|finalement|déjà)\s+)?trouvé\s+(?<np>[^.!?,;]+)|(?:encontré|encontramos|he encontrado|hemos encontrado|conseguí|conseguimos)\s+(?:(?:por fin|ya)\s+)?(?<np>[^.!?,;]+)|(?:ich habe|wir haben|habe|haben)\s+(?:(?:endlich|jetzt|schon|nun)\s+)*(?<np>(?:eine|einen|ein|die|den|das)\s+[^.!?,;]+?)\s+gefunden)", Options)]
    private static partial Regex Found();

    // "I ran my first marathon", "I passed the bar exam!", "I aced the interview at Google", "I finished the half
    // marathon", "We did the Camino", "I got my black belt".
    [GeneratedRegex(@"\b(?:i|we)(?:'ve| have)?\s+(?:(?:finally|just|officially|actually|successfully)\s+)*(?:ran|run|completed|finished|passed|did|done|took|taken|sat|competed in|won|aced|nailed|crushed|walked|swam|cycled|rode|climbed|hiked|got|earned|received|achieved)\s+(?<np>(?:a|an|the|my|our)\b[^.!?,;]*)", Options)]
    private static partial Regex Done();

    // "I graduated", "I just graduated from NYU", "I finished my degree", "I got my master's" (the speaker's, not "My
    // brother graduated").
    [GeneratedRegex(@"^(?:(?:so|well|guess what|finally|officially)[,!]?\s+)?i(?:'ve| have)?\s+(?:(?:finally|just|officially|recently)\s+)*(?:graduated|finished (?:my|the) (?:degree|studies|master's|masters|phd|program|programme)|got my (?:degree|diploma|bachelor's|master's|masters|phd|doctorate|mba))\b", Options)]
    private static partial Regex Graduated();

    [GeneratedRegex(@"[\p{L}\p{N}'-]+")]
    private static partial Regex Word();

    // Words before a noun that do not name it: determiners and a few adjectives ("a great dentist", "my first marathon").
    [GeneratedRegex(@"^(?:a|an|the|some|my|our|one|new|good|great|nice|perfect|better|cheaper|bigger|smaller|decent|reliable|affordable|lovely|amazing|first|second|third|next|big|un|une|des|le|la|les|nouveau|nouvelle|bon|bonne|el|los|las|una|unos|unas|nuevo|nueva|buen|buena|eine|einen|ein|der|die|das|den|neue|neuen|neuer|neues|gute|guten|guter|gutes)$", Options)]
    private static partial Regex Modifier();

    [GeneratedRegex(@"^(?:in|near|for|with|at|on|around|close|within|under|to|that|which|who|where|so|because|since|and|but|from|by|of|dans|à|près|pour|avec|qui|que|en|para|con|cerca|de|del|für|mit|bei|nahe|im|am|zum|zur|und|aber|weil|da|as|like|this|next|soon|now|today|yesterday|anymore|last|finally|just)$", Options)]
    private static partial Regex PhraseEnd();

    [GeneratedRegex(@"^(?:job|jobs|work|position|positions|role|employment|gig|travail|boulot|emploi|poste|trabajo|empleo|arbeit|stelle|jobstelle|arbeitsstelle)$", Options)]
    private static partial Regex Job();
}
