using System.Text.RegularExpressions;

namespace Mnemo.Formation;

/// <summary>
/// What a memory must be for a change to retire it, beyond the retraction check every match passes: a change replaces the
/// memory, so the memory may not say much more than the change does.
/// </summary>
/// <param name="Change">
/// The change as classified: its text, whom it speaks of (<see cref="Statement.About"/>) and what kind of change it is
/// (<see cref="Statement.NewValue"/>, <see cref="Statement.Finishes"/>, <see cref="Statement.Raises"/>,
/// <see cref="Statement.Value"/>, <see cref="Statement.Lost"/>, <see cref="Statement.Off"/>, <see cref="Statement.Left"/>,
/// <see cref="Statement.PaidOff"/>, <see cref="Statement.Back"/>, <see cref="Statement.BreakUp"/>, <see cref="Statement.Quits"/>, <see cref="Statement.Lapsed"/>, <see cref="Statement.Disbanded"/>, <see cref="Statement.RoleEnds"/>).
/// </param>
/// <param name="MaxWords">
/// The longest memory it may retire, in words: one that says much more than the change ("I used to take piano lessons"
/// against a long story of a childhood place) is left active.
/// </param>
internal sealed partial record ChangeCheck(Statement Change, int MaxWords)
{
    /// <summary>
    /// Whether <paramref name="memory"/> may be retired: short enough; of the speaker when the speaker changed ("I don't
    /// play soccer anymore" retired "My son plays soccer on Saturdays"); and naming no one and nothing the change leaves
    /// out when it names several or names something else itself ("Luna passed away" retired "I have a dog named Rex and
    /// a cat named Luna", and Rex with it; "My cat passed away" still retires "I have a cat named Luna"); and under way
    /// when the change finishes something ("I finished Dune" retires "I'm reading Dune", not "My favourite book is Dune");
    /// holding a number when the change raises or lowers an amount;
    /// and, when the change ends something rather than giving a new value, no past event (<see cref="PastEvent"/>: "My
    /// grandma passed away" retired "My grandma taught me to bake bread when I was little", which stays true); and, when
    /// the change names only the new value, not holding every word of it ("I switched to green tea" leaves "I drink green
    /// tea every evening", which already says it; "I upgraded to an iPhone 15" retires "My phone is an iPhone 12"); and,
    /// when the change tells that someone went missing, naming them as a pet ("Milo ran away" retires "I have a cat named
    /// Milo", not "My brother Milo lives with us"); and, when the change says the speaker is off something, saying they
    /// take, use, eat or drink it ("I'm off penicillin" retires "I take penicillin", not "I'm allergic to penicillin");
    /// and, when the change tells that someone is out of a place they stayed in, saying they are in it ("My mom is out
    /// of the hospital" retires "My mom is in the hospital", "I'm out of the hospital" not "I work at the hospital"); and,
    /// when the change pays off a debt, telling of the debt ("I paid off my student loans" retires "I have $30k in
    /// student loans"); and, when the change tells that something is back as it was, telling that it stopped, broke, was
    /// taken or is out ("I started running again" retires "I stopped running", not "I run every morning"), an event
    /// included: the change ends what "Mark and I broke up" began; by words other than the doing the change says again
    /// ("My knee is hurting again" is no reversal of "I hurt my knee"); and, when the change tells of a break-up, telling
    /// of the couple ("I broke up with Mark" retires "My boyfriend is Mark", not "Mark is my coworker"), an event included:
    /// "My sister got divorced" ends what "My sister is married to Tom" tells; and, when the change tells that the speaker left
    /// something by its name or let it lapse, telling that they belong to it or hold it ("I left Google" retires "I work at
    /// Google", not "I live near Google's campus"; "I let my NYT subscription expire" retires "I have a subscription to the
    /// New York Times", not "I read the New York Times"); and, when the change tells of a long while without something, telling of a habit
    /// ("I haven't been to yoga in months" retires "I go to yoga twice a week", not "I love yoga"); and, when the change
    /// tells that a group ended, telling that the speaker takes part in it ("The band broke up" retires "I play bass in a
    /// band", not "My favourite band is Coldplay"); and, when the change tells that someone who held a role for the speaker
    /// retired or left, telling who holds such a role ("Dr. Patel retired" retires "My doctor is Dr. Patel", not "Dr. Patel
    /// is my neighbour"); and, when the change cancels something of one
    /// day ("The train was cancelled this morning"), holding a date, a time or a day (not "I take the train to work").
    /// </summary>
    /// <param name="memory">The text of a memory the retraction check matched.</param>
    public bool Allows(string memory)
    {
        var own = OwnText(memory);
        return SentenceClassifier.WordCount(own) <= MaxWords
            && (Change.About is not null || !SentenceClassifier.SpeaksOfSomeoneElse(memory))
            && NamesNothingLeftOut(memory)
            && (!Change.Finishes || SentenceClassifier.UnderWay(memory))
            && (!Change.Raises || own.Any(char.IsDigit))
            && (Change.NewValue || Change.Back || Change.BreakUp || !PastEvent.Tells(own))
            && (Change.Value is null || !RetractionMatcher.HoldsEvery(own, Change.Value))
            && (!Change.Lost || (Change.About is { Count: > 0 } && SentenceClassifier.NamesAsPet(own, Change.About)))
            && (!Change.Off || SentenceClassifier.TakesOrUses(own))
            && (!Change.Left || SentenceClassifier.StaysIn(own))
            && (!Change.PaidOff || SentenceClassifier.Owes(own))
            && (!Change.Back || SentenceClassifier.Interrupted(RetractionMatcher.WithoutWordsOf(own, Doing)))
            && (!Change.BreakUp || SentenceClassifier.TellsOfCouple(own))
            && (!Change.Quits || SentenceClassifier.BelongsTo(own))
            && (!Change.Lapsed || SentenceClassifier.Habitual(own))
            && (!Change.Disbanded || SentenceClassifier.TakesPart(own))
            && (!Change.RoleEnds || SentenceClassifier.HoldsRole(own))
            && (!CancelsOneDay || own.Any(char.IsDigit) || RelativeDates.HasExpression(own));
    }

