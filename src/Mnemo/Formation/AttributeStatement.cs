using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Mnemo.Formation;

/// <summary>
/// A statement that gives one attribute of the speaker a value: "My favourite colour is blue", "My flight is at 8am",
/// "I live in Lisbon", "I moved to Lisbon", "Ma couleur préférée est le bleu", "Mi correo es jo@example.com", "Ich
/// wohne in Köln", "Moved to Lisbon" (the speaker left unsaid), "These days my favourite band is Muse". Said again with
/// another value, it is a change: the newer statement supersedes the older one, as an LLM would (without an LLM, "My
/// favourite colour is green" and "... blue" both stayed active: a stale contradiction).
/// Read by form: a possessive subject of at most four words, a copula and a short value of one clause; or a residence or
/// workplace verb. Two statements give the same attribute when their subjects are the same words and their values open
/// the same way (both bare, or both with the same preposition or article): "My sister is a doctor" and "My sister is in
/// Paris" are two attributes, and neither supersedes the other.
/// </summary>
internal static partial class AttributeStatement
{
    private const int MaxValueWords = 6;

    /// <summary>
    /// The attributes the sentences of a statement set ("I love tapas. I moved to Lisbon." sets where I live). A sentence
    /// that says the speaker changed jobs ("I switched jobs, I'm a nurse now", "I got a new job", "I left BNP and now work
    /// at N26") or no longer works ("I'm retired now", "I'm out of work") sets both where and as what the speaker works,
    /// whatever else it says; a job lost ("I lost my job", "I got laid off") sets where, not what they are ("I'm a
    /// teacher" stays). Clauses joined by "and" before the
    /// speaker are also read apart: "I turned 35 and I live in Denver now" sets the age and where I live; so are clauses
    /// after a semicolon, or after a comma before "I" in a sentence that opens with no condition ("My company ended
    /// remote work, I'm back in the office" sets where I work; "If it rains, I work from home" sets nothing).
    /// </summary>
    public static IReadOnlyList<string> AttributesOf(string text) =>
        [.. SentenceClassifier.Sentences(text)
            .SelectMany(sentence => TakesAJob(sentence) || LeftWork().IsMatch(sentence) ? ["@work", "@role"] : LostJob().IsMatch(sentence) ? ["@work"]
                : MovedInto(sentence) is { } who ? [$"@live:{who}", $"@with:{who}"] : Clauses(sentence).SelectMany(OfClause))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)];

    // What one clause sets: its attribute, and when it says the speaker moved ("We just moved to Austin", "I moved back in
    // with my mom"), the home they rent or own too, which a move leaves behind ("I rent an apartment in Brooklyn").
    private static IEnumerable<string?> OfClause(string clause)
    {
        var attribute = AttributeOf(clause);
        return attribute is "@live" or "@with" && SpeakerMoved().IsMatch(clause) ? [attribute, "@home"] : [attribute];
    }

    [GeneratedRegex(@"^(?:(?:correction|update|so|well|actually)(?:\s*[:,]\s*|\s+))?(?:(?:i|we)(?:'ve| have)?\s+)?(?:(?:just|recently|finally|officially|also)\s+)?(?:moved\s+(?:back\s+)?(?:to|in\s+with)|relocated\s+to)\b|^(?:j'ai|nous avons|on a)\s+déménagé\b|^(?:me mudé|nos mudamos)\b|^(?:ich bin|wir sind)\s+(?:\S+\s+){1,4}?gezogen\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpeakerMoved();

    // The sentence, and when it is short enough for each side to be a short statement, its clauses of the speaker's: also
    // after a semicolon or a comma before "I" ("Tom left the company; my new manager is Sara", "My company ended remote
    // work, I'm back in the office five days a week"), unless the sentence opens with a condition or a time, whose
    // clause after the comma holds only then ("If it rains, I work from home", "When I was a kid, I lived in Ohio").
    private static IEnumerable<string> Clauses(string sentence)
    {
        if (SentenceClassifier.WordCount(sentence) > MaxCompoundWords)
        {
            return [sentence];
        }

        var clauses = SpeakerClause().Split(sentence);
        if (clauses.Length == 1 && !OpensWithCondition().IsMatch(sentence))
        {
            clauses = SpeakerAfterPause().Split(sentence);
        }

        return clauses.Length > 1 ? clauses.Prepend(sentence) : [sentence];
    }

    // Who of the speaker's moved into a place ("My grandma moved into a nursing home"), or null: where they live and whom
    // with are both new, so the move ends "My grandma lives with us" as well as "My grandma lives in Ohio". Every sentence
    // of an add comes here before AttributeOf reads it, so one without the words is not read twice.
    private static string? MovedInto(string sentence) =>
        sentence.Contains("moved into", StringComparison.OrdinalIgnoreCase)
        && MovedOutOrIn().Match(Normalized(sentence)) is { Success: true } moved && moved.Groups["into"].Success ? Mover(moved) : null;

    // The key of whom a move names: "my grandma", "our son".
    private static string Mover(Match moved) =>
        $"{moved.Groups["p"].Value.ToLowerInvariant()} {Space().Replace(moved.Groups["s"].Value, " ").ToLowerInvariant()}";

    // The longest sentence read as clauses: two short statements ("I turned 35 and I live in Denver now").
    private const int MaxCompoundWords = 16;

    // Where a clause of the speaker's joins another: ", and I", ", so I'm" (what came of the first: "I started eating fish
    // again, so I'm pescatarian now"), " et je", " y mi", " und ich"; or a comma before a possessive ("Priya left, my new
    // boss is Mark").
    [GeneratedRegex(@"\s*,?\s+(?:and|so|et|donc|y|así que|und|also)\s+(?=(?:i|i'm|i've|my|je|j'|mon|ma|mes|yo|mi|mis|ich|mein|meine)\b)|\s*,\s+(?=(?:my|mon|ma|mes|mi|mis|mein|meine)\s)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpeakerClause();

    // A semicolon before a clause of the speaker's, or a comma before "I" or "we".
    [GeneratedRegex(@"\s*;\s*(?=(?:i|i'm|i've|my|we|we're|our|je|j'|mon|ma|mes|yo|mi|mis|ich|mein|meine)\b)|\s*,\s+(?=(?:i|i'm|we|we're)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpeakerAfterPause();

    // What says the clause after it holds only under a condition or at a time: "if", "when", "once", "while" ...
    [GeneratedRegex(@"^\s*(?:if|when|whenever|unless|once|after|before|while|because|since|although|though|even if|until|as soon as|back when|si|quand|lorsque|cuando|wenn|als)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OpensWithCondition();

    // A sentence without its date notes, the times around it and its adverbs, as the attribute patterns read it.
    // The speaker and someone of theirs said as "we": "My wife and I live in Seattle" sets where the speaker lives, as "We
    // live in Seattle" does ("We moved to Portland" moves it).
    private static string Normalized(string text) =>
        Adverb().Replace(TimeLead().Replace(TimeTail().Replace(DateNote().Replace(WeSaid(text.Trim()), string.Empty).TrimEnd('.', '!', ' '), string.Empty), string.Empty), string.Empty);

    private static string WeSaid(string text)
    {
        if (AndI().Match(text) is not { Success: true } both)
        {
            return text;
        }

        var we = both.Groups["fr"].Success ? "nous" : both.Groups["es"].Success ? string.Empty : both.Groups["de"].Success ? "wir" : "we";
        return (we + text[both.Length..]).TrimStart();
    }

    // "My wife and I", "Me and my wife", "Mon mari et moi", "Mi esposa y yo" (Spanish says no subject: "vivimos en"), "Meine
    // Frau und ich": each put as "we" in its language. A name is not read ("Sarah and I live in
    // the same building" is no home of the speaker's).
    [GeneratedRegex(@"^(?:(?:my|our)\s+[\w'-]+\s+and\s+(?:i|me)\b|me\s+and\s+(?:my|our)\s+[\w'-]+\b|(?<fr>(?:mon|ma|notre)\s+\S+\s+et\s+moi(?:,?\s+nous)?\b)|(?<es>(?:mi|nuestro|nuestra)\s+\S+\s+y\s+yo\s+)|(?<de>(?:mein|meine|unser|unsere)\s+\S+\s+und\s+ich\b))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AndI();

    /// <summary>The attribute a single-sentence statement sets (its subject and the frame of its value), or null.</summary>
    public static string? AttributeOf(string text)
    {
        var sentence = Normalized(text);
        if (sentence.Length == 0 || SentenceEnd().IsMatch(sentence))
        {
            return null;
        }

        if (Age().IsMatch(sentence))
        {
            return "@age";
        }

        // A birthday said with its ordinal gives the age: "I just had my 35th birthday" after "I'm 34", "My son just had his
        // 7th birthday" after "My son is 6".
        if (OrdinalBirthday().Match(sentence) is { Success: true } birthday)
        {
            return birthday.Groups["p"].Success ? PossessiveKey(birthday.Groups["p"].Value, birthday.Groups["s"].Value, birthday.Groups["n"].Value) : "@age";
        }

        // The speaker's weight: "I'm down to 75 kg" after "I weigh 80 kg", "My weight is 80 kg", "Je pèse 80 kg", "Peso 80
        // kilos", "Ich wiege 80 kg".
        if (Weight().IsMatch(sentence))
        {
            return "@weight";
        }

        // How far along a pregnancy is: "I'm 6 months pregnant now" after "I'm 3 months pregnant", "My wife is 20 weeks
        // pregnant", "Je suis enceinte de 6 mois", "Estoy embarazada de 6 meses", "Ich bin im 6. Monat schwanger".
        if (Pregnancy().Match(sentence) is { Success: true } pregnancy)
        {
            return pregnancy.Groups["p"].Success ? $"@pregnancy:{Owner(pregnancy.Groups["p"].Value.ToLowerInvariant())} {pregnancy.Groups["s"].Value.ToLowerInvariant()}" : "@pregnancy";
        }

        // An amount said to have gone up or down and then its value: "Rent went up, it's $1,950 now" after "My rent is
        // $1,800".
        if (AmountNow().Match(sentence) is { Success: true } amount && Short(amount.Groups["v"].Value))
        {
            return PossessiveKey(amount.Groups["p"].Success ? amount.Groups["p"].Value : "my", amount.Groups["s"].Value, amount.Groups["v"].Value);
        }

        if (InstructionAttribute(sentence) is { } instruction)
        {
            return instruction;
        }

        // Someone's age, keyed by their name: "Emma just turned 8" after "My daughter Emma is 7".
        if (NamedAge().Match(sentence) is { Success: true } named)
        {
            return $"@age:{named.Groups["n"].Value.ToLowerInvariant()}";
        }

        // A status and then the partner's name: "I have a girlfriend now, her name is Emma", "I started seeing someone, his
        // name is Sam".
        if (Status().IsMatch(sentence) || CoupleStatus().IsMatch(sentence) || PartnerName().IsMatch(sentence) || LeftByPartner().IsMatch(sentence)
            || (PartnerNamedTail().Match(sentence) is { Success: true } tail && tail.Index > 0 && AttributeOf(sentence[..tail.Index]) == "@status"))
        {
            return "@status";
        }

        // What the speaker eats, of diets one keeps one at a time: "I've been vegan for 3 months" after "I'm vegetarian",
        // "I eat meat again", "Je suis devenue végane", "Soy vegetariano", "Ich bin Veganerin".
        if (Diet().IsMatch(sentence))
        {
            return "@diet";
        }

        // The dose of a medicine the speaker takes, keyed by the medicine: "I'm now on 10mg of Lexapro" after "I take 20mg of
        // Lexapro every morning", "My Lexapro dose is 10mg".
        if (Dose().Match(sentence) is { Success: true } dose)
        {
            return $"@dose:{dose.Groups["m"].Value.ToLowerInvariant()}";
        }

        // The grade or stage of school a child is in, keyed by the possessive that names them: "My son started 4th grade"
        // after "My son is in 3rd grade", "My daughter started kindergarten this fall" after "My daughter is in preschool",
        // "My son started high school", "Ma fille entre en CP", "Mi hija empezó el kínder", "Mein Sohn geht jetzt aufs
        // Gymnasium".
        if (Grade().Match(sentence) is { Success: true } grade)
        {
            return $"@grade:{Owner(grade.Groups["p"].Value.ToLowerInvariant())} {Space().Replace(grade.Groups["s"].Value.ToLowerInvariant(), " ")}";
        }

        // Where the speaker works from: "I'm back in the office full-time now" after "I work remotely", "I work from home
        // now", "I'm fully remote", "I'm back to working from the office", "Je suis en télétravail", "Trabajo desde casa",
        // "Ich arbeite im Homeoffice", "Ich arbeite wieder im Büro".
        if (WorkSite().IsMatch(sentence))
        {
            return "@worksite";
        }

        // What the speaker works as, said with "to be": "I'm a product manager now" after "I'm a software engineer", "Je suis
        // professeure" after "Je suis infirmière", "Soy enfermera", "Ich bin Lehrerin"; as "I work as a nurse" does (Place).
        if (Occupation().IsMatch(sentence) || Promoted().IsMatch(sentence))
        {
            return "@role";
        }

        // The name the speaker goes by: "I go by Sam now" after "My name is Samantha", as "My name is Sam" would.
        if (GoesBy().Match(sentence) is { Success: true } goesBy)
        {
            return PossessiveKey("my", "name", goesBy.Groups["v"].Value);
        }

        // Someone of the speaker's who moved out, in or into a place: "My son moved out" after "My son lives with us" (whom
        // he lives with), "My mom moved in with us", "My grandma moved into a nursing home" after "My mom lives in
        // Florida" (where she lives).
        if (MovedOutOrIn().Match(sentence) is { Success: true } moved)
        {
            return $"@{(moved.Groups["out"].Success ? "with" : "live")}:{Mover(moved)}";
        }

        // The speaker's date of birth: "I was born on May 3rd, 1985", "Je suis né le 3 mai", "Nací el 3 de mayo", "Ich bin
        // am 3. Mai geboren" (not where: "I was born in Madrid").
        if (Birth().IsMatch(sentence))
        {
            return "@birth";
        }

        // The kind of home the speaker rents or owns: "We bought a house!" after "We rent an apartment downtown", "I own a
        // condo now", "We're renting a flat in Camden" (not a holiday rental or a second home: "We rented a house in
        // Tuscany for a week", "We bought a beach house"; where the speaker lives is "@live", which a home bought does not
        // move).
        if ((Dwelling().IsMatch(sentence) || LivesInADwelling().IsMatch(sentence)) && !Stay().IsMatch(sentence))
        {
            return "@home";
        }

        // Whom the speaker lives with, or that they live alone: "I moved in with my boyfriend" after "I live alone", "I live
        // with roommates now", "Je vis seule", "Vivo con mis padres", "Ich wohne allein" (not where: "I live with my
        // husband in Denver" is where, Place).
        if (LivesWith().IsMatch(sentence))
        {
            return "@with";
        }

        // "... live in the same building" says where no one lives.
        if (Place().Match(sentence) is { Success: true } place && !place.Groups["v"].Value.StartsWith("the same ", StringComparison.OrdinalIgnoreCase))
        {
            return Short(place.Groups["v"].Value) ? $"@{place.Groups["k"].Value.ToLowerInvariant() switch
            {
                var k when Role().IsMatch(k) => "role",
                var k when Workplace().IsMatch(k) => "work",
                var k when k.EndsWith(" at", StringComparison.OrdinalIgnoreCase) => "address",
                _ => "live",
            }}" : null;
        }

        // How many of a kind the speaker has: "I have three cats now" after "I have two cats"; so do "We adopted a third
        // cat", "I got another dog" and "One of our cats died", which change the count without saying it.
        var counted = Count().Match(sentence) is { Success: true } count ? count : CountChange().Match(sentence);
        if (counted.Success)
        {
            return $"@have:{Counted(counted.Groups["x"].Value.ToLowerInvariant())}";
        }

        // Where the speaker lives, said with the German verb last: "Wir sind nach München gezogen".
        if (MovedLast().IsMatch(sentence))
        {
            return "@live";
        }

        // How the speaker gets to work or school: "I bike to work now" after "I usually take the bus to work" or "I commute by
        // car", "Je vais au
        // travail à vélo", "Voy al trabajo en bici", "Ich fahre mit dem Rad zur Arbeit".
        if (Commute().Match(sentence) is { Success: true } commute)
        {
            return SchoolBound().IsMatch(commute.Groups["d"].Value) ? "@commute:school" : "@commute:work";
        }

        // "I changed my wifi password to swordfish", "Changed the wifi password to swordfish": the attribute is given a new
        // value, as "My wifi password is swordfish" would.
        if (ChangedTo().Match(sentence) is { Success: true } set && Short(set.Groups["v"].Value) && !Clause().IsMatch(set.Groups["v"].Value))
        {
            var owner = set.Groups["p"].Value;
            return PossessiveKey(owner.Equals("the", StringComparison.OrdinalIgnoreCase) ? "my" : owner, set.Groups["s"].Value, set.Groups["v"].Value);
        }

        // Where someone else lives or works, keyed by their name, or by the possessive that names them: "My sister Maria
        // lives in Rome" and "Maria moved to Berlin" set Maria's home; "My sister lives in Rome" and "My sister moved to
        // Berlin" set my sister's. Whom they live with is another attribute ("My son lives with us", which "My son moved
        // out" ends; "My sister lives with her husband" leaves where she lives).
        if (TheirPlace().Match(sentence) is { Success: true } theirs && (theirs.Groups["n"].Success || theirs.Groups["p"].Success))
        {
            var who = theirs.Groups["n"].Success ? theirs.Groups["n"].Value : $"{theirs.Groups["p"].Value} {Space().Replace(theirs.Groups["s"].Value, " ")}";
            var k = theirs.Groups["k"].Value;
            return Short(theirs.Groups["v"].Value) ? $"@{(Workplace().IsMatch(k) ? "work" : k.EndsWith("with", StringComparison.OrdinalIgnoreCase) ? "with" : "live")}:{who.ToLowerInvariant()}" : null;
        }

        // A new value said as what the speaker got, and the value after a colon or a dash: "I got a new phone number:
        // 555-9876", "I have a new email - jo@new.com" set "my phone number", "my email" as "My phone number is ..." does;
        // so do "I switched to a new GP, Dr. Kim" and "I'm seeing a new dentist, Dr. Park".
        if (NewLabelled().Match(sentence) is { Success: true } gotNew)
        {
            var got = gotNew.Groups["v"].Value;
            return Short(got) && !Clause().IsMatch(got) && !Intensifier().IsMatch(got)
                ? PossessiveKey("my", gotNew.Groups["s"].Value, got)
                : null;
        }

        // A note written as a label and its value ("Favorite food: ramen", "Timezone: CET"); not a note's own heading
        // ("Note to self: buy milk", "TODO: renew passport"), which can head any number of notes.
        if (Labelled().Match(sentence) is { Success: true } labelled && !NoteHeading().IsMatch(labelled.Groups["s"].Value))
        {
            return Short(labelled.Groups["v"].Value) && !Clause().IsMatch(labelled.Groups["v"].Value)
                ? $"my {Subject(labelled.Groups["s"].Value)}|"
                : null;
        }

        if (Possessive().Match(MidAdverb().Replace(sentence, string.Empty)) is not { Success: true } owned)
        {
            return null;
        }

        var value = owned.Groups["v"].Value;
        if (!Short(value) || Clause().IsMatch(value) || Intensifier().IsMatch(value))
        {
            return null;
        }

        return PossessiveKey(owned.Groups["p"].Value, owned.Groups["s"].Value, value);
    }

    // The words of an attribute's subject, less "new" or "current" before it: "My new favorite restaurant is Zuni",
    // "New favorite restaurant: Zuni" set "my favorite restaurant", as "My favorite restaurant is Nopa" does.
    // A subject said with another word for the same person or thing is the same attribute: "My new boss is Mark" sets "My
    // manager is Priya" (so do "mi jefa", "meine Chefin", "ma cheffe"), "My GP is Dr. Kim" sets "My doctor is Dr. Patel",
    // "My cell number is ..." sets "My phone number is ...".
    private static string Subject(string subject) =>
        SameAs(NewBefore().Replace(Space().Replace(subject.ToLowerInvariant(), " "), string.Empty));

    private static string SameAs(string subject) =>
        SameSubject.TryGetValue(subject, out var same) ? same
        : subject.EndsWith(NumberTail, StringComparison.Ordinal)
            && SameSubject.TryGetValue(subject[..^NumberTail.Length], out var kind) && kind == "phone" ? kind + NumberTail
        : subject;

    // Another word for an attribute's subject, and the word SameAs reads it as (a phone's also before "number": "my cell
    // number" is "my phone number").
    private static readonly FrozenDictionary<string, string> SameSubject = new (string Word, string Same)[]
    {
        ("boss", "manager"), ("supervisor", "manager"), ("line manager", "manager"), ("chef", "manager"), ("cheffe", "manager"),
        ("patron", "manager"), ("patronne", "manager"), ("responsable", "manager"), ("jefe", "manager"), ("jefa", "manager"),
        ("chefin", "manager"), ("vorgesetzter", "manager"), ("vorgesetzte", "manager"),
        ("gp", "doctor"), ("physician", "doctor"), ("family doctor", "doctor"), ("primary care doctor", "doctor"),
        ("primary care physician", "doctor"), ("médecin traitant", "doctor"), ("médecin", "doctor"), ("médico", "doctor"),
        ("médica", "doctor"), ("hausarzt", "doctor"), ("hausärztin", "doctor"), ("ärztin", "doctor"), ("arzt", "doctor"),
        ("cell", "phone"), ("cellphone", "phone"), ("cell phone", "phone"), ("mobile", "phone"), ("mobile phone", "phone"),
        ("portable", "phone"), ("móvil", "phone"), ("celular", "phone"), ("handy", "phone"),
        ("e-mail", "email"), ("email address", "email"), ("e-mail address", "email"), ("courriel", "email"),
        ("adresse e-mail", "email"), ("adresse email", "email"), ("adresse mail", "email"), ("correo", "email"),
        ("correo electrónico", "email"), ("e-mail-adresse", "email"),
    }.ToFrozenDictionary(pair => pair.Word, pair => pair.Same, StringComparer.Ordinal);

    private const string NumberTail = " number";

    // What a count is of, one word for the children one has ("I have two kids" and "We just had our third baby").
    private static string Counted(string kind) => kind is "kid" or "child" or "children" or "baby" or "babie" ? "kid" : kind;

    // The key of a possessive attribute: its owner and subject words, and how its value opens (bare, or a preposition or an
    // article): "my favourite colour|", "my sister|in". The owner is one word per person whatever the language's gender or
    // number ("ma voiture" and "mon vélo" are both "my"), and an article one word whatever its case or gender ("ein VW
    // Golf" and "einen Tesla" open alike), so "J'ai acheté une nouvelle voiture, une Tesla" sets "Ma voiture est une
    // Peugeot".
    private static string PossessiveKey(string owner, string subject, string value)
    {
        var frame = Frame().Match(value) is { Success: true } opening ? Article(opening.Value.Trim().ToLowerInvariant()) : string.Empty;
        return $"{Owner(owner.ToLowerInvariant())} {Subject(subject)}|{frame}";
    }

    // The speaker's own and the speaker's family's, one word each in every language (PossessiveKey); "the" of a password
    // or a code is the speaker's.
    private static string Owner(string owner) => owner switch
    {
        "mon" or "ma" or "mes" or "mi" or "mis" or "mein" or "meine" or "the" => "my",
        "notre" or "nos" or "nuestro" or "nuestra" or "nuestros" or "nuestras" or "unser" or "unsere" => "our",
        _ => owner,
    };

    // An article, one word whatever its gender or case (PossessiveKey).
    private static string Article(string article) => article switch
    {
        "une" or "una" => "un",
        "eine" or "einen" => "ein",
        "la" or "l'" or "el" => "le",
        "los" or "las" => "les",
        "die" or "das" => "der",
        _ => article,
    };

    // A standing instruction gives an attribute of the answers: the language they are in, the units or spelling they use,
    // what to call the speaker, how long they are. "From now on, answer in English" after "Please always answer in
    // French" (either language), "Use imperial units" after "Always use metric units", "Call me Sam" after "Call me
    // Samantha", "You can give longer answers now" after "Keep your answers short"; "Stop answering in French" ends the
    // one it names.
    private static string? InstructionAttribute(string sentence) =>
        AnswerLanguage().IsMatch(sentence) ? "@answer:language"
            : AnswerUses().Match(sentence) is { Success: true } uses ? $"@answer:use {uses.Groups["u"].Value.ToLowerInvariant()}"
            : CallMe().IsMatch(sentence) ? "@answer:call me"
            : AnswerLength().IsMatch(sentence) ? "@answer:length"
            : null;

    /// <summary>
    /// The attribute a retraction's target names by its name, not by a word the memory holds ("my age" and "I'm 41", "my
    /// address" and "I live at 12 Baker Street", "my job" and "I work at Google", "mi edad", "meine Adresse"): "@age",
    /// "@address", "@birth", "@role", "@work" or "@status"; null when it names none.
    /// </summary>
    public static string? NamedBy(string target) =>
        AttributeName().Match(target.Trim().TrimEnd('.', '!', '?', ' ')) is { Success: true } named
            ? named.Groups["age"].Success ? "@age"
                : named.Groups["live"].Success ? "@address"
                : named.Groups["birth"].Success ? "@birth"
                : named.Groups["role"].Success ? "@role"
                : named.Groups["work"].Success ? "@work"
                : "@status"
            : null;

    /// <summary>
    /// How well a memory that sets <paramref name="attribute"/> (<see cref="AttributeOf"/>) gives what a retraction names
    /// (<see cref="NamedBy"/>): 0 for the attribute itself, 1 for a coarser one (an address named, the city one lives
    /// in given: "I live in London"; a job named, only what the speaker works as given: "I'm a nurse"), -1 for none.
    /// </summary>
    public static int Gives(string attribute, string named) =>
        attribute == named || (named == "@address" && AddressKey().IsMatch(attribute)) || (named == "@birth" && BirthdayKey().IsMatch(attribute)) ? 0
            : (named == "@address" && attribute == "@live") || (named == "@work" && attribute == "@role") ? 1 : -1;

    // "My address is ...", "Mi dirección es ...", "Meine Adresse ist ..." as AttributeOf keys them.
    [GeneratedRegex(@"^\S+ (?:(?:home|postal|street|mailing) )?(?:address|adresse|adresse postale|dirección|domicilio|anschrift|wohnadresse)\|", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AddressKey();

    // "My birthday is ...", "Mon anniversaire est ...", "Mi cumpleaños es ...", "Mein Geburtstag ist ..." as AttributeOf keys them.
    [GeneratedRegex(@"^\S+ (?:" + BirthdayNames + @")\|", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BirthdayKey();

    [GeneratedRegex(@"^(?:i was born|i'm born|je suis née?|nací|ich bin)\s+(?:on|in|le|en|el|am|im)\s+(?:the\s+)?(?:\d|(?:" + RelativeDates.Months + @")\b)[^;]*?(?:\s+geboren)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Birth();

    // What a date of birth is called, as a retraction names it ("forget my birthday") and as a possessive statement keys it
    // ("My birthday is ...").
    private const string BirthdayNames = "birthday|date of birth|birth ?date|anniversaire|date de naissance|cumpleaños|fecha de nacimiento|geburtstag|geburtsdatum";

    private static bool Short(string value) => value.Length > 0 && SentenceClassifier.WordCount(value) <= MaxValueWords;

    [GeneratedRegex(@"^(?:(?:my|our|mon|ma|mes|notre|mi|nuestra|nuestro|mein|meine|meinen|unsere|unseren|the|le|la|l'|el|die|den)\s*)?(?:(?<age>age|âge|edad|alter|how old i am)|(?<live>(?:home |postal |street |mailing )?address|adresse|adresse postale|dirección|domicilio|anschrift|wohnadresse|where i live|où j'habite|dónde vivo|wo ich wohne)|(?<birth>" + BirthdayNames + @")|(?<role>job title|occupation|profession|métier|profesión|ocupación|beruf)|(?<work>job|work|employer|workplace|where i work|travail|emploi|boulot|trabajo|empleo|arbeit|arbeitsstelle|arbeitgeber|wo ich arbeite)|(?<status>(?:marital|relationship) status|situation (?:familiale|amoureuse)|estado civil|familienstand|beziehungsstatus))$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AttributeName();

    // The date a relative expression was resolved to ("(on 2026-12-03)") is not part of the value's form.
    [GeneratedRegex(@"\s*\((?:on|week of|in)?\s*[^()]{4,24}\)")]
    private static partial Regex DateNote();

    // "My X is V", and "The X is V" of a password or a code ("The wifi password is hunter2", which "I changed the wifi
    // password to bluefish42" sets, ChangedTo).
    [GeneratedRegex(@"^(?:(?:correction|update|sorry|actually)(?:\s*[:,]\s*|\s+))?(?<p>my|our|mon|ma|mes|notre|nos|mi|mis|nuestro|nuestra|nuestros|nuestras|mein|meine|unser|unsere|the(?=\s+(?:[\p{L}'-]+\s+){0,2}(?:password|passcode|passphrase|code|pin|combination|login|username)\s))\s+(?<s>[\p{L}'-]+(?:\s+[\p{L}'-]+){0,3}?)(?:\s+(?:is|are|est|sont|es|son|está|están|ist|sind|(?:has\s+|have\s+)?changed\s+to|(?:just\s+)?turned)|,?\s+c'est|'s)\s+(?<v>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Possessive();

    // The speaker no longer working: "I'm retired now", "I'm between jobs", "Je suis au chômage", "Estoy en paro", "Ich bin
    // arbeitslos" (not someone else).
    [GeneratedRegex(@"^(?:(?:so|well|sadly|unfortunately|update)[,:]?\s+)?(?:i(?:'m| am)?\s+(?:(?:now|just|recently|finally|officially|sadly|currently|still)\s+)*(?:retired|unemployed|jobless|out of work|between jobs)|je suis (?:(?:maintenant|toujours)\s+)?(?:au chômage|à la retraite|retraitée?)|(?:estoy|ahora estoy) (?:en paro|desemplead[oa]|jubilad[oa]|sin trabajo)|ich bin (?:(?:jetzt|seit \S+)\s+)?(?:arbeitslos|in rente|in pension|rentner(?:in)?|pensioniert))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeftWork();

    // The speaker's job lost: "I lost my job", "I got laid off", "J'ai perdu mon travail", "Perdí mi trabajo", "Ich habe
    // meinen Job verloren", an employer or a boss that let the speaker go ("Deloitte let me go last week", "My boss fired
    // me") (not "I got fired up", "My manager let me go to the conference", "Karen let me go home early", nor someone
    // else's).
    [GeneratedRegex(@"^(?:(?:so|well|sadly|unfortunately|update)[,:]?\s+)?(?:i(?:'ve| have)?\s+(?:(?:now|just|recently|finally|officially|sadly)\s+)*(?:lost my job|(?:got|was|been) (?:laid off|fired|let go)(?!\s+up\b))|(?:(?-i:\p{Lu})[\p{L}&.'-]*(?:\s+(?-i:\p{Lu})[\p{L}&.'-]*){0,2}|my (?:boss|manager|company|employer))\s+(?:just\s+|finally\s+)?(?:let me go|laid me off|fired me)(?=\s*(?:[.!,;]|$)|\s+(?:last|this|yesterday|today|on|in|after|because|since|and|so|but|without)\b)|j'ai perdu mon (?:travail|emploi|boulot|poste)|perdí mi (?:trabajo|empleo)|ich habe meinen (?:job|arbeitsplatz) verloren)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LostJob();

    // "Alex and I are engaged!", "Tom and I got married", "Alex et moi sommes fiancés", "Ana y yo estamos comprometidos",
    // "Jonas und ich sind verlobt": a status said with the partner's name first.
    [GeneratedRegex(@"^(?-i:\p{Lu}\p{Ll}+)\s+(?:and\s+i\s+(?:are|got|have|just got|have just|'ve just)\s+(?:(?:now|officially|finally|just|been|gotten)\s+)*(?:engaged|married|divorced|separated)|et moi\s+(?:sommes|nous sommes)\s+(?:(?:maintenant|officiellement)\s+)?(?:fiancés|mariés|pacsés|séparés|divorcés)|y yo\s+(?:estamos|nos)\s+(?:comprometidos|casados|casamos|separamos|divorciamos|separados|divorciados)|und ich\s+(?:sind|haben)\s+(?:(?:jetzt|uns)\s+)*(?:verlobt|verheiratet|geheiratet|getrennt|geschieden))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CoupleStatus();

    // A partner who ended it: "My girlfriend left me", "Alex dumped me", "Mon copain m'a quittée", "Mi novio me dejó",
    // "Meine Freundin hat mit mir Schluss gemacht" (the whole sentence: not "Emma left me a voicemail").
    [GeneratedRegex(@"^(?:(?:my|mon|ma|mi|meine?)\s+(?:ex-?)?(?:girlfriend|boyfriend|partner|wife|husband|fiancée?|copine|copain|femme|mari|novi[oa]|esposa|esposo|marido|mujer|freundin|freund|frau|mann)|(?-i:\p{Lu}\p{Ll}+))\s+(?:(?:just|finally|suddenly|officially)\s+)?(?:left me|dumped me|broke up with me|ended (?:it|things) with me|walked out on me|m'a quittée?|me dejó|me ha dejado|hat mit mir schluss gemacht|hat mich verlassen)(?:\s+(?:for (?:someone else|another (?:man|woman|guy|girl))|last \w+|yesterday))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeftByPartner();

    // "I got promoted to senior engineer", "I was promoted to team lead": what the speaker works as now.
    [GeneratedRegex(@"^i(?:'ve| have)?\s+(?:(?:just|finally|recently|officially)\s+)*(?:got|been|was)\s+promoted\s+to\s+(?!(?:the\s+)?(?:next|another|a higher)\s)[\p{L}]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Promoted();

    // "I go by Sam now", "I now go by Sam", "Everyone calls me Sam".
    [GeneratedRegex(@"^(?:i\s+(?:(?:now|mostly|usually|just|actually)\s+)?go\s+by|(?:everyone|everybody|people|my friends)\s+calls?\s+me)\s+(?<v>(?-i:\p{Lu}\p{Ll}+))(?:\s+(?:now|these days|instead|nowadays))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GoesBy();

    // "My son moved out", "My mom moved in with us", "My grandma moved into a nursing home", "Our daughter moved back home".
    [GeneratedRegex(@"^(?<p>my|our)\s+(?<s>[\p{L}'-]+(?:\s+[\p{L}'-]+){0,2}?)\s+(?:(?:just|finally|recently|already|has|have)\s+)*(?:(?<out>moved out(?:\s+of\s+(?:the house|our place|my place|home|our house|my house))?)|moved (?:back )?in with (?:us|me|them|her|him)|(?<into>moved into)\s+\S+(?:\s+\S+){0,5}?|moved back home)(?:\s+(?:last \w+|this \w+|yesterday|today|recently|for good|now))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MovedOutOrIn();

    [GeneratedRegex(@"^(?:(?:so|well|finally|guess what)[,!]?\s+)?(?:i|we)(?:'ve| have|'re| are|'m| am)?\s+(?:(?:now|currently|still|just|finally|recently|also|officially)\s+)*(?:rent|own|bought|purchased|closed on|renting|signed a lease (?:on|for)|moved into|downsized to|upsized to)\s+(?:a|an|our|my|the)\s+(?!(?:[\w-]+\s+)?(?:vacation|holiday|summer|winter|beach|lake|lakeside|country|second|rental|investment|guest|tree|dog|doll|dolls|bird|green|boat|coffee|open|haunted|gingerbread|play|mouse|glass|ski|weekend)\b)(?:[\w-]+\s+){0,2}?(?:house|home|apartment|flat|condo|townhouse|townhome|studio|duplex|bungalow|cottage|loft|room|place)\b(?!\s+(?:plant|plants|party|parties|music|keys|insurance|cleaner|sitter|sitting|warming|tour|key))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Dwelling();

    // "I live in an apartment", "We live in a small house" with no place named (with one, "... in Berlin", it says where:
    // "@live").
    [GeneratedRegex(@"^(?:i|we)\s+(?:(?:still|currently|now)\s+)?live\s+in\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:house|apartment|flat|condo|townhouse|townhome|studio|duplex|bungalow|cottage|loft)(?:\s+(?:downtown|in the suburbs|in the city|in town|with (?:my|our) [\w-]+))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LivesInADwelling();

    // A stay rather than a home: "for a week", "for the weekend", "on Airbnb", "for our vacation".
    [GeneratedRegex(@"\bfor\s+(?:a|the|two|three|four|\d+|our|my|a few|one)\s+(?:\w+\s+)?(?:nights?|days?|weeks?|weekends?|months?|summer|holidays?|vacation|trip|stay)\b|\b(?:airbnb|vrbo|vacation|holiday|getaway)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Stay();

    [GeneratedRegex(@"^(?:(?:correction|update|sorry|actually)(?:\s*[:,]\s*|\s+))?(?<k>i live in|i'm living in|i am living in|i live at|i'm living at|i am living at|i moved (?:back )?to|i've moved (?:back )?to|i have moved (?:back )?to|i relocated to|we live in|we moved (?:back )?to|we've moved (?:back )?to|we relocated to|(?:just |recently |finally )?(?:moved (?:back )?to|relocated to)|(?:now |still )?living in|j'habite (?:à|a|en|au)|je vis (?:à|a|en|au)|(?:j'ai|nous avons|on a) déménagé (?:à|a|en|au)|nous habitons (?:à|a|en|au)|vivo en|vivimos en|me mudé a|nos mudamos a|ich wohne in|ich lebe in|wir wohnen in|i work (?:at|for|as)|i'm working (?:at|for|as)|i am working as|je travaille comme|trabajo como|ich arbeite als|i(?:'ve| have)? (?:started|began|got|took|accepted) (?:a |my )?(?:new )?job (?:at|with)|je travaille (?:chez|à|pour)|trabajo (?:en|para)|ich arbeite (?:bei|für))\s+(?<v>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Place();

    // The speaker's age: "I'm 42", "I just turned 42", "Actually I'm 42, not 41", "J'ai 42 ans", "Tengo 42 años", "Ich bin 42".
    [GeneratedRegex(@"^(?:(?:correction|update|sorry|actually)\s*[:,]?\s*)?(?:i'm|i am|i(?:'ve| have)? (?:just )?turned|j'ai|je viens d'avoir|tengo|acabo de cumplir|cumplí|ich bin|ich bin gerade|ich wurde|ich werde)\s+(?<v>\d{1,3})(?:\s+(?:years? old|ans|años|jahre(?: alt)?|geworden))?(?:\s*,\s*(?:not|pas|no|nicht)\s+\d{1,3})?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Age();

    [GeneratedRegex(@"^(?:(?:my|our|mon|ma|mi|mein|meine|unser|unsere)\s+(?:[\p{L}'-]+\s+){1,2})?(?<n>(?-i:\p{Lu}\p{Ll}+))\s+(?:is|(?:has\s+)?(?:just\s+)?turned|a|tiene|ist)\s+\d{1,3}(?:\s+(?:years? old|ans|años|jahre(?: alt)?))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NamedAge();

    [GeneratedRegex(@"^(?:(?<p>my|our)\s+(?<s>[\p{L}'-]+(?:\s+[\p{L}'-]+)??)|i)\s+(?:(?:just|recently)\s+)?(?:had|celebrated|turned)\s+(?:my|his|her|their)\s+(?<n>\d{1,3})(?:st|nd|rd|th)\s+birthday$|^(?:it's|it is|today is)\s+my\s+(?<n>\d{1,3})(?:st|nd|rd|th)\s+birthday$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OrdinalBirthday();

    [GeneratedRegex(@"^(?:i weigh|i'm (?:now )?(?:down|up) to|i am (?:now )?(?:down|up) to|my (?:current )?weight is|je pèse|je fais|peso|ich wiege|mein gewicht ist|mon poids est(?: de)?|mi peso es(?: de)?)\s+(?:(?:now|about|around|roughly|only|maintenant|environ|ahora|unos|jetzt|etwa|nur|noch)\s+)*\d+(?:[.,]\d+)?\s*(?:kg|kilos?|kilogram(?:me)?s?|lbs?|pounds|stone|st)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Weight();

    [GeneratedRegex(@"^(?:(?:i'm|i am|we're|we are|(?<p>my|our)\s+(?<s>wife|partner|girlfriend|sister|daughter|sister-in-law|cousin|friend)\s+is)\s+(?:(?:now|already|almost|about|nearly|over|just)\s+)*(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine)\s*(?:weeks?|months?)\s+(?:pregnant|along)|(?:je suis|(?<p>ma)\s+(?<s>femme|compagne|sœur|fille)\s+est)\s+enceinte\s+de\s+(?:\d{1,2}|deux|trois|quatre|cinq|six|sept|huit|neuf)\s+(?:semaines|mois)|(?:estoy|(?<p>mi)\s+(?<s>esposa|mujer|pareja|hermana|hija)\s+está)\s+embarazada\s+de\s+(?:\d{1,2}|dos|tres|cuatro|cinco|seis|siete|ocho|nueve)\s+(?:semanas|meses)|(?:ich bin|(?<p>meine)\s+(?<s>frau|partnerin|freundin|schwester|tochter)\s+ist)\s+(?:(?:jetzt|schon)\s+)*(?:im\s+\d{1,2}\.\s+monat|in\s+der\s+\d{1,2}\.\s+woche)\s+schwanger)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pregnancy();

    [GeneratedRegex(@"^(?:(?<p>my|our|the)\s+)?(?<s>[\p{L}'-]+(?:\s+[\p{L}'-]+)??)\s+(?:just\s+)?(?:went|has gone|have gone|was raised|got raised|was increased|was lowered|was cut|rose|dropped|fell)(?:\s+(?:up|down))?(?:\s+again)?\s*[,;:]\s*(?:it's|it is|they're|they are)\s+(?:now\s+)?(?<v>(?:[$€£¥]\s?)?\d[\d,.]*(?:\s*(?:[$€£¥]|dollars|euros|pounds|a month|per month|a year|per year|/month|/mo|/year|an hour|per hour|/hr|%))*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AmountNow();

    private const string DoseAmount = @"\d+(?:[.,]\d+)?\s?(?:mg|mcg|µg|g|ml|units?|iu)";
    private const string DoseTail = @"(?:\s+(?:(?:every|each|a|per|once|twice|at|in the|daily|nightly|before|after|with)\b[^.!?]*))?$";

    [GeneratedRegex(@"^(?:i(?:'m| am)?\s+(?:(?:now|currently|still|only)\s+)?(?:take|taking|on|prescribed)\s+(?:(?:now|only)\s+)?" + DoseAmount + @"\s+(?:of\s+)?(?<m>\p{L}[\p{L}-]{2,}(?:\s+(?-i:\p{Lu}\d*)\b)?)|i(?:'m| am)?\s+(?:(?:now|currently|still)\s+)?(?:take|taking|on|prescribed)\s+(?<m>\p{L}[\p{L}-]{2,}(?:\s+(?-i:\p{Lu}\d*)\b)?)\s+" + DoseAmount + @"|my\s+(?<m>\p{L}[\p{L}-]{2,}(?:\s+(?-i:\p{Lu}\d*)\b)?)\s+dose\s+is\s+(?:now\s+)?" + DoseAmount + ")" + DoseTail, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Dose();

    [GeneratedRegex(@"^(?:(?<p>my|our)\s+(?<s>(?:son|daughter|kid|child|oldest|youngest|eldest|middle one|boy|girl)(?:\s+(?-i:\p{Lu}\p{Ll}+))?)\s+(?:is\s+(?:now\s+|still\s+)?(?:in|at)|started|just started|is starting|will start|starts|goes\s+(?:in)?to|is going\s+(?:in)?to|moved up to)\s+(?:the\s+)?(?:(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\s+grade|pre-?k|pre-?school|nursery(?:\s+school)?|daycare|kindergarten|elementary(?:\s+school)?|primary(?:\s+school)?|middle\s+school|junior\s+high|high\s+school|secondary\s+school|college|university)"
        + @"|(?<p>mon|ma|notre)\s+(?<s>(?:fils|fille|enfant|aîné|aînée|cadet|cadette|petit|petite)(?:\s+(?-i:\p{Lu}\p{Ll}+))?)\s+(?:est|entre|est entrée?|a commencé|commence|va)\s+(?:(?:maintenant|désormais)\s+)?(?:en|à la|au|à l')\s+(?:crèche|maternelle|CP|CE1|CE2|CM1|CM2|primaire|sixième|6e|collège|lycée|fac|université)"
        + @"|(?<p>mi|nuestro|nuestra)\s+(?<s>(?:hijo|hija|niño|niña|hijo mayor|hija mayor|hijo menor|hija menor)(?:\s+(?-i:\p{Lu}\p{Ll}+))?)\s+(?:(?:ya|ahora)\s+)?(?:está en|va a|va al|empezó|empieza|entró a|entró al|entró en)\s+(?:la\s+|el\s+)?(?:guardería|kínder|kinder|preescolar|primaria|secundaria|prepa|preparatoria|bachillerato|instituto|universidad)"
        + @"|(?<p>mein|meine|unser|unsere)\s+(?<s>(?:Sohn|Tochter|Kind|Kleiner|Kleine|Älteste|Ältester|Jüngste|Jüngster)(?:\s+(?-i:\p{Lu}\p{Ll}+))?)\s+(?:geht|kommt|ist)\s+(?:(?:jetzt|nun|schon|seit\s+\w+)\s+)?(?:in\s+den|in\s+die|in\s+der|im|auf\s+die|aufs|auf\s+das|an\s+die)\s+(?:Krippe|Kita|Kindergarten|Vorschule|Grundschule|Gymnasium|Realschule|Hauptschule|Gesamtschule|Oberstufe|Uni|Universität|(?:erste|zweite|dritte|vierte|fünfte|sechste|siebte|achte|neunte|zehnte)n?\s+Klasse|\d{1,2}\.\s+Klasse))(?:\s+(?:this|last|in the|next)\s+(?:fall|autumn|spring|summer|winter|year|semester|term|month|week)|\s+in\s+(?:September|August|January))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Grade();

    [GeneratedRegex(@"^(?:i(?:'m| am)?\s+(?:(?:now|still|currently|fully|mostly|back(?:\s+to)?|finally)\s+)*(?:work(?:ing)?\s+(?:remotely|from home|from the office|in the office|on-?site|hybrid)|remote|back\s+(?:in|at|to)\s+the office|(?:in|at)\s+the office(?=\s+(?:full|part|\w+ days|every)))(?:\s+(?:full-?time|part-?time|now|again|\w+ days a week|every day))*|je\s+(?:suis\s+(?:(?:de|à)\s+nouveau\s+)?en\s+télétravail|suis\s+de\s+retour\s+au\s+bureau|travaille\s+(?:(?:de\s+nouveau|à\s+nouveau|maintenant|désormais)\s+)?(?:de\s+chez\s+moi|à\s+distance|au\s+bureau|en\s+présentiel))|(?:trabajo|volví\s+a\s+trabajar|he\s+vuelto\s+a\s+trabajar)\s+(?:(?:otra\s+vez|de\s+nuevo|ahora)\s+)?(?:desde\s+casa|en\s+remoto|en\s+la\s+oficina|presencial)|ich\s+arbeite\s+(?:(?:wieder|jetzt|nun|inzwischen|mittlerweile|komplett|nur\s+noch)\s+)*(?:im\s+homeoffice|von\s+zu\s+hause(?:\s+aus)?|im\s+büro|remote|vor\s+ort))$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WorkSite();

    [GeneratedRegex(@"^(?:(?:i|we)\s+(?:(?:now|still|currently|also)\s+)?(?:live|am living|'m living|are living|'re living)\s+(?:alone|by myself|on my own|with\s+(?:(?:my|our|a|two|three|some)\s+)?(?:(?:new|older|younger|best|little|big)\s+)?(?:" + SentenceClassifier.Kin + @"|housemates?))|i(?:'ve| have)?\s+(?:(?:just|finally|recently|officially)\s+)?moved\s+(?:back\s+)?in\s+with\s+(?:my|our|a|his|her)\s+(?:(?:new|older|younger|best)\s+)?(?:" + SentenceClassifier.Kin + @")|(?:j'habite|je vis|nous vivons|on vit)\s+(?:seule?s?|avec\s+(?:mon|ma|mes|des)\s+(?:" + SentenceClassifier.Kin + @"))|j'ai emménagé avec\s+(?:mon|ma|mes)\s+(?:" + SentenceClassifier.Kin + @")|(?:vivo|vivimos)\s+(?:sol[oa]s?|con\s+(?:mi|mis)\s+(?:" + SentenceClassifier.Kin + @"))|me mudé con\s+(?:mi|mis)\s+(?:" + SentenceClassifier.Kin + @")|ich\s+wohne\s+(?:allein|alleine|mit\s+(?:meinem|meiner|meinen)\s+(?:" + SentenceClassifier.Kin + @")(?:\s+zusammen)?)|ich\s+bin\s+mit\s+(?:meinem|meiner)\s+(?:" + SentenceClassifier.Kin + @")\s+zusammengezogen)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LivesWith();

    // When a status began, said after it: "I got married in June", "Je me suis mariée en juin", "Me casé el sábado", "We
    // got engaged last weekend" (a month, a day, a season or a recent time, nothing more: "I'm married with two kids"
    // says more).
    private const string StatusWhen = @"(?:[\s,]+(?:(?:in|en|im|on|el|le|am)\s+(?:" + RelativeDates.Months + "|" + RelativeDates.Weekdays + @")|(?:last|this)\s+(?:week|weekend|month|year|summer|spring|fall|autumn|winter|" + RelativeDates.Weekdays + @")|yesterday|hier|ayer|gestern))?";

    // The speaker's marital status: "I'm single", "I got married", "I'm engaged to Sam", "Je suis divorcée", "Estoy casado",
    // "Ich bin verheiratet". Only the status, or the status and whom to: "I'm married with two kids" says more. Dating
    // someone is a status ("I'm dating Alex", "I have a girlfriend", "Je sors avec Alex", "Salgo con Alex", "Ich bin mit
    // Alex zusammen"), and so is a break-up that names no one ("We broke up", "We split up last week", "On a rompu",
    // "Rompimos", "Wir haben uns getrennt") or only the partner's role ("My wife and I separated", "Mon mari et moi avons
    // divorcé", "Mi esposa y yo nos separamos", "Meine Frau und ich haben uns getrennt"): it retires the status it ends,
    // which "We broke up" alone could not find by its words. A break-up that names the other ("Sam and I broke up") is a
    // change of its own (SentenceClassifier).
    [GeneratedRegex(@"^(?:(?:correction|update|sorry|actually)(?:\s*[:,]\s*|\s+))?(?:(?:i'm|i am|i(?:'ve| have)? (?:just )?got(?:ten)?|we(?:'re| are)|we(?:'ve| have)? (?:just )?got(?:ten)?)\s+(?:(?:now|still|happily|newly|officially)\s+)?(?:single|married|engaged|divorced|separated|widowed|in a relationship)(?:\s+again)?|je suis (?:(?:maintenant|toujours)\s+)?(?:célibataire|mariée?|fiancée?|divorcée?|séparée?|veuf|veuve|pacsée?)|(?:je me suis|nous nous sommes) (?:mariée?s?|fiancée?s?|pacsée?s?)|(?:soy|estoy) (?:solter[oa]|casad[oa]|comprometid[oa]|divorciad[oa]|separad[oa]|viud[oa])|me (?:casé|divorcié|comprometí)|ich bin (?:(?:jetzt|noch)\s+)?(?:ledig|single|verheiratet|verlobt|geschieden|getrennt|verwitwet)|ich habe (?:mich )?(?:geheiratet|verlobt|scheiden lassen))(?:\s+(?:to|with|avec|con|mit)\s+(?-i:\p{Lu}\p{L}+)(?:\s+(?-i:\p{Lu}\p{L}+))?)?" + StatusWhen + @"$|^(?:(?:i'm|i am)\s+(?:(?:now|still|currently)\s+)?(?:dating|going out with)|je sors avec|(?:salgo|estoy saliendo) con)\s+(?-i:\p{Lu}\p{L}+)(?:\s+(?-i:\p{Lu}\p{L}+))?$|^(?:i'm|i am)\s+(?:(?:now|currently|finally)\s+)?(?:seeing|dating) someone(?:\s+new)?$|^i(?:'ve| have)?\s+(?:(?:just|recently|finally)\s+)?(?:started|began)\s+(?:dating|seeing)\s+(?:someone(?:\s+new)?|(?-i:\p{Lu}\p{L}+)(?:\s+(?-i:\p{Lu}\p{L}+))?)$|^je vois quelqu'un$|^(?:estoy saliendo con|salgo con) alguien$|^ich (?:date|treffe mich mit) jemand(?:em)?$|^(?:i have|i've got)\s+a\s+(?:boyfriend|girlfriend|partner)(?:\s+(?:named|called)\s+(?-i:\p{Lu}\p{L}+))?$|^j'ai (?:un copain|une copine|un petit ami|une petite amie|un compagnon|une compagne)$|^tengo (?:novio|novia|pareja)$|^ich habe (?:eine freundin|einen freund|einen partner|eine partnerin)(?:\s+namens\s+(?-i:\p{Lu}\p{L}+))?$|^ich bin mit (?-i:\p{Lu}\p{L}+) zusammen$|^(?:(?:so|well|sadly|unfortunately|yeah|ugh)[,\s]+)?(?:(?:we|(?:my|our)\s+(?:" + PartnerEn + @")\s+and\s+i)(?:'ve| have)?\s+(?:(?:just|finally|officially|actually)\s+)?(?:broke up|broken up|split up|separated|divorced|got divorced|called it quits)|(?:(?:mon|ma)\s+(?:mari|femme|épouse|époux|copain|copine|compagnon|compagne|petit ami|petite amie|conjointe?|fiancée?)\s+et\s+moi,?\s+)?(?:(?:nous avons|on a|avons)\s+(?:\S+\s+)?(?:rompu|divorcé)|(?:(?:nous\s+)?nous sommes|on s'est|on est)\s+(?:\S+\s+)?(?:séparée?s|divorcée?s))|(?:mi\s+(?:" + PartnerEs + @")\s+y\s+yo\s+)?(?:(?:nos\s+)?(?:rompimos|separamos|divorciamos)|hemos roto|nos hemos (?:separado|divorciado))|(?:(?:mein|meine)\s+(?:" + PartnerDe + @")\s+und\s+ich\s+)?(?:(?:wir haben uns|haben uns)\s+(?:\S+\s+){0,2}?(?:getrennt|scheiden lassen)|(?:wir sind|sind)\s+(?:\S+\s+)?geschieden))$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Status();

    // Who the speaker's partner is, by name: "My boyfriend is Alex", "Alex is my girlfriend", "My partner's name is Sam",
    // "My wife is Sarah", "Mon copain s'appelle Alex", "Mi novia es Ana", "Mein Freund heißt Jonas". A relationship status
    // too: "We broke up" and "My wife and I separated" retire it, as they retire "I'm dating Alex". Only a name: "My
    // boyfriend is a doctor" says what he is, not who; German capitalises every noun, so "Meine Frau ist Ärztin" is not
    // read as a name (only "heißt" names).
    [GeneratedRegex(@"^(?:(?:correction|update|sorry|actually)(?:\s*[:,]\s*|\s+))?(?:(?:my|our)\s+(?:" + PartnerEn + @")(?:'s name)?\s+is|(?:mon|ma)\s+(?:mari|femme|épouse|époux|copain|copine|petit ami|petite amie|compagnon|compagne|fiancée?)\s+(?:est|s'appelle)|mi\s+(?:" + PartnerEs + @")\s+(?:es|se llama)|(?:mein|meine)\s+(?:" + PartnerDe + @")\s+heißt)\s+(?-i:\p{Lu}\p{Ll}+)(?:\s+(?-i:\p{Lu}\p{Ll}+))?$|^(?-i:\p{Lu}\p{Ll}+)(?:\s+(?-i:\p{Lu}\p{Ll}+))?\s+(?:is my (?:" + PartnerEn + @")|est (?:mon|ma) (?:mari|femme|épouse|époux|copain|copine|petit ami|petite amie|compagnon|compagne)|es mi (?:esposa|esposo|marido|mujer|novi[oa]|pareja)|ist (?:mein|meine) (?:freund|freundin|partner|partnerin|frau|mann|ehefrau|ehemann))$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PartnerName();

    [GeneratedRegex(@"\s*,\s*(?:(?:her|his|their) name is|(?:she's|he's|they're|she is|he is|they are) called|named|called|(?:elle|il) s'appelle|se llama|(?:sie|er) heißt)\s+(?-i:\p{Lu}\p{L}+)(?:\s+(?-i:\p{Lu}\p{L}+))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PartnerNamedTail();

    // The words for a partner that the status and the partner's name share, in English, Spanish and German.
    private const string PartnerEn = "wife|husband|spouse|boyfriend|girlfriend|partner|fianc[ée]e?";
    private const string PartnerEs = "esposa|esposo|marido|mujer|novi[oa]|pareja|prometid[oa]";
    private const string PartnerDe = "freund|freundin|partner|partnerin|verlobter|verlobte|frau|mann|ehefrau|ehemann";

    [GeneratedRegex(@"^(?:(?<p>my|our|mon|ma|mes|notre|nos|mi|mis|nuestro|nuestra|mein|meine|unser|unsere)\s+(?<s>[\p{L}'-]+(?:\s+[\p{L}'-]+){0,2}?)\s+)?(?:(?!(?:She|He|They|It|We|You|This|That|There|Everyone|Everybody|Nobody|Someone|Somebody|Elle|Il|Ils|Elles|Ella|Él|Ellos|Ellas|Sie|Er|Es|Man)\b)(?<n>(?-i:\p{Lu}\p{Ll}[\p{L}'-]*))\s+)?(?:(?:just|recently|finally|now)\s+)?(?<k>lives in|live in|is living in|are living in|lives with|live with|is living with|are living with|moved (?:back )?to|has moved (?:back )?to|have moved (?:back )?to|has just moved (?:back )?to|have just moved (?:back )?to|works (?:at|for)|work (?:at|for)|is working (?:at|for)|are working (?:at|for)|started (?:a |her |his |their )?(?:new )?job (?:at|with)|vit (?:à|a|en|au)|habite (?:à|a|en|au)|a déménagé (?:à|a|en|au)|travaille (?:chez|à|pour)|vive en|se mudó a|trabaja (?:en|para)|wohnt in|lebt in|arbeitet (?:bei|für))\s+(?<v>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TheirPlace();

    [GeneratedRegex(@"^(?:my\s+)?(?<s>\p{L}[\p{L}'-]*(?:\s+[\p{L}'-]+){0,3})\s*:\s+(?<v>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Labelled();

    [GeneratedRegex(@"^(?:(?:(?:i|we)(?:'ve| have)?\s+(?:just\s+)?(?:got(?:ten)?|have|bought|joined|found|picked|chose|signed up (?:with|for|at)|switched to|changed to|moved to|went to)|(?:i'm|i am|we're|we are)\s+(?:now\s+)?(?:seeing|going to|using|with))\s+(?:a\s+)?new\s+(?<s>\p{L}[\p{L}'-]*(?:\s+[\p{L}'-]+){0,2}?)|(?:j'ai|nous avons|on a)\s+(?:maintenant\s+)?(?:acheté\s+|eu\s+|trouvé\s+|pris\s+|choisi\s+)?(?:un|une)\s+(?:nouveau|nouvelle|nouvel)\s+(?<s>\p{L}[\p{L}'-]*(?:\s+[\p{L}'-]+){0,2}?)|(?:me compré|compré|tengo|tenemos|conseguí|encontré)\s+(?:ahora\s+)?(?:un|una)\s+(?:(?:nuevo|nueva)\s+(?<s>\p{L}[\p{L}'-]*(?:\s+[\p{L}'-]+){0,2}?)|(?<s>\p{L}[\p{L}'-]*)\s+(?:nuevo|nueva))|(?:ich|wir)\s+(?:habe|hab|haben)\s+(?:jetzt\s+|mir\s+|uns\s+)?(?:ein|eine|einen)\s+(?:neues|neue|neuen)\s+(?<s>\p{L}[\p{L}'-]*)(?:\s+gekauft)?)\s*(?::|\s[-–—]|,)\s+(?<v>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NewLabelled();

    [GeneratedRegex(@"^(?:notes?|note to self|to ?do|todo list|reminder|remember|fyi|psa|ps|p\.s|update|correction|fun fact|quick note|heads up|btw|important|warning|question|idea|tip|q|a|re|fwd|subject|step \d+|part \d+|edit|news|update \d+|nota|rappel|recordatorio|erinnerung|notiz|hinweis)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoteHeading();

    [GeneratedRegex(@"\b(?:as|comme|como|als)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Role();

    [GeneratedRegex(@"^(?:(?:correction|update|sorry|actually|en fait|en realidad|eigentlich)\s*[:,]?\s*)?(?:(?:i|we)\s+(?:have|own|have got|'ve got|now have|now own)\s+(?:\d{1,3}|no|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|(?:j'ai|nous avons|on a)\s+(?:maintenant\s+)?(?:\d{1,3}|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)|(?:tengo|tenemos)\s+(?:ahora\s+)?(?:\d{1,3}|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez))\s+(?<x>[\p{L}-]+?)(?:es|s)?(?:\s+(?:now|maintenant|ahora))?$|^(?:ich habe|wir haben)\s+(?:jetzt\s+)?(?:\d{1,3}|einen|eine|ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn)\s+(?<x>[\p{L}-]+?)(?:en|n|e)?(?:\s+jetzt)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Count();

    // What opens a standing instruction: "please", "from now on", "always", "you can now", "stop", in the four languages.
    private const string InstructionLead =
        @"^(?:(?:please|pls|plz|kindly|por favor|bitte|s'il te plaît|s'il vous plaît)[,\s]+)?(?:(?:from now on|going forward|in (?:the )?future|à partir de maintenant|désormais|dorénavant|de ahora en adelante|a partir de ahora|ab jetzt|von nun an|ab sofort)[,\s]+)?(?:(?:please|bitte)\s+)?(?:(?:always|only|toujours|siempre|immer)\s+)?(?:(?:you can|you may|feel free to|tu peux|vous pouvez|puedes|du kannst|sie können)\s+(?:now\s+|again\s+|maintenant\s+|ya\s+|jetzt\s+|wieder\s+)?)?(?:stop\s+|arrête de\s+|deja de\s+|hör auf,?\s+)?";

    // What closes one: "again", "please", "from now on", "instead", "only".
    private const string InstructionTail =
        @"(?:[,\s]+(?:again|please|from now on|going forward|only|instead|s'il te plaît|s'il vous plaît|désormais|à partir de maintenant|de nuevo|por favor|de ahora en adelante|bitte|ab jetzt|wieder|stattdessen))*$";

    [GeneratedRegex(InstructionLead + @"(?:(?:answer|reply|respond|speak|talk|communicate)(?:ing)?(?:\s+to me)?(?:\s+(?:only|always|now|from now on))*\s+in|(?:réponds|répondez|répondre|parle|parlez|parler)(?:-moi|-nous)?(?:\s+(?:toujours|désormais|dorénavant|maintenant|uniquement|seulement))*\s+en|(?:responde|respóndeme|responder|habla|háblame|hablar)(?:\s+(?:siempre|ahora|solo|solamente|de ahora en adelante))*\s+en|(?:antworte|antworten sie|antworten|sprich|sprechen sie|sprechen)(?:\s+(?:mir|mit mir))?(?:\s+(?:immer|ab jetzt|von nun an|ab sofort|bitte|nur|jetzt))*\s+auf)\s+[\p{L}-]+" + InstructionTail, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnswerLanguage();

    [GeneratedRegex(InstructionLead + @"(?:use|using|utilise|utilisez|utiliser|usa|utiliza|usar|benutze|verwende|benutzen sie|verwenden sie)\s+(?:the\s+|le\s+|la\s+|les\s+|el\s+|das\s+|die\s+)?[\p{L}\d-]+\s+(?<u>units|spelling|time|dates|currency|unités|orthographe|unidades|ortografía|einheiten|schreibweise|rechtschreibung)" + InstructionTail, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnswerUses();

    [GeneratedRegex(InstructionLead + @"(?:call me|address me as|appelle-moi|appelez-moi|llámame|nenn mich|nenne mich)\s+(?-i:\p{Lu})[\p{L}'-]*(?:\s+(?-i:\p{Lu})[\p{L}'-]*)?" + InstructionTail, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CallMe();

    // How long or detailed the answers are: "Keep your answers short", "Be concise", "Longer answers please", "You can give
    // more detailed answers now", "Sois concis", "Sé breve", "Fasse dich kurz".
    [GeneratedRegex(InstructionLead + @"(?:keep\s+(?:your\s+|the\s+)?(?:answers|replies|responses)\s+(?:short|brief|concise|long|detailed)|(?:give|write)\s+(?:me\s+)?(?:(?:more|less|much)\s+)?(?:shorter|longer|short|long|brief|briefer|detailed|concise|thorough)\s+(?:answers|replies|responses)|be\s+(?:more\s+|less\s+|very\s+)?(?:concise|brief|detailed|thorough|succinct|verbose|short)|(?:(?:more|less)\s+)?(?:shorter|longer|short|long|brief|briefer|detailed|concise)\s+(?:answers|replies|responses)|sois\s+(?:plus\s+)?(?:concis|concise|bref|brève|détaillé|détaillée)|(?:donne|donnez)(?:-moi)?\s+des\s+réponses\s+(?:plus\s+)?(?:courtes|longues|détaillées|concises)|des\s+réponses\s+plus\s+(?:courtes|longues|détaillées)|sé\s+(?:más\s+)?(?:breve|conciso|concisa|detallado|detallada)|respuestas\s+más\s+(?:cortas|largas|detalladas)|fasse\s+dich\s+kurz|(?:kürzere|längere|ausführlichere)\s+antworten)" + InstructionTail, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnswerLength();

    // A count changed without being said: one more of a kind ("We adopted a third cat", "I got another dog", "Nous avons
    // adopté un deuxième chat" is not read), or one of them gone ("One of our cats died", "One of my fish passed away").
    [GeneratedRegex(@"^(?:(?:correction|update|actually|so|well|btw|by the way)(?:\s*[:,]\s*|\s+))?(?:(?:i|we)(?:'ve| have)?\s+(?:(?:just|recently|finally)\s+)?(?:adopted|got|bought|rescued|added|took in|brought home)\s+(?:a\s+(?:second|third|fourth|fifth|sixth)|another)\s+(?:[\p{L}-]+\s+){0,2}?(?<x>[\p{L}-]+?)|(?:i|we)(?:'ve| have)?\s+(?:(?:just|recently|finally)\s+)?(?:had|welcomed)\s+(?:our|my|a|another)\s+(?:(?:second|third|fourth|fifth|sixth)\s+)?(?<x>baby|child|kid)|one of (?:my|our) (?<x>[\p{L}-]+?)(?:es|s)? (?:(?:just|sadly|unfortunately)\s+)?(?:died|passed away|passed|was put down|ran away))(?:\s+(?:today|yesterday|last \w+|this \w+|recently))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CountChange();

    [GeneratedRegex(@"^(?:ich bin|wir sind)\s+(?:(?:gerade|jetzt|vor kurzem|kürzlich|endlich|letztes jahr|letzten monat)\s+)?(?:nach|in die|in den|ins)\s+\S+(?:\s+\S+){0,2}?\s+(?:um)?gezogen$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MovedLast();

    [GeneratedRegex(@"^(?:(?:i|we)(?:'ve| have)?\s+)?(?:(?:just|recently|finally)\s+)?(?:changed|updated|reset)\s+(?<p>my|our|the)\s+(?<s>[\p{L}'-]+(?:\s+[\p{L}'-]+){0,3}?)\s+to\s+(?<v>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChangedTo();

    /// <summary>
    /// Whether <paramref name="sentence"/> says the speaker changed jobs or took one ("I got a new job", "I got a job at
    /// Google!", "J'ai trouvé un travail chez Renault"): it sets where and as what they work, and ends a search for a job
    /// (<see cref="GoalReached"/>).
    /// </summary>
    public static bool TakesAJob(string sentence) => JobChange().IsMatch(sentence);

    // The speaker's own change of job, said without the old one: "I switched jobs", "I've got a new job", "I left BNP and
    // now work at N26", "J'ai changé de travail", "Cambié de trabajo", "Ich habe den Job gewechselt"; or a job found, which
    // ends being out of work as it ends the job before ("I got a job at Google!", "I got hired", "J'ai trouvé un travail
    // chez Renault", "Conseguí trabajo en Zara", "Ich habe einen Job bei SAP bekommen"), or an offer accepted ("I accepted
    // an offer from Stripe", "I got a job offer from Microsoft and accepted it"); not an offer alone ("I got a job offer"),
    // nor one for a thing ("We accepted an offer on the house").
    [GeneratedRegex(@"^(?:(?:correction|update|actually|so|well|btw|by the way)(?:\s*[:,]\s*|\s+))?(?:(?:i|we)(?:'ve| have)?\s+(?:(?:just|recently|finally)\s+)?(?:switched|changed)\s+(?:jobs|careers|employers|companies)\b(?!\s+(?:\w+\s+)?(?:times|twice|often|a lot|several|many|frequently|before|in the past))|i(?:'ve| have)?\s+(?:(?:just|recently|finally)\s+)?(?:got|found|started|landed|accepted|took)\s+(?:a\s+)?new\s+(?:job|position)\b(?!\s+(?:offer|interview|application)s?\b)|i(?:'ve| have)?\s+(?:(?:just|recently|finally)\s+)?(?:got|found|landed|accepted|took|started)\s+a\s+(?:(?:full-time|part-time|full time|part time|permanent|real)\s+)?(?:job|position)\s+(?:at|with|as)\b|i(?:'ve| have)?\s+(?:(?:just|recently|finally)\s+)?(?:got|been|was)\s+hired\b|i(?:'ve| have)?\s+(?:(?:just|recently|finally|officially)\s+)?accepted\s+(?:a\s+job\s+offer\b|(?:an|the|their|a)\s+(?:job\s+)?offer\s+(?:from|at|with)\s+(?-i:\p{Lu})|(?:the|a)\s+(?:new\s+)?(?:job|position)\b)|i(?:'ve| have)?\s+(?:(?:just|recently|finally)\s+)?got\s+(?:a|an|the)\s+(?:job\s+)?offer\s+(?:from|at)\s+[^.!?,;]{1,40}?\s+and\s+(?:i\s+)?(?:(?:just|already)\s+)?(?:accepted|took)\s+it\b|i(?:'ve| have)?\s+(?:(?:just|recently|finally)\s+)?found\s+(?:a\s+)?(?:work|job)\s+again\b|i\s+[^.!?]{0,60}?\band\s+now\s+work\s+(?:at|for|as)\b|j'ai\s+(?:changé\s+de\s+(?:travail|boulot|job|poste|métier|boîte)|trouvé\s+un\s+nouveau\s+(?:travail|boulot|job|poste)|trouvé\s+un\s+(?:travail|boulot|job|poste|emploi)\s+(?:chez|à|au|comme)|retrouvé\s+(?:du\s+travail|du\s+boulot|un\s+(?:travail|boulot|job|poste|emploi))|été\s+embauchée?)\b|je\s+(?:viens\s+d'être|suis)\s+embauchée?\b|(?:cambié|he\s+cambiado)\s+de\s+(?:trabajo|empleo)\b|(?:conseguí|encontré|tengo)\s+(?:un\s+)?(?:nuevo\s+(?:trabajo|empleo)|(?:trabajo|empleo)\s+nuevo)\b|(?:conseguí|encontré)\s+(?:un\s+)?(?:trabajo|empleo)\s+(?:en|de|como)\b|me\s+(?:contrataron|han\s+contratado)\b|ich\s+habe\s+(?:(?:den\s+job|die\s+stelle|den\s+arbeitgeber|die\s+firma)\s+gewechselt|einen\s+neuen\s+job|eine\s+neue\s+stelle)\b|ich\s+habe\s+(?:\S+\s+){0,3}?(?:einen\s+job|eine\s+stelle|arbeit)\s+(?:\S+\s+){0,3}?(?:gefunden|bekommen)\b|ich\s+wurde\s+(?:\S+\s+){0,3}?eingestellt\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex JobChange();

    [GeneratedRegex(@"work|job|travaille|trabaj|arbeite", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Workplace();

    // A value that goes on into another clause is a story, not an attribute ("My kids are at camp and loving it").
    [GeneratedRegex(@"\b(?:and|but|because|so|which|who|when|while|et|mais|parce|qui|quand|y|pero|porque|que|cuando|und|aber|weil|wenn|als)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Clause();

    // A feeling or a passing state ("My kids are so excited", "My mom is doing better") is not an attribute.
    [GeneratedRegex(@"^(?:so|such|really|very|too|also|still|always|just|pretty|quite|super|totally|absolutely|getting|going|doing|feeling|being|having|trop|très|aussi|toujours|muy|también|todavía|siempre|sehr|so|auch|noch|immer)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Intensifier();

    [GeneratedRegex(@"^(?:a|an|the|at|in|on|for|from|with|to|by|le|la|les|l'|un|une|à|au|aux|en|chez|de|du|des|el|los|las|una|en|con|para|por|der|die|das|ein|eine|einen|am|im|um|bei|mit|für|von)\b\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Frame();

    [GeneratedRegex(@"^(?:new|current|latest|nouveau|nouvelle|nouvel|nuevo|nueva|neuer|neue|neues|neuen)\s+(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex NewBefore();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    [GeneratedRegex(@"^(?:(?:i|we)\s+(?:(?:usually|normally|always|mostly|typically|generally|still|often|sometimes)\s+)?(?:take (?:the |a )?(?:bus|train|subway|tube|metro|tram|ferry|car|bike|scooter)|bike|cycle|walk|drive|carpool|run|ride (?:my|a|the) (?:bike|bicycle|scooter|motorbike|motorcycle)|commute by \w+|go by (?:bus|train|car|bike|subway|metro|tram))\s+to\s+(?<d>work|school|the office|campus|class|uni|university|college)|(?:i|we)\s+(?:(?:usually|normally|always|mostly|typically|generally|still|often|sometimes|now)\s+)?commute\s+(?:(?:to|into)\s+(?<d>work|school|the office|campus|class|uni|university|college)\s+)?by\s+(?:bus|train|subway|tube|metro|tram|ferry|car|bike|bicycle|scooter|motorbike|motorcycle|foot)"
        + @"|(?:je|nous|on)\s+(?:vais|allons|va)\s+(?:(?<d>au travail|au bureau|à l'école|à la fac|au lycée)\s+(?:à|en)\s+(?:vélo|bus|métro|train|voiture|tram|trottinette|moto)|(?<d>au travail|au bureau|à l'école|à la fac|au lycée)\s+à pied|(?:à|en)\s+(?:vélo|bus|métro|train|voiture|tram|trottinette|moto)\s+(?<d>au travail|au bureau|à l'école|à la fac|au lycée)|à pied\s+(?<d>au travail|au bureau|à l'école|à la fac|au lycée))"
        + @"|(?:voy|vamos)\s+(?<d>al trabajo|a la oficina|al colegio|a la escuela|a la universidad|a clase)\s+(?:en (?:bici|bicicleta|autobús|bus|metro|tren|coche|carro|moto|tranvía)|andando|a pie|caminando)"
        + @"|(?:ich|wir)\s+(?:fahre|fahren|gehe|gehen)\s+(?:(?:meistens|normalerweise|immer|jetzt|inzwischen)\s+)?(?:mit (?:dem|der) (?:fahrrad|rad|bus|auto|zug|bahn|u-bahn|s-bahn|straßenbahn|roller)|zu fuß|rad|fahrrad|auto|bus)\s+(?<d>zur arbeit|ins büro|zur schule|zur uni))$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Commute();

    [GeneratedRegex(@"school|campus|class|uni|college|école|fac|lycée|colegio|escuela|universidad|clase|schule", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SchoolBound();

    [GeneratedRegex(@"^(?:(?:i'm|i am|i've been|i have been|i became|i've become|i have become|we're|we are|we've been)\s+(?:(?:now|still|fully|mostly|strictly|officially|a|full)\s+)*(?:vegetarian|vegan|pescatarian|pescetarian|flexitarian|plant-based)(?:\s+(?:again|for\s.+|since\s.+))?|i (?:eat|started eating|am eating|'m eating) meat(?:\s+again)?|i(?:'ve| have)? (?:been |started )?eating (?:meat|fish|chicken|seafood) again(?:\s+(?:lately|recently|now|these days))?|je suis (?:devenue?\s+|maintenant\s+|de nouveau\s+)?(?:végétarien(?:ne)?|végane?|vegan|pescétarien(?:ne)?|flexitarien(?:ne)?)|je (?:mange|remange) de la viande(?:\s+(?:à nouveau|de nouveau))?|(?:soy|me hice|ahora soy) (?:vegetarian[oa]|vegan[oa]|pescetarian[oa])|(?:vuelvo a comer|como) carne(?:\s+otra vez|\s+de nuevo)?|ich (?:bin|lebe)\s+(?:jetzt\s+|seit\s.+?\s+)?(?:vegetarier(?:in)?|veganer(?:in)?|vegan|vegetarisch)|ich esse (?:wieder )?fleisch)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Diet();

    // An occupation by its name, in English, French, Spanish and German (masculine and feminine forms): the form alone
    // cannot tell "I'm a nurse" from "I'm a night owl", and only the one says what the speaker works as.
    private const string OccupationsEn =
        "nurse|doctor|physician|surgeon|dentist|pharmacist|paramedic|midwife|therapist|physiotherapist|psychologist|psychiatrist|counselor|counsellor|social worker|caregiver|vet|veterinarian"
        + "|teacher|professor|lecturer|tutor|principal|librarian|researcher|scientist|student|phd student|grad student|postdoc|intern"
        + "|engineer|developer|programmer|coder|designer|architect|analyst|data scientist|consultant|accountant|auditor|banker|economist|lawyer|attorney|paralegal|judge"
        + "|manager|product manager|project manager|director|executive|ceo|cto|cfo|founder|entrepreneur|freelancer|contractor|recruiter|secretary|receptionist|assistant|clerk|cashier"
        + "|salesman|saleswoman|salesperson|realtor|real estate agent|journalist|reporter|editor|writer|author|translator|interpreter|photographer|artist|illustrator|musician|actor|actress"
        + "|chef|baker|butcher|waiter|waitress|bartender|barista|farmer|electrician|plumber|carpenter|mechanic|technician|pilot|flight attendant|firefighter|police officer|cop|soldier"
        + "|hairdresser|barber|cleaner|janitor|nanny|babysitter|personal trainer|coach|stay-at-home (?:mom|dad|mother|father|parent)|software engineer|web developer|civil servant"
        + "|practitioner|hygienist|specialist|administrator|supervisor|dietitian|nutritionist|optometrist|radiologist|pediatrician|surveyor|welder|machinist";

    private const string OccupationsFr =
        "infirmière|infirmier|médecin|docteur|chirurgien(?:ne)?|dentiste|pharmacien(?:ne)?|kiné|kinésithérapeute|psychologue|vétérinaire|sage-femme|aide-soignante?"
        + "|professeure?|prof|enseignante?|institutrice|instituteur|maîtresse|chercheuse|chercheur|étudiante?|doctorante?|stagiaire|bibliothécaire"
        + "|ingénieure?|développeuse|développeur|programmeuse|programmeur|designer|graphiste|architecte|analyste|consultante?|comptable|banquière|banquier|avocate?|juge"
        + "|cheffe? de projet|directrice|directeur|gérante?|manager|cadre|entrepreneuse|entrepreneur|fondatrice|fondateur|freelance|indépendante?|secrétaire|assistante?|caissière|caissier"
        + "|vendeuse|vendeur|commerciale?|journaliste|rédactrice|rédacteur|écrivaine?|autrice|auteur|traductrice|traducteur|photographe|artiste|musicienne|musicien|actrice|acteur"
        + "|cuisinière|cuisinier|boulangère|boulanger|serveuse|serveur|barman|agricultrice|agriculteur|électricienne|électricien|plombière|plombier|menuisière|menuisier|mécanicienne|mécanicien|pilote|pompière|pompier|policière|policier|militaire"
        + "|coiffeuse|coiffeur|nounou|fonctionnaire|retraitée?|au chômage";

    private const string OccupationsEs =
        "enfermer[oa]|médic[oa]|doctora?|cirujan[oa]|dentista|farmacéutic[oa]|fisioterapeuta|psicólog[oa]|psiquiatra|veterinari[oa]|matrona"
        + "|profesora?|maestr[oa]|docente|investigadora?|estudiante|becari[oa]|bibliotecari[oa]"
        + "|ingenier[oa]|desarrolladora?|programadora?|diseñadora?|arquitect[oa]|analista|consultora?|contadora?|contable|banquer[oa]|abogad[oa]|juez[a]?"
        + "|gerente|directora?|jef[ea] de proyecto|emprendedora?|fundadora?|autónom[oa]|freelance|secretari[oa]|recepcionista|asistente|cajer[oa]"
        + "|vendedora?|comercial|periodista|redactora?|editora?|escritora?|autora?|traductora?|fotógraf[oa]|artista|músic[oa]|actriz|actor"
        + "|cociner[oa]|panader[oa]|camarer[oa]|meser[oa]|agricultora?|electricista|fontaner[oa]|plomer[oa]|carpinter[oa]|mecánic[oa]|técnic[oa]|piloto|bomber[oa]|policía|soldado|militar"
        + "|peluquer[oa]|niñera|funcionari[oa]|jubilad[oa]";

    private const string OccupationsDe =
        "krankenschwester|krankenpfleger(?:in)?|pfleger(?:in)?|arzt|ärztin|chirurg(?:in)?|zahnarzt|zahnärztin|apotheker(?:in)?|physiotherapeut(?:in)?|psycholog(?:e|in)|tierarzt|tierärztin|hebamme"
        + "|lehrer(?:in)?|professor(?:in)?|dozent(?:in)?|erzieher(?:in)?|forscher(?:in)?|wissenschaftler(?:in)?|student(?:in)?|doktorand(?:in)?|praktikant(?:in)?|azubi|bibliothekar(?:in)?"
        + "|ingenieur(?:in)?|entwickler(?:in)?|softwareentwickler(?:in)?|programmierer(?:in)?|designer(?:in)?|architekt(?:in)?|analyst(?:in)?|berater(?:in)?|buchhalter(?:in)?|steuerberater(?:in)?|banker(?:in)?|anwalt|anwältin|rechtsanwalt|rechtsanwältin|richter(?:in)?"
        + "|manager(?:in)?|projektleiter(?:in)?|geschäftsführer(?:in)?|direktor(?:in)?|gründer(?:in)?|unternehmer(?:in)?|selbstständig|selbständig|freiberufler(?:in)?|sekretär(?:in)?|assistent(?:in)?|kassierer(?:in)?"
        + "|verkäufer(?:in)?|journalist(?:in)?|redakteur(?:in)?|schriftsteller(?:in)?|autor(?:in)?|übersetzer(?:in)?|fotograf(?:in)?|künstler(?:in)?|musiker(?:in)?|schauspieler(?:in)?"
        + "|koch|köchin|bäcker(?:in)?|metzger(?:in)?|kellner(?:in)?|landwirt(?:in)?|elektriker(?:in)?|klempner(?:in)?|schreiner(?:in)?|tischler(?:in)?|mechaniker(?:in)?|techniker(?:in)?|pilot(?:in)?|feuerwehrmann|feuerwehrfrau|polizist(?:in)?|soldat(?:in)?"
        + "|friseur(?:in)?|beamter|beamtin|rentner(?:in)?|arbeitslos|in rente|in pension";

    // What the speaker works as (see OccupationsEn): "I'm a nurse", "I'm now a senior software engineer at Stripe", "I
    // became a teacher", "I'm retired", "Je suis infirmière à Lyon", "Je suis devenue prof", "Soy enfermera en un hospital",
    // "Ich bin jetzt Lehrerin"; not what the speaker is good or bad at ("I'm a terrible cook"), nor was ("a former nurse").
    [GeneratedRegex(@"^(?:(?:correction|update|sorry|actually)(?:\s*[:,]\s*|\s+))?(?:"
        + @"(?:i'm|i am|i became|i've become|i have become|i'm becoming)(?:\s+(?:now|currently|still|officially|finally|also|actually))*\s+(?:(?:an?\s+)(?:(?!(?:good|bad|great|terrible|awful|lousy|decent|amateur|aspiring|wannabe|would-be|former|ex|retired|big|huge|natural|born|frustrated|failed)\b)[\p{L}-]+\s+){0,2}?(?:" + OccupationsEn + @")|(?:retired|unemployed|self-employed|between jobs|out of work))"
        + @"|(?:je suis|je suis devenue?)(?:\s+(?:maintenant|désormais|actuellement|aussi|devenue?))*\s+(?:une?\s+)?(?:" + OccupationsFr + @")"
        + @"|(?:soy|me hice|ahora soy|trabajo de)(?:\s+(?:ahora|también|actualmente))*\s+(?:una?\s+)?(?:" + OccupationsEs + @")"
        + @"|ich bin(?:\s+(?:jetzt|nun|inzwischen|mittlerweile|auch|seit\s+\S+(?:\s+jahren|\s+monaten)?))*\s+(?:eine?\s+)?(?:" + OccupationsDe + @"))"
        + @"(?:\s+(?:at|for|in|with|à|chez|au|dans|pour|en|para|de|bei|im|in der|an der|am|für)\s+[^,;]{1,40})?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Occupation();

    // "My favorite band these days is Arcade Fire": the time said between the subject and its verb changes no attribute.
    [GeneratedRegex(@"\s+(?:these days|nowadays|currently|right now|now|at the moment|en ce moment|actuellement|ahora|actualmente|jetzt|zurzeit|derzeit)(?=\s+(?:is|are|est|sont|es|son|ist|sind)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MidAdverb();

    // A time adverb right after "I" or "we" changes no attribute: "I just moved to Lisbon", "We recently moved to Porto".
    [GeneratedRegex(@"(?<=^(?:(?:correction|update|sorry|actually)(?:\s*[:,]\s*|\s+))?(?:i|we)(?:'ve| have)?)\s+(?:just|recently|finally|now|officially)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Adverb();

    // When the value holds, said before the attribute: "These days my favourite band is Muse", "Currently living in
    // Lisbon", "Actuellement, j'habite à Lyon".
    [GeneratedRegex(@"^(?:these days|nowadays|now|currently|right now|at the moment|lately|as of (?:today|now)|actuellement|maintenant|en ce moment|désormais|ahora|actualmente|hoy en día|ahora mismo|jetzt|inzwischen|mittlerweile|zurzeit|derzeit|aktuell)\b[\s,]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimeLead();

    // When the value holds, said after it: "My favourite colour is green now", "I turned 35 today" (its date is a note,
    // removed before), "My commute is only 20 minutes now that I moved".
    [GeneratedRegex(@"[\s,]+(?:now|today|yesterday|these days|nowadays|currently|at the moment|right now|as of (?:today|now)|this (?:week|month|year)|last (?:night|week|month|year)|recently|maintenant|aujourd'hui|hier|désormais|en ce moment|ahora|hoy|ayer|jetzt|heute|gestern|inzwischen|(?:now|ever) (?:that|since) (?:i|we)\b[^.!?,;]*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimeTail();

    // More than one sentence ("jo@example.com" and "3.5" are one, and so is "My doctor is Dr. Kim": a title's period ends
    // none, as SentenceClassifier splits).
    [GeneratedRegex(@"(?:(?<!(?:^|[\s(])(?:" + SentenceClassifier.Abbreviations + @"))\.|[!?;])(?:\s|$)|\n")]
    private static partial Regex SentenceEnd();
}
