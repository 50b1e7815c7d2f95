using System.Text.RegularExpressions;

namespace Mnemo.Formation;

/// <summary>
/// Decides what a sentence is by its structure and a few closed lists of function phrases (greetings, thanks,
/// acknowledgements, request and retraction verbs, habit adverbs, pronouns) in English, French, Spanish and German. It
/// never needs to know the content words: whatever is not recognisably empty (a greeting, a thank-you, an
/// acknowledgement, a question, a short reaction or a remark about the other person) is kept as a statement, in any
/// language.
/// </summary>
internal static partial class SentenceClassifier
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    // Reactions are short; a longer sentence opening with "that"/"it" usually says something ("It was my first marathon").
    private const int ReactionMaxWords = 8;
    private const int ShortMaxWords = 5;
    private const int RemarkMaxWords = 12;
    private const int MaxFillerWords = 12;

    /// <summary>Whether <paramref name="text"/> speaks of its speaker: a first-person pronoun or possessive, in any of the languages the rules read.</summary>
    public static bool SpeaksOfSelf(string text) => FirstPerson().IsMatch(text);

    /// <summary>Whether <paramref name="text"/> speaks to or of the other person: a second-person pronoun or possessive ("you", "yourself", "tu", "du" …).</summary>
    public static bool SpeaksToTheOther(string text) => SecondPerson().IsMatch(text) || AboutTheOther().IsMatch(text);

    /// <summary>Splits a message into sentences (at ., !, ?, … followed by a space, at line breaks, and at " - " before a capital).</summary>
    public static IEnumerable<string> Sentences(string text)
    {
        string? previous = null;
        foreach (var sentence in SentenceSplit().Split(BreakAfterFullWidthStops(JoinListItems(text))).SelectMany(piece => RetractionThenStatement(WithApostrophes(piece.Trim()))).SelectMany(BackThenSo))
        {
            if (sentence.Length == 0)
            {
                continue;
            }

            // A number alone after a period is the end of the sentence before it, cut at an abbreviation the list does
            // not know ("My new address is Hauptstr. 5." was stored as "My new address is Hauptstr." and "5.").
            if (previous is not null && sentence.Any(char.IsDigit) && !sentence.Any(char.IsLetter))
            {
                previous += " " + sentence;
                continue;
            }

            // "That's not true anymore. I don't drive a Civic.": the opener and the statement after it are one change (read
            // as "That's not true anymore, I don't drive a Civic").
            if (previous is not null && StaleOpenerAlone().IsMatch(previous))
            {
                previous += " " + sentence;
                continue;
            }

            if (previous is not null)
            {
                yield return previous;
            }

            previous = sentence;
        }

        if (previous is not null)
        {
            yield return previous;
        }
    }

    // "Ignore what I said about Duolingo, I switched to Babbel", "Forget that I live in Paris, I moved to Lyon": a
    // retraction and, after a comma, a statement of the speaker's are two statements (the statement was read as part of
    // what to forget, and was never kept). What states nothing after the comma is dropped from the retraction, whose
    // target it blurred: "Forget that I'm allergic to peanuts, I was wrong" matched nothing.
    private static IEnumerable<string> RetractionThenStatement(string sentence)
    {
        if (RetractionAndClause(sentence) is not (var head, var tail))
        {
            return [sentence];
        }

        return TailKind(tail) switch
        {
            StatementKind.Change or StatementKind.Fact => [head, tail],
            StatementKind.Skipped => [head],
            _ => [sentence],
        };
    }

    // "I'm running again, so not tired anymore", "I'm eating eggs again, so not vegan anymore": something back, and what
    // that ended, are two changes; as one, it retired only one of them ("I stopped running" or "I'm vegan").
    private static IEnumerable<string> BackThenSo(string sentence)
    {
        if (SoClause().Match(sentence) is { Success: true } so && so.Index > 0 && BackCue().IsMatch(sentence)
            && sentence[..so.Index].TrimEnd() is var head && Classify(head) is { Kind: StatementKind.Change, Back: true }
            && Capitalize(sentence[(so.Index + so.Length)..].Trim()) is { Length: > 0 } tail && Classify(tail) is { Kind: StatementKind.Change, Back: false })
        {
            return [head, tail];
        }

        return [sentence];
    }

    // A retraction and the clause of the speaker's after its comma or semicolon, or null.
    private static (string Head, string Tail)? RetractionAndClause(string sentence)
    {
        if (ForgetRequest().Match(sentence) is { Success: true } forget)
        {
            var target = forget.Groups["target"];
            // "Never mind about the rent increase, the landlord backed off": a clause of someone else's after the comma
            // says why, as the speaker's own would.
            var comma = ClauseAfterComma().Matches(target.Value).LastOrDefault()
                ?? (OtherClauseAfterComma().Match(target.Value) is { Success: true } other ? other : null);
            // Not inside a quotation: "remove the following: "As an AI language model, I do not …"" quotes someone.
            return comma is not null && target.Index + comma.Index > 0 && target.Value.AsSpan(0, comma.Index).IndexOfAny("\"“”«»") < 0
                ? (sentence[..(target.Index + comma.Index)].TrimEnd(), Capitalize(target.Value[(comma.Index + comma.Length)..].Trim()))
                : null;
        }

        // "Actually scratch the Japan trip, we're going to Korea instead": the thing dropped by its subject, and what
        // replaces it. Only when what is dropped still reads as dropped alone ("Never mind the gym, I gave up" drops the gym
        // because it was given up).
        if (sentence.AsSpan().IndexOfAny(",;") > 0 && StripLeadIns(sentence) is var core && DropThe().Match(core) is { Success: true } dropped
            && ClauseAfterComma().Match(core, dropped.Length) is { Success: true } clause && clause.Index == dropped.Length
            && core[..dropped.Length].TrimEnd() is var head && Classify(head).Kind == StatementKind.Forget)
        {
            return (head, Capitalize(core[(clause.Index + clause.Length)..].Trim()));
        }

        return null;
    }

    // What the clause after a retraction is: "I gave up" only says why, and is skipped with the thing it drops.
    private static StatementKind TailKind(string tail) => GaveUp().IsMatch(tail) ? StatementKind.Skipped : Classify(tail).Kind;

    // A chat often drops a contraction's apostrophe ("im vegetarian", "dont call me Bob", "i cant eat gluten"); every
    // rule reads "i'm", "don't", "can't", so the apostrophe goes back in ("im" only before a lower-case word: German "im
    // Sommer" is no "I'm"). Nothing else of the sentence changes.
    // (Replace hands back the same string when nothing matches.)
    private static string WithApostrophes(string sentence) =>
        MissingApostrophe().Replace(sentence, m => m.Value[..^m.Groups["end"].Length] + "'" + m.Groups["end"].Value);

    // Chinese and Japanese end a sentence at 。！？ with no space after: a line break there lets the split see it. (As an
    // alternative of the split pattern, a break of no width could start anywhere, and the split then tried every
    // position of every message instead of only its spaces.)
    private static string BreakAfterFullWidthStops(string text) =>
        text.AsSpan().IndexOfAny("。！？") < 0 ? text : FullWidthStop().Replace(text, "$0\n");

    // A list's items belong to the line that introduces them: "My allergies:\n- peanuts\n- shellfish" is one sentence,
    // "My allergies: peanuts, shellfish", not a heading and items too short to mean anything alone (which were skipped).
    private static string JoinListItems(string text) =>
        ListItem().Replace(text, item => item.Index > 0 && text[item.Index - 1] == ':' ? " " : ", ");

    /// <summary>Classifies one sentence; <paramref name="skipQuestions"/> false keeps questions as statements.</summary>
    public static Statement Classify(string sentence, bool skipQuestions = true)
    {
        var text = sentence.Trim();
        if (FillerReason(text) is { } filler)
        {
            return new Statement(StatementKind.Skipped, string.Empty, filler);
        }

        // "No emojis, please": "No emojis," reads as a lead-in and a word, so how answers should look is read first.
        if (AsksForAnswerStyle(text) && !IsQuestion(text))
        {
            return new Statement(StatementKind.Instruction, text);
        }

        var core = StripLeadIns(text);
        var coreFiller = core.Length == 0 ? null : FillerReason(core);
        if (core.Length == 0 || coreFiller is not null)
        {
            // Only lead-ins and a name were left ("Wow, Maria!"): the first word says what kind of filler it was.
            return new Statement(StatementKind.Skipped, string.Empty, coreFiller ?? FillerReason(text.Split([',', '!', '.', ' '], 2)[0]) ?? "acknowledgement");
        }

        // "Never mind the Japanese thing, I gave up", "Actually, scratch the meeting with Sam": what is dropped is named
        // by its subject (each was stored as a fact beside the memory it drops).
        if (DropThe().Match(core) is { Success: true } dropped)
        {
            return new Statement(StatementKind.Forget, core, Target: dropped.Groups["target"].Value.Trim());
        }

        if (ForgetRequest().Match(core) is { Success: true } forget)
        {
            // "Forget it, I'll do it myself": the idiom, not a retraction of anything.
            if (ForgetIt().IsMatch(forget.Groups["target"].Value))
            {
                return new Statement(StatementKind.Skipped, string.Empty, "acknowledgement");
            }

            // German ends the clause with its verb: "Vergiss, was ich über den Termin gesagt habe" names "den Termin".
            // "Delete X from your memory": where from says nothing of which memory.
            return new Statement(StatementKind.Forget, core, Target: FromMemoryTail().Replace(SaidTail().Replace(forget.Groups["target"].Value.TrimEnd('.', '!', '?', ' '), string.Empty), string.Empty));
        }

        // "Kannst du meine Nummer vergessen?": German asks with the verb last (it was skipped as a question).
        if (GermanForgetAsk().Match(core) is { Success: true } germanAsk)
        {
            return new Statement(StatementKind.Forget, core, Target: germanAsk.Groups["target"].Value);
        }

        // "I shouldn't have told you that my sister is pregnant, please forget it": taking back what was told is a
        // retraction of it (it was stored again as a fact beside the memory it takes back).
        if (TakenBack().Match(core) is { Success: true } taken)
        {
            return new Statement(StatementKind.Forget, core, Target: taken.Groups["target"].Value.TrimEnd('.', '!', '?', ' '));
        }

        if (ForgetCue().IsMatch(core) && NamedThenForget().Match(core) is { Success: true } named && (named.Groups["wrong"].Success || named.Groups["strong"].Success))
        {
            return new Statement(StatementKind.Forget, core, Target: named.Groups["target"].Value.Trim());
        }

        if (RememberRequest().Match(core) is { Success: true } request)
        {
            var rest = request.Groups["rest"].Value;
            if (IsQuestion(rest) && QuestionClause().Match(rest) is { Success: true } asked)
            {
                rest = asked.Groups["head"].Value + ".";
            }

            // "Please remember to always cite sources" asks for a standing behaviour: an instruction ("Just remember to take
            // care of yourself and always make time for the things you love" is advice to the other person).
            if (InfinitiveStart().IsMatch(rest) && Habit().IsMatch(rest) && !SpeaksToTheOther(rest))
            {
                return new Statement(StatementKind.Instruction, core);
            }

            // A request asked as a question ("Can you remember that I'm vegetarian?") keeps a statement; a German "dass"
            // clause gets the order of a statement ("Denk daran, dass ich Vegetarier bin": "Ich bin Vegetarier"), and so
            // does a Dutch "dat" clause ("Onthoud dat ik vegetariër ben": "Ik ben vegetariër").
            rest = rest.EndsWith('?') ? rest.TrimEnd('?', ' ') + "." : rest;
            var lead = core.AsSpan(0, request.Groups["rest"].Index);
            rest = GermanThat().IsMatch(lead) ? SubordinateClause.MainOrder(rest) : DutchThat().IsMatch(lead) ? SubordinateClause.DutchMainOrder(rest) : rest;
            // "Keep in mind that I'm colorblind when you suggest outfits": what is asked of the assistant is part of what
            // to keep, so the request is kept as said (without it, "I'm colorblind when you suggest outfits" says neither).
            return new Statement(StatementKind.Request, InfinitiveStart().IsMatch(rest) || AsksOfYou().IsMatch(rest) ? core : Capitalize(rest));
        }

        if (skipQuestions && IsQuestion(core))
        {
            // "Could you keep your answers under 100 words?", "Can you always reply in Spanish?", "Kannst du bitte immer auf
            // Deutsch antworten?": a standing instruction asked as a question (it was skipped as a question), stored as the
            // instruction; a one-off request ("Can you tell me a joke?", "Can you remind me what day my class is?") stays a
            // question.
            if (PoliteAsk().Match(core) is { Success: true } polite
                && AskedInstruction(polite.Groups["es"].Success ? SpanishImperative(polite.Groups["es"].Value) : polite.Groups["rest"].Value, skipQuestions) is { } instruction)
            {
                return instruction;
            }

            // "Would you mind answering in French?": the same with the verb as a gerund, read as each base form it may have
            // ("answer", "use", "stop") until one is an instruction.
            if (MindAsk().Match(core) is { Success: true } mind
                && BaseForms(mind.Groups["stem"].Value).Select(verb => AskedInstruction(verb + mind.Groups["rest"].Value, skipQuestions)).FirstOrDefault(a => a is not null) is { } gerundAsked)
            {
                return gerundAsked;
            }

            // "Did I mention I got a new job at Stripe?", "Je t'ai dit que j'ai déménagé ?": the speaker tells it, asking only
            // whether it was told before.
            if (ToldBefore().Match(core) is { Success: true } told
                && Classify(AsStatement(told.Groups["rest"].Value), skipQuestions) is { Kind: StatementKind.Fact or StatementKind.Change } toldNow)
            {
                return toldNow;
            }

            // "My favourite colour is green, what's yours?": a statement before a question clause is kept on its own when
            // it says something of the speaker or names something (a reaction before a question, "Love the tattoo, did
            // you just get it?", and a preamble, "I'm curious, what is it about?", are not).
            if (QuestionClause().Match(core) is { Success: true } clause
                && clause.Groups["head"].Value is var said
                && !Preamble().IsMatch(said)
                && (FirstPerson().IsMatch(said) || said.Any(char.IsDigit) || InnerName().IsMatch(said) || RelativeDates.HasExpression(said))
                && Classify(said + ".", skipQuestions) is { Kind: not (StatementKind.Skipped or StatementKind.Instruction) } head)
            {
                return head;
            }

            // "What should I pack for my solo trip to Thailand?": a question that tells of the speaker's own life or plans
            // (past a preamble such as "I was wondering") is kept whole. A request to the assistant that only mentions
            // something of the speaker's ("Can you help me with my resume?") is a task, unless it also states something
            // ("Can you help? I've broken my arm and can't type" keeps its second sentence anyway; "Could you help, I've
            // broken my arm?" is kept).
            // So is one whose opening says what the speaker is ("As a vegetarian, what should I order?"; not "As a kid, did
            // you …?", which asks the other).
            var asked = core[(Preamble().Match(core) is { Success: true } preamble ? preamble.Length : 0)..];

            // "What did I tell you about my sister?", "Do you remember what I said about my job?": a question that asks for
            // what was said before tells nothing new, whatever it names of the speaker's.
            if (RecallAsk().IsMatch(asked))
            {
                return new Statement(StatementKind.Skipped, string.Empty, "question");
            }

            if (SelfStatement().IsMatch(asked) || (SelfPossessive().IsMatch(asked) && !AskStart().IsMatch(asked))
                || (AsWhatISay().Match(asked) is { Success: true } role && FirstPerson().IsMatch(asked[role.Length..])))
            {
                return new Statement(StatementKind.Fact, core);
            }

            return new Statement(StatementKind.Skipped, string.Empty, "question");
        }

        // "Let me know how it goes", "Sag mir Bescheid": read before tasks and instructions, whose form it has.
        if (Housekeeping().IsMatch(Body(core)))
        {
            return new Statement(StatementKind.Skipped, string.Empty, "chit_chat");
        }

        // "Summarize this article for me", "Traduis ce texte": a task on what the conversation holds, not something to keep;
        // so is a refinement of the assistant's last answer ("Try again", "Continue"; not "Make it vegetarian", which may
        // tell a taste).
        if (TaskOnThis().IsMatch(core) || Refinement().IsMatch(core))
        {
            return new Statement(StatementKind.Skipped, string.Empty, "task");
        }

        // "That's not what I asked", "I meant the other one", "Let's go with option 2": a verdict on the assistant's answer
        // or a choice among its options, which means nothing without that answer; so is "That's not true anymore." with
        // nothing after it.
        if (Feedback().IsMatch(core) || StaleOpenerAlone().IsMatch(core))
        {
            return new Statement(StatementKind.Skipped, string.Empty, "feedback");
        }

        // "Explain things like I'm five", "Write code examples in TypeScript": a task said of anything asked, not of one
        // thing, is how to answer from now on.
        if (AnyTaskManner().IsMatch(core) && !RelativeDates.HasExpression(core))
        {
            return new Statement(StatementKind.Instruction, core);
        }

        // "Write a poem about the sea", "Give me a list of ten fruits", "Explain quantum computing": a one-off task for the
        // assistant, kept as a fact, never as a standing instruction (those say how to answer: "Write in British English",
        // "Use metric units", or carry "always", "from now on"). Skipping such tasks cost LongMemEval's session recall
        // (the request is what finds the session of the assistant's answer), so they stay (docs/BENCHMARKS.md).
        if (OneOffTask().IsMatch(core) && !Habit().IsMatch(core))
        {
            return new Statement(StatementKind.Fact, core);
        }

        if (IsInstruction(core))
        {
            return new Statement(StatementKind.Instruction, core);
        }

        // "That's not true anymore, I don't drive a Civic", "Ce n'est plus vrai, j'habite à Porto": what follows says what
        // changed; the opener names nothing a memory holds.
        if (StaleOpener().Match(core) is { Success: true } stale
            && Classify(stale.Groups["rest"].Value, skipQuestions) is { Kind: StatementKind.Fact or StatementKind.Change } after)
        {
            var rest = Capitalize(after.Text);
            return new Statement(
                StatementKind.Change, rest, Target: after.Target ?? ChangeTarget(rest, 0, 0, moves: false), About: after.About,
                NewValue: after.Kind == StatementKind.Fact || after.NewValue);
        }

        // "My heart rate went up to 180 during my run": an amount that rose for a while is an event, not a new value.
        var (change, back) = FirstChange(core);
        // "I almost gave up on Japanese today", "I want to quit my job", "Casi renuncié": a change nearly made, wished for
        // or planned has not happened, and retires nothing.
        if (change is not null && Unreal().IsMatch(core.AsSpan(0, change.Index)))
        {
            (change, back) = (null, false);
        }

        var amount = change is null ? null : AmountMovedTo().Match(core, change.Index);
        var amountMoved = amount is { Success: true };
        var raises = change is not null && (amountMoved || Raised().IsMatch(change.Value) || change.Groups["amt"].Success);
        if (change is not null && !(raises && Passing().IsMatch(core, change.Index + change.Length)))
        {
            // The target names the memory: a date says when it changed ("Rex passed away last night"), not which one, and
            // a clause after the change says why or what came next ("I left my job at Google to start my own company"),
            // not what changed.
            // "My new manager is Tom": the speaker's manager changed, so the memory it retires names a manager ("My manager is
            // Priya" speaks of someone else, which a change of the speaker's own never retires).
            // "My phone plan is now $65 a month": an amount said to be another now is a new value of what it is the amount
            // of, which the memory it retires holds a number for ("I pay $80 a month for my phone plan").
            var amountNow = change.Groups["amt"].Success;
            var moves = Moved().IsMatch(change.Value);
            // "My sister sold my old car", "My boss cancelled our meeting": someone else changed what is the speaker's own,
            // which the change names after its verb (it was read as a change of the sister's or the boss's).
            // A farewell after an acquisition ("Just got an iPhone 15, goodbye Pixel!") is the speaker's, whatever came before.
            var subject = Farewell().IsMatch(change.Value) ? null : ChangeSubject(core[..change.Index]);
            var ownObject = subject is { Count: > 0 }
                && ((!moves && (OwnObject().IsMatch(core.AsSpan(change.Index + change.Length)) || OwnObjectEnd().IsMatch(change.Value)))
                    || amount!.Groups["own"].Success);
            // "My daughter changed schools" switched a kind of someone of the speaker's: the memory it retires is of her.
            // "I lost my grandma" speaks of the grandma, whom the memory it retires names ("My grandma lives in Ohio").
            // "I broke up with Mark" speaks of Mark, whom the memory it retires names ("My boyfriend is Mark").
            // "Jake and I aren't friends anymore" ends what the two were: the memory it retires names Jake and what they
            // were ("My best friend is Jake"); "Mark and I aren't together anymore" is a break-up, of the couple ("My
            // boyfriend is Mark"). "My wife and I sold our car" is the couple's own change, of neither alone.
            var pair = !back && PairNoLonger().Match(core) is { Success: true } two && two.Index + two.Length <= change.Index + change.Length ? two : null;
            // "The band broke up" ended a group, not a couple.
            var breakUp = !change.Groups["disband"].Success && (BreakUpMarker().IsMatch(change.Value) || pair is { Groups: var g } && g["couple"].Success);
            var about = LostKin().Match(core, change.Index) is { Success: true } lost ? [lost.Groups["k"].Value.ToLowerInvariant()]
                : breakUp && BrokeUpWith().Match(core, change.Index) is { Success: true } partner ? [partner.Groups["k"].Value.ToLowerInvariant()]
                : pair is not null ? [pair.Groups["k"].Value.ToLowerInvariant()]
                : (change.Groups["x"].Success && (subject is null || !SomeoneOfMine().IsMatch(core))) || ownObject ? null
                : NewSomeone().Match(core) is { Success: true } someone ? [someone.Groups["k"].Value.ToLowerInvariant()]
                : subject;
            // "Actually, scratch that, it's dogs I'm allergic to": what is kept is the statement, not the words that took
            // the last one back (they still mark it as a new value).
            return new Statement(
                StatementKind.Change, ScratchLead().Match(core) is { Success: true } scratch ? Capitalize(core[scratch.Length..]) : core,
                Target: pair is not null ? (breakUp ? pair.Groups["k"].Value : $"{pair.Groups["k"].Value} {(pair.Groups["mute"].Success ? "friend" : pair.Groups["r"].Value)}")
                    : change.Groups["x"].Success ? SwitchedKind(change) : change.Groups["who"].Success ? change.Groups["who"].Value : ChangeTarget(core, change.Index, change.Index + change.Length, moves && !amountMoved, objectOnly: ownObject),
                About: about, NewValue: NewValue().IsMatch(change.Value) || change.Groups["v"].Success || amountNow, Moves: moves,
                Finishes: Finished().IsMatch(change.Value), Raises: raises, Value: change.Groups["v"].Success ? change.Groups["v"].Value : null,
                Lost: WentMissing().IsMatch(change.Value), Off: OffMarker().IsMatch(change.Value), Left: LeftStay().IsMatch(core, change.Index),
                PaidOff: PaidOffMarker().IsMatch(change.Value), Back: back, BreakUp: breakUp, Quits: change.Groups["quit"].Success,
                Lapsed: change.Groups["lapse"].Success, Disbanded: change.Groups["disband"].Success, RoleEnds: change.Groups["role"].Success);
        }

        return IsChitChat(core) ? new Statement(StatementKind.Skipped, string.Empty, "chit_chat") : new Statement(StatementKind.Fact, core);
    }

    // The first change marker of the patterns below (at one position, the older pattern's), and whether BackMarker found
    // it: something back as it was ("I'm working again", "I got my license back").
    private static (Match? Change, bool Back) FirstChange(string core)
    {
        Match? back = null;
        var first = Earlier(Earlier(ChangeMarker().Match(core), MoreChangeMarker().Match(core)), PartingMarker().Match(core));
        if (GoneCue().IsMatch(core))
        {
            first = Earlier(first, GoneMarker().Match(core));
        }

        if (SwitchCue().IsMatch(core))
        {
            first = Earlier(first, SwitchMarker().Match(core));
        }

        if (LossCue().IsMatch(core))
        {
            first = Earlier(first, LossMarker().Match(core));
        }

        // "New number: 555-0199": a pattern of its own, read only for a sentence that opens with an N (as an alternative of
        // ChangeMarker it made that pattern three times slower on every sentence).
        if (core.Length > 4 && core[0] is 'N' or 'n')
        {
            first = Earlier(first, NewLabel().Match(core));
        }

        if (BackCue().IsMatch(core))
        {
            back = BackMarker().Match(core);
            first = Earlier(first, back);
        }

        if (core.Contains("moved", StringComparison.OrdinalIgnoreCase))
        {
            first = Earlier(first, MovedToWhen().Match(core));
        }

        // Each of these is a pattern of its own, read only for a sentence with its word, so the others pay nothing for
        // it: "I left Google in October", "I cut out sugar", "It's my new favorite show", "We have a new landlord", "My
        // laptop died, so I bought a MacBook Pro".
        if (core.Contains("left ", StringComparison.OrdinalIgnoreCase))
        {
            first = Earlier(first, LeftByName().Match(core));
        }

        if (core.Contains("cut ", StringComparison.OrdinalIgnoreCase))
        {
            first = Earlier(first, CutOut().Match(core));
        }

        // "I'm so over sushi", "Day 30 without a cigarette!", "I haven't been to yoga in months".
        if (core.Contains("over ", StringComparison.OrdinalIgnoreCase))
        {
            first = Earlier(first, OverIt().Match(core));
        }

        if (core.Contains("without ", StringComparison.OrdinalIgnoreCase) || core.Contains(" no ", StringComparison.OrdinalIgnoreCase))
        {
            first = Earlier(first, DaysWithout().Match(core));
        }

        // NotInAWhile opens with one of these words: every other negated sentence ("I don't ...") pays no scan for it.
        if (core.Contains("haven't ", StringComparison.OrdinalIgnoreCase) || core.Contains("have not ", StringComparison.OrdinalIgnoreCase)
            || core.Contains("'ve not ", StringComparison.OrdinalIgnoreCase))
        {
            first = Earlier(first, NotInAWhile().Match(core));
        }

        // "Leo and I are done": a break-up said by the two alone (not "done with the renovation").
        if (core.Contains(" and I ", StringComparison.OrdinalIgnoreCase))
        {
            first = Earlier(first, PairDone().Match(core));
        }

        // "I gave up tennis after my knee surgery", "I quit golf because of my back": a bare thing given up, before when or why.
        if (core.Contains("quit ", StringComparison.OrdinalIgnoreCase) || core.Contains("gave up ", StringComparison.OrdinalIgnoreCase))
        {
            first = Earlier(first, QuitBare().Match(core));
        }

        // "I took my tongue piercing out for my new job": a thing worn, taken out for a reason.
        if (core.Contains(" for ", StringComparison.OrdinalIgnoreCase))
        {
            first = Earlier(first, TakenOutFor().Match(core));
        }

        // "Dr. Patel retired", "My manager left the company": someone who held a role for the speaker no longer does.
        if (core.Contains("retired", StringComparison.OrdinalIgnoreCase) || core.Contains("left ", StringComparison.OrdinalIgnoreCase))
        {
            // Before the markers found so far, which read "Karen left the company" as a leaving of the company.
            if (RoleLeft().Match(core) is { Success: true } role)
            {
                first = role;
            }
        }

        // "The band broke up", "The choir disbanded last month": a group's end.
        if (GroupEndCue().IsMatch(core))
        {
            first = Earlier(first, GroupEnded().Match(core));
        }

        // "Keto wasn't for me": a thing tried and left.
        if (core.Contains("for me", StringComparison.OrdinalIgnoreCase))
        {
            first = Earlier(first, NotForMe().Match(core));
        }

        if (NewCue().IsMatch(core))
        {
            first = Earlier(Earlier(first, NewFavorite().Match(core)), HaveNew().Match(core));
        }

        if (BrokeCue().IsMatch(core))
        {
            first = Earlier(first, BrokeAndReplaced().Match(core));
        }

        first = core.AsSpan().IndexOfAnyInRange('0', '9') >= 0 || core.Contains("died", StringComparison.OrdinalIgnoreCase)
            ? Earlier(first, DeathOrAmountMarker().Match(core))
            : first;

        return (first, first is not null && ReferenceEquals(first, back));
    }

    // What a change names as changed: the words after its marker ("changed my wifi password to"); of a new value said
    // without the old one, its last word, the kind of thing it is ("a plant-based laundry detergent", "an iPhone 15"), which
    // the old value's memory shares ("I use Tide detergent", "My phone is an iPhone 12"); of a kind switched, one of the
    // kind ("I switched dentists": "dentist", as "My dentist is Dr. Smith" names it).
    private static string SwitchedKind(Match change)
    {
        var named = change.Groups["x"].Value;
        if (change.Groups["v"].Success)
        {
            return RetractionMatcher.LastWord(named) is { Count: 1 } kind ? kind.First() : named;
        }

        // "switched dentists" is the whole match of a kind switched; "switched my gym membership to ..." names its thing as said.
        return change.Value.IndexOf(' ') is var space and > 0 && string.Equals(change.Value[(space + 1)..], named, StringComparison.Ordinal)
            ? Singular(named)
            : named;
    }

    // What a request asked as a question asks, when it is a standing instruction: not a one-off request ("remind me
    // what ...", "give me ...") unless a habit word makes it one ("always give me ...").
    private static Statement? AskedInstruction(string asked, bool skipQuestions) =>
        (!OneOffAsk().IsMatch(asked) || Habit().IsMatch(asked)) && Classify(AsStatement(asked), skipQuestions) is { Kind: StatementKind.Instruction } instruction
            ? instruction
            : null;

    // What a question asks, said as a sentence: "keep your answers short?" is "Keep your answers short.".
    private static string AsStatement(string asked) => Capitalize(asked.TrimEnd('?', ' ', '\u00a0')) + ".";

    // What "¿Puedes responder siempre en español?" asks, said as Spanish says an instruction: the infinitive that opens it
    // as the imperative ("Responde siempre en español"; "decir", "hacer", "poner", "tener", "usar" ...); any other text as
    // it is.
    private static string SpanishImperative(string asked)
    {
        var verb = SpanishInfinitive().Match(asked);
        if (!verb.Success)
        {
            return asked;
        }

        var infinitive = verb.Groups["v"].Value.ToLowerInvariant();
        var imperative = infinitive switch
        {
            "decir" => "di",
            "hacer" => "haz",
            "poner" => "pon",
            "tener" => "ten",
            "salir" => "sal",
            "venir" => "ven",
            "ser" => "sé",
            "ir" => "ve",
            _ => infinitive[..^2] + (infinitive.EndsWith("ar", StringComparison.Ordinal) ? "a" : "e"),
        };
        return imperative + asked[verb.Groups["v"].Length..];
    }

    // The base forms an English gerund's stem may have: "answer" (answer-ing), "use" (us-ing), "stop" (stopp-ing).
    private static IEnumerable<string> BaseForms(string stem)
    {
        yield return stem;
        yield return stem + "e";
        if (stem.Length > 2 && stem[^1] == stem[^2])
        {
            yield return stem[..^1];
        }
    }

    // One of an English plural: "pharmacies" "pharmacy", "classes" "class", "dentists" "dentist".
    private static string Singular(string plural) =>
        plural.EndsWith("ies", StringComparison.OrdinalIgnoreCase) ? $"{plural[..^3]}y"
        : plural.EndsWith("sses", StringComparison.OrdinalIgnoreCase) || plural.EndsWith("ches", StringComparison.OrdinalIgnoreCase)
            || plural.EndsWith("shes", StringComparison.OrdinalIgnoreCase) || plural.EndsWith("xes", StringComparison.OrdinalIgnoreCase) ? plural[..^2]
        : plural.EndsWith('s') ? plural[..^1]
        : plural;

    private static Match? Earlier(Match? first, Match second) =>
        first is not { Success: true } ? (second.Success ? second : null) : !second.Success || first.Index <= second.Index ? first : second;

    // The words of a change that name what changed: the sentence up to the first clause after its marker that gives a
    // reason, a purpose or what came next, unless that leaves no word to match ("I no longer go to the gym" keeps "gym").
    // A move names what moved before its marker and the new value after it ("My Lexapro dose was increased to 20mg": the
    // memory holds "10mg", never "20mg"), so only the words before count, when there are any.
    private static string ChangeTarget(string core, int markerStart, int markerEnd, bool moves, bool objectOnly = false)
    {
        string Words(string text) => ChangeWords().Replace(AbsoluteDate().Replace(TimeOfDay().Replace(RelativeDates.Strip(text), " "), " "), " ").Trim();

        // A reason said before the change ("I hurt my knee so I stopped running") is not what changed either, nor who
        // changed a thing of the speaker's ("My sister sold my old car" names the car).
        var leads = ChangeLead().Matches(core[..markerStart]);
        var start = objectOnly ? markerStart : leads.Count > 0 ? leads[^1].Index + leads[^1].Length : 0;
        // "I traded in my Civic for a Tesla": what was given up ends before what it was traded for, or where the change's
        // clause ends when that comes first ("Sold the red bike and bought a scooter").
        var tail = ChangeTail().Match(core, markerEnd) is { Success: true } t ? t.Index : core.Length;
        var end = moves ? markerStart
            : Traded().IsMatch(core.AsSpan(markerStart, markerEnd - markerStart)) && TradedFor().Match(core, markerEnd) is { Success: true } traded ? Math.Min(traded.Index + traded.Length, tail)
            : tail;
        var whole = Words(core);
        var head = Words(core[start..end]);
        return (start > 0 || end < core.Length) && RetractionMatcher.ContentWords(head).Count > 0 ? head : whole;
    }

    /// <summary>The initials of a name, lower-cased: "nyt" for "New York Times", what an abbreviation of it says.</summary>
    /// <param name="run">The words of the name (<see cref="NameRuns"/>).</param>
    public static string Initials(string[] run) => string.Concat(run.Select(word => char.ToLowerInvariant(word[0])));

    /// <summary>
    /// Whether <paramref name="text"/> speaks of someone other than the speaker: its subject is a person a possessive
    /// names ("My son plays soccer", "Ma sœur vit à Lyon"), or a name, with no first person in it ("Maria lives in
    /// Rome").
    /// </summary>
    public static bool SpeaksOfSomeoneElse(string text) =>
        SomeoneOfMine().IsMatch(text) || (NamedSubject().IsMatch(text) && !FirstPerson().IsMatch(text));

    /// <summary>
    /// Whether <paramref name="text"/> names something of the speaker's own by a possessive ("my birthday", "mon
    /// adresse", "mi coche"), not of someone of the speaker's ("my sister's birthday", "my son's school").
    /// </summary>
    public static bool NamesOwn(string text) => OwnPossessive().IsMatch(text) && !SpeaksOfSomeoneElse(text);

    /// <summary>
    /// The names <paramref name="text"/> holds past the start of its sentences, each a run of capitalised words ("Honda
    /// Civic", "Rex"), without the names of months and days.
    /// </summary>
    public static IEnumerable<string[]> NameRuns(string text) =>
        NameRun().Matches(text)
            .Select(m => m.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(run => !Calendar().IsMatch(run[0]));

    // Who a change speaks of, from the words before its marker: the speaker (null) when there are none ("No longer vegan",
    // "My number changed to ...") or they hold "I" or "we"; else the owner a possessive names ("My friend is no longer
    // ...": "friend"; "My neighbor's dog Rex passed away": "neighbor"), the names ("Rex passed away"), or the other words
    // ("The dog ..."); none for a pronoun ("She no longer ...", "..., even though you can't ... anymore"), which names no
    // one a memory could be checked against.
    private static List<string>? ChangeSubject(string before)
    {
        var subject = before.Trim().TrimEnd(',', ' ');

        // "I know you can't volunteer anymore": the one who changed is the pronoun right before the change, whoever spoke
        // before it.
        if (PronounLast().IsMatch(subject))
        {
            return [];
        }

        // "Finally got my retainer removed": an adverb alone before the change leaves the speaker unsaid, as nothing does.
        if (subject.Length == 0 || FirstPersonSubject().IsMatch(subject) || ImpliedWe().IsMatch(subject) || AdverbsOnly().IsMatch(subject))
        {
            return null;
        }

        if (Owner().Match(subject) is { Success: true } owner)
        {
            return [owner.Groups["key"].Value.ToLowerInvariant()];
        }

        // A capitalised determiner or pronoun that opens the sentence ("The wedding got moved") is no name.
        // A name alone is the subject even when it is also a function word of another language ("Mia outgrew her peanut
        // allergy": Italian "mia" is "my").
        var names = InnerName().Matches(" " + subject).Select(m => m.Value.ToLowerInvariant()).Where(n => RetractionMatcher.ContentWords(n).Count > 0).ToList();
        return names.Count > 0 ? names
            : LoneName().IsMatch(subject) ? [subject.ToLowerInvariant()]
            : [.. RetractionMatcher.ContentWords(subject)];
    }

    /// <summary>
    /// Whether a retraction's target is everything the memory holds of the speaker ("everything you know about me",
    /// "tout ce que tu sais sur moi", "todo lo que sabes de mí", "alles, was du über mich weißt"): a request to erase the
    /// user, which an add never does.
    /// </summary>
    public static bool IsForgetEverything(string target) => ForgetMe().IsMatch(target.Trim().TrimEnd('.', '!', ' '));

    /// <summary>
    /// Whether a retraction's target asks for everything on a subject ("everything about my phone", "tout sur", "todo
    /// sobre", "alles über"); <paramref name="subject"/> is the target without those words.
    /// </summary>
    public static bool IsForgetAll(string target, out string subject)
    {
        var match = ForgetAll().Match(target);
        subject = match.Success ? target[match.Length..].Trim() : target;
        return match.Success && subject.Length > 0;
    }

    /// <summary>The sentence without conversational lead-ins ("Yes,", "Well,", "Oh wow,", "Hey Mel!") and a name right after them.</summary>
    public static string StripLeadIns(string sentence)
    {
        var text = sentence.Trim();
        for (var i = 0; i < 4; i++)
        {
            // "No kids.", "Nope, no allergies.", "No kids, but two dogs": what the speaker has none of, not a "no" said
            // before a name or a word (the lead-in's optional word had swallowed "kids").
            if (NoneOf().IsMatch(text))
            {
                break;
            }

            var match = LeadIn().Match(text);
            if (!match.Success || NamedBefore(text[match.Length..]) || NamedLead().IsMatch(match.Value))
            {
                break;
            }

            text = text[match.Length..].TrimStart();
            var name = Vocative().Match(text);
            if (name.Success && !NamedBefore(text[name.Length..]))
            {
                text = text[name.Length..].TrimStart();
            }
        }

        return text.Length > 0 && char.IsLower(text[0]) && text != sentence.Trim() ? Capitalize(text) : text;
    }

    // "Great Falls, Montana is my hometown", "Super Bowl, the best night of the year", "Top Gun, my favourite film": a word
    // of praise followed by a capitalised word is the start of a name, not a reaction said to someone ("Great job, ..."
    // keeps its lead-in; a name said to someone comes after a greeting or thanks, "Hi Maria, ...").
    [GeneratedRegex(@"^(?:great|super|top|cool|nice|amazing|awesome|wonderful|fantastic|perfect|excellent|brilliant|interesting|true|prima|gut|klar|bon|claro|genial|génial)\s+(?-i:\p{Lu})", Options)]
    private static partial Regex NamedLead();

    // Whether what follows a lead-in or a name is an apposition to that name ("Ben, my brother, lives in Leeds"; "Mira, my
    // sister, is a nurse"): the name is then the sentence's subject, not a word said to someone, and stays. "Ben" and
    // "Mira" are lead-ins too, in French and Spanish.
    private static bool NamedBefore(string rest) => Apposition().IsMatch(rest.TrimStart());

    /// <summary>How many words <paramref name="text"/> has (letters, digits and apostrophes).</summary>
    public static int WordCount(string text) => Word().Count(text);

    /// <summary>The reason a sentence made only of greetings, thanks and acknowledgements (and names) is skipped, or null.</summary>
    public static string? FillerReason(string text)
    {
        // A filler is a few words. The pattern can read a capitalised "Ok" as the acknowledgement or as a name, so a long
        // run of them that fails at its end would be tried every way (2^n): the count keeps that bounded.
        if (Word().Count(text) > MaxFillerWords)
        {
            return null;
        }

        // The pattern reads a capitalised word as a name said to someone ("Thanks, Maria!"); after a verb it is what the
        // verb is about: "I know Python", "Ich verstehe Deutsch" tell a skill.
        var match = Filler().Match(text);
        if (!match.Success || KnowsNamed().IsMatch(text))
        {
            return null;
        }

        var (greeting, thanks, ack) = (match.Groups["g"], match.Groups["t"], match.Groups["a"]);
        var first = new[] { (greeting, "greeting"), (thanks, "thanks"), (ack, "acknowledgement") }
            .Where(g => g.Item1.Success)
            .OrderBy(g => g.Item1.Captures[0].Index)
            .Select(g => g.Item2)
            .FirstOrDefault();

        // "Saturday works for me!" agrees to a day, which the pattern reads as a name: no acknowledgement ("Alright, see
        // you tomorrow!" is still a greeting).
        return !greeting.Success && AgreedDay().IsMatch(text) ? null : first;
    }

    private static bool IsQuestion(string core)
    {
        var trimmed = core.TrimEnd(' ', '!', '.', ')', '"', '\'', '！', '。');
        return trimmed.EndsWith('?') || trimmed.EndsWith('？') || core.StartsWith('¿');
    }

    // "Don't give up!" and "Never give up!" encourage the other person; they are not instructions for the assistant. Nor
    // is an imperative about the other's world ("Show me your garden!", "Call me when you're free!"), one that says when
    // without a habit ("Remind me to call mom tomorrow": a one-off, kept as a dated fact), or one followed by news of the
    // speaker's ("Don't tell anyone, but I'm pregnant").
    // The form of an instruction is read first: most sentences are not one, and the exceptions need not run for them.
    private static bool IsInstruction(string core) =>
        (ImperativeStart().IsMatch(core)
            || WantsYouTo().IsMatch(core)
            || HabitStart().IsMatch(core)
            || ImperativeThenHabit().IsMatch(core)
            || AsksForAnswerStyle(core)
            || PrefersAnswers().IsMatch(core)
            || AnswerInClause().IsMatch(core)
            || (HabitImperative().IsMatch(core) && !SelfHabit().IsMatch(core))
            || (Habit().IsMatch(core) && (PoliteStart().IsMatch(core) || (SecondPerson().IsMatch(core) && !SecondPersonStart().IsMatch(core))) && !FirstPersonStart().IsMatch(core)))
        && !Encouragement().IsMatch(core)
        && (!AboutTheOther().IsMatch(core) || OwnWorkHabit().IsMatch(core))
        && !ButISay().IsMatch(core)
        && !SelfHabitStart().IsMatch(core)
        && (Habit().IsMatch(core) || !RelativeDates.HasExpression(core));

    // A request for the language of the answers after a statement: "Hablo poco inglés, respóndeme en español por favor",
    // "My Spanish is rusty, please answer in English" (the statement was kept as a fact, the request with it).
    [GeneratedRegex(@",\s*(?:(?:please|pls|por favor|bitte|s'il (?:te|vous) plaît)[,\s]+)?(?:(?:(?:answer|reply|respond|write|speak|talk)(?:\s+to\s+me)?\s+in|(?:antworte|antworten sie|schreib|schreibe|schreiben sie|sprich|sprechen sie)\s+(?:mir\s+|mit mir\s+)?(?:bitte\s+)?auf)\s+(?-i:\p{Lu}\p{Ll}+)|(?:respóndeme|contéstame|escríbeme|háblame|réponds-moi|répondez-moi|écris-moi|écrivez-moi|parle-moi|parlez-moi)(?:\s+(?:por favor|s'il (?:te|vous) plaît|siempre|toujours))?\s+en\s+(?!(?:la|el|los|las|un|una|le|les|du|des|persona|personne|privado|privé|serio|broma)\b)\p{L}+)", Options)]
    private static partial Regex AnswerInClause();

    // How answers should look, said without a verb ("No emojis, please", "Shorter answers please"), and not of the speaker.
    private static bool AsksForAnswerStyle(string text) => AnswerStyle().IsMatch(text) && !FirstPersonStart().IsMatch(text);

    // What a conversation partner says to react, not to inform: reactions ("That's awesome!"), remarks about the other
    // person ("You're so inspiring"), polite empathy ("I'm so happy for you") and very short exclamations; never a
    // sentence with a number or a relative date in it.
    private static bool IsChitChat(string core)
    {
        var body = Body(core);
        var words = SpokenWords(body);
        var firstPerson = FirstPerson().IsMatch(body) || ImpliedSelf().IsMatch(body) || NoneOf().IsMatch(body) || ImpliedKin().IsMatch(body);
        var digits = body.Any(char.IsDigit);
        if (words == 0)
        {
            return true;
        }

        // A sentence that says when ("Can't wait for tomorrow's grand opening!") tells of an event or a plan, however
        // short or exclamatory it is: kept, with its date resolved; so is the speaker introducing themself ("This is
        // Dana from accounting", "Ici Paul de la compta").
        if (RelativeDates.HasExpression(body) || SelfIntroduction().IsMatch(body))
        {
            return false;
        }

        if (!firstPerson && !digits && ReactionOpener().IsMatch(body) && words <= ReactionMaxWords)
        {
            return true;
        }

        if (!firstPerson && SecondPersonStart().IsMatch(body))
        {
            return true;
        }

        // "I agree with my doctor that I should cut sugar" says what the speaker does: a first-person subject after the
        // opening one is news.
        if (Empathy().IsMatch(body) && words <= RemarkMaxWords && !FirstPersonSubject().IsMatch(body, Word().Match(body).Length))
        {
            return true;
        }

        if (!digits && words <= RemarkMaxWords && IsCourtesy(body, firstPerson))
        {
            return true;
        }

        // A count said in words is a number too ("Yes, two cats.", "Drei Kinder.").
        return words <= ShortMaxWords && !firstPerson && !digits && !InnerName().IsMatch(body) && !NumberWord().IsMatch(body)
            && (ReactionOpener().IsMatch(body) || words <= 2 || core.TrimEnd().EndsWith('!') || SecondPerson().IsMatch(body));
    }

    // A sentence without its closing punctuation and a name said at its end ("I totally agree, Maria!": "I totally agree").
    private static string Body(string core) => TrailingVocative().Replace(core.TrimEnd(' ', '!', '.', '…', ',', '！', '。'), string.Empty);

    // Words as a reader counts them: a run of Chinese or Japanese characters, written without spaces, counts one word per
    // two characters ("東京に住んでいます" is about five words, not one).
    private static int SpokenWords(string text)
    {
        var count = 0;
        foreach (Match word in Word().Matches(text))
        {
            var unspaced = word.Value.Count(c => c is (>= '\u3040' and <= '\u30FF') or (>= '\u3400' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF'));
            count += unspaced > 0 ? Math.Max(1, (unspaced + 1) / 2) + (word.Value.Length - unspaced > 0 ? 1 : 0) : 1;
        }

        return count;
    }

    // Thanks and encouragement said in a sentence ("Your support means a lot to me", "Thanks for the kind words", "I
    // believe in you, keep going!"), a guess at how the other person feels ("That must have been exciting") and praise of
    // what was shown ("Those colours are so vivid"; not of a pastime in general, "Swimming is really fun", which may be
    // the speaker's taste): nothing in them is news, unless the guess or the praise names someone or something. What
    // follows the thanks or the encouragement may still be news: "Thanks for the tip, I booked the hotel" is kept.
    private static bool IsCourtesy(string body, bool firstPerson)
    {
        var courtesy = Gratitude().Match(body) is { Success: true } thanks ? thanks : Encouragement().Match(body);
        return courtesy.Success
            ? !FirstPersonSubject().IsMatch(body[courtesy.Length..])
            : !firstPerson && !InnerName().IsMatch(body) && (Guess().IsMatch(body) || Praise().IsMatch(body));
    }

    private static string Capitalize(string text) =>
        text.Length > 0 && char.IsLower(text[0]) ? char.ToUpperInvariant(text[0]) + text[1..] : text;

    private const string Greetings =
        @"hi|hello|hey|hiya|howdy|what's up|wassup|sup|yo\b(?<!\b(?:soy|es|era|fui|y) yo)|good (?:morning|afternoon|evening|night|day)|bye(?: for now)?|bye-bye|goodbye|good ?bye|(?:i'll |i will )?see (?:you|ya)(?: later| soon| tomorrow| then| around| next time)?|catch (?:you|ya) later|take care(?: of yourself)?|take it easy|(?:let's )?catch up soon|stay safe|ttyl|cya|cheers|have (?:a |an )?(?:good|great|nice|lovely|awesome|amazing|wonderful|fantastic|fun|safe) (?:day|time|one|night|evening|weekend|week|trip|flight|hike|holiday|vacation|break|party|game|show|class|walk|stay)|have (?:fun|a blast)(?: \w+ing)?|enjoy (?:the rest of )?(?:your|the) (?:day|evening|night|weekend|trip)|(?:talk|speak|chat) (?:to you )?(?:soon|later|tomorrow)|until next time|keep in touch|keep me posted|good luck|best of luck|wish me luck|souhaite-moi bonne chance|souhaitez-moi bonne chance|deséame suerte|deséenme suerte|drück mir die daumen|drückt mir die daumen|bonne chance|bon courage|prends soin de toi|prenez soin de vous|à la prochaine|buena suerte|cuídate|cuídese|hasta la próxima|viel glück|viel erfolg|pass auf dich auf|bis zum nächsten mal|привет|здравствуйте|пока|до свидания|доброе утро|добрый (?:день|вечер)|こんにちは|こんばんは|おはよう(?:ございます)?|さようなら|またね|你好|您好|再见|早上好|晚安|안녕하세요|안녕|مرحبا|السلام عليكم|مع السلامة|नमस्ते|merhaba|selam|günaydın|görüşürüz|bonjour|bonsoir|salut|coucou|bonne (?:journée|soirée|nuit)|au revoir|à plus(?: tard)?|à bientôt|à demain|hola|buenos días|buenas(?: tardes| noches)?|adiós|hasta (?:luego|pronto|mañana)|chao|hallo|guten (?:morgen|tag|abend)|gute nacht|moin(?: moin)?|servus|grüß gott|grüß dich|grüezi|what's good|tschüss|tschau|bis (?:bald|später|morgen|dann)|auf wiedersehen|(?:einen )?schönen (?:tag|abend|sonntag|feierabend)(?: noch)?|schönes wochenende(?: noch)?|(?:merry|happy) (?:christmas|xmas|holidays|new year|easter|thanksgiving|hanukkah|diwali|eid|lunar new year|chinese new year)|season's greetings|joyeux noël|joyeuses fêtes|bonne année|joyeuses pâques|feliz (?:navidad|año nuevo|año|pascua)|felices fiestas|frohe (?:weihnachten|ostern|feiertage)|frohes (?:neues jahr|fest)|guten rutsch|buongiorno|buonasera|buonanotte|ciao|arrivederci|a presto|bom dia|boa tarde|boa noite|olá|tchau|até (?:logo|mais|amanhã)|goedemorgen|goedemiddag|goedenavond|goedenacht|doei|tot ziens|tot later|dzień dobry|dobry wieczór|dobranoc|cześć|do widzenia|na razie|hej(?:san| då)?|god (?:morgon|kväll|natt)|vi ses"
        + @"|(?:hi|hello|hey|good morning|good evening|bonjour|bonsoir|salut|hola|buenos días|buenas(?: tardes| noches)?|hallo|guten (?:morgen|tag|abend)|buongiorno|buonasera|ciao|bom dia|boa tarde|olá|goedemorgen|hej|dzień dobry|cześć)[\s,]+(?:everyone|everybody|all|guys|folks|y'all|à tous|tout le monde|a todos|a todas|chicos|zusammen|alle|ihr|leute|a tutti|ragazzi|pessoal|gente|allemaal|wszystkim|alla)";

    private const string Thanks =
        @"thanks?(?: you)?(?: so much| a lot| very much| again| a million| a bunch| a ton| kindly)?|thx|ty(?: so much| very much)?|tysm|many thanks|much appreciated|appreciate it|merci(?: beaucoup| bien| infiniment| mille fois)?|(?:je te|je vous) remercie(?: beaucoup| infiniment| de tout cœur)?|(?:thanks|thank you|thx) in advance|merci d'avance|gracias de antemano|gracias por adelantado|danke im voraus|vielen dank im voraus|gracias|muchas gracias|muchísimas gracias|mil gracias|(?:te|se) lo agradezco(?: mucho)?|danke(?: schön| sehr| vielmals| dir| euch)?|vielen (?:herzlichen |lieben )?dank|(?:herzlichen|lieben|besten) dank|tausend dank|ich danke (?:dir|ihnen|euch)|dank (?:je|u)(?: wel)?|bedankt|grazie(?: mille)?|obrigad[oa]|dziękuję(?: bardzo)?|dzięki|tack(?: så mycket)?|спасибо(?: большое)?|благодарю|ありがとう(?:ございます)?|どうも|谢谢(?:你|您)?|多谢|感谢|감사합니다|고마워요|고마워|شكرا(?: جزيلا)?|धन्यवाद|शुक्रिया|teşekkürler|teşekkür ederim|sağ ol";

    private const string Acknowledgements =
        @"ok(?:ay)?|k|kk|sure(?: thing)?|got it|gotcha|understood|noted|good to know|fair enough|(?:that )?makes sense|good point|that's (?:so )?funny|(?:i'll|i will|let me) (?:think about it|think|check|see|get back to you)|get back to you|one sec(?:ond)?|(?:just )?a (?:sec|second|moment|minute)|give me a (?:sec|second|moment|minute)|hold on|brb|(?:ah |oh )?i see(?: now)?|i (?:see|know|get) what you mean|je vois ce que tu veux dire|(?:ya )?entiendo lo que quieres decir|ich (?:verstehe|weiß),? was du meinst|i know|(?:now )?i (?:understand|get it)(?: now)?|i don't know|i dunno|dunno|i (?:don't|do not|can't|cannot) (?:remember|recall)|no me acuerdo(?: de nada)?|no (?:lo )?recuerdo|je ne (?:m'en )?souviens (?:pas|plus)|je ne me (?:le )?rappelle (?:pas|plus)|ich erinnere mich nicht(?: mehr)?|ich weiß (?:es )?nicht mehr|(?:i'm )?not sure(?: yet)?|(?:i'm )?not sure i (?:follow|understand|get it|understood)|i (?:don't|do not) (?:quite |really )?(?:follow|get it|understand)|(?:that |this |it )?works(?: (?:for|with) me| fine| great)?|(?:that's|that is|it's) fine(?: (?:with|by) me)?|fine (?:with|by) me|sounds good to me|forget (?:about )?it|(?:it )?(?:doesn't|does not) matter|no matter|oublie ça|laisse tomber|ça ne fait rien|olvídalo|no importa|vergiss es|egal|no idea|je ne sais pas|je sais pas|aucune idée|pas sûr|no sé|ni idea|no estoy seguro|keine ahnung|ich weiß (?:es )?nicht|weiß nicht|right|alright|all right|cool|great|nice|awesome|amazing|wow|whoa|woah|oh|ooh|ah|aww+|aw|hmm+|um|uh|yes|yeah|yep|yup|no|nope|nah|indeed|absolutely|totally|definitely|exactly|true|agreed|same(?: here)?|me too|you too|of course|for sure|no problem|no prob|no worries|pas de (?:problème|souci|soucis|quoi|panique)|aucun (?:problème|souci)|sin problema|ningún problema|no hay problema|no pasa nada|no te preocupes|kein problem|keine sorge|keine ursache|kein stress|kein thema|keine eile|never mind|nevermind|always a pleasure|toujours un plaisir|siempre es un placer|immer gerne|you're welcome|my pleasure|any ?time|(?:glad|happy) (?:i could |to )help|haha+|hehe|lol|omg|yay|oops|ouch|oof|ugh|yikes|dang|(?:i'm )?(?:so |really )?sorry to hear(?: that| about that| it)?|sounds (?:good|great|fun|nice|cool|awesome|amazing|like a plan)|me parece (?:bien|perfecto|genial|estupendo|buena idea)|ça me va|ça me paraît bien|(?:klingt|hört sich) (?:gut|super|prima|toll)(?: an)?|perfect|d'accord|ok d'accord|ça marche|parfait|oui|non|bien sûr|génial|je (?:comprends|vois)|compris|entendu|vale|sí|si|claro(?: que sí)?|por supuesto|desde luego|perfecto|bueno|de acuerdo|genial|(?:lo |ahora )?entiendo|entendido|ya veo|ja|nein|genau|klar|alles klar|na klar|aber klar|natürlich|super|prima|stimmt|gut|verstanden|(?:ich |jetzt )?verstehe(?: ich)?|ach so|mach ich|wird gemacht|capito|ho capito|capisco|certo|d'accordo|va bene|entendi|beleza|combinado|begrepen|duidelijk|oké|rozumiem|jasne|spoko|w porządku|mam to|да|нет|хорошо|ладно|понятно|ок|はい|いいえ|わかりました|了解|なるほど|そうですね|好的|好|是的|对|不是|明白了|没问题|哈哈+|네|아니요|알겠어요|좋아요|نعم|لا|حسنا|हाँ|नहीं|ठीक है|evet|hayır|tamam|anladım";

    // What opens a polite request ("please", "bitte", "s'il te plaît"), and a request that also asks ("could you ..."):
    // the start of requests, retractions, tasks and instructions alike.
    private const string PoliteWords = @"please|pls|plz|kindly|por favor|bitte|s'il (?:te|vous) plaît|stp|svp|per favore|alsjeblieft|alstublieft|proszę";
    private const string PoliteLead = @"^(?:(?:" + PoliteWords + @")[,\s]+)?";
    private const string AskLead = PoliteLead + @"(?:(?:" + AskWords + @")\s+(?:please\s+)?)?";

    // What opens a retraction: a request, or a permission ("You can forget about my gym", "Feel free to delete ...").
    private const string ForgetLead = PoliteLead + @"(?:(?:" + AskWords + @"|you (?:can|may)(?: now| just)?|feel free to|go ahead and)\s+(?:please\s+)?)?";

    private const string AskWords = @"(?:can|could|would) you|(?:i want|i'd like|i would like|i need) you to";

    [GeneratedRegex(@"[.;,]?[ \t]*\r?\n\s*(?:[-*•–]|\d{1,2}[.)])[ \t]+")]
    private static partial Regex ListItem();

    // No break after a title, a common abbreviation or an initial ("Call me Dr. Lee", "J. K. Rowling", "e.g. Paris"):
    // the sentence goes on (before, "You can call me Dr. Lee." was stored as "You can call me Dr.").
    // German writes an ordinal with a period: "am 12. Juni", "im 2. Stock", "zum 3. Mal" end no sentence.
    [GeneratedRegex(@"(?<=[.!?…][""'”’»)\]]?)(?<!(?:^|[\s(""'“.])(?:" + Abbreviations + @")\.)(?<!\b(?:am|vom|zum|zur|bis|ab|seit|im|ins|der|die|das|den|dem|des)\s+\d{1,2}\.)(?!(?<=\b\d{1,2}\.)\s+(?:" + GermanMonths + @")\b)\s+|\n+|\s+[-–—]\s+(?=\p{Lu})")]
    private static partial Regex SentenceSplit();

    [GeneratedRegex(@"\b(?:i(?<end>m)(?=\s+(?-i:\p{Ll}))|i(?<end>ve)|(?:do|does|did|ca|wo|is|was|are|were|have|has|had|could|should|would|must)n(?<end>t)|(?:that|what|there|she|he)(?<end>s)(?=\s)|(?:you|they)(?<end>re)(?=\s)|(?:you|they|we)(?<end>ve))\b", Options)]
    private static partial Regex MissingApostrophe();

    [GeneratedRegex(@"[。！？](?=[^\s。！？])")]
    private static partial Regex FullWidthStop();

    // What an assistant's answers are called, in the four languages.
    private const string AnswerNouns = @"(?:answers|replies|responses|explanations|réponses|explications|respuestas|explicaciones|antworten|erklärungen)\b";

    // The months after a German ordinal ("am 12. Juni", "3. Okt."), which never end a sentence.
    private const string GermanMonths = "Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sep|Sept|Okt|Nov|Dez";

    // Titles and abbreviations after which a period ends no sentence, as written (a title is capitalised: "Dr.", not
    // "dr."), and single capital initials.
    internal const string Abbreviations =
        @"Mr|Mrs|Ms|Mx|Dr|Drs|Prof|Sr|Sra|Srta|Jr|St|Mt|Mme|Mlle|Mgr|Hr|Fr|Dra|Rev|Gen|Col|Capt|Lt|Sgt|vs|etc|e\.g|i\.e|z\.B|z\. B|bzw|usw|ca|approx|Nr|Inc|Ltd|Co|Ave|Blvd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|a\.m|p\.m|\p{Lu}";

    [GeneratedRegex(@"^(?:(?<g>\b(?:" + Greetings + @")\b)|(?<t>\b(?:" + Thanks + @")\b)|(?<a>\b(?:" + Acknowledgements + @")\b)|(?-i:\p{Lu}\p{Ll}+)|\b(?:and|et|y|und)\b|[\s,!.…:;'()\-~*^¡¿！。、]|:\)|;\)|:D|<3|\p{So}|\p{Cs}|\uFE0F|\u200D)+$", Options)]
    private static partial Regex Filler();

    [GeneratedRegex(@"\b(?:know|see|understand|get|speak|kenne|verstehe|spreche|connais|comprends|vois|parle|conozco|entiendo|veo|hablo)\s+(?-i:\p{Lu})", Options)]
    private static partial Regex KnowsNamed();

    [GeneratedRegex(@"^(?:hey|hi|hello|update|quick update|small update|cancel that|mise à jour|actualización|alright|all right|ps|p\.s|honestly|tbh|to be honest|frankly|personally|wow|whoa|woah|oh|ooh|aw+|ah|uh|um|hmm+|well|yes|yeah|yep|yup|no|nope|quick (?:one|question|note|thing)|ok(?:ay)?|so|sure|right|indeed|absolutely|totally|definitely|exactly|true|agreed|haha+|lol|omg|gosh|oops|ouch|oof|ugh|yikes|dang|yay|cool|nice|great|awesome|amazing|wonderful|fantastic|perfect|interesting|excellent|brilliant|congrats|congratulations|thanks?(?: you)?(?: so much| a lot| very much| again| a million| a bunch| kindly)?|many thanks|merci(?: beaucoup| infiniment)?|muchas gracias|mil gracias|gracias|vielen (?:herzlichen )?dank|danke(?: schön| sehr)?|grazie(?: mille)?|obrigad[oa]|bedankt|dank je(?: wel)?|dzięki|dziękuję|actually|anyway|anyways|by the way|btw|heads up|fyi|for your information|for future reference|for the record|just so you know|just to let you know|pour info|pour information|pour mémoire|pour ta gouverne|para que lo sepas|para tu información|para que conste|zur info|zur information|nur zur info|nur damit du es weißt|also|besides|au fait|d'ailleurs|par ailleurs|por cierto|además|außerdem|oui|non|ben|bon|alors|eh bien|ah bon|bah|bref|en fait|sí|si|bueno|vale|pues|claro|de acuerdo|perfecto|genial|oye|mira|ja|nein|na|also|gut|genau|ach|doch|naja|klar|alles klar|super|perfekt|prima|übrigens|d'accord|entendu|parfait|génial|va bene|certo|perfetto|ottimo|beleza|perfeito|ótimo|geweldig|top|jasne|świetnie|dobrze)(?:\s+[\w']+)?\s*[,!.…:;\-]+\s*|^(?:by the way|btw|fyi|for future reference|just so you know|actually|anyway|anyways|besides|oh and|oh also|and also|oh btw|oh by the way|so basically|basically|honestly|tbh|to be honest|frankly|au fait|por cierto|übrigens|haha+|hehe+|lol|lmao|rofl|jaja+|mdr|wow|whoa|woah|omg|oh wow|oh my god|oh my gosh|yay|ugh|aww+)\s+(?=\w)|^(?:ok(?:ay)?|oh|well|alright|so)\s+(?=(?:so|update|quick update|btw|by the way|basically|anyway|also)\b)|^(?:that's|that is|this is|it's|c'est|eso es|das ist)\s+(?:too\s+|a bit\s+|very\s+|trop\s+|muy\s+|zu\s+)?(?:private|personal|confidential|sensitive|between us|privé|personnel|confidentiel|privado|confidencial|privat|persönlich|vertraulich)\s*[,;:!.\-]+\s*(?=(?:please\s+|s'il te plaît\s+|por favor\s+|bitte\s+)?(?:forget|delete|remove|erase|don't|oublie|efface|supprime|olvida|borra|vergiss|lösch))", Options)]
    private static partial Regex LeadIn();

    [GeneratedRegex(@"^(?-i:\p{Lu}\p{Ll}+)\s*[,!.]+\s*")]
    private static partial Regex Vocative();

    [GeneratedRegex(@"^(?:my|his|her|our|their|your|the|mon|ma|son|sa|notre|mi|su|nuestro|nuestra|mein|meine|sein|seine|ihr|ihre|unser|unsere)\s+[\p{L}'-]+(?:\s+[\p{L}'-]+)?\s*,", Options)]
    private static partial Regex Apposition();

    [GeneratedRegex(@",\s*(?-i:\p{Lu}\p{Ll}+)$")]
    private static partial Regex TrailingVocative();

    // The object of a change is the speaker's: "… sold my old car", "… cancelled our meeting" (after the change words, or
    // ending them; "My doctor took me off metformin" too).
    [GeneratedRegex(@"^\s+(?:up\s+)?(?:my|our|mon|ma|mes|notre|nos|mi|mis|nuestro|nuestra|mein|meine|meinen|unser|unsere|unseren)\b", Options)]
    private static partial Regex OwnObject();

    [GeneratedRegex(@"\b(?:my|our|mon|ma|mes|notre|nos|mi|mis|nuestro|nuestra|nuestros|nuestras)$|\bme\s+off\s+(?:(?:the|my)\s+)?$", Options)]
    private static partial Regex OwnObjectEnd();

    // A comma or a semicolon before a clause of the speaker's ("…, I switched to Babbel", "…; we're going to Korea", "…, j'ai
    // déménagé", "…, on va en Corée", "…, me cambié a …", "…, vamos a Corea": Spanish drops the pronoun, and its verb
    // of "we" ends in -mos), not a hedge ("…, I mean …", "…, I think …").
    [GeneratedRegex(@"[,;]\s+(?=(?:i|we|j'|je|nous|me|nos|yo|ich|wir|on(?=\s+(?:a|va|est|était|avait|part|reste|habite|vient|fait|se|ne)\b|\s+[sn]['’])|(?-i:\p{Ll}\w*mos))\b(?!\s+(?:mean|guess|think|suppose|believe|meant)\b))", Options)]
    private static partial Regex ClauseAfterComma();

    [GeneratedRegex(ForgetLead + @"(?:forget|don't remember|do not remember|stop remembering|no need to remember|(?:i )?(?:don't|do not|would rather you didn't) (?:want|need) you to (?:remember|keep|store|know)|(?:i'd|i would) rather you (?:didn't|did not) (?:remember|keep|store)|je ne veux (?:pas|plus) que (?:tu|vous) (?:retiennes|reteniez|gardes|gardiez)|je ne veux (?:pas|plus) que (?:tu te souviennes|vous vous souveniez) (?:de|d')|no quiero que (?:recuerdes|guardes|sepas)|ich (?:will|möchte) nicht, dass du dir (?:das |es )?merkst,?|ne retiens pas|ne mémorise pas|no recuerdes|no guardes|merk dir nicht|speichere nicht|never ?mind(?=\s+(?:what i said about|about|the (?:part|bit) about)\b)|(?:ignore|disregard|scratch|strike)(?=\s+(?:what i (?:said|told you|wrote|mentioned)|the (?:note|memory|entry|part|bit) (?:about|on|regarding))\b)|cancel(?=\s+the (?:note|memory|entry|reminder)s? (?:about|on|for|regarding)\b)|ignore(?=\s+ce que je)|ignora(?=\s+lo que)|delete|remove|erase|wipe(?: out)?|(?:drop|clear|purge|scrub)(?=\s+[^.!?]{1,60}?\s+(?:from|out of)\s+(?:your|the)\s+(?:memory|memories|notes|records)\b)|(?:peux-tu|pourrais-tu|pouvez-vous|pourriez-vous|est-ce que tu peux|est-ce que vous pouvez|tu peux|vous pouvez)\s+(?:s'il te plaît\s+|s'il vous plaît\s+)?(?:oublier|effacer|supprimer)|¿?(?:puedes|podrías|puede|podría)\s+(?:por favor\s+)?(?:olvidar|borrar|eliminar)|oublie|oubliez|efface|effacez|supprime|supprimez|olvida|olvide|olvídate de|borra|borre|elimina|vergiss|vergessen sie|lösche|lösch|löschen sie|don't (?:store|save|keep|record|log)|do not (?:store|save|keep|record|log)|stop (?:storing|saving|keeping|recording|logging)|n'enregistre pas|ne garde pas|no almacenes|no registres|entferne|dimentica|dimenticati|scordati|cancella|esquece|esqueça|esqueca|vergeet|verwijder|zapomnij|usuń|glöm|radera)\b(?!\s+(?:nicht|di non|de não|niet|nie|inte)\b)[\s,:]*(?:(?:(?:that|about|the (?:note|memory|fact|thing|entry|reminder|part|bit)s?|what i (?:said|told you|wrote|mentioned)|ce que (?:je t'ai|je vous ai|j'ai) dit|lo que (?:te |le )?dije|was ich (?:dir |ihnen )?|for|on|regarding|que|le fait que|la note|le souvenir|l'info(?:rmation)?|sur|à propos de|concernant|la nota|el dato|lo de|sobre|dass|die notiz|den eintrag|über|che|di|quello che|la nota su|dat|wat|de notitie over|że|att|det om)\b|qu'|[,:])[\s,:]*)*(?<target>\S.*)$", Options)]
    private static partial Regex ForgetRequest();

    // A thing dropped by its subject: "never mind / forget (about) the X thing (stuff, idea, plan, part)" (not "ignore the X
    // part", which in a request for code says what to leave out of it), or "never mind the X" when the speaker says they
    // gave it up ("Never mind the gym, I gave up"); "scratch / strike the X".
    [GeneratedRegex(@"^(?:(?:never ?mind|forget(?: about)?)\s+the\s+(?<target>[^,.;:!?]+?)(?:\s+(?:thing|stuff|idea|plan|part|bit)\b|(?=\s*,\s*(?:i|we)\s+(?:(?:just|finally|already)\s+)?(?:" + GaveUpWords + @"|quit|stopped|dropped out)\b))|(?:scratch|strike)\s+(?:the|my|our)\s+(?<target>[^,.;:!?]+))", Options)]
    private static partial Regex DropThe();

    // What says only that the speaker dropped what the retraction names: "we changed our minds", "I gave up" (after a
    // retraction it was stored as a fact of its own).
    [GeneratedRegex(@"^(?:i|we)\s+(?:(?:just|finally|already)\s+)?(?:" + GaveUpWords + @")[.!]*$", Options)]
    private static partial Regex GaveUp();

    // How a speaker says they dropped something: what GaveUp reads alone and DropThe reads after "never mind the X,".
    private const string GaveUpWords = @"gave (?:it |that )?up|changed (?:my|our) minds?|decided against it|dropped (?:it|that)|cancell?ed (?:it|that)";

    // "That penicillin thing was wrong, remove it", "My old address, delete it", "Lo del gimnasio era mentira, bórralo":
    // what to forget said first, then the request; only with a verb that deletes, or after saying it was wrong ("...,
    // forget it" alone is the idiom).
    [GeneratedRegex(@"^(?:(?:that|this|the|my|ce|cette|le|la|lo|lo de|eso|das|die|der)\s+)?(?<target>[^,;:.!?]{3,60}?)(?:\s+(?:thing|stuff|part|bit|note|memory|info|entry|truc|histoire|cosa|tema|sache|ding))?(?<wrong>\s+(?:was|is|était|est|es|era|ist|war)\s+(?:wrong|not true|untrue|incorrect|a mistake|outdated|false|faux|fausse|une erreur|pas vrai|incorrecte?|falso|falsa|un error|mentira|falsch|ein fehler|nicht wahr|veraltet))?\s*[,;.]\s*(?:(?:so|please|alors|donc|s'il te plaît|por favor|así que|also|bitte)\s+)?(?:(?<strong>remove|delete|erase|supprime|efface|borra|elimina|lösch|lösche|entferne)\s+(?:it|that|this|ça|le|la|lo|es|das|sie|ihn)|(?<strong>bórralo|bórrala|elimínalo|elimínala|supprime-le|supprime-la|efface-le|efface-la)|(?:forget|ignore|oublie|olvida|vergiss)\s+(?:it|that|ça|le|la|lo|es|das)|olvídalo)(?:\s+(?:please|s'il te plaît|por favor|bitte))?[.!]?$", Options)]
    private static partial Regex NamedThenForget();

    // The verbs NamedThenForget ends with: the cheap check that spares every other sentence its pattern.
    [GeneratedRegex(@"remove|delete|erase|forget|ignore|supprime|efface|oublie|borr|bórr|elimin|olvid|lösch|entferne|vergiss", Options)]
    private static partial Regex ForgetCue();

    [GeneratedRegex(@"^(?:i (?:shouldn't|should not) have (?:told you|said|mentioned|shared|written)|je n'aurais pas dû (?:te |vous )?(?:dire|écrire|mentionner)|no (?:debí|debería haber) (?:decirte|contarte|decir|mencionar)|ich hätte (?:dir |ihnen )?nicht (?:sagen|erzählen|schreiben) sollen)[\s,]+(?:that|que|dass|qu')?[\s,]*(?<target>\S.*?)(?:[,;.]\s*(?:(?:please|s'il te plaît|por favor|bitte)\s+)?(?:forget|delete|ignore|disregard|oublie|oubliez|efface|olvídalo|olvida|bórralo|borra|vergiss|lösch|lösche)\b[^,;.]{0,12}[.!]?)?$", Options)]
    private static partial Regex TakenBack();

    // A day said in a filler's words ("Saturday works for me", "Demain, ça marche"); not "Guten Morgen".
    [GeneratedRegex(@"\b(?:" + RelativeDates.Weekdays + @"|tomorrow|tonight|demain|mañana|übermorgen)\b", Options)]
    private static partial Regex AgreedDay();

    [GeneratedRegex(@"^it(?:\s*$|\s*[,.;!]|\s+(?:already|then|anyway)\b)", Options)]
    private static partial Regex ForgetIt();

    [GeneratedRegex(@"\s+(?:gesagt|erzählt|geschrieben|erwähnt)(?:\s+(?:habe|hab|hatte))?$", Options)]
    private static partial Regex SaidTail();

    [GeneratedRegex(@"\s+(?:from|out of)\s+(?:(?:your|the)\s+)?(?:memory|memories|notes|records)$|\s+(?:de|de ta|de votre|aus deinem|aus deinen)\s+(?:mémoire|memoria|tu memoria|gedächtnis|notizen)$", Options)]
    private static partial Regex FromMemoryTail();

    [GeneratedRegex(AskLead + @"(?:remember(?!\s+(?:when|how|the time|what|where|who|why)\b)|note bien|notez bien|(?:kannst|könntest|können sie) (?:du |sie )?(?:dir |sich )?(?:merken|notieren)|(?:peux-tu|pourrais-tu|pouvez-vous|pourriez-vous|tu peux) (?:retenir|noter|te souvenir|vous souvenir)|¿?(?:puedes|podrías|puede|podría) (?:recordar|apuntar|anotar)|note|make a note|take note|save (?:this|that)|store (?:this|that)(?: for later)?|write (?:this|that) down|jot (?:this|that) down|garde ça|enregistre(?: ça)?|guarda esto|guarda eso|speichere?(?: dir)?(?: das)?|don't forget|do not forget|remind me(?=,?\s+that\b)|rappelle-moi(?=\s+qu)|rappelez-moi(?=\s+qu)|recuérdame(?=\s+que\b)|erinnere mich(?=,?\s+(?:daran,?\s+)?dass\b)|keep in mind|bear in mind|memori[sz]e|souviens-toi|souvenez-vous|erinnere dich(?: daran)?|erinnern sie sich(?: daran)?|rappelle-toi|retiens|retenez|note|notez|prends note|n'oublie pas|n'oubliez pas|garde en tête|gardez en tête|mémorise|recuerda|recuerde|acuérdate|anota|apunta|toma nota|no olvides|ten en cuenta|merk dir|merke dir|merken sie sich|notiere|notier dir|vergiss nicht|vergessen sie nicht|denk daran|denke daran|denk dran|denke dran|behalte im hinterkopf|(?:beachte|bedenke|beachten sie|bedenken sie)(?=,?\s+dass\b)|ricorda|ricordati|ricordatevi|tieni a mente|annota|non dimenticare|lembre-se|lembra-te|lembre|lembra|anote|não esqueça|não te esqueças|onthoud|noteer|vergeet niet|zapamiętaj|pamiętaj|zanotuj|nie zapomnij|kom ihåg|glöm inte)\b[\s,:]*(?:(?:(?:that|this|of|the fact that|que|le fait que|de|daran|dass|bitte|che|di|dat|że|att)\b|qu'|[,:])[\s,:]*)*(?<rest>\S.*)$", Options)]
    private static partial Regex RememberRequest();

    [GeneratedRegex(@"^(?:(?:kannst|könntest)\s+du|(?:können|könnten)\s+sie)\s+(?:bitte\s+)?(?:(?:das|alles)\s+(?:über|mit|zu)\s+)?(?<target>\S[^?]*?)\s+(?:vergessen|löschen|entfernen)\s*\?*$", Options)]
    private static partial Regex GermanForgetAsk();

    [GeneratedRegex(@"\bdass\W*$", Options)]
    private static partial Regex GermanThat();

    [GeneratedRegex(@"\b(?:onthoud|noteer|vergeet niet)\W+dat\W*$", Options)]
    private static partial Regex DutchThat();

    // A sentence that ends in a question clause after a comma ("..., what's yours?", "..., ¿y tú?"): the clause opens with
    // a question word; the head is what comes before its comma, unless it is itself subordinate ("If you were me, ...") or
    // a request for information ("Tell me about Paris, ..."). Each part between commas matches one way only, so a long
    // sentence costs linear time.
    [GeneratedRegex(@"^(?!\s*(?:if|when|whenever|since|because|while|although|though|once|unless|before|after|as|si|quand|lorsque|puisque|parce que|cuando|porque|aunque|mientras|wenn|als|weil|obwohl|falls|tell me|explain|help me|teach me|recommend|suggest|show me|give me|can you|could you|would you|will you|do you|did you|is there|are there|dis-moi|explique|aide-moi|dime|explícame|ayúdame|sag mir|erkläre|hilf mir)\b)(?<head>[^,]+(?:,[^,]+)*?),\s*(?:¿\s*)?(?:what|what's|whats|how|how's|why|when|where|who|which|any|anything|do you|did you|have you|are you|is it|and you|you\?|yours|wdyt|quoi|que|qu'|comment|pourquoi|quand|où|qui|quel|quelle|quels|quelles|et toi|et vous|tu|vous|qué|cómo|por qué|cuándo|dónde|quién|cuál|y tú|y usted|tienes|was|wie|warum|wann|wo|wer|welche|welcher|welches|und du|und sie|hast du|bist du)\b[^,]*\?\s*$", Options)]
    private static partial Regex QuestionClause();

    // What announces a question rather than states something ("I'm curious, ...", "Quick question, ...").
    [GeneratedRegex(@"^\s*(?:(?:well|so|anyway|but|ok(?:ay)?)\s+)?(?:(?:i'm|i am|i was|just) (?:curious|wondering)|i wonder|quick question|one question|enough about me|je me demande|je suis curieux|je suis curieuse|petite question|me pregunto|tengo curiosidad|una pregunta|ich frage mich|ich bin neugierig|kurze frage)\b", Options)]
    private static partial Regex Preamble();

    [GeneratedRegex(@"^(?:everything|all(?: the (?:notes|memories|things))?|anything)\s+(?:about|on|regarding|related to|to do with)\s+|^(?:tout|tout ce qui concerne)\s+(?:sur|à propos de|concernant\s+)?|^todo\s+(?:sobre|lo de|lo relacionado con|acerca de)\s+|^alles\s+(?:über|zu|von)\s+", Options)]
    private static partial Regex ForgetAll();

    [GeneratedRegex(@"^(?:(?:everything|all|anything)(?:\s+(?:that\s+)?(?:you\s+(?:know|have|remember|stored|saved|learned)|you've\s+(?:stored|saved|learned|got)))?(?:\s+(?:about|on|of)\s+(?:me|myself))?|(?:about\s+)?me|tout(?:\s+ce\s+que\s+tu\s+sais)?(?:\s+sur\s+moi)?|todo(?:\s+lo\s+que\s+sabes)?(?:\s+(?:de|sobre)\s+mí)?|alles(?:,?\s+was\s+du)?(?:\s+über\s+mich)?(?:\s+weißt)?)$", Options)]
    private static partial Regex ForgetMe();

    // What opens a verdict on an answer before the rest: "Not quite, try again", "No, I meant the other one".
    private const string Verdict = @"^(?:(?:no|nope|not quite|not really|hmm+|ok(?:ay)?|alright|yes|yeah)[,.!]?\s+)?";

    [GeneratedRegex(Verdict + @"(?:(?:please|pls)\s+)?(?:try (?:again|once more|another (?:one|way|approach|angle|version)|a (?:different|new|simpler|shorter|longer) (?:one|way|approach|angle|version))|do (?:it|that|this) again|redo (?:it|that|this)|start over|continue|go on|keep going|tell me more|more (?:details|detail|examples|please)|elaborate|shorter|longer|simpler|rephrase (?:it|that|this)|one more)(?:\s*,?\s*(?:please|pls|thanks|thank you))?[\s.!…]*$", Options)]
    private static partial Regex Refinement();

    [GeneratedRegex(Verdict + @"(?:(?:(?:that's|that is|this is|it's|it is|that was|this was|that)\s+)?(?:not\s+|still\s+not\s+|still\s+)?(?:exactly\s+|just\s+|precisely\s+|almost\s+)?what i (?:asked(?: for)?|meant|wanted|needed|was looking for|had in mind)|i meant (?:the (?:other|first|second|third|last|previous|next) one|that one|this one|the other|option \w+|it)|(?:let's|let us|i'll|i will|we'll|i'd like to|i want to)\s+(?:go with|take|pick|choose|try|use|do)\s+(?:option\s*\w+|(?:the\s+)?(?:first|second|third|fourth|last|other|previous|next|latter|former)(?:\s+one)?|that(?: one)?|this(?: one)?|it|number\s+\d+|#?\d+)(?:\s+(?:and|then)\s+(?:let you know|report back|get back to you|see(?: how it goes)?))?)(?:\s*,?\s*(?:please|pls|thanks|thank you|merci|gracias|danke))?[\s.!…]*$", Options)]
    private static partial Regex Feedback();

    // A task verb addressed to the assistant whose object is what the conversation holds ("this", "the following", "ce
    // texte", "esto", "das"); a task with an object of its own ("Help me plan a trip to Rome") says something and is kept.
    [GeneratedRegex(AskLead + @"(?:summari[sz]e|translate|explain|rewrite|rephrase|paraphrase|proofread|fix|debug|refactor|review|correct|shorten|simplify|format|analy[sz]e|résume|résumez|traduis|traduisez|explique|expliquez|corrige|corrigez|reformule|reformulez|relis|relisez|resume|resúmeme|traduce|tradúceme|explica|explícame|reescribe|revisa|fasse|übersetze|übersetzen sie|erkläre|erklären sie|korrigiere|überarbeite|prüfe)(?:\s+(?:me|moi|mir|mich))?\s+(?:this|that|it|these|those|the (?:following|text|code|article|email|paragraph|message|document|sentence|page|file)|ce|cet|cette|ces|ça|ceci|le texte|le code|esto|este|esta|eso|estos|el texto|el código|das|dies|diesen|diese|dieses|den text|den code)\b", Options)]
    private static partial Regex TaskOnThis();

    // A verb that asks the assistant to produce something. Those that also open instructions ("write", "give", "show",
    // "send", "make") are a task only before what they produce ("Write a poem", "Give me 3 ideas", "Please give me
    // detailed instructions"), not before a manner or the answers themselves ("Write in British English", "Write shorter
    // answers", "Give me shorter answers").
    [GeneratedRegex(AskLead + @"(?:(?:write|écris|écrivez|escribe|escríbeme|schreib|schreibe|schreiben sie|give|show|send|donne|donne-moi|montre-moi|envoie-moi|dame|muéstrame|envíame|gib mir|zeig mir|schick mir|make)\s+(?>(?:(?:me|moi|mir)\s+)?)(?!(?:in|with|without|like|as|using|shorter|longer|(?:more|less|detailed)\s+(?:[\w-]+\s+)?(?:answers|replies|responses)|short|long|brief|briefly|concise|concisely|formal|formally|casual|casually|simply|clearly|only|back|everything|all|your|answers?|replies|responses|the (?:answers?|replies|responses)|en|avec|sans|comme|court|courtes?|toujours|jamais|con|sin|como|corto|cortas?|siempre|nunca|mit|ohne|wie|kurz|kürzer|immer|nie)\b)(?=\p{L}|\d)|(?:create|generate|compose|draft|list|explain|describe|summari[sz]e|translate|rewrite|rephrase|paraphrase|suggest|recommend|provide|design|develop|build|outline|compare|analy[sz]e|calculate|convert|find|define|edit|improve|continue|act as|pretend|imagine|produce|prepare|identify|discuss|evaluate|elaborate on|expand on|proofread|correct|fix|review|brainstorm|come up with|tell me|solve|implement|debug|refactor|crée|créez|génère|générez|rédige|rédigez|liste|explique|expliquez|décris|décrivez|résume|résumez|traduis|traduisez|réécris|suggère|recommande|propose|proposez|fournis|compare|calcule|trouve|corrige|corrigez|continue|imagine|dis-moi|crea|genera|redacta|enumera|explica|explícame|describe|resume|resúmeme|traduce|tradúceme|reescribe|sugiere|sugiéreme|recomienda|recomiéndame|propón|proporciona|compara|calcula|encuentra|corrige|continúa|imagina|dime|erstelle|generiere|verfasse|erkläre|beschreibe|übersetze|formuliere|empfiehl(?!\s+mir\s+(?:kein\w*|nie)\b)|vergleiche|berechne|finde|korrigiere|verbessere|sag mir)\b)", Options)]
    private static partial Regex OneOffTask();

    // A task of the assistant's said of things in general and how ("Explain things like I'm five", "Write code examples in
    // TypeScript", "Show math step by step", "Explique-moi les choses simplement", "Explícame las cosas como si tuviera
    // cinco años", "Erklär mir Dinge einfach").
    [GeneratedRegex(@"^(?:(?:please|always|from now on|pls)[,\s]+)*(?:(?:write|explain|give|show|format|present|describe|put)\s+(?:me\s+)?(?:things|stuff|everything|concepts|code|code (?:examples|snippets|samples)|examples|explanations|math|maths|formulas|equations|numbers|dates|lists|recipes)\s+(?:in|like|as|using|simply|clearly|step by step|briefly)\b|(?:explique|expliquez)(?:-moi| moi)? (?:les choses|tout)\s+(?:simplement|comme|clairement|en)\b|(?:explícame|explica|explíqueme) (?:las cosas|todo)\s+(?:como|de forma|de manera|con|en)\b|(?:erkläre?|erklären sie)\s+(?:mir\s+)?(?:die\s+)?(?:dinge|alles)\s+(?:so|einfach|wie|in|mit|kurz)\b)", Options)]
    private static partial Regex AnyTaskManner();

    // The other person's things or state, not the assistant's answers ("your garden", "you're free"; "your answers" is
    // an instruction's object).
    [GeneratedRegex(@"\b(?:your(?!\s+(?:answers?|replies|reply|responses?|explanations?|summaries|summary|messages?|emails?|tone|language|style|output|code|texts?|writing|wording|sentences|paragraphs|examples?|suggestions?|recommendations?|lists?)\b)|yourself|yourselves|you're|you are|(?:(?<!\b(?:un|le|du|au|ce|einem|einen|ein|den|dem|im)\s+|en\s+)ton|ta|tes|votre|vos)(?!\s+(?:réponses?|messages?|explications?|textes?|résumés?|style|ton|exemples?)\b)|dein(?:e|en|em|er|es)?(?!\s+(?:antworten?|nachrichten?|erklärungen?|texte?|zusammenfassungen?|stil|ton|beispiele?)\b))\b", Options)]
    private static partial Regex AboutTheOther();

    [GeneratedRegex(@"[,;]\s*(?:but|mais|pero|aber)\s+(?:i|i'm|i've|i'd|i'll|we|we're|je|j'|nous|yo|ich|wir)\b", Options)]
    private static partial Regex ButISay();

    [GeneratedRegex(@"^(?:to|de|d'|zu)\b", Options)]
    private static partial Regex InfinitiveStart();

    [GeneratedRegex(PoliteLead + @"(?:use|answer|reply|respond|write|speak|talk to me|make (?:your|the) (?:answers|replies|responses|explanations|summaries)|rends tes réponses|rendez vos réponses|haz tus respuestas|haga sus respuestas|mach deine antworten|machen sie ihre antworten|be (?:more |less |very |always )?(?:concise|brief|short|formal|informal|casual|polite|direct|precise|detailed|honest|blunt|friendly)|sois|soyez|sé|sed|sei|seid|seien sie|fasse dich|fassen sie sich|call me|address me|refer to me|format|(?:you can|you may|feel free to)\s+(?:now\s+|again\s+)?(?:answer|reply|respond|speak|call me|use (?:the )?[\w-]+ (?:units|spelling|time|dates|currency)|give (?:me )?(?:[\w-]+ ){0,2}(?:answers|replies|responses))\b|no need to (?:explain|repeat|apologi[sz]e|mention|say|add|include|define|summari[sz]e|translate)|(?:when|whenever|if) i (?:ask|want|need|say|write|send|share|mention|talk|bring up|search|look)\b[^,.!?]{0,60},\s*(?:always\s+|please\s+)?(?:use|answer|reply|respond|write|give|show|include|format|keep|make|be|don't|do not|avoid|start|add|assume|remember|treat|suggest|recommend|remind|tell|explain)|(?:quand|lorsque|si|chaque fois que) je (?:te )?(?:demande|parle|pose|mentionne|veux|cherche|écris)\b[^,.!?]{0,60},\s*(?:toujours\s+)?(?:suppose|supposez|pars du principe|utilise|utilisez|réponds|répondez|donne|donnez|rappelle|évite|évitez|mets|garde|gardez|pense|propose|écris|sois|soyez|ne)\b|(?:cuando|si|siempre que) (?:yo )?(?:te )?(?:pregunte|hable|pida|mencione|quiera|busque|escriba)\b[^,.!?]{0,60},\s*(?:siempre\s+)?(?:asume|supón|usa|utiliza|responde|contesta|dame|recuerda|evita|pon|ten|piensa|propón|escribe|sé|no)\b|wenn ich\b[^,.!?]{0,60}?\b(?:frage|spreche|rede|erwähne|will|suche|schreibe),\s*(?:(?:dann|bitte|immer)\s+)?(?:geh|gehe|nimm|benutze|verwende|antworte|gib|denk|denke|vermeide|schreib|schreibe|sei|halte|erinnere|nenn|zeig)\b|arrête d(?:e\s+|')|arrêtez d(?:e\s+|')|ne (?:me |m'|lui |leur |nous )?[\p{L}-]+ (?:jamais|plus jamais)\b|deja de|dejad de|deje de|hör auf|höre auf|hören sie auf|(?:buche|sag|sage|schick|schicke|schreib|schreibe|ruf|rufe|zeig|zeige|frag|frage|plane|bestell|bestelle|benutze|verwende|nutze|teile|verrate|erzähl|erzähle|buch)\s+(?:mir\s+|mich\s+|uns\s+)?(?:nie|niemals|nie wieder|nie mehr)\b|avoid|stop \w+ing|quit \w+ing|don't (?:use|say|mention|call|send|answer|reply|write|tell|give|show|ever|add|include|suggest|recommend|propose|offer|bring up|remind me (?:about|of))|do not (?:use|say|mention|call|send|answer|reply|write|tell|give|show|ever|add|include|suggest|recommend|propose|offer|bring up|remind me (?:about|of))|(?:give|show|send|remind) me|give (?:[\w-]+ ){0,2}(?:answers|replies|responses|explanations|examples)|keep (?:your |the )?(?:answers|replies|responses)|keep (?:track|a (?:log|record|tally|count)|count) of|garde(?:z)? (?:une )?trace de|tiens le compte de|lleva (?:la cuenta|un registro|el registro|el control) de|führe (?:buch|protokoll) über|keep (?:it|things) (?:short|brief|concise|simple|formal|casual|professional|to the point)|réponds|répondez|utilise|utilisez|écris|écrivez|parle-moi|parlez-moi|appelle-moi|appelez-moi|évite|évitez|ne (?:me )?(?:propose|proposez|suggère|suggérez|recommande|recommandez|conseille|conseillez|dis|parle|réponds|répondez|utilise|utilisez|mentionne|tutoie|tutoyez|vouvoie|vouvoyez|appelle|appelez)|donne-moi|envoie-moi|envoyez-moi|tutoie-moi|vouvoie-moi|responde|respóndeme|contesta|contéstame|usa|utiliza|escribe|escríbeme|háblame|llámame|evita|no (?:uses|me hables|respondas|menciones|me tutees|me llames|me trates|(?:me )?(?:sugieras|recomiendes|propongas))|dame|envíame|antworte|antworten sie|benutze|benutzen sie|verwende|verwenden sie|nutze|schreib|schreibe|schreiben sie|sprich|sprechen sie|nenn mich|nenne mich|vermeide|vermeiden sie|(?:empfiehl|schlag) mir (?:kein\w*|nie)|gib mir|schick mir|duze mich|sieze mich|duz mich|(?:du kannst|sie können|ihr könnt) mich (?:duzen|siezen)|tutéame|tutéeme|trátame de (?:tú|usted)|háblame de (?:tú|usted)|(?:puedes|puede|pueden) tutearme|(?:tu peux|vous pouvez) me (?:tutoyer|vouvoyer)|(?:erwähne|erwähnen sie)(?=\s[^.!?]*\b(?:nie|niemals|nicht mehr|nie mehr)\b))\b", Options)]
    private static partial Regex ImperativeStart();

    [GeneratedRegex(@"^(?:i (?:want|need|'d like|would like) you to|you should|you must|je (?:veux|voudrais|souhaite) que (?:tu|vous)|j'aimerais que (?:tu|vous)|tu dois|vous devez|quiero que|me gustaría que|necesito que|debes|ich (?:möchte|will|hätte gern)(?:,)? dass (?:du|sie)|du sollst|sie sollen|i (?:really )?(?:don't like|do not like|hate|dislike|can't stand|prefer|like|love)(?: it)? when you (?:use|write|answer|reply|respond|format|explain|include|add|list)|i(?:'d| would) (?:rather|prefer) (?:(?:it )?if |that )?you|je n'aime pas quand (?:tu|vous) (?:utilises|utilisez|écris|écrivez|réponds|répondez)|je (?:préfère|préférerais) que (?:tu|vous)|no me gusta (?:cuando|que) (?:uses|usas|escribas|escribes|respondas|respondes)|prefiero que (?:uses|escribas|respondas|me)|ich mag es nicht, wenn du (?:\S+ ){0,6}?(?:verwendest|benutzt|schreibst|antwortest)|(?:mir wäre (?:es )?|es wäre mir )lieber, wenn du|ich hätte (?:es )?lieber, (?:wenn|dass) du|i(?:'d| would) appreciate it if you|it would be (?:great|nice|helpful|better) if you)\b", Options)]
    private static partial Regex WantsYouTo();

    [GeneratedRegex(@"^(?:(?:please|por favor|bitte|s'il (?:te|vous) plaît)[,\s]+|merci d(?:e\s+|'))?(?:always|never|from now on|going forward|by default|toujours|jamais|désormais|dorénavant|à partir de maintenant|à l'avenir|siempre|nunca|jamás|de ahora en adelante|a partir de ahora|immer|nie|niemals|ab jetzt|von nun an|künftig|in zukunft|sempre|mai più|d'ora in poi|da ora in poi|d'ora in avanti|da adesso in poi|de agora em diante|daqui em diante|a partir de agora|altijd|nooit|vanaf nu|voortaan|van nu af aan|zawsze|nigdy|od teraz|od tej pory|odtąd)\b" + HabitVerbFollows, Options)]
    private static partial Regex HabitStart();

    // Italian, Portuguese, Dutch and Polish put the habit after the imperative ("Rispondi sempre in italiano", "Responda
    // sempre em português", "Antwoord altijd in het Nederlands", "Gebruik nooit emoji's", "Odpowiadaj zawsze po polsku"), or
    // say "don't" with an infinitive or an imperative ("Non usare mai emoji", "Nie używaj emoji", "Não use emojis"). Not a
    // verb of the speaker's (Italian and Portuguese "-o", "-mos", Polish "-ę", "-m", "-my": "Bevo sempre caffè", "Piję
    // zawsze kawę") nor a copula or a pronoun ("È sempre così", "Hai sempre ragione").
    [GeneratedRegex(@"^(?:(?:" + PoliteWords + @")[,\s]+)?(?:(?!(?:io|eu|ik|ja|we|wij|noi|nós|my|lui|lei|ele|ela|hij|zij|ze|on|ona|oni|je|jij|u|het|dat|dit|er|è|e|é|es|is|ist|jest|sei|são|zijn|ben|was|waren|era|hai|ha|hanno|tem|têm|heb|hebt|heeft|ma|mają|masz|niet|nie|non|não|questo|isso|isto|to|ten|ta|il|la|lo|o|a|de|een|qui|aqui|hier|tu|você|voi|vocês|jullie|wy|ty)\b)\p{L}+(?<!o|mos|ę|m|my)\s+(?:sempre|altijd|nooit|geen|zawsze|nigdy)\b|non\s+(?:mi\s+|ci\s+|gli\s+|le\s+)?\p{L}+r(?:e|mi|ci|lo|la|li|le|ne|gli)\s+(?:\p{L}+\s+){0,2}?mai\b|nie\s+\p{L}{2,}(?:aj|uj|ij|yj)\b|não\s+(?:me\s+)?(?:use|usa|fale|fala|responda|responde|escreva|escreve|chame|chama|mande|manda|envie|diga|mencione|sugira|recomende|trate|inclua|coloque|ponha)\b)(?=[,\s]*\p{L})", Options)]
    private static partial Regex ImperativeThenHabit();

    // A sentence that opens by saying the earlier statement no longer holds, then says what does.
    [GeneratedRegex(@"^(?:" + StaleOpeners + @")\s*[,;:.!–—-]+\s*(?<rest>\S.*)$", Options)]
    private static partial Regex StaleOpener();

    // The same opener as a sentence of its own ("That's not true anymore."): it names nothing; the sentence after it says
    // what changed.
    [GeneratedRegex(@"^(?:" + StaleOpeners + @")\s*[.!…]*$", Options)]
    private static partial Regex StaleOpenerAlone();

    private const string StaleOpeners = @"(?:that's|that is|this is|it's|it is)\s+(?:not true|no longer true|not the case|no longer the case|not right|wrong|outdated|out of date)(?:\s+any ?(?:more|longer))?|not any ?more|(?:ce n'est|c'est|ça n'est) plus (?:vrai|le cas)|c'est faux|(?:eso )?ya no es (?:cierto|verdad|así)|eso no es (?:cierto|verdad)|das stimmt (?:nicht mehr|nicht|so nicht mehr)|das ist nicht mehr so|i was wrong(?: (?:earlier|before|about that))?|i got (?:that|it) wrong|my (?:bad|mistake)|i misspoke|(?:(?:sorry|oops|whoops)[,\s]+)?(?:(?:a |small |my )?typo|i (?:made a typo|mistyped))|(?:pardon,?\s+)?(?:petite )?faute de frappe|(?:perdón,?\s+)?(?:error de tipeo|errata)|(?:sorry,?\s+|entschuldigung,?\s+)?tippfehler|je me suis trompée?|me equivoqué|ich habe mich geirrt|ich hab mich geirrt";

    // How answers should look, said without a verb: "No emojis, please", "Shorter answers please", "Bullet points only",
    // "Des réponses plus courtes", "Respuestas más cortas", "Kürzere Antworten bitte", "No vuelvas a mencionar a mi ex".
    [GeneratedRegex(@"^(?:(?:please|por favor|bitte|s'il (?:te|vous) plaît)[,\s]+)?(?:(?:(?:no|less|more|only|fewer|pas de|moins de|sin|menos|más|solo|keine|weniger|mehr|nur)\s+|pas d')(?:[\w'-]+\s+){0,3}?(?:emojis?|emoticons|bullet points?|jargon|small talk|formal|formality|markdown|metric units|imperial units|smalltalk|fachbegriffe)|(?:shorter|longer|simpler|briefer|short|brief|concise|detailed|des|kürzere|längere|einfachere|kurze)\s+(?:[\w'-]+\s+){0,1}?(?:answers?|replies|responses?|explanations?|réponses?|explications?|respuestas?|explicaciones?|antworten|erklärungen)(?:\s+[\w'-]+){0,2}|(?:answers|replies|réponses|respuestas|antworten)\s+(?:more|less|plus|moins|más|menos|kürzer|länger)(?:\s+[\w'-]+){0,1}|(?:bullet points|metric units|imperial units|short answers|plain text)\s+only|(?:metric|imperial|celsius|fahrenheit|24-hour (?:time|clock)|(?:british|american|uk|us) spelling)(?:\s+(?:units|system))?(?=\s*,?\s*(?:please|por favor|bitte|s'il (?:te|vous) plaît|from now on|only)\b))\s*(?:,?\s*(?:please|por favor|bitte|s'il (?:te|vous) plaît|from now on|any ?more|désormais|de ahora en adelante|ab jetzt|von nun an))?[\s.!]*$|^no (?:vuelvas|vuelva) a\b", Options)]
    private static partial Regex AnswerStyle();

    // A preference about the answers themselves: "I prefer short answers", "I'd like answers in Spanish from now on", "I
    // want all dates in ISO format", "Quiero todas las fechas en formato ISO", "Je préfère les réponses en anglais",
    // "Prefiero las explicaciones con ejemplos", "I prefer bullet points over long paragraphs".
    [GeneratedRegex(@"^(?:i prefer|i'd like|i would like|i want|je préfère|je voudrais|j'aimerais|je veux|prefiero|quiero|ich bevorzuge|ich möchte|ich hätte gern|ich will)\s+(?:des\s+|unas\s+|les\s+|las\s+|los\s+|die\s+)?(?:(?:bullet points|bullet-point lists|bulleted lists|numbered lists|listes à puces|listas con viñetas|viñetas|stichpunkte|aufzählungen)\b|(?:short|shorter|long|longer|brief|concise|detailed|simple|simpler|plain|casual|formal|kurze|kürzere|lange|ausführliche|einfache)\s+" + AnswerNouns + "|" + AnswerNouns + @"\s+(?:(?:in|en|auf)\s+\w+|courtes|longues|détaillées|simples|cortas|largas|detalladas|sencillas|(?:with|con|avec|mit)\s+(?:des\s+)?(?:examples|ejemplos|exemples|beispielen|sources|fuentes|quellen|code|código))\b|(?:all\s+|toutes les\s+|tous les\s+|todas las\s+|todos los\s+|alle\s+)?(?:the\s+|les\s+|las\s+|los\s+|die\s+)?(?:dates|times|amounts|prices|temperatures|numbers|distances|weights|measurements|heures|montants|prix|températures|poids|fechas|horas|precios|temperaturas|distancias|pesos|daten|datumsangaben|uhrzeiten|preise|temperaturen|beträge|entfernungen)\s+(?:in|en|au|im|als|auf)\b[^.!?]{0,40}?(?:format\w*|iso|metric|imperial|celsius|fahrenheit|utc|gmt|units|unités|unidades|einheiten|euros?|dollars?|usd|eur|kilomet\w*|km|miles|kg|pounds|24|12))", Options)]
    private static partial Regex PrefersAnswers();

    // The speaker's own habit ("I never use sugar", "I can always add a CTA"), not an instruction.
    // "Always cite your sources", "Never skip your reasoning": a habit of the assistant's own work, which "your" names
    // (else "your" speaks of the listener's life: "Always follow your dreams" is advice, no instruction).
    [GeneratedRegex(@"^(?:(?:please)[,\s]+)?(?:always|never)\s+(?:please\s+)?(?:cite|double-check|check|verify|explain|show|include|list|link|quote|summari[sz]e|proofread|skip|number|label|date|test|comment)\s+(?:all\s+)?(?:your|the)\s+(?:sources?|work|math|maths|answers?|reasoning|references|code|steps|citations|links|assumptions|calculations|facts|claims|numbers|figures)\b", Options)]
    private static partial Regex OwnWorkHabit();

    // A habit of the speaker's said with the adverb first: "Siempre desayuno a las 7" (a Spanish verb in the first person,
    // which says "yo" by its ending), "Immer trinke ich Kaffee", "Toujours je ..." (they were kept as instructions); and
    // in Italian, Portuguese, Dutch and Polish: "Sempre bevo caffè", "Altijd drink ik koffie", "Zawsze piję kawę", and
    // Polish "nie" (not), which German "nie" (never) opens instructions with: "Nie mam psa", "Nie wiem".
    [GeneratedRegex(@"^(?:(?:siempre|nunca|jamás|casi siempre|sempre|mai)\s+(?:\p{L}+o|\p{L}+mos|voy|soy|estoy|doy|vou|sou|estou|dou|sto)|(?:immer|nie|niemals|meistens|altijd|nooit)\s+\p{L}+\s+(?:ich|wir|ik|we|wij)|(?:toujours|jamais)\s+(?:je|j')|(?:zawsze|nigdy)\s+(?:nie\s+)?\p{L}+(?:ę|m|my)|nie\s+\p{L}+(?:ę|em|am|im|ym|my))\b", Options)]
    private static partial Regex SelfHabitStart();

    [GeneratedRegex(@"\b(?:i|we|je|j'|nous|yo|ich|wir)\s+(?:[\w']+\s+){0,2}?(?:always|never|toujours|jamais|siempre|nunca|immer|nie)\b", Options)]
    private static partial Regex SelfHabit();

    // "..., always send me Markdown files": a habit adverb right before a verb addressed to the assistant.
    [GeneratedRegex(@"\b(?:always|never|please)\s+(?:please\s+)?(?:use|answer|reply|respond|write|send|give|show|call|address|format|avoid|speak|talk|include|add|tell|remind|mention)\b", Options)]
    private static partial Regex HabitImperative();

    [GeneratedRegex(@"\b(?:always|never|from now on|going forward|by default|toujours|jamais|désormais|dorénavant|siempre|nunca|jamás|immer|nie|niemals|künftig)\b" + HabitVerbFollows, Options)]
    private static partial Regex Habit();

    // A habit adverb opens an instruction only before what can be a verb for the assistant ("Never mention my ex", "Always
    // be concise"), not before a determiner, a pronoun, a participle or a word of feeling ("Never mind", "Never been
    // there", "Always a pleasure", "Toujours un plaisir", "Siempre es un placer", "Immer gerne"), nor at the end.
    private const string HabitVerbFollows = @"(?![,\s]*(?:a|an|the|this|that|these|those|my|your|his|her|its|our|their|i|i'm|i've|i'd|you|you're|he|she|it|it's|they|we|is|are|was|were|been|being|had|has|have|heard|seen|saw|done|did|gone|went|thought|knew|known|said|told|mind|again|ever|before|once|so|too|happy|glad|fun|nice|good|great|sure|late|enough|un|une|le|la|les|des|du|ce|cette|mon|ma|mes|ton|ta|je|j'ai|tu|il|elle|on|nous|vous|ils|est|été|de|encore|una|el|los|las|es|fue|ha|he|yo|tú|él|ella|mi|su|ein|eine|der|die|das|den|dem|ich|du|er|sie|wir|ihr|ist|war|bin|bist|sind|habe|hat|gerne|gern|wieder|im)\b)(?=[,\s]*\p{L})";

    [GeneratedRegex(@"^(?:" + PoliteWords + @")\b", Options)]
    private static partial Regex PoliteStart();

    [GeneratedRegex(@"^(?:i|i'm|i've|i'd|i'll|my|we|we're|our|je|j'|mon|ma|mes|nous|yo|mi|mis|ich|mein\w*|wir)\b", Options)]
    private static partial Regex FirstPersonStart();

    [GeneratedRegex(@"\b(?:i|i'm|i've|i'd|i'll|my|me|mine|myself|we|we're|we've|we'll|our|ours|us|je|moi|mon|ma|mes|nous|notre|nos|yo|mi|mis|estoy|soy|tengo|vivo|trabajo|estudio|odio|amo|adoro|detesto|necesito|prefiero|extraño|juego|hablo|nací|viajo|corro|bebo|hago|vamos|fuimos|tenemos|somos|estamos|vivimos|queremos|compramos|decidimos|nosotros|nosotras|nuestro|nuestra|nuestros|nuestras|ich|mich|mir|mein|meine|meinen|meinem|meiner|meines|wir|uns|unser|unsere|unseren|unserem|jestem|mam|mój|moja|moje|mnie|nasz|nasza|nasze|io|sono|mio|mia|miei|noi|nostro|nostra|eu|sou|meu|minha|meus|minhas|nós|nosso|nossa|ik|mijn|onze|jag|jeg|mitt|mina|jsem|jsme|můj|moje|mám|som|môj|я|мой|моя|моё|мои|меня|мне|мы|наш|наша|наше|нас|أنا|نحن|मैं|मेरा|मेरी|मेरे|हम|हमारा|हमारी|benim|biz|bizim|저는|제가|저의|저도|저희|나는|내가|나도|우리)\b|\bj'|\bm'|私|僕|俺|わたし|我", Options)]
    private static partial Regex FirstPerson();

    // What the speaker has none of, said alone or first ("No kids.", "No pets yet", "Keine Kinder.", "Pas d'enfants.", "Sin
    // hijos."), not an idiom ("No way!", "No rush.", "No kidding"; "no problem", "no worries", "kein Problem" … are
    // acknowledgements).
    [GeneratedRegex(@"^(?:(?:no|zero|aucune?|sin|ningún|ninguna|kein|keine|keinen)\b|pas d[e']|plus d[e'])\s*(?!(?:way|rush|hurry|pressure|stress|comment|comments|kidding|doubt|doubts|wonder|offen[cs]e|biggie|sweat|joke|jokes|chance|shame|harm|big|hard|need|excuse|excuses|clue|idea|luck|more|one|matter|reason|point|judge?ment|spoilers|regrets|fun|lie|thanks|thank|worries|worry|problem|problems|prob|probs|problemo|sé|me|te|se|le|la|lo|les|nos|os|es|está|hay|pasa|importa|puedo|quiero|sabía|creo|entiendo|estoy|tengo|problème|souci|soucis|quoi|panique|inquiétude|merci|idée|doute|blague|rien|problema|problemas|duda|prisa|sorge|sorgen|ursache|ahnung|eile|zweifel|thema|witz|angst|panik|idee)\b)(?:(?-i:\p{Ll})|(?<=\bkeine?n?\s+)(?-i:\p{Lu}))", Options)]
    private static partial Regex NoneOf();

    // A count said in words, two to twelve, in the four languages (not Spanish "once", eleven, which is also English).
    [GeneratedRegex(@"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|deux|trois|quatre|cinq|sept|huit|neuf|dix|onze|douze|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)\s+\w", Options)]
    private static partial Regex NumberWord();

    // What the speaker is, said at the start of a question: "As a vegetarian,", "En tant que végétarien,", "Als Vegetarier,".
    [GeneratedRegex(@"^(?:as an?|being an?|en tant que|como|siendo|als)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s*,", Options)]
    private static partial Regex AsWhatISay();

    // A fragment whose subject is the speaker left unsaid: "Hate flying.", "Love sushi!", "Vegetarian here." (a taste or
    // a trait, however short), a life event ("Got married.", "Just graduated!") or a status or diet said alone ("Diabetic.",
    // "Vegetarian.", "Célibataire.", "Gluten-free.", "Sans gluten."), or the French "on" for "we" ("On a trouvé un
    // appartement !", "On va déménager !"); not a reaction to what was shown ("Love it!", "Love the colours!").
    [GeneratedRegex(@"^(?:(?:really|totally|absolutely|kinda|kind of|still|now|officially)\s+)?(?:(?:love|hate|like|prefer|enjoy|adore|dislike|detest|can't stand|cannot stand)\s+(?!(?:it|that|this|them|these|those|you\w*|your\w*|the|how|what|when|seeing|hearing|reading)\b)\w|[\w-]+(?:\s+[\w-]+)?\s+here$|(?:(?:just|finally)\s+)?(?:got\s+(?:married|engaged|divorced|promoted|hired|fired|accepted|dumped)|graduated|retired|bought|adopted|moved|sold)\b|(?:allergic|intolerant) to [\w\s-]+$|on\s+(?:a|est|va|vient\s+d[e']|s'est|n'a|n'est|avait|était|ne)\s+(?:\S+\s+)?\p{L}*(?:[éèêàç]\p{L}*|er|ir)\b|(?:(?:a|an|more of an?|not an?|not much of an?|definitely an?|total|big|huge)\s+)?(?!(?:such|so|very|real|really|nice|lovely|good|great|kind|sweet|wonderful|amazing|awesome|beautiful|smart|funny|cool|fine|decent|different|special|strong|brave|genuine|caring|generous|bad|terrible|horrible|awful|mean|rude|weird|strange|better|best|worse|worst)\b)[\w-]+\s+person$|(?:diabetic|vegan|vegetarian|pescatarian|celiac|coeliac|pregnant|lactose[- ]intolerant|left-handed|colou?r-?blind|asthmatic|epileptic|single|married|engaged|divorced|widowed|retired|unemployed|self-employed|diabétique|végétarien(?:ne)?|végane?|enceinte|célibataire|mariée?|fiancée?|divorcée?|retraitée?|diabétic[oa]|vegetarian[oa]|vegan[oa]|embarazada|solter[oa]|casad[oa]|divorciad[oa]|jubilad[oa]|comprometid[oa]|diabetiker(?:in)?|vegetarier(?:in)?|veganer(?:in)?|schwanger|ledig|verheiratet|verlobt|geschieden|rentner(?:in)?|gluten-free|dairy-free|lactose-free|nut-free|sugar-free|halal|kosher|keto|paleo|sans gluten|sans lactose|sin gluten|sin lactosa|glutenfrei|laktosefrei)$)", Options)]
    private static partial Regex ImpliedSelf();

    // A sentence whose subject is one person or pet of the speaker's with the "my" left unsaid: "Wife is expecting twins!",
    // "Hubby got promoted!", "Dog's at the vet again." (each was skipped as a short exclamation, a silent loss). One: a
    // plural is a kind in general ("Birds are amazing!", "Horses have such grace!"); and not with "the", which may be
    // anyone's ("The kids are so cute!").
    [GeneratedRegex(@"^(?:wife|husband|partner|spouse|girlfriend|boyfriend|fiancée?|son|daughter|baby|mother|mom|mum|father|dad|sister|brother|boss|manager|roommate|flatmate|grandma|grandpa|granny|hubby|wifey|bf|gf|dog|cat|puppy|kitten)(?:'s|\s+(?:is|are|was|were|has|have|had|got|gets|just|finally|started|starts|turned|turns|moved|left|lost|won|passed|will|can't|won't|doesn't|don't|didn't|isn't|aren't|loves|hates|wants|needs)\b)", Options)]
    private static partial Regex ImpliedKin();

    // A request asked as a question, and what it asks: "Could you (please) X?", "Pourrais-tu X ?", "¿Puedes X?" (es: a
    // Spanish infinitive, see SpanishImperative), "Kannst du (bitte) X?".
    [GeneratedRegex(@"^(?:(?:please|so|and|also)\s+)?(?:can|could|would|will)\s+you\s+(?:please\s+)?(?<rest>[^?]+)\?+$|^(?:est-ce que tu peux|est-ce que vous pouvez|peux-tu|pourrais-tu|pouvez-vous|pourriez-vous)\s+(?:s'il te plaît\s+|s'il vous plaît\s+)?(?<rest>[^?]+?)\s*\?+$|^¿?(?:puedes|podrías|puede|podría)\s+(?:por favor\s+)?(?<es>[^?]+)\?+$|^(?:kannst|könntest)\s+du\s+(?:bitte\s+)?(?<rest>[^?]+)\?+$|^(?:können|könnten)\s+sie\s+(?:bitte\s+)?(?<rest>[^?]+)\?+$", Options)]
    private static partial Regex PoliteAsk();

    // What a one-off request asks for: "remind me what ...", "give me ...", "tell me ...".
    [GeneratedRegex(@"^(?:remind|give|show|send|tell|find|get|help|make|write|create|explain|list|recommend|suggest|draft|plan|summari[sz]e)\b", Options)]
    private static partial Regex OneOffAsk();

    // "Would you mind X-ing ...?", "Do you mind X-ing ...?": the gerund's stem and what follows it.
    [GeneratedRegex(@"^(?:would|do)\s+you\s+mind\s+(?:please\s+)?(?<stem>[a-z]{2,})ing\b(?<rest>[^?]*)\?+$", Options)]
    private static partial Regex MindAsk();

    // A Spanish infinitive that opens a request ("responder siempre ...", "hablarme de usted"): one word ending in -ar, -er
    // or -ir, with the pronoun it may carry.
    [GeneratedRegex(@"^(?<v>[a-záéíóúñ]+(?:ar|er|ir))(?:me|nos)?\b", RegexOptions.CultureInvariant)]
    private static partial Regex SpanishInfinitive();

    // A question that only asks whether something was told before, and the something: "Did I mention (that) X?", "Have I
    // told you that X?", "(Est-ce que) je t'ai dit que X ?", "¿Te (he contado|dije) que X?".
    [GeneratedRegex(@"^(?:did i (?:ever )?(?:mention|tell you|say)|have i (?:ever )?(?:mentioned|told you))(?:\s+that)?\s+(?!(?:about|of|anything|something|everything|what|how|where|when|why|who|whether|if)\b)(?<rest>[^?]+)\?+$|^(?:est-ce que )?je (?:t'ai|vous ai) (?:dit|raconté) que\s+(?<rest>[^?]+?)\s*\?+$|^¿?(?:te|le) (?:dije|conté|he dicho|he contado) que\s+(?<rest>[^?]+)\?+$", Options)]
    private static partial Regex ToldBefore();

    // A question that asks for what the speaker said before: "What did I tell you about X?", "What have I said about X?",
    // "Do you remember what I told you about X?", "What do you know about my X?", "Qu'est-ce que je t'ai dit sur X ?",
    // "¿Qué te dije sobre X?", "Was habe ich dir über X erzählt?".
    [GeneratedRegex(@"^(?:(?:do|can) you (?:still )?(?:remember|recall) what i|what (?:did|have) i|what was it (?:that )?i)(?:\s+(?:just|ever|already|once))?\s+(?:told|tell|said|say|mentioned|mention)\b|^what do you (?:know|remember) about (?:my|me|our)\b|^(?:do|can) you (?:still )?(?:remember|recall) (?:my|our)\b|^(?:tu te (?:souviens|rappelles)|vous vous (?:souvenez|rappelez)) (?:de|du|des) (?:mon|ma|mes|notre|nos)\b|^¿?(?:te acuerdas|recuerdas|te acordás) (?:de )?(?:mi|mis|nuestro|nuestra)\b|^erinnerst du dich (?:noch )?an (?:mein|meine|meinen|unser|unsere|unseren)\b|^(?:tu te (?:souviens|rappelles) de ce que je|qu'est-ce que je|que)\s*(?:t'ai|vous ai)(?:-je)?\s+(?:dit|raconté)\b|^¿?(?:te acuerdas de )?(?:qué|lo que) (?:te|le) (?:dije|conté|he dicho|he contado)\b|^(?:weißt du noch,? )?was (?:habe|hab) ich (?:dir|ihnen)\b.*\b(?:erzählt|gesagt)\W*$", Options)]
    private static partial Regex RecallAsk();

    // ("J'" is one too, when the change's marker starts at "ai": "J'ai abandonné le piano".)
    [GeneratedRegex(@"\b(?:i|i'm|i've|i'd|i'll|we|we're|we've|we'd|we'll|je|nous|yo|ich|wir)\b|\bj'", Options)]
    private static partial Regex FirstPersonSubject();

    // The speaker as the subject of a change without a pronoun of the speaker's: French "on" ("On a dû donner Luna"), a
    // Spanish verb of the first person ("Tuvimos que regalar a Toby").
    [GeneratedRegex(@"^(?:on(?:\s+(?:a|avait|doit|devait)(?:\s+dû)?)?|(?:tuve|tuvimos|he tenido|hemos tenido|decidí|decidimos)\s+que)$", Options)]
    private static partial Regex ImpliedWe();

    [GeneratedRegex(@"\b(?:you|he|she|they|it|tu|il|elle|ils|elles|vous|tú|él|ella|ellos|ellas|usted|ustedes|du|er|sie|es|ihr)$", Options)]
    private static partial Regex PronounLast();

    // One capitalised word of three letters or more, no determiner, pronoun or conjunction of the four languages: a name.
    [GeneratedRegex(@"^(?!(?:The|This|That|These|Those|They|She|Her|His|Our|Your|Their|And|But|Then|Now|Also|Well|Yet|Just|Still|Even|Les|Une|Ils|Elle|Elles|Mais|Donc|Puis|Los|Las|Una|Ella|Ellos|Ellas|Pero|Pues|Der|Die|Das|Ein|Eine|Sie|Und|Aber|Dann|Doch)$)(?-i:\p{Lu}\p{Ll}{2,})$")]
    private static partial Regex LoneName();

    [GeneratedRegex(@"\b(?:you|your|yours|you're|you've|you'll|you'd|tu|toi|ton|ta|tes|vous|votre|vos|tú|te|ti|tus|usted|du|dich|dir|dein|deine|deinen|deinem|deiner)\b", Options)]
    private static partial Regex SecondPerson();

    [GeneratedRegex(@"^(?:you|your|you're|you've|you'll|you'd|ur|tu|t'|ton|ta|tes|vous|votre|vos|tú|tus|usted|eres|estás|du|dein\w*)\b", Options)]
    private static partial Regex SecondPersonStart();

    [GeneratedRegex(@"^(?:that|this|it|that's|this is|it's|those|these|what a|how|sounds|looks|seems|so|such|must|glad|hope|love (?:that|it|this)|can't wait|let me know|keep|appreciate|congrats|congratulations|c'est|ça|quel|quelle|quelles|quels|trop|eso|esto|es|qué|suena|parece|ojalá|das|es ist|klingt|sieht|wie|was für|è|questo|sembra|che bello|isso|isto|é|parece|que bom|dat|dit|het is|klinkt|wat|to (?:jest|bardzo|naprawdę|super|brzmi|świetn\w*|wspaniał\w*)|brzmi|jak)\b", Options)]
    private static partial Regex ReactionOpener();

    [GeneratedRegex(@"^(?:this is|it's|it is|c'est|ici|soy|aquí|hier ist|hier spricht|hier ist die|hier ist der)\s+(?-i:\p{Lu}\p{Ll}+)(?:\s+(?-i:\p{Lu}\p{Ll}+))?\s+(?:from|here|speaking|de|du|des|de la|del|von|vom|aus)\b", Options)]
    private static partial Regex SelfIntroduction();

    [GeneratedRegex(@"^(?:i|i'm|i am)\s+(?:really |so |totally |just |truly |definitely |also |too )?(?:hope|bet|agree|appreciate|can imagine|can tell|can see|am sure|'m sure|sure|glad|happy for|proud of|sorry|know what you mean|understand|get it|feel you|love that|love it|love this)\b.*\b(?:you|your|you're|you've|that|it|this)\b", Options)]
    private static partial Regex Empathy();

    [GeneratedRegex(@"^(?:(?:(?:many|muchas|muchísimas|mil|vielen|vielen herzlichen|vielen lieben|herzlichen|lieben|besten|tausend) )?(?:thanks?|thank you|merci|gracias|danke|dank)(?: (?:so|very) much| a lot| again| beaucoup| bien| infiniment| mille fois| muchas| vielmals| sehr)? (?:for|pour|por|für)\b|(?:(?:your|the|that|this|it|they|those|these|all)(?:\s+[\w'-]+){0,3}\s+)?(?:really |truly |so |also )?(?:means?|meant) (?:a lot|so much|a great deal|the world|everything)(?: to (?:me|us))?$)", Options)]
    private static partial Regex Gratitude();

    // What keeps a conversation going and says nothing of anyone's world, as a whole sentence: a promise or a request to
    // hear how something went ("I'll keep you posted", "Let me know how it goes", "Tiens-moi au courant", "Avísame", "Sag
    // mir Bescheid", "Tell me all about it"), the pleasure of talking again ("Good to talk to you again"), an offer of
    // help ("Always here to help"), that something helped ("That helps a lot", "Ça m'aide beaucoup", "Das hilft mir sehr"),
    // agreement with nothing added ("I couldn't agree more", "I bet!", "I definitely
    // will"), a resolve with no object ("I won't give up!", "I'll do my best") and a "we" of encouragement ("We got
    // this!", "Wir schaffen das"). With an object or a time the sentence is kept: "I'll let you know by Friday whether I
    // can come", "I won't give up on Japanese".
    [GeneratedRegex(@"^(?:(?-i:\p{Lu}\p{Ll}+),\s*)?(?:"
        + @"(?:i['’]ll|i will|will)(?:\s+(?:definitely|surely|be sure to|make sure to))?\s+(?:let you know|keep (?:you|ya) (?:posted|updated|in the loop)|tell you how it (?:goes|went))(?:\s+(?:how (?:it|that|things|they) (?:goes|go|went|turns? out)|my thoughts|what i think))?"
        + @"|(?:you['’]ll have to\s+|be sure to\s+|please\s+|do\s+)?(?:let me know|keep me (?:posted|updated|in the loop)|tell me how it (?:goes|went))(?:\s+(?:how (?:it|that|things|they) (?:goes|go|went|turns? out)|how you like (?:it|them)|what you think|if you (?:like it|try it|need (?:anything|any help|help|(?:any )?more (?:suggestions|tips|ideas))(?: else)?)))?"
        + @"|i['’]ll reach out if i need (?:anything|help|you)|feel free to reach out(?:\s+(?:any ?time|whenever))?"
        + @"|(?:that|this|it) (?:really |totally |definitely |already )?help(?:s|ed)(?: me)?(?: (?:a lot|so much|a ton|loads|a great deal|tremendously|a bunch))?|(?:that['’]s|that is|this is|it['’]s) (?:very |really |so |super |extremely )?helpful|(?:ça|cela) m['’](?:aide|a (?:beaucoup |vraiment |bien )?aidée?)(?: beaucoup| énormément| vraiment)?|c['’]est (?:très |vraiment |super )?utile|(?:eso|esto) me (?:ayuda|ha ayudado|ayudó|sirve|ha servido)(?: mucho| muchísimo| bastante)?|(?:es )?muy útil|das (?:hilft|half) mir(?: (?:sehr|wirklich|echt))?(?: (?:viel|weiter))?|das hat mir (?:sehr |wirklich |echt )?(?:geholfen|weitergeholfen)|(?:das ist )?(?:sehr |wirklich |echt |super )?hilfreich"
        + @"|(?:(?:it['’]s|it was|so|really)\s+)?(?:good|great|nice|lovely) to (?:talk to|hear from|chat with|catch up with) you(?: again)?|long time no (?:talk|see|chat)|tell me (?:all |more )?about it|(?:i['’]d |i would )?love to hear (?:more|all) about it|i can['’]t wait to hear (?:more |all )?about it"
        + @"|(?:i['’]m\s+)?(?:always\s+)?(?:here|around)\s+(?:for you|to help|to support you|to cheer you on|if you need (?:anything|me|help))"
        + @"|i (?:(?:totally|completely|fully|definitely|really|absolutely)\s+)?agree(?: with you)?(?:\s+(?:completely|totally))?|i couldn['’]t agree more|i bet|i feel you|i hope so|i can tell|i know,? right"
        + @"|i (?:(?:definitely|sure|certainly|absolutely)\s+)?will|(?:it|that|they|she|he) sure (?:does|do|is|are|was|were|did)"
        + @"|we(?:['’]ve| have)? got this|we can do (?:this|it)|we['’]ll get through (?:this|it)(?: together)?|we['’]re in this together|we make a (?:great|good) team|we work (?:so )?well together|i believe in (?:you|us)"
        + @"|i (?:won['’]t|will not|['’]m not going to|am not going to|['’]m not gonna) (?:give up|quit)(?:,? i promise)?|i['’]m not giving up|i['’]ll (?:try|do) my best|i['’]ll (?:(?:definitely|just)\s+)?keep (?:on\s+)?(?:doing my best|going|pushing(?: forward)?|working hard|trying)(?: and doing my best)?"
        + @"|je (?:te|vous) (?:tiens|tiendrai) au courant|(?:tiens|tenez)[- ]moi au courant|dis[- ]moi (?:comment ça (?:se passe|s['’]est passé)|ce que tu en penses)|je suis (?:toujours )?là (?:pour toi|pour vous|si tu as besoin)|je suis (?:(?:tout à fait|totalement|complètement)\s+)?d['’]accord(?: avec (?:toi|vous))?|on va y arriver|on peut le faire|je ne lâche rien|je n['’]abandonnerai pas|je vais faire de mon mieux|j['’]espère bien"
        + @"|te (?:aviso|avisaré|mantengo informad[oa]|mantendré informad[oa]|cuento cómo (?:me )?(?:va|fue)|contaré cómo (?:me )?(?:va|fue))|avísame|mantenme informad[oa]|cuéntame cómo (?:te )?(?:va|fue|salió)|(?:estoy|estaré) (?:siempre )?aquí para (?:ti|ayudarte|lo que necesites)|estoy (?:(?:totalmente|completamente)\s+)?de acuerdo(?: contigo)?|(?:podemos|vamos a) (?:hacerlo|lograrlo)|no me (?:voy a rendir|rendiré)|haré lo (?:mejor que pueda|posible)|eso espero"
        + @"|ich (?:halte|halt['’]?) dich auf dem laufenden|(?:halt|halte|haltet|halten sie) mich auf dem laufenden|ich (?:sag|sage|geb|gebe) dir bescheid|(?:sag|gib) mir bescheid(?:,? wie es (?:läuft|gelaufen ist|war))?|ich bin (?:immer )?für dich da|(?:da )?stimme ich dir (?:voll |völlig |ganz )?zu|ich stimme dir (?:voll |völlig |ganz )?zu|wir schaffen das|ich gebe nicht auf|ich (?:gebe|geb) mein bestes|das hoffe ich|ich hoffe es"
        + @")$", Options)]
    private static partial Regex Housekeeping();

    [GeneratedRegex(@"^(?:i (?:really |truly )?(?:believe|have faith) in you|i'm (?:always |so )?(?:here for you|rooting for you|cheering for you|proud of you)|(?:i'm )?crossing my fingers|fingers crossed|good luck|best of luck|wishing you|(?:i )?wish you (?:all the best|the best|luck|well)|have (?:a |an )?(?:good|great|nice|lovely|awesome|amazing|wonderful|fantastic|fun) (?:time|day|trip)|don't give up|never give up|hang in there|stay strong|go for it|(?:just )?keep (?:it up|going|pushing|at it|trying|shining|rocking|up the good work)|you(?:'ve)? got this|you can do it)\b", Options)]
    private static partial Regex Encouragement();

    // A guess at what the other person lived or feels: "must be / must have been" and a word of feeling.
    [GeneratedRegex(@"\bmust (?:be|have been|feel|have felt) (?:so |really |quite |such |very |pretty |super |truly )*(?:an? )?(?:[\w'-]+ )?(?:exciting|amazing|awesome|great|wonderful|fun|hard|tough|difficult|rough|scary|nice|cool|lovely|incredible|fantastic|special|rewarding|fulfilling|exhausting|frustrating|stressful|overwhelming|challenging|heartwarming|relief|blast|experience|feeling|adventure|proud|happy|thrilled|excited|sad|painful|gratifying|satisfying|inspiring|beautiful|fascinating|interesting)\b", Options)]
    private static partial Regex Guess();

    // The speaker's possessives, as a change's owner and a self-reference read them.
    private const string Possessives = "my|our|mon|ma|mes|notre|nos|mi|mis|nuestro|nuestra|mein|meine|meinen|meinem|meiner|unser|unsere";

    [GeneratedRegex(@"\b(?:mine|" + Possessives + @")\b", Options)]
    private static partial Regex SelfPossessive();

    [GeneratedRegex(@"^(?:" + Possessives + @")\b", Options)]
    private static partial Regex OwnPossessive();

    // The one a possessive names, past the words that only describe it: "my new phone", "my neighbor's dog", "mi viejo amigo".
    [GeneratedRegex(@"\b(?:" + Possessives + @")\s+(?:(?:new|old|ex|former|dear|beloved|poor|little|big|older|younger|elder|late|best|nouveau|nouvelle|nouvel|vieux|vieil|vieille|cher|chère|nuevo|nueva|viejo|vieja|querido|querida|neue|neuer|neues|neuen|alte|alter|altes|liebe|lieber|kleine|kleiner)\s+)*(?<key>[\p{L}-]+?)(?:['’]s)?\b", Options)]
    private static partial Regex Owner();

    [GeneratedRegex(@"\b(?:i'm|i am|i've|i have|i was|i had|i'll|i will|we're|we've|we have|j'ai|je suis|tengo|estoy|ich habe|ich bin)\b", Options)]
    private static partial Regex SelfStatement();

    [GeneratedRegex(@"^¿?(?:(?:" + PoliteWords + @")[,\s]+)?(?:(?:can|could|would|will) you|help me|tell me|show me|give me|peux-tu|pouvez-vous|pourrais-tu|pourriez-vous|tu peux|aide-moi|(?:me |nos )?(?:puedes|podrías|puede|podría)|me ayudas|ayúdame|kannst du|könntest du|können sie|hilf mir)\b", Options)]
    private static partial Regex AskStart();

    [GeneratedRegex(@"^(?:that|this|it|they|those|these|he|she)\b[^.!?]*?(?:\b(?:is|are|was|were|looks?|seems?|sounds?|feels?)|'s|'re)\s+(?:so|such|really|super|truly|very|always|definitely|indeed|pretty|absolutely|totally)\s+(?:an?\s+)?(?:[\w'-]+\s+)?(?:exciting|amazing|awesome|great|wonderful|fun|nice|cool|lovely|incredible|fantastic|special|rewarding|fulfilling|heartwarming|inspiring|beautiful|fascinating|interesting|important|cute|adorable|gorgeous|stunning|vivid|fancy|impressive|powerful|peaceful|calming|relaxing|helpful|sweet|brave|kind|good|neat|unique|creative|talented|meaningful|uplifting|admirable|touching|tough|hard)\b", Options)]
    private static partial Regex Praise();

    [GeneratedRegex(@"(?<=\s)(?-i:\p{Lu}[\p{Ll}\p{Lu}\d-]+)")]
    private static partial Regex InnerName();

    // A capitalised word inside a sentence, not after a German article, possessive or preposition joined to its article,
    // after which German writes every noun with a capital ("einen Hund namens Bello" names Bello, not Hund; "Tennis im
    // Verein" names no club).
    [GeneratedRegex(@"(?<=[^.!?:;\s]\s+)(?<!\b(?i:ein|eine|einen|einem|einer|eines|der|die|das|den|dem|mein|meine|meinen|meinem|meiner|unser|unsere|unseren|unserem|kein|keine|keinen|zum|zur|vom|beim|im|ins|ans|aufs|fürs|ums)\s+)(?-i:\p{Lu}[\p{Ll}\p{Lu}\d-]+)(?: (?-i:\p{Lu}[\p{Ll}\p{Lu}\d-]+))*")]
    private static partial Regex NameRun();

    [GeneratedRegex(@"^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays|Januar|Februar|März|Juni|Juli|Oktober|Dezember|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Christmas|Easter)$")]
    private static partial Regex Calendar();

    // A new person of the speaker's: "My new manager is ...", "Mon nouveau patron est ...", "Mi nueva jefa es ...", "Mein
    // neuer Chef ist ...".
    [GeneratedRegex(@"^(?:" + Possessives + @")\s+(?:new|nouveau|nouvelle|nuevo|nueva|neuer|neue|neues)\s+(?<k>" + Kin + @")\b", Options)]
    private static partial Regex NewSomeone();

    // The subject of a sentence is a person a possessive names: "My son ...", "My best friend ...", "Ma sœur ...".
    [GeneratedRegex(@"^(?:" + Possessives + @")\s+(?:(?:older|younger|elder|little|big|best|late|ex|new|old|grand)\s+)*(?:" + Kin + @")\b", Options)]
    private static partial Regex SomeoneOfMine();

    // The people a possessive names as someone of the speaker's ("my son", "ma sœur", "mi jefe", "meine Tochter").
    internal const string Kin = @"wife|husband|partner|spouse|girlfriend|boyfriend|fiancée?|sons?|daughters?|kids?|children|child|bab(?:y|ies)|mother|mom|mum|father|dad|parents|sisters?|brothers?|siblings?|friends?|boss|manager|colleagues?|co-?workers?|neighbou?rs?|roommates?|flatmates?|cousins?|aunts?|uncles?|grand\w+|nieces?|nephews?|in-laws|family|femme|mari|copine|copain|fils|filles?|enfants?|mère|père|sœurs?|soeurs?|frères?|amie?s?|collègues?|voisine?s?|esposa|esposo|marido|mujer|novi[oa]|hij[oa]s?|madre|padre|padres|herman[oa]s?|amig[oa]s?|jef[ea]|vecin[oa]s?|Frau|Mann|Freund(?:in)?|Sohn|Tochter|Kinder|Mutter|Vater|Eltern|Schwester|Bruder|Chef(?:in)?|Nachbar(?:in)?|Kollege|Kollegin";

    // The animals a possessive names as the speaker's pets.
    private const string Pets = "pets?|dogs?|cats?|pupp(?:y|ies)|kittens?|hamsters?|rabbits?|bunn(?:y|ies)|parrots?|birds?|budgies?|fish|goldfish|horses?|ponies|pony|turtles?|tortoises?|guinea pigs?|gerbils?|ferrets?|snakes?|lizards?|chickens?";

    // A sentence whose subject is a name: a capitalised first word that is no pronoun, article or lead-in ("Maria lives
    // in Rome"; not "The meeting is at 3pm").
    [GeneratedRegex(@"^(?!(?:The|A|An|This|That|These|Those|It|He|She|They|We|You|There|Here|My|Our|Your|His|Her|Their|Le|La|Les|Un|Une|Il|Elle|Ils|Elles|El|Los|Las|Una|Ella|Ellos|Der|Die|Das|Ein|Eine|Er|Sie|Es)\b)(?-i:\p{Lu}\p{Ll}+)\s+(?:is|was|has|had|lives|works|plays|goes|loves|likes|moved|got|became|est|a|vit|travaille|es|está|vive|trabaja|ist|hat|wohnt|arbeitet)\b")]
    private static partial Regex NamedSubject();

    [GeneratedRegex(@"[\p{L}\p{N}']+")]
    private static partial Regex Word();

    // A thing quit or given up, named by one or two bare words before when or why, which the target leaves out
    // (ChangeTail): "I gave up tennis", "I gave up red meat last year", "I gave up tennis after my knee surgery", "I quit
    // social media in January", "I quit golf because of my back"; not "I gave up chocolate for Lent", a while, "I gave up
    // two hours of my Saturday", nor "I gave up hope". A pattern
    // of its own, read only for a sentence with "quit" or "gave up": as alternatives of ChangeMarker they made the whole
    // classifier a fifth slower.
    [GeneratedRegex(@"\b(?:quit\s+(?!(?:" + NotAThingQuit + @"|my|the|our)\b)|gave up\s+(?!(?:my|our|the|a|an|his|her|their|your|on|hope|everything|nothing|it|that|this|them|him|me|so|and|but|after|before|because|since|when|trying|control|halfway|early|too|again|now|there|here|all|some|any|much|more|less|easily|immediately|quickly|yesterday|today|tonight|last)\b))[\w-]+(?:\s+(?!(?:for|of|to|at|in|on|with|from|about|because|since|so|and|but|after|before|when|last|this)\b)[\w-]+)?" + QuitTail, Options)]
    private static partial Regex QuitBare();

    // What follows "quit" that is no thing quit ("I quit because ...", "I quit early", "I quit it"): ChangeMarker and
    // QuitBare read the same words.
    private const string NotAThingQuit = @"because|since|so|and|but|after|before|when|for|yesterday|today|tonight|last|this|it|that|again|now|recently|already|early|too";

    private const string QuitTail = @"(?=\s*(?:[.!,;]|$)|\s+(?:and|but|because|since|so)\b|\s+(?:after\s+(?:my|his|her|their|our)\s|(?:last|this)\s+(?:semester|term|season|quarter|school year|year|month|week|spring|summer|fall|autumn|winter)\b|in\s+(?:\d{4}|" + RelativeDates.Months + @")\b))";

    [GeneratedRegex(@"\b(?:no longer|not (?:[\w'’-]+ ){0,8}?(?:any ?more|any longer)|\w*n't (?:[\w'’-]+ ){0,8}?(?:any ?more|any longer)|sold (?:my|our|the)|cancell?ed (?:my|our|the|(?-i:(?=\p{Lu})))|unsubscribed from|j'ai résilié|j'ai annulé|cancelé|he cancelado|me di de baja|gave away (?:my|our|the)|traded in (?:my|our|the)|traded my|got rid of (?:my|our|the)|quit (?:my|the|our|\w+ing\b|(?-i:(?=\p{Lu}))|(?!(?:" + NotAThingQuit + @")\b)[\w-]+(?=\s*(?:[.!,;]|$)|\s+(?:and|but)\b))|gave up (?:on\b|\w+ing\b)|left my job|(?:got|was|been|were) (?:laid off|fired(?!\s+up\b)|let go)|laid off from|fired from|resigned from|retired from|stopped \w+ing|moved out of|moved away from|broke up with|(?:and i|and me|we|et moi|y yo)\s+(?:(?:just|finally|recently|officially)\s+)?(?:broke up|split up|separated|called it quits)|(?:nous avons|on a|moi avons) (?:rompu|divorcé)|(?:rompimos|nos separamos|nos divorciamos)|(?:(?:und ich|wir) haben uns|haben uns)\s+(?:\S+\s+){0,3}?(?:getrennt|scheiden lassen)|(?<!\b(?:as|when|because|since|like|where|that|what|how|while|if)\s+)(?:i|we) used to|j'avais l'habitude de|nous avions l'habitude de|autrefois|(?:yo )?solía|solíamos|früher|ne (?:\S+ ){1,8}?plus\b|n'(?:\S+ ){1,8}?plus\b|(?:(?:my|our) new|mon nouveau|ma nouvelle|mes nouveaux|mes nouvelles|notre nouveau|notre nouvelle|mi nuevo|mi nueva|mis nuevos|mis nuevas|nuestro nuevo|nuestra nueva|mein neuer|meine neue|mein neues|unser neuer|unsere neue|unser neues)(?:\s+[\w'-]+){1,4}?\s+(?:is|are|'s|est|sont|es|son|ist|sind)|(?:my|our)\s+(?:[\w'-]+\s+){1,4}?(?:has\s+|have\s+)?changed\s+to|(?:mon|ma|mes|notre|nos)\s+(?:\S+\s+){1,4}?(?:a|ont)\s+changé|(?:mi|mis|nuestro|nuestra)\s+(?:\S+\s+){1,4}?(?:cambió|ha\s+cambiado|han\s+cambiado)|(?:mein|meine|meinen|unser|unsere)\s+(?:\S+\s+){1,6}?geändert|scratch that|(?:correction|rectification|corrección|korrektur)(?=\s*[:,])|passed away|(?:was|were|got|had to be) put (?:down|to sleep)|est décédée?|sont décédés|falleció|ha fallecido|murió|se murió|ha muerto|est mort|est morte|ist verstorben|ist gestorben|(?:habe|hat|haben) (?:\S+ ){0,4}?gekündigt|(?:wurde|wurden|bin|ist) (?:\S+ ){0,4}?entlassen|plus jamais|j'ai vendu|nous avons vendu|j'ai arrêté de|(?:a|ai|ont|avons) arrêté (?:le|la|les|de|d')|j'ai quitté|ya no|vendí|vendimos|dejé de|dejó (?:el|la|los|las|de)|(?:ha|han) dejado (?:el|la|los|las|de)|nicht mehr|kein\w* (?:\S+ ){0,8}?mehr|nie mehr|verkauft|aufgehört)\b", Options)]
    private static partial Regex ChangeMarker();

    // Break-ups and divorces said in other ways, deaths said with an adverb, and a thing replaced by another ("Diego y yo
    // terminamos", "I got divorced", "Ich habe mit Diego Schluss gemacht", "Minka ist leider gestorben", "I replaced my
    // Pixel with an iPhone"): a pattern of their own, as ChangeMarker with them in it scanned the dev sets' sentences three
    // times slower.
    [GeneratedRegex(@"\b(?:y yo\s+(?:(?:ya|finalmente)\s+)?(?:terminamos|cortamos|lo dejamos)\b|(?:corté|rompí) con (?-i:\p{Lu}\p{Ll}+)|got (?:(?:finally|just|recently)\s+)?(?:divorced|separated)|(?:is|are) getting (?:divorced|a divorce)|se (?:divorció|divorciaron|separó|separaron)|(?:a|ont) divorcé|(?:s'est|se sont) séparée?s?|(?:hat|haben) sich (?:\S+\s+){0,2}?(?:scheiden lassen|getrennt)|(?:ist|sind) (?:jetzt\s+)?geschieden|j'ai rompu avec (?=(?-i:\p{Lu}))|(?:und ich\s+)?(?:haben|habe|hat)\s+(?:\S+\s+){0,3}?schluss gemacht|(?:replaced (?:my|our)(?=\s+[^,.;!?]{1,40}?\s+with\s)|swapped (?:my|our)(?=\s+[^,.;!?]{1,40}?\s+(?:for|with)\s))(?!\s+\S+['’]s\s)|(?:est|sont) (?:malheureusement|hier|soudainement) (?:décédée?s?|morte?s?)|sont morte?s|(?:ist|sind) (?:leider|gestern|heute|plötzlich) (?:verstorben|gestorben)|sind (?:verstorben|gestorben)|n'a pas survécu|no sobrevivió)\b", Options)]
    private static partial Regex PartingMarker();

    // The changes said of dates, plans, jobs and things switched, finished or called off ("was moved to", "got
    // cancelled", "I switched my gym to", "I left BNP and now work at", "I finished"): a pattern of their own, as one
    // pattern with every alternative scanned each sentence about three times slower.
    [GeneratedRegex(@"\b(?:(?:switched|changed|moved|upgraded|downgraded) (?:all (?:of )?)?(?:my|our) (?<x>(?:[\w'-]+ ){0,2}?[\w'-]+) (?:from [^.!?]{1,40}? )?to (?=(?:the |a |an )?(?-i:\p{Lu}|\d+\p{Lu}|\p{Ll}\p{Lu}))|changed (?:my|our) (?!mind\b)(?<x>(?:[\w'-]+ ){0,1}?[\w'-]+)(?=\s*(?:[,;:]\s*(?:it's|it is|the new one is|now)\b|\s+to\s+[^\s.!?,;]*[\d@]))|left (?-i:(?=\p{Lu}))(?=[^.!?]{0,60}?\b(?:now work|now working|to join|to work|and joined|for a (?:new )?(?:job|position|role))|(?-i:\p{Lu}[\p{L}&.-]*)(?:\s+(?-i:\p{Lu}[\p{L}&.-]*)){0,2}(?:\s+(?:last|this|in|after)\s+[\w ]{1,20}?)?,\s*(?:she|he|they|i|we)(?:'s|'re|'m| is| are| am)\s+(?:now\s+)?(?:(?:at|with)\s+(?-i:\p{Lu})|working\b))|(?:was|were|got|gets|has been|have been|had been|'s been|is|are|is being|was being)\s+(?:(?:just|now|officially|already|finally)\s+)?(?:(?:moved|rescheduled|postponed|pushed(?:\s+back)?|delayed|bumped|shifted|changed|brought forward|moved up)(?:\s+again)?\s+(?:to|until|till|back to)\b(?!\s+tears\b)|(?:cancell?ed|called off|scrapped)\b)|(?:fällt|fallen)\s+(?:\S+\s+){0,3}?aus(?=\s*(?:[.!]|$))|(?:está|están)\s+(?:cancelad|suspendid)[oa]s?|(?:moved|rescheduled|postponed|pushed(?:\s+back)?|delayed|bumped|shifted)\s+(?:the|my|our)\s+(?:[\w'-]+\s+){1,3}?(?:to|until|till|back to)\b|(?:a été|ont été|est|sont)\s+(?:reporté|déplacé|décalé|repoussé|annulé)e?s?|se\s+(?:pospuso|aplazó|canceló|movió)|(?:fue|fueron|ha sido|han sido)\s+(?:pospuest|aplazad|cancelad|movid)[oa]s?|(?:wurde|wurden|ist|sind)\s+(?:\S+\s+){0,4}?(?:verschoben|abgesagt|verlegt)"
        + @"|(?:finished|completed|wrapped up|(?:i'm|i am|we're|we are) (?:done|finished) with) (?:reading |watching |writing |knitting |building )?(?:my|the|our|(?-i:(?=\p{Lu})))(?!\s*(?:[\w'-]+\s+)?(?:homework|assignment|assignments|essay|chores|laundry|dishes|shift|workout|lunch|dinner|breakfast|meal|coffee|taxes|errands|paperwork|exam|exams|test|quiz|lesson|class|practice|session|run|walk)\b)|j'ai (?:fini|terminé) (?:de (?:lire|regarder) )?(?:mon|ma|mes|le|la|les|(?-i:(?=\p{Lu})))|(?:terminé|acabé) (?:de (?:leer|ver) )?(?:mi|el|la|los|las|(?-i:(?=\p{Lu}))))\b", Options)]
    private static partial Regex MoreChangeMarker();

    // What the speaker switched, said without the old value ("I upgraded to an iPhone 15", "We switched to a plant-based
    // detergent", "Ich bin auf Tee umgestiegen": the value, x its head words, v the whole clause) or without either ("I
    // switched dentists", "J'ai changé de dentiste", "Cambié de dentista", "Ich habe den Zahnarzt gewechselt": x the kind).
    // The memory it retires shares the kind's words ("My phone is an iPhone 12", "My dentist is Dr. Smith"); one that holds
    // every word of the new value already says it ("I drink green tea every evening" for "I switched to green tea"), see
    // ChangeCheck. Only the speaker's own ("I", "we" before it): "Since you've upgraded to ..." says nothing of them. Jobs
    // have their own attributes (AttributeStatement), and travel, sides and places are no change of what one has ("I
    // switched trains in Lyon"). A fourth pattern, read only for a sentence with one of its verbs (SwitchCue).
    [GeneratedRegex(@"(?<=(?:\b(?:i|we)(?:'ve|'d| have| had)?|^(?:my|our)\s+(?:" + Kin + @")(?:\s+(?-i:\p{Lu}\p{Ll}+))?(?:\s+(?:has|have|had))?)\s+(?:(?:just|recently|finally|already|also|since|then|now|eventually)\s+)?)(?:(?:switched|upgraded|downgraded|changed over|moved over)\s+(?:over\s+)?from\s+(?:(?:a|an|the|my|our)\s+)?(?<x>[\w'-]+(?:\s+(?!to\b)[\w'-]+){0,2}?)\s+to\s+(?!(?:the\s+)?(?:same|other)\b)[\w'-]+|(?:switched|upgraded|downgraded|changed over|moved over)\s+(?:over\s+)?to\s+(?<v>(?<x>(?:(?:a|an|the|some)\s+)?[\w'-]+(?:\s+(?!(?:that|which|who|from|for|in|at|on|with|and|but|because|since|about|last|this|after|before|when|so|instead|now|recently|again|a|an|the)\b)[\w'-]+){0,3})[^.!?,;]*)|(?:switched|changed)\s+(?!(?:jobs|careers|employers|companies|sides|places|seats|lanes|trains|planes|flights|buses|clothes|gears|hands|tactics|topics|subjects|positions|rooms|tables|directions|courses|plans|minds|hats|roles|things|colou?rs|channels|songs)\b)(?<x>[\w'-]+s)\b(?=\s*(?:[.!,;]|$|\s+(?:and|because|since|after|last|this|recently|again|so)\b)))|\bj'ai changé d(?:e |')(?!(?:travail|boulot|job|poste|métier|boîte|avis|idée|sujet|place|direction|train|avion|vêtements?)\b)(?<x>[\w-]+)|\b(?:cambié|he cambiado) de (?!(?:trabajo|empleo|opinión|idea|tema|sitio|lugar|tren|avión|ropa)\b)(?<x>[\w-]+)|\b(?:je suis|nous sommes|on est)\s+(?:\S+\s+)?passée?s?\s+(?:de\s+(?:la\s+|l')?|du\s+|des\s+|d')(?<x>[\w'-]+(?:\s+[\w'-]+){0,2}?)\s+(?:à|au|aux)\s+[\w'-]+|\b(?:cambié|he cambiado|cambiamos|hemos cambiado)\s+(?:el|la|los|las|mi|mis)\s+(?<x>[\w'-]+(?:\s+[\w'-]+){0,2}?)\s+por\s+[\w'-]+|\b(?:me\s+)?pas(?:é|amos)\s+(?:de\s+(?:la\s+)?|del\s+)(?<x>[\w'-]+(?:\s+[\w'-]+){0,2}?)\s+(?:a|al)\s+[\w'-]+|\b(?:bin|sind|habe|haben)\s+(?:\S+\s+){0,2}?von\s+(?:der\s+|dem\s+)?(?<x>[\w'-]+(?:\s+[\w'-]+){0,2}?)\s+(?:auf|zu|zur|zum)\s+(?:\S+\s+){1,3}?(?:umgestiegen|gewechselt)|\bme cambié a (?<v>(?<x>[\w'-]+(?:\s+(?!(?:que|porque|desde|hace|y|pero)\b)[\w'-]+){0,2})[^.!?,;]*)|\b(?:habe|haben) (?:\S+ ){0,2}?(?:den|die|das|meinen|meine|mein|unseren|unsere|unser) (?!(?:job|stelle|arbeitgeber|firma|zug|seite|platz|kleidung)\b)(?<x>[\w-]+) gewechselt|\b(?:bin|sind) (?:\S+ ){0,2}?auf (?<v>(?<x>[\w'-]+(?: [\w'-]+)?)) umgestiegen", Options)]
    private static partial Regex SwitchMarker();

    // Things given away, outgrown, dropped or left, and events called off ("We had to give Luna away", "Mia outgrew her
    // peanut allergy", "On a dû donner Luna", "Mon fils a laissé tomber le tennis", "Dejé Telefónica", "Wir mussten Bello
    // abgeben", "I left the band", "The dentist appointment is off", "I've given up on the guitar", "J'ai abandonné le
    // piano", "Ich habe Japanisch aufgegeben", "Me despidieron de Zara", "J'ai été licenciée de Renault"), a medicine
    // stopped ("I'm off metformin now", "My doctor took me off metformin": OffMarker) and someone gone missing ("Milo ran
    // away", "Rex went missing": WentMissing), a plan given up ("We decided not to go to Japan after all", "We decided
    // against buying a Peloton", "We called off the engagement", "On a décidé de ne pas partir", "Decidimos no ir"; not
    // a night's choice, "I decided not to drink tonight") and someone of the speaker's off what they were on ("My
    // daughter is off the swim team", "I'm off the night shift now"), a pursuit quit or a treatment finished at a
    // clause's start ("I quit guitar lessons", "I finished chemo"; not "... classes I finished recently"), what was worn
    // taken off ("I got my braces off", "Got my braces off today!", "My son got his cast off"), an ailment over or gone ("I'm over my cold", "My
    // fever is gone", "Meine Erkältung ist weg", "Ya me recuperé del resfriado"), "no more X" ("I got LASIK, no more
    // glasses!"), an account deleted ("I deleted my Facebook account"), an engagement broken off, school dropped out of
    // ("Ich habe das Studium abgebrochen"), a farewell after an acquisition ("Just got an iPhone 15, goodbye Pixel!"), a
    // thing done with ("I'm done with keto"), a membership let lapse (which retires only a memory of holding it: "I let my
    // NYT subscription expire" leaves "I read the New York Times every morning", see Statement.Quits), and a measure back
    // to normal ("My blood pressure is
    // back to normal"), a lesson or a sport dropped or stopped ("I dropped ballet this semester", "Emma dropped soccer",
    // "My daughter stopped violin"; a bare thing, or a class, a team or a therapy: not "I dropped my phone", "I dropped
    // Leo off", "I stopped by the store"): a fifth pattern, read only for a sentence with one of its words (GoneCue); as
    // alternatives of ChangeMarker they made it seven times slower on every sentence.
    [GeneratedRegex(@"\b(?:(?:gave|give|given|giving) (?:(?:my|our|the)\s+[\w'-]+(?:\s+[\w'-]+)?|(?-i:\p{Lu}\p{Ll}+)) away|re-?homed? (?:my|our|the|(?-i:(?=\p{Lu})))|me (?:despidieron|echaron) (?:de|del)\b|(?:ai|a) été (?:licenciée?|virée?) (?:de|d'|du|par)|(?:on m'a|ils m'ont) (?:licenciée?|virée?)|me suis fait (?:licencier|virer)|given up (?:on\b|\w+ing\b)|(?:gave|given) up (?:my|our|the)\b|(?:ai|a|avons|ont|as) (?:\S+ )?abandonné (?:le|la|les|l'|mon|ma|mes|son|sa|ses|notre|nos|(?-i:(?=\p{Lu})))|(?:abandoné|abandonamos|(?:he|hemos) abandonado) (?:el|la|los|las|mi|mis|(?-i:(?=\p{Lu})))|(?:habe|hat|haben) (?:\S+ ){0,4}?aufgegeben(?=\s*(?:[.!,]|$))|(?:outgrew|outgrown|grew out of|recovered from|(?:is|am|are|'m|'s) (?:now |finally )?cured of) (?:my|our|his|her|their)|(?<=(?:^|[,;:!]\s*|\b(?:and|so)\s+))no more\s+(?![^.!?]*\b(?:tonight|today|this (?:morning|afternoon|evening|time)|for now|until|till)\b)(?!(?:than|of|for|to|and|or|questions?|excuses|worries|waiting|need|time|room|space|money|news|ideas|options|words|comments|please|thanks)\b)(?=[\w'-]+(?:\s+[\w'-]+){0,2}\s*(?:[.!,;]|$|\s+for (?:me|us|him|her|them)\b))|(?<=^(?:my|our|the|his|her|their)\s+(?:[\w'-]+\s+)?(?:fever|cold|flu|cough|headache|migraine|pain|rash|infection|allergies|acne|toothache|sore throat|insomnia|nausea|injury|symptoms|hiccups|morning sickness|jet lag)\s+)(?:(?:is|are|'s|has|have)\s+)?(?:(?:finally|completely|totally|all|now|mostly)\s+)*(?:gone|over|cleared up|healed|went away)(?=\s*(?:[.!,;]|$|\s+(?:now|finally|at last|for good)\b))|(?<=^(?:meine|mein|die|der|das)\s+(?:Erkältung|Grippe|Kopfschmerzen|Schmerzen|Husten|Fieber|Migräne|Übelkeit)\s+)(?:ist|sind)\s+(?:(?:endlich|jetzt|wieder|ganz)\s+)*(?:weg|vorbei)\b|(?<=^(?:mon|ma|mes)\s+(?:rhume|grippe|fièvre|toux|migraine|mal de (?:tête|dos|gorge))\s+)(?:est|sont)\s+(?:(?:enfin|complètement|bien)\s+)*(?:parti|partie|partis|passé|passée|fini|finie)\b|(?:me|ya me|por fin me)\s+(?:recuperé|curé)\s+(?:de la|de mi|del|de)\s+(?=\w)|se me (?:quitó|pasó|fue) (?:el|la|mi)\s+(?=\w)|(?<=\b(?:i|we)(?:'ve| have)?\s+(?:(?:just|finally|officially|permanently)\s+)?)(?:deleted|closed|deactivated)\s+(?:my|our)\s+(?=(?:[\w-]+\s+){0,2}?(?:account|profile)s?\b)|(?:got over|(?:is|am|are|'m|'s|'re) (?:now |finally |completely |fully )?over) (?:(?:my|our|his|her|their)\s+(?!head\b|heads\b|limit\b|budget\b)(?=[\w-]+(?:\s+[\w-]+)?\s*(?:[.!,;]|$|\s+(?:now|finally|at last)\b))|the (?=(?:cold|flu|covid|cough|fever|virus|bug|infection|illness)\b))|(?<=(?:^|[,;:]\s*|\b(?:and|but|so)\s+)(?:i|we)(?:'ve| have)?\s+(?:(?:just|finally|officially|recently|eventually)\s+)?)quit\s+(?!(?:\w+ing|because|since|so|and|but|after|before|when|for|yesterday|today|tonight|last|this|it|that|again|now|recently|already|early|too|my|the|our|a|an|on|at|in|to|with|over)\b)(?=[\w-]+(?:\s+[\w-]+){1,2}(?:\s+(?:last \w+|this \w+|yesterday|today|a (?:few )?\w+ ago|for good|altogether))?\s*(?:[.!,;]|$))|(?<=(?:^|[,;:]\s*|\b(?:and|but|so)\s+)(?:i|we)(?:'ve| have)?\s+(?:(?:just|finally|officially)\s+)?)(?:finished|completed)\s+(?!(?:\w+ing|today|yesterday|recently|lately|since|already|just|now|yet|work|dinner|lunch|breakfast|homework|school|it|that|this|early|late|first|second|third|last|up|off|on|in|at|with|by|one|two|three)\b)(?=[\w-]+(?:\s+[\w-]+)?(?:\s+(?:today|yesterday|last \w+|this \w+))?\s*(?:[.!]|$))|(?<=(?:^|\b(?:i|we|my|our|his|her|their)\s+(?:[\w-]+\s+)?)(?:(?:just|finally)\s+)?)(?:got|had|has had|have had)\s+(?:my|our|his|her|their)\s+(?!(?:day|days|week|weekend|shift|time|afternoon|morning|evening|night|hours|leave|vacation|hands|eyes|mind|shirt|shoes|coat|jacket|clothes|hat|makeup)\s)(?=(?:[\w-]+\s+)?[\w-]+\s+(?:off|removed|taken off|taken out)\s*(?:[.!,;]|$|\s+(?:today|yesterday|last \w+|this \w+|finally|at last)\b))|(?:mussten|musste|müssen|haben|habe)\s+(?:\S+\s+){0,2}?(?-i:\p{Lu}\p{Ll}+)\s+(?:abgeben|abgegeben|weggeben|weggegeben)(?=\s*(?:[.!]|$))|(?:donné|donner|redonné|regalé|regalamos|regalar|dado en adopción|abgegeben|abgeben|weggegeben|weggeben) (?:(?:mon|ma|mes|notre|nos|mi|mis|nuestro|nuestra|a|meinen|meine|mein|unseren|unsere|unser)\s+)?(?-i:(?=\p{Lu}))|(?:donné|donner|regalé|regalamos|regalar|abgegeben|abgeben|weggegeben) (?:mon|ma|notre|mi|nuestro|nuestra|meinen|meine|mein|unseren|unsere|unser) (?:chat|chien|chienne|perro|perra|gato|gata|hund|katze|kater)|left (?:the|my|our) (?:band|team|club|choir|group|company|firm|gym|church|league|orchestra|union|board|committee|startup|program|programme|course|class|army|navy|school|university|college|project|book club)(?=\s*(?:[.!,;]|$|\s+(?:last|this|yesterday|today|after|because|and)\b))|(?:a|ont|ai|avons|as) laissé tomber (?:le|la|les|l'|son|sa|ses|mon|ma|mes)|démissionné (?:de|d'|du)|(?:renuncié|dimití|renunció|dimitió) (?:a|de|en)|dejé (?:mi trabajo|el trabajo|(?-i:(?=\p{Lu})))|(?<=(?:\b(?:i'm|i am|we're|we are)|^(?:(?:my|our)\s+(?:[\w-]+\s+){0,2}?[\w-]+|(?-i:\p{Lu}\p{Ll}+))(?:\s+(?:is|are)|'s))\s+(?:(?:now|finally|completely|officially)\s+)?)off\s+(?!(?:(?:the|my|his|her|their|our)\s+)?(?:to|work|duty|today|tomorrow|tonight|sick|school|for|on|at|clock|hook|grid|market|wagon|radar|record|charts|rails|table|menu|beaten|top|cuff|mark|camera|mute|again|now|home|next|this|that|it|there|here|shift|call|track|base|limits|leave|vacation|holiday|break|food|feed|form|balance|guard|hours|season|week|day|weekend)\b)(?:(?:the|my|his|her|their|our)\s+)?(?=[\w-]+(?:\s+(?!(?:now|for|completely|entirely|altogether|as)\b)[\w-]+){0,2}(?:\s+(?:now|for good|completely|entirely|altogether|as of \w+))?\s*(?:[.!,;]|$))|(?:took|taken|take|takes|has taken|have taken)\s+me\s+off\s+(?:the\s+|my\s+)?(?=[\w-])|(?<=\b(?:i|we)(?:'ve| have)?\s+(?:(?:just|finally|eventually|ultimately|now)\s+)?)(?:decided|chose)\s+(?:not\s+to|against)\s+(?=\w)(?![^.!?]*\b(?:tonight|today|this (?:morning|afternoon|evening|time|once)|for now|yet)\b)|(?<=\b(?:i|we)(?:'ve| have)?\s+(?:(?:just|finally|officially|sadly|eventually)\s+)?)called\s+off\s+(?:the|our|my)\s+(?=\w)|(?:avons|ai|a)\s+décidé\s+de\s+ne\s+pas\s+(?=\w)|(?:decidimos|decidí|he decidido|hemos decidido)\s+no\s+(?=\w)|(?<=^(?:(?:my|our)\s+(?:[\w'-]+\s+)?(?:" + Pets + @")|(?-i:\p{Lu}\p{Ll}+))\s+(?:(?:just|sadly|suddenly|recently)\s+)?)(?:ran away|went missing|has gone missing|is missing|got lost|disappeared|never came (?:back|home))(?=(?:\s+(?:last \w+|this \w+|yesterday|today|tonight|on \w+|in \w+|(?:a few|two|three|\d+) \w+ ago))?\s*(?:[.!]|$))|(?<=^(?:the|my|our)\s+(?:[\w'-]+\s+){0,2}?(?:appointment|meeting|party|wedding|trip|date|dinner|lunch|brunch|game|match|concert|show|event|deal|plan|interview|call|class|session|visit|engagement|vacation|holiday|reservation|booking|surgery|operation|exam|playdate|sleepover|ceremony|celebration|reunion|hike|tour|lesson|practice|rehearsal|recital|presentation|conference|workshop)s?\s+)(?:is|are|'s)\s+(?:(?:now|officially)\s+)?off(?=\s*(?:[.!]|$|,|\s+(?:now|again|for)\b))|(?:broke|broken)\s+off\s+(?:the|our|my|their|his|her)\s+(?=(?:engagement|relationship|friendship)\b)|dropped\s+out\s+of\s+(?=\w)|(?=(?:dropped|stopped)\s)(?<=(?:\b(?:i|we)|^(?:my|our)\s+(?:[\w'-]+\s+)?[\w'-]+|^(?-i:\p{Lu}\p{Ll}+))\s+(?:(?:just|finally|eventually|officially|already|also)\s+)?)(?:dropped|stopped)\s+(?:(?:the|my|his|her|their|our)\s+(?=(?:[\w-]+\s+)?(?:class|course|module|major|minor|subject|lessons?|team|club|program|programme|therapy|treatment)\b)|(?!(?:the|a|an|my|his|her|their|our|your|its|it|them|him|me|us|you|off|by|in|into|out|to|from|down|back|below|under|over|around|everything|that|this|those|these|some|any|all|one|two|three|four|five|ten|half|last|next|so|and|but|like|dead|again|sharply|significantly|slightly|at|for|here|there|short|working|being|raining|snowing)\b)(?![\d$€£])(?!\w+ing\b)(?=[\w-]+(?:\s+(?!(?:off|out|by|down|over|up|back|in)\b)[\w-]+)?\s*(?:[.!,;]|$|\s+(?:this|last|for|after|because|and|so|at)\b)))|(?:habe|hat|haben)\s+(?:\S+\s+){0,4}?(?:abgebrochen|gelöst|aufgelöst|abgesagt)(?=\s*(?:[.!,]|$))|(?=(?:" + Farewells + @")\b)(?<=\b(?:got|bought|switched|upgraded|new)\b[^.!?]{1,50}?[,;:!-]\s*)(?:goodbye|good-bye|bye(?:[- ]bye)?|farewell|adiós|adieu|tschüss)\s+(?=(?:(?:my|our|the|old|mon|ma|mi)\s+)*(?-i:\p{Lu})|(?:my|our|the)\s+old\b)|(?=done\s+with\s)(?<=\b(?:i'm|i am|we're|we are)\s+(?:(?:so|officially|finally|totally|completely|just)\s+)?)done\s+with\s+(?!(?:it|that|this|these|those|work|school|dinner|lunch|breakfast|today|you|him|her|them|everything|all|me|us|my|the|our|a|an)\b)(?=[\w-]+(?:\s+[\w-]+)?\s*(?:[.!,;]|$))|(?=let\s)(?<=\b(?:i|we)(?:'ve| have)?\s+(?:(?:just|finally|accidentally)\s+)?)(?<quit>let)\s+(?:my|our|the)\s+(?=(?:[\w-]+\s+){0,3}?(?:membership|subscription|license|licence|passport|insurance|policy|certification|registration|visa)\s+(?:lapse|expire|run out)\b)|(?=(?:is|are|'s)\s+(?:\w+\s+)?(?:back\s+to\s+normal|in\s+remission|paid\s+off))(?<=^(?:my|our|his|her|their)\s+(?:[\w'-]+\s+){0,2}?[\w'-]+\s+)(?:is|are|'s)\s+(?:(?:finally|now|all|completely|fully|officially)\s+)?(?:back\s+to\s+normal|in\s+remission|paid\s+off)(?=\s*(?:[.!,;]|$|\s+(?:now|again|finally|at last)\b))|(?:is|are|am|'m|'s|'re|got|came|come|went|was|were|been)\s+(?:(?:finally|now|already|just|back)\s+)*(?:out\s+of|home\s+from|back\s+from|released\s+from|discharged\s+from)\s+(?:the\s+)?(?=(?:hospital|ICU|rehab|hospice|psych ward)\b)|(?:ya\s+)?(?:salió|salí|ha\s+salido|he\s+salido|salimos)\s+del\s+(?=hospital\b)|(?:est|suis|sommes|sont)\s+(?:enfin\s+|déjà\s+)?sortie?s?\s+de\s+l'(?=hôpital\b)|(?:ist|bin|sind|wurde|wurden)\s+(?:\S+\s+){0,2}?aus\s+dem\s+(?=Krankenhaus\b)|(?=(?:cancer|tumou?r|smoke|nicotine|alcohol|drug|seizure)-free\b)(?<=\b(?:i'm|i am|he's|she's|is|am|are|been|now)\s+(?:(?:now|officially|finally|still|\w+\s+(?:months?|years?|weeks?|days?))\s+)*)(?:cancer|tumou?r|smoke|nicotine|alcohol|drug|seizure)|(?=paid\s)(?<=\b(?:i|we)(?:'ve| have)?\s+(?:(?:just|finally|officially|completely|fully)\s+)?)(?:paid\s+off|paid\s+back)\s+(?:(?:all\s+of|the\s+rest\s+of|all)\s+)?(?:my|our|the)\s+(?=\w)|(?:terminé|terminamos)\s+de\s+pagar\s+(?:el|la|los|las|mi|mis|nuestra|nuestro)\s+(?=\w)|(?:j'ai|nous\s+avons|on\s+a)\s+(?:fini\s+de\s+rembourser|remboursé)\s+(?:mon|ma|mes|notre|nos|le|la|les)\s+(?=\w)|(?:habe|haben|ist|sind)\s+(?:\S+\s+){0,3}?abbezahlt(?=\s*(?:[.!,]|$))|(?=done\s+\w+ing\b)(?<=(?:^|[,;:!]\s*|\b(?:and|but|so)\s+)(?:i'm|i am|we're|we are)\s+(?:(?:finally|officially|all|just)\s+)?)done\s+|(?=lost\s)(?<=\b(?:i|we)(?:'ve| have)?\s+(?:(?:just|sadly|recently|suddenly)\s+)?)lost\s+(?:my|our)\s+(?:(?:beloved|sweet|old|dear|little)\s+)?(?=(?:" + Pets + "|" + Kin + @")\b(?!['’]s))|(?=(?:finally\s+)?(?:came|come|is|are|was|were)\s+off\b)(?<=^(?:my|our|his|her|their)\s+(?:[\w-]+\s+)?(?:cast|braces|stitches|bandage|splint|boot|sling|retainer)\s+)(?:finally\s+)?(?:came|come|is|are|was|were)\s+off(?=\s*(?:[.!,;]|$|\s+(?:today|yesterday|finally|at last|last \w+|this \w+)\b)))\b", Options)]
    private static partial Regex GoneMarker();

    // The words GoneMarker opens with or turns on.
    [GeneratedRegex(@"giv|gave|abandon|aufgegeben|despid|echaron|licenci|viré|virer|re-?hom|\blost (?:my|our)\b|brok(?:e|en) off|remission|paid off|paid back|pagar|rembours|abbezahlt|(?:cancer|tumou?r|smoke|nicotine|alcohol|drug|seizure)-free|(?:out of|home from|back from|released from|discharged from) (?:the )?(?:hospital|icu|rehab|hospice|psych)|discharged|salió|salí|salido|salimos|sortie?s? de|aus dem|done (?:with|\w+ing)|came off|come off|dropped|stopped|abgebrochen|gelöst|abgesagt|bye|farewell|adiós|adieu|tschüss|\blet (?:my|our|the)\b|back to normal|outgr|grew out|recovered|cured|no more|\bgone\b|cleared up|healed|went away|disappeared|\bweg\b|vorbei|\bpartie?s?\b|\bpassée?\b|\bfinie?\b|recuperé|curé|\bse me\b|deleted|closed|deactivated|got over|(?:'m|'s|'re|\bis|\bam|\bare|now|finally|completely|fully) over\b|quit|finished|completed|removed|donn|regal|dado en|abgeb|weggeb|laiss|démission|renunci|dimit|dejé|left|\boff\b|ran away|missing|got lost|disappeared|never came|mussten|musste|müssen|habe|decided|chose|décidé|decid", Options)]
    private static partial Regex GoneCue();

    // A pet put down or a death said as not making it ("We had to put Luna down", "Biscuit didn't make it", "Peanut didn't
    // survive the winter"; not "I put Leo to sleep", "I didn't make it to the gym"), a thing given to someone ("I gave my
    // old bike to my nephew", "J'ai donné mon vieux vélo à mon neveu", "Regalé mi guitarra a mi sobrino"), something of
    // the speaker's cancelled by someone else ("El dentista canceló mi cita", "Le dentiste a annulé mon rendez-vous", "Der
    // Zahnarzt hat meinen Termin abgesagt") and a place closed ("Blue Bottle closed, so now I go to Sightglass", "Tartine
    // shut down last month", "Das Café Luna hat zugemacht"; not "The office is closed", "The store closed at 5pm", "begin
    // to shut down") and a thing stolen, totaled or burned down ("My camera was stolen on the train", "Someone stole my
    // bike", "The Civic got totaled", "Someone totaled my Mazda", "Our cabin burned down", "On m'a volé mon scooter", "Me robaron la moto", "Mein
    // iPad ist gestohlen worden"; the thing opens the sentence, so "My coworker's MacBook got stolen" speaks of the
    // coworker's): a pattern read only for a sentence with one of its words (LossCue). In PartingMarker they made it
    // scan every sentence twice as slowly; in GoneMarker, whose cue they widened to common words ("put", "make it"), the
    // classifier 15 % slower.
    [GeneratedRegex(@"\b(?:gave (?:my|our)(?=\s+(?:[\w'-]+\s+){0,3}?[\w'-]+\s+to\s)|(?:j'ai|nous avons|on a) donné (?:mon|ma|mes|notre|nos)(?=\s+(?:\S+\s+){0,3}?\S+\s+à\s)|(?:regalé|regalamos|le di|le dimos) (?:mi|mis|nuestro|nuestra)(?=\s+(?:\S+\s+){0,3}?\S+\s+a\s)|(?:didn't|did not|didnt) (?:make it(?=\s*(?:[.!,;]|$))|survive\b)|(?:canceló|cancelaron|anuló|anularon)\s+(?:mi|mis|nuestra|nuestro|nuestras|nuestros)\b|(?:a|ont) annulé (?:mon|ma|mes|notre|nos)\b|(?:hat|haben) (?:meinen|meine|mein|unseren|unsere|unser) (?:\S+ ){1,3}?abgesagt|(?:had|have|'ve had) to put(?=\s+(?:(?-i:\p{Lu}\p{Ll}+)|(?:my|our|the)\s+(?:old\s+)?(?:dog|cat|pet|horse|rabbit|bunny|puppy|kitten|hamster|ferret|parrot))\s+(?:down|to sleep)\b)|(?<!\b(?:is|are|was|were|be|been|being|get|gets|got|stay|stays|remain|remains|'s|'re|to)\s)(?:closed(?:\s+(?:down|for good|permanently))?|shut down|went out of business|went under|a fermé(?:\s+(?:ses portes|définitivement))?|ha cerrado|cerró(?:\s+(?:sus puertas|para siempre|definitivamente))?|hat (?:\S+\s+)?(?:geschlossen|zugemacht))(?=\s*(?:[.!,;]|$)|\s+(?:and|so|last|this|recently|in|y|et|und)\b)|(?=(?:got|was|were|has|have|'s|burned|burnt)\s)(?<=^(?:(?:my|our|the)\s+(?:[\w'-]+\s+){0,2}?[\w'-]+|(?-i:\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?))\s+)(?:(?:(?:got|was|were|has been|have been|'s been)\s+(?:(?:just|completely|totally|finally|sadly)\s+)?(?:stolen|totaled|totalled|written off|wrecked|destroyed|burned down|burnt down))|(?:burned|burnt) down)(?=\s*(?:[.!,;]|$)|\s+(?:in|during|last|yesterday|today|this|on|at|while|and|from|out|when|after|by|so)\b)|(?:someone|somebody|thieves|they|a (?:drunk )?driver)\s+(?:stole|totaled|totalled|wrecked)\s+(?:my|our)(?=\s)|(?=(?:totaled|totalled|wrecked)\s)(?<=\b(?:i|we)\s+(?:(?:just|accidentally|completely)\s+)?)(?:totaled|totalled|wrecked)\s+(?:my|our)(?=\s)|(?:on m'a|ils m'ont|on nous a) volé (?:mon|ma|mes|notre|nos)\b|(?=(?:a|ont) été vol)(?<=^(?:mon|ma|mes|notre|nos)\s+\S+(?:\s+\S+)?\s+)(?:a|ont) été volée?s?|me (?:han )?(?:robaron|robado) (?:el|la|los|las|mi|mis)\b|(?=(?:wurde|wurden|ist|sind)\s)(?<=^(?:mein|meine|unser|unsere)\s+\S+(?:\s+\S+)?\s+)(?:wurde|wurden|ist|sind)\s+(?:mir\s+|uns\s+)?(?:\S+\s+)?gestohlen(?:\s+worden)?(?=\s*(?:[.!,]|$))|(?:hat|haben) (?:es )?nicht überlebt)\b", Options)]
    private static partial Regex LossMarker();

    // A new value given after a label: "New number: 555-0199", "Nouvelle adresse : 12 rue de la Paix", "Neue Adresse:
    // ..." (the label at most three words).
    [GeneratedRegex(@"^(?:new|nouveau|nouvelle|nuevo|nueva|neuer|neue|neues)(?:\s+[\w'-]+){1,3}?(?=\s*:\s*\S)", Options)]
    private static partial Regex NewLabel();

    // The speaker left an employer, a band, a team or a school by its name ("I left Google in October", "We left The Rusty
    // Nails"; not "I left Sarah a message", "I left Paris on Monday", whose name is no memory of belonging, see
    // Statement.Quits, nor "since we left Turkey", a time): the name is what changed (x).
    [GeneratedRegex(@"(?<!\b(?:since|when|after|before|because|as|until|till|once|that|which|who|where)\s+)\b(?:i|we)\s+(?:(?:just|finally|officially|recently|already|also|eventually)\s+)?(?<quit>left)\s+(?!(?:" + RelativeDates.Weekdays + "|" + RelativeDates.Months + @")\b)(?<x>(?:the\s+)?(?-i:\p{Lu}[\p{L}\d&.'-]*)(?:\s+(?-i:\p{Lu}[\p{L}\d&.'-]*)){0,3})(?=\s*(?:[.!,;]|$)|\s+(?:in|last|this|after|because|since|to|and|but|for good|earlier|back|two|three|a few|several|\d+)\b)", Options)]
    private static partial Regex LeftByName();

    // The speaker cut something out of what they eat, drink or do ("I cut out sugar completely", "We cut soda out", "I've
    // cut dairy out of my diet"; not "I cut back on sugar", "I cut out a coupon", "I cut out early"): x, a bare thing.
    [GeneratedRegex(@"\b(?:i|we)(?:'ve| have)?\s+(?:(?:just|finally|completely|totally|recently|already|also|mostly)\s+)?cut\s+(?:out\s+(?!(?:a|an|the|of|early|on|at|some|my|our|this|that|it|them|him|her)\b)(?<x>[\w'-]+(?:\s+(?!(?:completely|entirely|altogether|for|from|of|because|since|last|this|after|and|but|so|now|recently|too|as|at|in)\b)[\w'-]+){0,2})|(?!(?:a|an|the|my|our|it|him|her|them|that|this|me|myself|back|down|off|up|in|out|ties|class|school|corners)\b)(?<x>[\w'-]+(?:\s+[\w'-]+)?)\s+out\b(?!\s+(?:of\s+(?:the|a|an)\b|for\b)))", Options)]
    private static partial Regex CutOut();

    // The speaker is done with something they liked ("I'm so over sushi", "I'm kind of over sushi now, it's all about
    // tacos", "We're totally over Netflix", "I'm so over The Office"; not "I'm over the moon", "I'm over 30", "I'm over it", "I'm over at Jake's",
    // "I'm over budget"): x, the thing.
    [GeneratedRegex(@"(?<=\b(?:i|we)(?:'m|\s+am|'re|\s+are)\s+)(?:(?:so|kind of|kinda|sort of|totally|completely|pretty much|just|officially|really|honestly|definitely)\s+)*over\s+(?!(?:the(?!\s+(?-i:\p{Lu}))|a|an|it|that|this|them|him|her|there|here|at|to|with|my|our|his|their|budget|capacity|schedule|par|quota|time|\d+)\b)(?<x>[\w'-]+(?:\s+(?!(?:now|already|at|by|and|but|so|because|since|though|tbh|honestly|to)\b)[\w'-]+)?)(?=\s*(?:[.!,;]|$)|\s+(?:now|already|at this point|by now|tbh|honestly|to be honest)\b)", Options)]
    private static partial Regex OverIt();

    // Adverbs alone, what may open a sentence whose speaker goes unsaid ("Finally got my retainer removed", "Just
    // quit my job").
    [GeneratedRegex(@"^(?:(?:finally|just|recently|today|yesterday|also|so|well|ok|okay|yay|at last|officially)[\s,!.]*)+$", Options)]
    private static partial Regex AdverbsOnly();

    // A streak without something ("Day 30 without a cigarette!", "Two weeks without sugar now", "It's been six months
    // without a drink"): x, the thing done without, which a memory of the habit names (Statement.Lapsed).
    [GeneratedRegex(@"^(?:(?:it's been|it has been|(?:i'm|i am|we're|we are)(?:\s+now)?)\s+)?(?:(?:day|week|month|year)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several)\s+(?:days|weeks|months|years))\s+(?:now\s+)?(?:without|with no|no)\s+(?:a\s+|an\s+|any\s+)?(?<lapse>)(?<x>[\w'-]+(?:\s+(?!(?:now|and|so|today|yet)\b)[\w'-]+)?)(?=\s*(?:[.!,;]|$)|\s+(?:now|already|and|so|today|yet)\b)", Options)]
    private static partial Regex DaysWithout();

    // Something the speaker has not done in a long while ("I haven't been to yoga in months", "We haven't played tennis in
    // years", "I haven't smoked a cigarette in over a year", "I haven't gone climbing in ages"; not "I haven't seen her in
    // a week", a short while, nor "I haven't played tennis this well in years", a praise, nor "I haven't had one in
    // ages", which names nothing): x, what they have not done,
    // which a memory of the habit names (Statement.Lapsed).
    [GeneratedRegex(@"(?<=^(?:i|we)\s+)(?:haven't|have not|'ve not)\s+(?:(?:really|even|actually)\s+)?(?<lapse>)(?:(?:been|gone)\s+to\s+(?:the\s+|my\s+|our\s+)?|(?:been|gone)\s+(?=\p{L}{3,}ing\b)|done\s+(?:any\s+)?|played\s+|touched\s+(?:my\s+|a\s+|the\s+)?|practi[cs]ed\s+|had\s+(?:a\s+|any\s+)?|drunk\s+(?:any\s+)?|eaten\s+(?:any\s+)?|(?=(?:smoked|drunk|vaped)\b))(?!(?:this|that|so|as|such|any|anything|one|it|them|those|these|much)\b)(?<x>[\w'-]+(?:\s+(?!(?:in|for|since|this|that|so|as|like|well|much|hard|good|often|long)\b)[\w'-]+){0,2})\s+(?:in|for)\s+(?:(?:over|more than|almost|nearly|about)\s+)?(?:months|years|ages|forever|a long (?:while|time)|a year|(?:two|three|four|five|six|seven|eight|nine|ten|several|many|a few|a couple of|\d+)\s+(?:months|years))\b", Options)]
    private static partial Regex NotInAWhile();

    // A new favourite ("I'm obsessed with The Bear now, it's my new favorite show", "Dune is my new favourite book",
    // "C'est ma nouvelle série préférée", "Es mi nueva serie favorita", "Das ist meine neue Lieblingsserie"): x, the kind of
    // favourite, which the memory it retires names ("My favorite show is Succession").
    [GeneratedRegex(@"\b(?:is|'s|are|'re|became|has become|c'est|est|es|ist|sind)\s+(?:(?:now|officially|definitely|maintenant|officiellement|ahora|oficialmente|jetzt|offiziell)\s+)?(?:my|our|mon|ma|notre|mi|nuestro|nuestra|mein|meine|unser|unsere)\s+(?:new|nouveau|nouvelle|nuevo|nueva|neuer|neue|neues)\s+(?<x>(?:favou?rite|fave|go-to)\s+[\w'-]+(?:\s+(?!(?:now|ever|of|for|and|but|so|to|because|since|right|lately|too)\b)[\w'-]+)?|[\w'-]+\s+(?:préférée?s?|favorit[oa]s?)|lieblings\w+)", Options)]
    private static partial Regex NewFavorite();

    // Something of the speaker's new, of a kind one has one of ("We have a new landlord, a company called Greystar", "I
    // got a new dentist", "Got a new number: 555-9876"): x, the kind, which the memory it retires names ("My landlord is Mr. Patel"). Not a job (an
    // attribute of its own), a pet, a child or a friend, of which one has more than one.
    [GeneratedRegex(@"(?:\b(?:i|we)\s+(?:(?:just|finally|now|also|recently)\s+)?(?:have|got|'ve got|have got|'ve just got|have just got)|^(?:(?:just|finally)\s+)?got)\s+(?:a|an)\s+new\s+(?!(?:job|position|role|one|ones|hobby|friend|friends|colleague|coworker|co-worker|neighbou?r|client|customer|project|idea|record|baby|favou?rite|" + Pets + @")\b)(?<x>[\w'-]+)(?=\s*(?:[.!,;:]|$)|\s+(?:now|too|as well|named|called|who|which|that|at|in|from|since|and|but|so|this|last)\b)", Options)]
    private static partial Regex HaveNew();

    // The words of NewFavorite's and HaveNew's "new".
    [GeneratedRegex(@"\b(?:new|nouveau|nouvelle|nuevo|nueva|neuer|neue|neues)\b", Options)]
    private static partial Regex NewCue();

    // A thing of the speaker's broken and replaced ("My laptop died, so I bought a MacBook Pro", "Our car broke down and we
    // got a Honda", "My phone stopped working so I got a new one"; not "My phone died" alone, a battery's): x the thing,
    // which the memory it retires names ("I have a Dell laptop"), v what replaced it.
    [GeneratedRegex(@"^(?:my|our)\s+(?:old\s+)?(?<x>[\w'-]+(?:\s+[\w'-]+)?)\s+(?:(?:finally|just|completely|totally)\s+)?(?:died|broke(?:\s+down)?|gave out|stopped working|crashed|(?:is|was)\s+dead)(?:\s+(?:on me|for good|yesterday|last \w+|this \w+|again))?\s*,?\s*(?:so|and)\s+(?:i|we)\s+(?:(?:just|finally)\s+)?(?:bought|got|ordered|picked up)\s+(?<v>(?:a|an|the|my|our)\s+[^.!?,;]+)", Options)]
    private static partial Regex BrokeAndReplaced();

    // The words BrokeAndReplaced turns on.
    [GeneratedRegex(@"died|broke|gave out|stopped working|crashed|dead", Options)]
    private static partial Regex BrokeCue();

    // Two who are no longer what they were together ("Jake and I aren't friends anymore", "My roommate and I aren't
    // talking", "Sam and I had a falling out and don't speak anymore", "Mark and I are no longer together"): k, the other
    // one; r, what they were; couple, when they were one (or are done: "Leo and I are done"); mute, when they no longer speak, which ends a friendship (the
    // memory it retires names the other as a friend: "My best friend is Sam", not "Sam is my coworker").
    [GeneratedRegex(@"^(?:(?<k>(?-i:\p{Lu}\p{Ll}+))|(?:my|our)\s+(?:(?:best|old|close)\s+)?(?<k>friend|roommate|flatmate|neighbou?r|coworker|co-worker|colleague|partner|boyfriend|girlfriend))\s+and\s+(?:i|me)\s+(?=[^.!?]*\b(?<r>(?<couple>together|a couple|dating|partners|(?:done|over|through)(?=\s*(?:[.!]|$)))|friends|close|roommates|flatmates|(?<mute>talking|speaking|talk|speak|in touch))\b)", Options)]
    private static partial Regex PairNoLonger();

    // Two who are done, over or through, at the sentence's end ("Leo and I are done", "Mark and I are officially over"):
    // a change marker of its own, which PairNoLonger reads as a break-up.
    [GeneratedRegex(@"(?<=^(?:(?-i:\p{Lu}\p{Ll}+)|(?:my|our)\s+(?:[\w'-]+\s+)?[\w'-]+)\s+and\s+i\s+)(?:are|'re)\s+(?:(?:so|officially|finally|really|totally|definitely)\s+)?(?:done|over|through)(?=\s*(?:[.!]|$))", Options)]
    private static partial Regex PairDone();

    // A group the speaker was in, ended by name or by its kind at the sentence's start ("The band broke up", "The choir
    // disbanded last month", "The Lids split up last week", "Our book club folded"; not "The Lids broke up a fight", "My
    // daughter's choir disbanded", "The other team folded in the second half", nor "Jake broke up with me", a break-up):
    // the group is what changed (x), and it retires only a memory that says the speaker takes part in it
    // (Statement.Disbanded: "I play drums in a band called The Lids", not "My favourite band is Coldplay" after "Coldplay
    // split up").
    [GeneratedRegex(@"^(?:(?:so|well|sadly|unfortunately|apparently|anyway|update)[,!:]?\s+)?(?<x>(?:the|our|my)\s+(?:(?![\w-]+'s\b|(?:other|opposing|rival|visiting|home|away|kids'|kids)\b)[\w'-]+\s+){0,2}?(?:band|choir|chorus|team|club|group|orchestra|troupe|ensemble|quartet|quintet|trio|league|crew|squad)|(?-i:(?:The\s+)?\p{Lu}[\p{L}\d&.'-]*(?:\s+\p{Lu}[\p{L}\d&.'-]*){0,3}))\s+(?:(?:has|have|had|just|finally|officially|recently|sadly|actually|basically)\s+)*(?<disband>broke up|broken up|split up|split|disbanded|dissolved|folded|called it quits)(?=\s*(?:[.!,;]|$)|\s+(?:last|this|after|because|since|and|but|so|for good|earlier|yesterday|today|recently|a few|several|two|three)\b|\s+in\s+(?:\d{4}|" + RelativeDates.Months + @")\b)", Options)]
    private static partial Regex GroupEnded();

    [GeneratedRegex(@"\b(?:broke(?:n)? up|split|disbanded|dissolved|folded|called it quits)\b", Options)]
    private static partial Regex GroupEndCue();

    // A title before a name ("Dr. Patel", "Mrs Ruiz"), in RoleLeft and HoldsRoleWord.
    private const string Title = @"(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?";

    // Those who may hold a role for the speaker: who treats, teaches, manages, advises or serves them.
    private const string Roles = @"doctors?|dentists?|therapists?|psychiatrists?|psychologists?|counsell?ors?|pediatricians?|paediatricians?|dermatologists?|cardiologists?|chiropractors?|physios?|physiotherapists?|optometrists?|gp|vet|veterinarian|nurse|managers?|boss|supervisors?|team lead|mentors?|coworkers?|co-workers?|colleagues?|teachers?|professors?|tutors?|coach|trainers?|instructors?|principal|lawyers?|attorneys?|accountants?|financial advisou?r|advisou?rs?|pastor|priest|rabbi|imam|landlord|landlady|hairdresser|barber|stylist|nanny|babysitter|cleaner|mechanic";

    // Someone who held a role for the speaker, named or said by the role, who retired or left where they held it ("Dr.
    // Patel retired", "Karen left the company", "My therapist retired last month", "Dr. Patel retired, so now I see Dr.
    // Nguyen"; not "My dad retired", whose memories are not of a role, nor "Karen left the office at 6", a day's leaving):
    // the change of someone else, whom the subject names (who: the target, without where they left); it retires only a
    // memory that says who holds such a role (Statement.RoleEnds: "My doctor is Dr. Patel", "Karen is my manager"; not
    // "Karen is my neighbour").
    [GeneratedRegex(@"(?<=^(?:(?:so|well|sadly|update|btw)[,:]?\s+)?(?<who>(?-i:" + Title + @"\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)|(?:my|our)\s+(?:old\s+|long-time\s+|longtime\s+|former\s+|favou?rite\s+|family\s+)?(?:" + Roles + @"))\s+(?:(?:just|finally|recently|officially|has|had|have|suddenly)\s+)*)(?<role>retired|left\s+(?:the\s+(?:company|firm|practice|clinic|hospital|office|team|school|agency|district|gym|salon|shop)|(?:his|her|their)\s+(?:job|practice|position|post)))(?=\s*(?:[.!,;]|$)|\s+(?:last|this|in|after|because|and|but|so|earlier|yesterday|recently|for good|\d+)\b)", Options)]
    private static partial Regex RoleLeft();

    // A thing tried and left, said of the thing at the sentence's start ("Keto wasn't for me", "Intermittent fasting wasn't
    // for me, so I stopped it", "Honestly, CrossFit just wasn't for me"; not "It wasn't for me", "That gift wasn't for me",
    // whose thing is no memory of the speaker's doing, nor "Camping isn't for me", a liking): the thing is what changed (x).
    [GeneratedRegex(@"^(?:(?:honestly|turns out|in the end|so|well|yeah)[,]?\s+)?(?!(?:it|that|this|these|those|which|what|he|she|they|one|the (?:gift|card|present|letter|message|package|call|email|text|note))\b)(?<x>(?!(?:i|we|you|he|she|they|it)\b)[\w'-]+(?:\s+(?!(?:i|we|you|he|she|they|it|was|wasn't)\b)[\w'-]+){0,2}?)\s+(?:(?:just|really|definitely|ultimately|clearly|simply)\s+)*(?:wasn't|was not|wasnt)\s+(?:really\s+|just\s+)?for me\b", Options)]
    private static partial Regex NotForMe();

    // A thing worn on or in the body, taken out or off for a reason ("I took my tongue piercing out for my new job", "I had
    // my nose ring taken out for work", "I got my acrylic nails removed for my wedding"; not "I took my dog out for a
    // walk", "I took my kids out for school shopping", "I took my ring off for the swim", a while, nor "My sister got her
    // braces off", another's): the thing is what changed (x), what it was taken out for is not.
    [GeneratedRegex(@"\b(?:i|we)\s+(?:(?:just|finally|recently|already)\s+)?(?:took|had|got)\s+(?:my|our)\s+(?<x>(?:[\w-]+\s+)?(?:piercings?|ring|stud|studs|braces|cast|retainer|stitches|earrings?|extensions|implants?|nails|iud|splint|hearing aids?|dreads|dreadlocks|veneers|gauges))\s+(?:out|off|removed|taken out|taken off)\s+for\s+(?:(?:my|the|a)\s+(?:new\s+)?(?:job|interview|wedding|surgery|mri|x-ray|scan|work)|work|school|good)\b", Options)]
    private static partial Regex TakenOutFor();

    // The other person as a word of its own ("when you suggest outfits", "wenn du kochst"; not "rendez-vous").
    [GeneratedRegex(@"(?<![-\p{L}])(?:you|your|yours|tu|toi|vous|votre|vos|tú|usted|du|dich|dir|dein\w*)(?![-\p{L}'’])", Options)]
    private static partial Regex AsksOfYou();

    // A clause that says what followed: ", so ...", "; donc ...".
    [GeneratedRegex(@"[,;]\s*(?:and\s+)?(?:so|donc|alors|así que|also)\s+", Options)]
    private static partial Regex SoClause();

    // The words that take back what was said before a new value ("Scratch that, ...", "Correction: ..."), a lead-in of the
    // kept text.
    [GeneratedRegex(@"^(?:scratch that|correction|rectification|corrección|korrektur)\s*[,:;.!–—-]+\s*(?=\S)", Options)]
    private static partial Regex ScratchLead();

    // A clause of someone else's after a retraction's comma: "..., the landlord backed off", "..., my boss changed his mind".
    [GeneratedRegex(@",\s+(?=(?:the|my|our|his|her|their|he|she|they)\s+(?:[\w'-]+\s+){0,2}?(?:[\w'-]+ed|is|was|are|were|has|had|got|said|told|won't|isn't|wasn't|didn't|doesn't|came|went|gave|took|made|left|backed)\b)", Options)]
    private static partial Regex OtherClauseAfterComma();

    // The words LossMarker opens with or turns on.
    [GeneratedRegex(@"to put|make it|surviv|stole|totaled|totalled|written off|wrecked|destroyed|burn(?:ed|t) down|volé|robad|robaron|gestohlen|überlebt|gave (?:my|our)|donné|regal|le di|cancel|anul|annul|abgesagt|closed|shut down|out of business|went under|fermé|cerr|geschlossen|zugemacht", Options)]
    private static partial Regex LossCue();

    // The verbs SwitchMarker opens with: the cheap check that spares every other sentence its pattern.
    [GeneratedRegex(@"switched|upgraded|downgraded|changed (?:over|\w+s\b)|moved over|changé d|passée?s? d|cambié|cambiamos|he cambiado|hemos cambiado|pasé|pasamos|gewechselt|umgestiegen", Options)]
    private static partial Regex SwitchCue();

    // A death said with "died" (of a pet or a person, by name or by the possessive that names them: "Milo died", "my
    // grandpa died"; not "my phone died") and an amount raised or lowered ("went up to $2,100", "cut my hours to 30",
    // "wurde auf 900 € erhöht"): a third pattern, read only for a sentence with "died" or a digit in it, so the others
    // pay nothing for it.
    [GeneratedRegex(@"\b(?:died\b(?<=(?:^|[,;]\s*|\b(?:and|but|so|sadly|unfortunately|yesterday|today|recently)\s+)(?:(?:my|our)\s+(?:[\w'-]+\s+){0,2}?(?:" + Kin + "|" + Pets + @")|(?-i:\p{Lu}\p{Ll}+))\s+(?:(?:just|sadly|suddenly|recently|finally|unexpectedly|peacefully)\s+)?died)"
        + @"|" + RaisedWords + @"\s+(?:again\s+)?(?:to|à|a|hasta)\s+(?:(?:about|around|almost|nearly|over|under|just|only)\s+)?[$€£¥]?(?=\d)|(?:increased|decreased|raised|lowered|reduced|upped|cut|bumped up) (?:my|our|the) (?<x>(?:[\w'-]+ ){0,2}?[\w'-]+) (?:from [^.!?]{1,30}? )?to [$€£¥]?(?=\d)|(?:wurde|wurden|ist|sind)\s+auf\s+[$€£¥]?\d[^.!?]{0,20}?\s+(?:erhöht|gesenkt|reduziert|gestiegen|gesunken)"
        + @"|(?<amt>(?<=^(?:my|our)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+\s+)(?:is|are|'s)\s+now\s+(?:only\s+|just\s+)?[$€£¥]\s?(?=\d)))", Options)]
    private static partial Regex DeathOrAmountMarker();

    [GeneratedRegex(@"\b(?:no longer|used to|j'avais l'habitude de|nous avions l'habitude de|autrefois|solía|solíamos|früher|any ?more|any longer|not|don't|doesn't|didn't|isn't|aren't|wasn't|am not|'m not|n't|sold|cancell?ed|unsubscribed from|résilié|annulé|cancelé|cancelado|me di de baja|gave away|traded in|traded|replaced|swapped|got rid of|quit|gave up on|gave up|left my job|left|laid off|fired|let go|resigned|retired|stopped|moved out of|moved away from|broke up with|broke up|split up|separated|called it quits|got divorced|got separated|getting divorced|getting a divorce|se divorció|se divorciaron|se separó|se separaron|a divorcé|ont divorcé|s'est séparée|s'est séparé|se sont séparés|sich scheiden lassen|geschieden|rompu|rompimos|separamos|divorciamos|terminamos|cortamos|lo dejamos|rompí con|corté con|divorcé|scheiden lassen|getrennt|schluss gemacht|ne|n'|plus|jamais|vendu|arrêté de|quitté|ya no|vendí|vendimos|dejé de|he dejado de|arrêté|dejó|dejado|nicht|mehr|kein\w*|nie|verkauft|aufgehört|habe|hat|has|have|scratch that|correction|rectification|corrección|korrektur|passed away|put down|put to sleep|took me off|taken me off|ran away|went missing|gone missing|is missing|got lost|disappeared|never came back|never came home|was|were|got|had to be|décédée?|décédés|falleció|fallecido|murió|muerto|mort|morte|verstorben|gestorben|gekündigt|entlassen|wurde|wurden|bin|ist|est|ha|changed|changé|cambió|cambiado|geändert|sich|new|nouveau|nouvelle|nouveaux|nouvelles|nuevo|nueva|nuevos|nuevas|neuer|neue|neues|neuen|rescheduled|postponed|pushed back|pushed|delayed|bumped|shifted|brought forward|moved up|moved|called off|scrapped|until|till|gets|a été|ont été|reporté\w*|déplacé\w*|décalé\w*|repoussé\w*|annulé\w*|pospuso|aplazó|canceló|movió|pospuest\w*|aplazad\w*|cancelad\w*|movid\w*|fue|fueron|sido|verschoben|abgesagt|verlegt|finished|completed|wrapped up|done with|fini|terminé|acabé|died|increased|decreased|raised|lowered|reduced|upped|cut|bumped up|went up|went down|gone up|gone down|passé|passée|passés|augmenté\w*|baissé\w*|réduit\w*|subió|bajó|aumentó|redujo|aumentad\w*|reducid\w*|subid\w*|bajad\w*|erhöht|gesenkt|reduziert|gestiegen|gesunken|auf|j'ai|me despidieron|me echaron|despidieron|echaron|été|licenciée?|virée?|licencier|virer|on m'a|ils m'ont|me suis fait|gave|given up on|given up|give|given|giving|away|abandonné|abandoné|abandonamos|abandonado|aufgegeben|had to|rehomed|outgrew|outgrown|grew out of|recovered from|cured of|got over|over|removed|no more|gone|cleared up|healed|went away|deleted|closed|deactivated|recuperé|curé|weg|vorbei|parti|partie|partis|passée|finie|is|are|finally|enfin|off|fällt|fallen|aus|está|están|suspendid\w*|donné|donner|redonné|regalé|regalamos|regalar|abgegeben|abgeben|weggegeben|weggeben|dû|tuvimos que|mussten|laissé tomber|démissionné|renuncié|dimití|renunció|dimitió|dejé|decided not to|decided against|chose not to|chose against|after all|in remission|paid off|paid back|terminé de pagar|terminamos de pagar|remboursé|fini de rembourser|abbezahlt|-free|out of|home from|back from|released from|discharged from|discharged|ya salió|salió|salí|ha salido|he salido|salimos|sortie?s?|entlassen|came off|come off|done|broke off|broken off|dropped out of|dropped|stolen|stole|totaled|totalled|written off|wrecked|destroyed|burned down|burnt down|volé|volée|volés|robaron|robado|gestohlen|worden|abgebrochen|gelöst|aufgelöst|goodbye|good-bye|bye-bye|bye bye|bye|farewell|adiós|adieu|tschüss|let|lapse|expire|run out|back to normal|all healed|fully healed|completely healed|back home|back together|together again|made up|reconciled|patched things up|back(?=\s*(?:[.!?,;]|$)|\s+(?:online|from|now|again|finally|on|up)\b)|back (?:at|to)(?=\s+work\b)|again|started|began|went back to|gone back to|fixed|repaired|mended|wieder zu hause|wieder|zusammen|versöhnt|volví|volvió|volvimos|volvieron|vuelto|vuelvo|vuelve|recommencé à|recommencé|repris|de retour à la maison|rentrée?s? à la maison|de retour|à nouveau|de nouveau|ensemble|réconciliés|otra vez|de nuevo|juntos|reconciliamos|guérie?s?|verheilt|curad[oa]s?|rehome|re-home|décidé de ne pas|decidimos no|decidí no|he decidido no|hemos decidido no|put|(?:down|to sleep)(?=\s*(?:[.!?,;]|$)|\s+(?:last|this|yesterday|today|on|in|after|because)\b)|shut down|went out of business|went under|fermé|ses portes|cerrado|cerró|sus puertas|para siempre|definitivamente|définitivement|geschlossen|zugemacht|for good|permanently|make it|survive|survécu|sobrevivió|überlebt|cancelaron|anuló|anularon)\b", Options)]
    private static partial Regex ChangeWords();

    // What, just before a change's marker, says it did not happen: nearly ("almost", "nearly", "casi", "failli", "fast"),
    // never, or only wished, planned or possible ("want to", "thinking about", "might", "can't").
    [GeneratedRegex(@"\b(?:almost|nearly|never|(?:want|wanted|wanna|hope|hoped|hoping|(?<!\b(?:my|our|the|a|an|your|his|her|their|this|that)\s+(?:[\w'-]+\s+)?)plan|planned|planning|need|needed|going|gonna|about|tempted|trying|try|tried|refuse|refused|afraid|'d like|would like|thinking of|thinking about|considering|might|(?-i:may)|could|would|should|can't|cannot|couldn't|won't|wouldn't|shouldn't|failli|presque|casi|fast|beinahe)(?:\s+to)?)\s+(?:[\w'-]+\s+)?$", Options)]
    private static partial Regex Unreal();

    // Where a change's clause ends and a reason, a purpose or what came next begins: a comma or semicolon, "because",
    // "since", "so", "and now", "but", "to" before a verb of a new start ("to start my own company"), a duration ("for six
    // months"), when or after what ("I dropped band| this year", "Max stopped karate| after his injury"; not "I stopped
    // reading before bed", "I stopped eating after 8pm", where it is what stopped), what was not survived ("Peanut didn't
    // survive| the winter") or how a thing was lost ("The Civic got totaled| in an accident").
    [GeneratedRegex(@"\s*[,;](?!\d)|\s+(?=(?:this|last|next)\s+(?:semester|term|season|quarter|school year|year|month|week|spring|summer|fall|autumn|winter)\b|after\s+(?:my|his|her|their|our)\s|due to\s)|(?<=\b(?:survive|survived|stolen|totaled|totalled|written off|wrecked|destroyed|burned down|burnt down|passed away|volée?s?|gestohlen))\s+(?=\S)|\s+(?:because|since|so|so that|in order to|and now|and then|and started|but|parce que|porque|weil)\b|\s+and\s+(?=(?:i|i'm|we|we're|now|then|got|bought|started|moved|switched|took|joined|became|went|began|am)\b)|\s+to\s+(?:start|join|become|pursue|focus|work|travel|study|spend|care|take|move|open|launch|found|raise|go back|try)\b|\s+for\s+(?:(?:about|almost|over|nearly|more than|the (?:past|last))\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|a few|several|many)\s+(?:days?|weeks?|months?|years?)\b", Options)]
    private static partial Regex ChangeTail();

    // A change that gives a thing for another, or to someone: "traded in my", "replaced my", "swapped my", "sold my", "gave
    // my", "j'ai donné mon", "regalé mi" (ChangeTarget).
    [GeneratedRegex(@"^(?:traded|replaced|swapped|sold|gave|(?:j'ai|nous avons|on a) donné|regalé|regalamos|le di|le dimos)\b", Options)]
    private static partial Regex Traded();

    // What a thing traded was given up for, or whom or where it was given to, starts at "for", "with", "to", "on", "via"
    // ("à", "a"): "my Civic| for a Tesla", "my Pixel| with an iPhone", "my old bike| to my nephew", "my Peloton| on
    // Facebook Marketplace", "mon vieux vélo| à mon neveu".
    [GeneratedRegex(@"\G[^.!?,;]{1,40}?(?=\s+(?:for|with|to|on|via|through|à|a)\s)", Options)]
    private static partial Regex TradedFor();

    // Where a reason said before a change ends: "so", "because", "since", "that's why", "and", a comma or a semicolon.
    [GeneratedRegex(@"[,;]\s*(?:so\s+|and\s+)?|\s+(?:so|because|since|and|that's why|donc|alors|así que|por eso|also|deshalb)\s+", Options)]
    private static partial Regex ChangeLead();

    // A change marker that gives a new value rather than ending something.
    [GeneratedRegex(@"\b(?:new|nouveau|nouvelle|nouveaux|nouvelles|nuevo|nueva|nuevos|nuevas|neuer|neue|neues|changed|changé|cambió|cambiado|geändert|scratch that|correction|rectification|corrección|korrektur|traded|replaced|swapped|switched|upgraded|downgraded|changed over|moved over|cambié|he cambiado|gewechselt|umgestiegen)\b|(?:changed|moved) (?:all (?:of )?)?(?:my|our) |" + MovedWords + "|" + RaisedWords, Options)]
    private static partial Regex NewValue();

    // A change that moves one detail of what a memory says, a date or a time: "was moved to Monday", "pushed the launch to
    // April", "reporté", "aplazado", "verschoben".
    private const string MovedWords = @"\b(?:moved(?=(?:\s+again)?\s+(?:to|until|till|up|back))|rescheduled|postponed|pushed|delayed|bumped|shifted|brought forward|reporté\w*|déplacé\w*|décalé\w*|repoussé\w*|pospuso|aplazó|movió|pospuest\w*|aplazad\w*|movid\w*|verschoben|verlegt)\b";

    // A change that raises or lowers an amount: "My rent went up to $2,100", "My dose was increased to 20mg", "Mon loyer
    // est passé à 900 €", "Mi alquiler subió a 900", "Meine Miete wurde auf 900 € erhöht". It moves one detail too (the
    // memory's other details, "of Lexapro every morning", still hold).
    private const string RaisedWords = @"\b(?:increased|decreased|raised|lowered|reduced|upped|cut(?!\s+(?:[\w'-]+\s+){0,2}?out\b)|bumped up|went up|went down|(?:has|have) gone (?:up|down)|est pass[ée]e?|sont pass[ée]e?s|a (?:été )?(?:augmenté|baissé|réduit)e?|ont (?:été )?(?:augmenté|baissé|réduit)e?s?|subió|bajó|aumentó|se redujo|(?:ha|fue) (?:aumentad|reducid|subid|bajad)[oa]|erhöht|gesenkt|reduziert|gestiegen|gesunken)\b";

    [GeneratedRegex(MovedWords + "|" + RaisedWords, Options)]
    private static partial Regex Moved();

    [GeneratedRegex(RaisedWords, Options)]
    private static partial Regex Raised();

    // A plan or a habit that moved by itself to another time or day: "Our team standup moved to 10am", "My dentist
    // appointment moved to Friday", "The weekly sync moved to Tuesdays" (only "was moved to" was read; "moved to" alone is
    // where someone lives, so the subject is a thing named with a determiner, and what it moved to is a time).
    [GeneratedRegex(@"(?<=^(?:the|my|our|this|his|her|their|\p{L}+'s)\s+(?:[\w'-]+\s+){0,3}?)moved(?:\s+again)?\s+(?:up\s+|back\s+)?to\s+(?=(?:next\s+|this\s+|the\s+)?(?:\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|o'clock|h)\b|\d{1,2}[:h]\d{2}\b|noon\b|midday\b|midnight\b|(?:" + RelativeDates.Weekdays + @")s?\b|tomorrow\b|(?:" + RelativeDates.Months + @")\b|\d{1,2}(?:st|nd|rd|th)\b(?=\s*(?:[.!,;]|$|\s+(?:of|at|instead|now)\b))|(?:morning|afternoon|evening|week|month)s?\b))", Options)]
    private static partial Regex MovedToWhen();

    // A change that tells that the speaker, or someone of theirs, is off something: "off metformin", "took me off
    // metformin", "off the swim team" (GoneMarker).
    [GeneratedRegex(@"^(?:off|(?:took|taken|take|takes|has taken|have taken)\s+me\s+off)\b", Options)]
    private static partial Regex OffMarker();

    /// <summary>
    /// Whether <paramref name="memory"/> says the speaker takes, uses, eats, drinks or works something, or is on it ("I
    /// take metformin", "I'm on metformin", "I drink a lot of soda", "I work the night shift"): what a change that says
    /// they are off it retires
    /// (<see cref="Statement.Off"/>).
    /// </summary>
    public static bool TakesOrUses(string memory) => TakesOrUsesWord().IsMatch(memory);

    /// <summary>
    /// Whether <paramref name="memory"/> tells of a habit: that the speaker goes, does, plays, takes, smokes or drinks
    /// something, or how often ("I go to yoga twice a week", "I smoke", "I'm a smoker"): what a change that tells of a long
    /// while without it retires (<see cref="Statement.Lapsed"/>).
    /// </summary>
    public static bool Habitual(string memory) => HabitualWord().IsMatch(memory);

    [GeneratedRegex(@"\b(?:i|we)\s+(?:(?:usually|normally|always|often|still|regularly|sometimes|mostly|also)\s+)?(?:go|do|play|take|attend|practi[cs]e|visit|run|swim|train|smoke|vape|drink|eat|ride|see|meet|call|work out)\b|\b(?:every|each|twice|once a|three times|daily|weekly|monthly|nightly|regularly|religiously|on (?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekends))\b|\b(?:i'm|i am|we're|we are)\s+(?:a\s+)?(?:regular|smoker|smokers|member|members)\b", Options)]
    private static partial Regex HabitualWord();

    [GeneratedRegex(@"\b(?:take|takes|taking|took|on|use|uses|using|used|eat|eats|eating|drink|drinks|drinking|prescribed|smoke|smokes|smoking|work|works|working)\b", Options)]
    private static partial Regex TakesOrUsesWord();

    // A change that tells that someone is out of a place they stayed in: "out of the hospital", "discharged from rehab",
    // "salió del hospital", "sortie de l'hôpital", "aus dem Krankenhaus" (GoneMarker), read from its marker on.
    [GeneratedRegex(@"\G(?:\S+\s+){0,4}?(?:out\s+of|home\s+from|back\s+from|released\s+from|discharged\s+from|del|de\s+l'|aus\s+dem)(?:\s+|(?<='))(?:the\s+)?(?:hospital|hôpital|krankenhaus|ICU|rehab|hospice|psych ward)\b", Options)]
    private static partial Regex LeftStay();

    // A change that tells that a debt is paid off: "paid off", "terminé de pagar", "remboursé", "abbezahlt" (GoneMarker).
    [GeneratedRegex(@"\b(?:paid off|paid back|pagar|rembours\w*|abbezahlt)\b", Options)]
    private static partial Regex PaidOffMarker();

    // A change that tells of a break-up (ChangeMarker, PartingMarker): "broke up", "called it quits", "got divorced", "rompu", "terminamos",
    // "Schluss gemacht".
    [GeneratedRegex(@"\b(?:broke up|split up|separated|called it quits|rompu|rompimos|separamos|divorciamos|terminamos|cortamos|lo dejamos|rompí|corté|divorc\w*|separ\w*|sépar\w*|scheiden lassen|getrennt|geschieden|schluss gemacht)\b", Options)]
    private static partial Regex BreakUpMarker();

    // The other one of a break-up, named after the marker: "broke up with Mark", "rompí con Diego", "j'ai rompu avec Paul",
    // "habe mit Diego Schluss gemacht".
    [GeneratedRegex(@"\G(?:\S+\s+){0,3}?(?:with|from|avec|con|de|mit)\s+(?<k>(?-i:\p{Lu}\p{Ll}+))", Options)]
    private static partial Regex BrokeUpWith();

    /// <summary>
    /// Whether <paramref name="memory"/> tells of a couple: who the partner is, or that two are together, dating, engaged or
    /// married, or live together ("My boyfriend is Mark", "I'm dating Mark", "I live with Sam", "Tengo novio, se llama
    /// Diego", "Mein Freund heißt Diego"): what a break-up retires (<see cref="Statement.BreakUp"/>).
    /// </summary>
    public static bool TellsOfCouple(string memory) => CoupleWord().IsMatch(memory);

    [GeneratedRegex(@"\b(?:boyfriend|girlfriend|partner|wife|husband|spouse|fianc[ée]e?|dating|seeing|together|married|engaged|relationship|(?:live|lives|living|moved in) with|vivo con|vive con|vivimos juntos|j'habite avec|je vis avec|novi[oa]s?|pareja|espos[oa]|marido|mujer|prometid[oa]s?|comprometid[oa]s?|casad[oa]s?|saliendo|copain|copine|petit ami|petite amie|mari|femme|épouse|époux|compagnon|compagne|mariée?|pacsée?|fiancée?|ensemble|freund|freundin|partnerin|verlobte?r?|verheiratet|ehefrau|ehemann|zusammen)\b", Options)]
    private static partial Regex CoupleWord();

    /// <summary>
    /// Whether <paramref name="memory"/> tells that its speaker belongs to something: works at or for it, plays, sings or
    /// studies in it, is a member of it, holds a subscription, a membership or a licence ("I work at Google", "I play
    /// guitar in a band called The Rusty Nails", "I'm on the Hawks", "Je travaille chez Renault", "I have a subscription to
    /// the New York Times"), what a change that left it by name or let it lapse retires (<see cref="Statement.Quits"/>).
    /// </summary>
    /// <param name="memory">The text of a memory.</param>
    public static bool BelongsTo(string memory) => BelongWord().IsMatch(memory);

    [GeneratedRegex(@"\b(?:work|works|worked|working|job|position|role|internship|interning|employed|member|part|play|plays|played|playing|sing|sings|singing|drum|drums|volunteer|volunteers|volunteering|study|studies|studying|enrolled|joined|teach|teaches|teaching|coach|coaches|coaching)\b[^.!?]{0,40}?\b(?:at|for|with|in|of|on|by)\b|\b(?:band|team|club|choir|orchestra|league|company|firm|startup|union|committee|board|crew|membership|subscription|subscribed|license|licence|passport|insurance|policy|certification|registration|visa)\b|\b(?:i'm|i am|we're|we are)\s+(?:on|with)\s+(?-i:\p{Lu})|\btravaill\w*\s+(?:chez|à|pour)\b|\btrabaj\w*\s+(?:en|para|con)\b|\barbeit\w*\s+(?:bei|für)\b", Options)]
    private static partial Regex BelongWord();

    /// <summary>
    /// Whether <paramref name="memory"/> tells that its speaker takes part in a group: plays, sings, dances or is in it, or
    /// is a member of it ("I play drums in a band called The Lids", "I sing in a choir", "I'm in a book club", "I'm on the
    /// volleyball team"), what a change that tells of the group's end retires (<see cref="Statement.Disbanded"/>); not a
    /// memory that only names one ("My favourite band is Coldplay").
    /// </summary>
    /// <param name="memory">The text of a memory.</param>
    public static bool TakesPart(string memory) => TakesPartWord().IsMatch(memory);

    [GeneratedRegex(@"\b(?:play|plays|played|playing|sing|sings|singing|drum|drums|dance|dances|dancing|perform|performs|performing|member|members|volunteer|volunteers|volunteering|coach|coaches|coaching|manage|manages|managing|run|runs|started|founded|joined)\b[^.!?]{0,40}?\b(?:in|with|for|of|on)\b|\b(?:i'm|i am|we're|we are|i've been|we've been)\s+(?:(?:still|also|now)\s+)?(?:in|on|part of)\s+(?:a|an|the|my|our|(?-i:\p{Lu}))", Options)]
    private static partial Regex TakesPartWord();

    /// <summary>
    /// Whether <paramref name="memory"/> tells who holds a role for its speaker ("My doctor is Dr. Patel", "Karen is my
    /// manager", "I see Dr. Kim for therapy"), what a change that tells of that one retiring or leaving retires
    /// (<see cref="Statement.RoleEnds"/>); not a memory of someone else ("Karen is my neighbour", "My dad is a teacher").
    /// </summary>
    /// <param name="memory">The text of a memory.</param>
    public static bool HoldsRole(string memory) => HoldsRoleWord().IsMatch(memory);

    [GeneratedRegex(@"\b(?:my|our)\s+(?:[\w'-]+\s+)?(?:" + Roles + @")\b|\b(?:i|we)\s+(?:see|go to|visit|work with|work for|report to)\s+(?-i:" + Title + @"\p{Lu})", Options)]
    private static partial Regex HoldsRoleWord();

    /// <summary>
    /// Whether <paramref name="memory"/> says someone stays in a hospital, rehab or a hospice ("My mom is in the hospital",
    /// "My dad was admitted to the ICU", "Mi madre está en el hospital", "Meine Mutter liegt im Krankenhaus"), not that they
    /// work there: what a change that says they are out of it retires (<see cref="Statement.Left"/>).
    /// </summary>
    public static bool StaysIn(string memory) => StayWord().IsMatch(memory) && !WorksThere().IsMatch(memory);

    [GeneratedRegex(@"\b(?:in|at|into|admitted to|en|à|dans|im)\s+(?:the\s+|el\s+|la\s+|l'|der\s+|dem\s+)?(?:hospital|hôpital|krankenhaus|klinik|clínica|ICU|rehab|hospice|psych ward)\b|\bhospitali[sz]ed\b|\bhospitalisée?s?\b|\bhospitalizad[oa]s?\b", Options)]
    private static partial Regex StayWord();

    [GeneratedRegex(@"\b(?:work|works|working|worked|volunteer|volunteers|volunteering|nurse|doctor|trabaja|trabajo|travaille|arbeitet|arbeite)\b", Options)]
    private static partial Regex WorksThere();

    /// <summary>
    /// Whether <paramref name="memory"/> tells that something stopped, broke, was taken, is out or is not so ("I quit
    /// smoking", "I'm unemployed", "Mark and I broke up", "My license was suspended", "Our car is in the shop", "My sister
    /// isn't talking to me", "I'm in a wheelchair", "My mom is in the hospital"): what a change that says it is back as it
    /// was retires (<see cref="Statement.Back"/>).
    /// </summary>
    public static bool Interrupted(string memory) => InterruptedWord().IsMatch(memory) || StaysIn(memory);

    [GeneratedRegex(@"\b(?:stopped|stop|quit|quitting|gave up|given up|broke up|split up|separated|divorced|suspended|revoked|taken away|confiscated|stolen|lost|in the shop|in for repairs?|at the mechanic|broken|broke|broke down|(?:is|are|'s|'re|went|was|were) down|out of (?:work|order|service)|not|\w+n't|no longer|any ?more|unemployed|jobless|between jobs|laid off|fired|let go|sick leave|on leave|leave of absence|off work|fell out|fight|argument|wheelchair|crutches|\p{L}+-free|injured|injury|sprained|fractured|torn|tore|hurt|in a cast|arrêté|arrêter|abandonné|chômage|sans emploi|arrêt maladie|cassée?|en panne|rompu|séparés|suspendue?|retiré|volée?|fâchée?|plus|dejé|dejamos|paro|sin trabajo|desemplead[oa]s?|de baja|rot[oa]|rompí|rompió|averiad[oa]|suspendid[oa]|robad[oa]|separad[oa]s?|terminamos|pelead[oa]s?|ya no|aufgehört|aufgegeben|arbeitslos|krankgeschrieben|gebrochen|kaputt|gestohlen|entzogen|getrennt|schluss gemacht|gestritten|ausgefallen|nicht mehr|kein\w*)\b", Options)]
    private static partial Regex InterruptedWord();

    // What says something is back as it was: a doing again ("I'm working again", "I started running again", "My brother
    // is working again", "I eat gluten again"; not a plan, "I'm planning to make it again", "I'm thinking about switching
    // his food again", nor one night's, "I eat pasta again tonight");
    // two together again ("Mark and I are back together", "My sister and I made up", "Jonas und ich sind wieder
    // zusammen"); something had back ("I got my license back", "We got the car back from the shop"); back itself ("The
    // internet is back", "My mom is back home", "I'm back at work"); healed ("My knee is all healed", "Ma jambe est
    // guérie", "Mi brazo ya está curado", "Mein Bein ist wieder verheilt"); and "Volví a trabajar", "J'ai recommencé à
    // courir", "Meine Mutter ist wieder zu Hause", "Ich arbeite wieder". Each alternative opens on its own words (a
    // look-behind only after them).
    [GeneratedRegex(@"(?:"
        + @"\b(?:(?:am|is|are|'m|'s|'re)\s+(?:(?:now|finally|slowly|already)\s+)*(?!(?:going|planning|thinking|hoping|looking|wondering|considering|trying|willing|dreaming|getting|waiting)\b)|(?:started|began|went back to|gone back to)\s+)(?=\p{L}{2,}ing\s)\p{L}{2,}ing(?:\s+[\p{L}'-]+){0,4}?\s+again\b"
        + @"|(?<=\b(?:i|we)\s+)(?:eat|drink|play|run|swim|smoke|drive|ride|cook|walk|paint|sing|dance)\s+(?:[\p{L}'-]+\s+){0,3}?again(?=\s*(?:[.!,;]|$|\s+(?:now|these days|lately)\b))"
        + @"|\b(?:and i|and me|et moi|y yo|und ich)\s+(?:(?:are|'re|were|got|get|have|'ve|just|finally|officially|sommes|nous sommes|estamos|somos|sind)\s+){0,3}(?:back together|together again|made up|reconciled|patched things up|de nouveau ensemble|à nouveau ensemble|réconciliés|nous sommes réconciliés|nos reconciliamos|juntos otra vez|juntos de nuevo|de nuevo juntos|wieder zusammen|haben uns (?:wieder )?versöhnt)\b"
        + @"|\b(?:got|get|have|'ve got|finally got)\s+(?:my|our|the|his|her|their)\s+(?:[\p{L}'-]+\s+){1,3}?back\b(?!\s+(?:to|on|in|into|up|down|pain|problems?)\b)"
        + @"|(?=(?:is|are|'s|'m|'re|am)\s+(?:(?:finally|now|officially)\s+)*back\b)(?<=^(?:(?:the|my|our|his|her|their)\s+(?:[\p{L}'-]+\s+)?[\p{L}'-]+\s+|i\s*|we\s*))(?:is|are|'s|'m|'re|am)\s+(?:(?:finally|now|officially)\s+)*back(?:\s+(?:home|at work|to work|online|up|on))?(?=\s*(?:[.!,;]|$|\s+(?:now|again|finally|at last|from)\b))"
        + @"|(?=(?:is|are|'s|est|sont|ist|sind|está|están)\s+(?:(?:all|fully|completely|finally|now|enfin|complètement|wieder|ganz|ya|por fin)\s+)*(?:healed|mended|guérie?s?|verheilt|curad[oa]s?)\b)(?<=^(?:my|our|his|her|their|mon|ma|mes|mein|meine|mi|mis)\s+(?:[\p{L}'-]+\s+)?[\p{L}'-]+\s+)(?:is|are|'s|est|sont|ist|sind|está|están)\s+(?:(?:all|fully|completely|finally|now|enfin|complètement|wieder|ganz|ya|por fin)\s+)*(?:healed|mended|guérie?s?|verheilt|curad[oa]s?)"
        + @"|\b(?:ya\s+)?tengo\s+(?:el|la|los|las)\s+(?=\p{L}+\s+(?:curad|sanad)[oa]s?\b)"
        + @"|\b(?:volví|volvió|volvimos|volvieron|he vuelto|ha vuelto|hemos vuelto|vuelvo|vuelve)\s+a\s+(?=\p{L}+(?:ar|er|ir)\b)"
        + @"|\b(?:j'ai|on a|nous avons|il a|elle a)\s+(?:recommencé\s+à|repris)\s+(?=\p{L})"
        + @"|\b(?:ist|sind|bin)\s+(?:(?:jetzt|endlich)\s+)?wieder\s+zu\s+hause\b|\b(?:est|sont|suis)\s+(?:(?:enfin|bien)\s+)?(?:rentrée?s?|de retour)\s+à\s+la\s+maison\b"
        + @"|(?=\p{L}{3,}(?:e|t|en)\s+(?:(?:jetzt|endlich)\s+)?wieder\s*(?:[.!,;]|$))(?<=\b(?:ich|wir|er|sie|(?-i:\p{Lu}\p{Ll}+))\s+)\p{L}{3,}(?:e|t|en)\s+(?:(?:jetzt|endlich)\s+)?wieder\b"
        + @")", Options)]
    private static partial Regex BackMarker();

    // The words BackMarker opens with or turns on.
    [GeneratedRegex(@"again|back|made up|reconcil|patched|healed|mended|guéri|verheilt|curad|sanad|wieder|volv|vuelt|vuelv|recommencé|repris|ensemble|juntos|versöhnt|de retour|rentré", Options)]
    private static partial Regex BackCue();

    /// <summary>
    /// Whether <paramref name="memory"/> tells of a debt: an amount or a word of owing ("I have $30k in student loans", "We
    /// have a mortgage", "Tengo una hipoteca"): what a change that pays it off retires (<see cref="Statement.PaidOff"/>).
    /// </summary>
    public static bool Owes(string memory) => OwesWord().IsMatch(memory);

    [GeneratedRegex(@"\d|\b(?:loans?|mortgages?|debts?|owe|owes|owing|balance|financ\w*|payments?|installments?|préstamos?|hipotecas?|deudas?|prêts?|crédits?|dettes?|kredit\w*|schulden|hypothek\w*|darlehen)\b", Options)]
    private static partial Regex OwesWord();

    // Someone of the speaker's lost, read from a change's marker on: "lost my grandma" (GoneMarker).
    [GeneratedRegex(@"\Glost\s+(?:my|our)\s+(?:(?:beloved|sweet|old|dear|little)\s+)?(?<k>" + Kin + @")\b", Options)]
    private static partial Regex LostKin();

    // A farewell to what an acquisition replaces: "goodbye Pixel" (GoneMarker).
    [GeneratedRegex(@"^(?:" + Farewells + @")\b", Options)]
    private static partial Regex Farewell();

    // The words of a farewell (GoneMarker, Farewell).
    private const string Farewells = "goodbye|good-bye|bye|farewell|adiós|adieu|tschüss";

    // A change that tells that someone went missing: "ran away", "went missing", "got lost" (GoneMarker).
    [GeneratedRegex(@"^(?:ran away|went missing|has gone missing|is missing|got lost|disappeared|never came)\b", Options)]
    private static partial Regex WentMissing();

    /// <summary>
    /// Whether <paramref name="memory"/> names one of <paramref name="names"/> as a pet: "I have a cat named Milo", "our dog
    /// Rex", "Milo is my cat", "Milo, our kitten" (for a change that says Milo ran away, <see cref="Statement.Lost"/>); a
    /// pet's kind names a pet already ("Our cat went missing").
    /// </summary>
    public static bool NamesAsPet(string memory, IReadOnlyList<string> names) =>
        names.Any(name => PetWord().IsMatch(name)) || PetNamed().Matches(memory).Any(m => names.Contains(m.Groups["n"].Value.ToLowerInvariant()));

    [GeneratedRegex(@"^(?:" + Pets + ")$", Options)]
    private static partial Regex PetWord();

    [GeneratedRegex(@"\b(?:" + Pets + @")(?:,)?\s+(?:(?:named|called)\s+)?(?-i:(?<n>\p{Lu}\p{Ll}+))|(?-i:(?<n>\p{Lu}\p{Ll}+))(?:,)?\s+(?:is\s+|was\s+)?(?:my|our|the|a)\s+(?:[\w-]+\s+)?(?:" + Pets + @")\b", Options)]
    private static partial Regex PetNamed();

    // "My doctor bumped my lipitor to 40mg", "They pushed my rent to $2,000": a verb that moves a date moves an amount when
    // what it is moved to is one (it was read as a date moved, whose target is the words before the verb).
    [GeneratedRegex(@"\G(?:bumped|pushed|upped|put)\s+(?:(?<own>my|our)\s+)?(?:[\w'-]+\s+){0,4}?(?:up\s+)?to\s+(?:[$€£]\s?\d[\d,.]*|\d[\d,.]*\s?(?:mg|mcg|ml|units?|%|k|dollars|euros|pounds|kg|lbs?|km|miles)\b)", Options)]
    private static partial Regex AmountMovedTo();

    [GeneratedRegex(@"\b(?:during|while|briefly|temporarily|for a (?:moment|second|minute|bit|few)|pendant|brièvement|durante|mientras|brevemente|während|kurz)\b", Options)]
    private static partial Regex Passing();

    // A change that finishes what was under way: "I finished Dune", "I'm done with my thesis", "J'ai fini le livre".
    [GeneratedRegex(@"^(?:finished|completed|wrapped up|(?:i'm|i am|we're|we are) (?:done|finished) with|done\s+(?=\w+ing\b)|j'ai (?:fini|terminé)|terminé|acabé)\b", Options)]
    private static partial Regex Finished();

    /// <summary>
    /// Whether <paramref name="text"/> tells of something under way ("I'm reading Dune", "I'm currently training for a
    /// marathon", "Je lis Dune", "Estoy leyendo Dune"), which a change that finishes it retires.
    /// </summary>
    public static bool UnderWay(string text) => Progressive().IsMatch(text);

    [GeneratedRegex(@"\b(?:(?:i'm|i am|we're|we are)\s+(?:(?:still|currently|now|slowly|finally|also)\s+)?(?:\w+ing|in the middle of|halfway through)|(?:currently|still)\s+\w+ing|working on|je (?:lis|regarde|suis en train de)|nous (?:lisons|regardons)|estoy\s+\w+(?:ando|iendo|yendo)|estamos\s+\w+(?:ando|iendo|yendo))\b", Options)]
    private static partial Regex Progressive();

    // A date said in full, which says when a change happened, not what changed: "in March", "on May 3rd", "in 2010",
    // "en mars", "im März".
    [GeneratedRegex(@"\b(?:in|on|since|back in|en|el|en el|im|am|seit)\s+(?:(?:early|late|mid|début|fin|principios de|finales de|anfang|ende)\s+)?(?:(?:" + RelativeDates.Months + @")(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:,?\s+\d{4})?|(?:19|20)\d{2})\b", Options)]
    private static partial Regex AbsoluteDate();

    [GeneratedRegex(@"\b(?:(?:last|this|yesterday|tomorrow)\s+(?:night|morning|afternoon|evening)|tonight|hier soir|ce matin|anoche|esta mañana|gestern abend|heute morgen)\b", Options)]
    private static partial Regex TimeOfDay();
}
