namespace Mnemo.Formation;

/// <summary>One sentence of a message, classified.</summary>
/// <param name="Kind">What the sentence is.</param>
/// <param name="Text">The text to store (lead-ins and request words removed, relative dates resolved); empty when skipped.</param>
/// <param name="SkipReason">Why a <see cref="StatementKind.Skipped"/> sentence carries nothing (a <see cref="SkippedMessage.Reason"/> value).</param>
/// <param name="Target">For <see cref="StatementKind.Forget"/> and <see cref="StatementKind.Change"/>: the words naming the memory to retract.</param>
/// <param name="About">
/// For a <see cref="StatementKind.Change"/> of someone else ("My friend is no longer allergic to cats", "Rex passed away"):
/// the words one of which the memory it retires must hold ("friend", "Rex"); empty when the change speaks of someone it
/// does not name ("She no longer lives in Rome"), which retires nothing; null when the speaker changed.
/// </param>
/// <param name="NewValue">
/// For a <see cref="StatementKind.Change"/>: whether it gives a new value ("My new number is ...", "Correction: ...", "I
/// traded in my Civic for a Tesla"), whose last words the memory it retires does not hold, rather than ending what a
/// memory says ("I'm no longer allergic to cats"), whose last words it must hold.
/// </param>
/// <param name="Moves">
/// For a <see cref="StatementKind.Change"/>: whether it moves one detail of what a memory says, a date or a time ("The
/// meeting was moved to Monday", "My flight got delayed to 9pm"), so the other details of that memory still hold.
/// </param>
/// <param name="Finishes">
/// For a <see cref="StatementKind.Change"/>: whether it finishes what was under way ("I finished Dune"): it retires only a
/// memory that tells of it under way ("I'm reading Dune"), never one that only names the same thing ("My favourite book
/// is Dune").
/// </param>
/// <param name="Raises">
/// For a <see cref="StatementKind.Change"/>: whether it raises or lowers an amount ("My rent went up to $2,100", "My dose
/// was increased to 20mg"): it retires only a memory that holds a number ("My rent is $1,900 a month"), never one that
/// only names the same thing ("I buy eggs every week" for "The price of eggs went up to $5").
/// </param>
/// <param name="Value">
/// For a <see cref="StatementKind.Change"/> that names the new value and not the old ("I upgraded to an iPhone 15", "I
/// switched to a toothpaste in a recyclable tube"): that value as said. A memory that already holds every word of it says
/// the same thing, not an older one, and is not retired (<see cref="ChangeCheck"/>).
/// </param>
/// <param name="Lost">
/// For a <see cref="StatementKind.Change"/>: whether it tells that someone went missing ("Milo ran away", "Rex went
/// missing"), which ends only what a memory says of a pet: it retires only a memory that names that one as a pet ("I have
/// a cat named Milo"), never one of a person ("My brother Milo lives with us"), who keeps their memories.
/// </param>
/// <param name="Off">
/// For a <see cref="StatementKind.Change"/>: whether it tells that the speaker, or someone of theirs, is off something
/// ("I'm off metformin now", "My doctor took me off metformin", "My daughter is off the swim team", "I'm off the night
/// shift now"): it retires only a memory that says they take, use, eat, drink, work or are on it ("I take metformin",
/// "I'm on metformin", "My daughter is on the swim team"), never one of an allergy to it ("I'm allergic to penicillin"
/// stays after "I'm off penicillin").
/// </param>
/// <param name="Left">
/// For a <see cref="StatementKind.Change"/>: whether it tells that someone is out of a place they stayed in ("My mom is out
/// of the hospital", "My dad was discharged from the hospital", "Mi madre ya salió del hospital"): it retires only a
/// memory that says they are in it ("My mom is in the hospital"), never one of working there ("I work at the hospital").
/// </param>
/// <param name="PaidOff">
/// For a <see cref="StatementKind.Change"/>: whether it tells that a debt is paid off ("I paid off my student loans", "The
/// car is paid off"): it retires only a memory of the debt, one that holds an amount or a word of owing ("I have $30k in
/// student loans", "We have a mortgage on our house"), never one of the thing alone ("I have a credit card with Chase").
/// </param>
/// <param name="Back">
/// For a <see cref="StatementKind.Change"/>: whether it tells that something is back as it was ("I'm working again", "I
/// started running again", "Mark and I are back together", "I got my license back", "The internet is back", "Volví a
/// trabajar", "Ich arbeite wieder"): it retires only a memory of what it ends, one that says it stopped, broke, was taken
/// or is out ("I'm unemployed", "I quit running", "Mark and I broke up", "My license was suspended", "Our internet is
/// down"), never one of the thing alone ("I run every morning").
/// </param>
/// <param name="BreakUp">
/// For a <see cref="StatementKind.Change"/>: whether it tells of a break-up ("Mark and I broke up", "I broke up with Mark",
/// "Diego y yo terminamos", "Ich habe mit Diego Schluss gemacht"): it retires only a memory of the couple, one that says who
/// the partner is or that they are together ("My boyfriend is Mark", "I'm dating Mark", "Mein Freund heißt Diego"), never
/// one that only names the other ("Mark is my coworker" stays).
/// </param>
/// <param name="Quits">
/// For a <see cref="StatementKind.Change"/>: whether it tells that the speaker left an employer, a band, a team or a
/// school by its name ("I left Google in October", "I left The Rusty Nails") or let a membership or a subscription lapse
/// ("I let the NYT subscription expire"): it retires only a memory that says they belong to it or hold it ("I work at
/// Google", "I play guitar in a band called The Rusty Nails", "I have a subscription to the New York Times"), never one of
/// a place they live in or went to ("I live in Paris" stays after "I left Paris on Monday") nor of what they read.
/// </param>
/// <param name="Lapsed">
/// For a <see cref="StatementKind.Change"/>: whether it tells that the speaker has not done something in a long while or
/// is some days without it ("I haven't been to yoga in months", "Day 30 without a cigarette!"): it retires only a memory
/// of a habit, one that says they do it or how often ("I go to yoga twice a week", "I smoke"), never one that only names
/// the thing ("I love yoga", "I was born in Paris" after "I haven't been to Paris in years").
/// </param>
/// <param name="Disbanded">
/// For a <see cref="StatementKind.Change"/>: whether it tells that a group ended ("The band broke up", "The choir disbanded
/// last month"): it retires only a memory that says the speaker takes part in it ("I play drums in a band called The Lids",
/// "I sing in a choir"), never one that only names it ("My favourite band is Coldplay" stays after "Coldplay split up").
/// </param>
/// <param name="RoleEnds">
/// For a <see cref="StatementKind.Change"/>: whether it tells that someone who held a role for the speaker retired or left
/// where they held it ("Dr. Patel retired", "My manager left the company"): it retires only a memory that says who holds
/// such a role ("My doctor is Dr. Patel", "Karen is my manager"), never one of another bond ("Karen is my neighbour").
/// </param>
internal sealed record Statement(
    StatementKind Kind, string Text, string? SkipReason = null, string? Target = null, IReadOnlyList<string>? About = null, bool NewValue = false,
    bool Moves = false, bool Finishes = false, bool Raises = false, string? Value = null, bool Lost = false, bool Off = false, bool Left = false,
    bool PaidOff = false, bool Back = false, bool BreakUp = false, bool Quits = false,
    bool Lapsed = false, bool Disbanded = false, bool RoleEnds = false)
{
    /// <summary>Whether the sentence leads to a write (anything but <see cref="StatementKind.Skipped"/>).</summary>
    public bool Carries => Kind != StatementKind.Skipped;
}