    // A cancellation of one day's ("The train was cancelled this morning", "Mi vuelo se canceló hoy"): it retires a memory
    // of something dated ("My flight is on Friday"), never a habit ("I take the train to work"), read once for all the
    // memories it is checked against.
    private bool CancelsOneDay { get; } = Cancelled().IsMatch(Change.Text) && OneDay().IsMatch(Change.Text);

    [GeneratedRegex(@"\b(?:cancell?ed|called off|scrapped|annulée?s?|cancelad[oa]s?|canceló|cancelaron|abgesagt|fällt|fallen)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Cancelled();

    [GeneratedRegex(@"\b(?:today|tonight|this (?:morning|afternoon|evening)|yesterday|aujourd'hui|ce (?:matin|soir)|cet après-midi|hier|hoy|esta (?:mañana|tarde|noche)|ayer|heute|gestern)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OneDay();

    /// <summary>
    /// What a memory says itself, without the memory a move kept after it ("… (before: …)", <see cref="Statement.Moves"/>):
    /// a meeting moved twice is still one short memory for the third move.
    /// </summary>
    /// <param name="memory">The text of a memory.</param>
    public static string OwnText(string memory) => BeforeAt(memory) is var at and > 0 ? memory[..at] : memory;

    /// <summary>
    /// What a move keeps of the memory it retires: the memory first moved, without the moves between ("The meeting was
    /// moved to Friday (before: I have a meeting with Sam on Monday at 3pm)" keeps "I have a meeting with Sam on Monday at
    /// 3pm" for the next move, whose details still hold), so a memory moved many times does not grow with each move; the
    /// moves between are in its history.
    /// </summary>
    /// <param name="memory">The text of the memory a move retires.</param>
    public static string KeptText(string memory) => BeforeAt(memory) is var at and > 0 ? memory[(at + BeforeMark.Length)..^1] : memory;

    // Where the memory a move kept after itself opens, or -1.
    private static int BeforeAt(string memory) => memory.EndsWith(')') ? memory.IndexOf(BeforeMark, StringComparison.Ordinal) : -1;

    /// <summary>What opens the memory a move keeps after itself.</summary>
    public const string BeforeMark = " (before: ";

    // The doings a change names ("hurting", "working"), read once for all the memories it is checked against.
    private string Doing { get; } = Change.Back ? string.Join(' ', Gerunds(Change.Text)) : string.Empty;

    // Whether the change names anyone or anything itself, read once for all the memories it is checked against.
    private bool NamesSomething { get; } = SentenceClassifier.NameRuns(Change.Text).Any();

    // A name is named by its initials too ("NYT" names "New York Times"). A name of the memory the change leaves out is
    // let through only when it is the memory's one name and the change names
    // nothing itself ("My cat passed away" and "... a cat named Luna"), or gives it a new value ("I switched my gym to
    // Planet Fitness" and "... a gym membership at Equinox"; for a new value, the one name it leaves out: German capitalises
    // every noun, and "Mein Zahnarzt ist Dr. Weber" holds "Zahnarzt", which "Ich habe den Zahnarzt gewechselt" names,
    // beside "Dr. Weber"); a change that names something else ("I used to have a dog
    // back in Michigan" against "... a stuffed animal dog ... I named her Tilly") speaks of another thing. Something back
    // as it was may leave out the one name of where it was ("Meine Mutter ist wieder zu Hause" and "... liegt im
    // Krankenhaus": German capitalises every noun).
    private bool NamesNothingLeftOut(string memory)
    {
        var runs = SentenceClassifier.NameRuns(memory).ToList();
        bool Named(string[] run) => run.Any(word => Change.Text.Contains(word, StringComparison.OrdinalIgnoreCase))
            || (run.Length > 1 && Regex.IsMatch(Change.Text, $@"\b{SentenceClassifier.Initials(run)}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));
        var leftOut = runs.Where((run, i) => !Named(run)
            && !(i > 0 && Named(runs[i - 1]) && OfName(memory, runs[i - 1][^1], run[0]))
            && !(i + 1 < runs.Count && Named(runs[i + 1]) && KindOfName(memory, run[^1], runs[i + 1][0]))).Count();
        return leftOut == 0
            || ((Change.NewValue ? leftOut : runs.Count) == 1 && (!NamesSomething || Change.NewValue))
            || (!Change.NewValue && StopsWhatIsUnderWay(memory))
            || (Change.Back && leftOut == 1);
    }

    // Whether the name that follows another is part of it, joined by "of" ("University of Michigan", "Universidad de
    // Madrid", "Bank of America"): "Mi hijo dejó la universidad" names "Universidad de Madrid", Madrid with it.
    private static bool OfName(string memory, string first, string next) =>
        Regex.IsMatch(memory, $@"\b{Regex.Escape(first)}\s+(?:of|de|del|du|des|von|der|di|da)\s+(?:the\s+|la\s+|el\s+|l')?{Regex.Escape(next)}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // Whether the name is the kind of the one named after it ("a Labrador named Max", "a Honda called Betsy"): "We had to put
    // Max down" names "I have a Labrador named Max", whose breed is no one and nothing else.
    private static bool KindOfName(string memory, string kind, string name) =>
        Regex.IsMatch(memory, $@"\b{Regex.Escape(kind)}\s+(?:named|called|nommée?|appelée?|llamad[oa]|namens)\s+{Regex.Escape(name)}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // "I stopped learning Spanish" ends "I'm learning Spanish on Duolingo", whose name (Duolingo) it leaves out: an ending
    // that names the very doing a memory tells of under way ends it, however the memory goes on; so does one that gives up
    // or quits what the memory is doing, or stops doing or using it ("I gave up on Spanish", "I quit Duolingo", "I stopped
    // doing Duolingo": the retraction check found the memory by what they name).
    private bool StopsWhatIsUnderWay(string memory) =>
        SentenceClassifier.UnderWay(memory) && (Gerunds(Change.Text).Overlaps(Gerunds(memory)) || GivesUp().IsMatch(Change.Text));

    // A change that gives up or quits something: "I gave up on Spanish", "I quit Duolingo", "J'ai abandonné le piano",
    // "Dejé el curso", "Ich habe Japanisch aufgegeben", "I stopped using Notion".
    [GeneratedRegex(@"\b(?:gave up|given up|giving up|quit|quitting|stopped (?:doing|using)|dropped out of|dropped|abandon\w*|laissé tomber|dejé|dejó|aufgegeben|abgebrochen)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GivesUp();

    private static HashSet<string> Gerunds(string text) =>
        Gerund().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\b\p{L}{3,}ing\b")]
    private static partial Regex Gerund();
}
