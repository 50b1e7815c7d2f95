using Microsoft.Extensions.AI;
using Mnemo.TestUtilities;
using Mnemo.Tests.Engine;

namespace Mnemo.Tests.Formation;

/// <summary>The default add with no LLM configured: what it keeps, skips, retracts, and how it says so.</summary>
public sealed class OfflineFormationTests
{
    private static readonly DateTimeOffset Observed = new(2023, 5, 8, 13, 56, 0, TimeSpan.Zero); // a Monday

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static AddOptions Infer() => new() { Scope = MemoryFixture.Alice, ObservedAt = Observed };

    private static Task<AddResult> Say(MemoryFixture f, string text) =>
        f.Memory.AddAsync([new ChatMessage(ChatRole.User, text)], Infer(), Ct);

    private static async Task<List<MemoryItem>> Active(MemoryFixture f) =>
        [.. (await f.Memory.ListAsync(new ListOptions { Scope = MemoryFixture.Alice }, Ct)).Items];

    // The issue's list: each printed "nothing new to remember" before.
    [Theory]
    [InlineData("Remember that the wifi password is hunter2", "The wifi password is hunter2")]
    [InlineData("Please always answer in French", "Please always answer in French")]
    [InlineData("Réponds-moi toujours en français", "Réponds-moi toujours en français")]
    [InlineData("Our wedding anniversary is June 12", "Our wedding anniversary is June 12")]
    [InlineData("The dentist appointment is on Tuesday at 3pm", "The dentist appointment is on Tuesday (on 2023-05-09) at 3pm")]
    [InlineData("My email is jo@example.com", "My email is jo@example.com")]
    [InlineData("My passport expires in March 2027", "My passport expires in March 2027")]
    [InlineData("Yesterday I adopted a dog named Rex", "Yesterday (on 2023-05-07) I adopted a dog named Rex")]
    [InlineData("I went to the doctor yesterday", "I went to the doctor yesterday (on 2023-05-07)")]
    [InlineData("I don't drink coffee anymore", "I don't drink coffee anymore")]
    [InlineData("I no longer live in Paris", "I no longer live in Paris")]
    [InlineData("Zorblax-7741 is my secret codename", "Zorblax-7741 is my secret codename")]
    [InlineData("I went to a LGBTQ support group yesterday and it was so powerful.", "I went to a LGBTQ support group yesterday (on 2023-05-07) and it was so powerful.")]
    public async Task AddAsync_IssueExamples_AreKeptInTheUsersWords(string said, string stored)
    {
        await using var f = new MemoryFixture();
        var result = await Say(f, said);

        Assert.Equal("rules", result.Extractor);
        Assert.Equal(stored, Assert.Single(result.Results).Memory);
        Assert.Empty(result.Skipped);
    }

    // Observed on Monday 2023-05-08. Before, "Got a puppy last weekend!" was skipped as chit-chat (no date read in it),
    // "three days ago" and "last night" were stored without a date, and the German "hier" ("here") read as "yesterday".
    [Theory]
    [InlineData("Got a puppy last weekend!", "Got a puppy last weekend (weekend of 2023-05-06)!")]
    [InlineData("We're going camping this weekend.", "We're going camping this weekend (weekend of 2023-05-13).")]
    [InlineData("My parents visit next weekend.", "My parents visit next weekend (weekend of 2023-05-20).")]
    [InlineData("This past weekend I ran a 10k.", "This past weekend (weekend of 2023-05-06) I ran a 10k.")]
    [InlineData("I started a new job three days ago.", "I started a new job three days ago (on 2023-05-05).")]
    [InlineData("I broke my wrist two weeks ago.", "I broke my wrist two weeks ago (week of 2023-04-24).")]
    [InlineData("We adopted Rex a month ago.", "We adopted Rex a month ago (April 2023).")]
    [InlineData("I moved here 5 years ago.", "I moved here 5 years ago (2018).")]
    [InlineData("I saw Hamilton last night.", "I saw Hamilton last night (on 2023-05-07).")]
    [InlineData("J'ai commencé le yoga il y a trois semaines.", "J'ai commencé le yoga il y a trois semaines (week of 2023-04-17).")]
    [InlineData("Empecé a correr hace dos meses.", "Empecé a correr hace dos meses (March 2023).")]
    [InlineData("Ich habe vor drei Tagen gekündigt.", "Ich habe vor drei Tagen (on 2023-05-05) gekündigt.")]
    [InlineData("Ich wohne hier seit 2019.", "Ich wohne hier seit 2019.")]
    [InlineData("Je suis allé au cinéma hier.", "Je suis allé au cinéma hier (on 2023-05-07).")]
    [InlineData("I started running a few days ago.", "I started running a few days ago.")]
    [InlineData("Two weeks ago I moved here and yesterday I finally unpacked.", "Two weeks ago (week of 2023-04-24) I moved here and yesterday (on 2023-05-07) I finally unpacked.")]
    [InlineData("I need this for a presentation on Friday.", "I need this for a presentation on Friday (on 2023-05-12).")]
    // What is to come in a number of days, weeks, months or years; not a duration in a past tense.
    [InlineData("My exam is in 3 days.", "My exam is in 3 days (on 2023-05-11).")]
    [InlineData("My dentist appointment is in two weeks.", "My dentist appointment is in two weeks (week of 2023-05-22).")]
    [InlineData("Mon rendez-vous est dans deux semaines.", "Mon rendez-vous est dans deux semaines (week of 2023-05-22).")]
    [InlineData("Mi boda es en dos meses.", "Mi boda es en dos meses (July 2023).")]
    [InlineData("Ich fliege in drei Tagen nach Rom.", "Ich fliege in drei Tagen (on 2023-05-11) nach Rom.")]
    [InlineData("I lost 5 kg in two months.", "I lost 5 kg in two months.")]
    [InlineData("I go to the gym twice in a week.", "I go to the gym twice in a week.")]
    // A day of the month: the next one, or the last one in a past tense; not a floor, a century or a date with its month.
    [InlineData("My sister's wedding is on the 14th.", "My sister's wedding is on the 14th (on 2023-05-14).")]
    [InlineData("Rent is due by the 1st.", "Rent is due by the 1st (on 2023-06-01).")]
    [InlineData("I paid the rent on the 1st.", "I paid the rent on the 1st (on 2023-05-01).")]
    [InlineData("My office is on the 3rd floor.", "My office is on the 3rd floor.")]
    [InlineData("My birthday is on the 14th of March.", "My birthday is on the 14th of March.")]
    // A day something is moved to is to come, though the sentence is in a past tense (it was read as last Monday).
    [InlineData("The team meeting was rescheduled to Monday.", "The team meeting was rescheduled to Monday (on 2023-05-15).")]
    [InlineData("Das Meeting wurde auf Freitag verschoben.", "Das Meeting wurde auf Freitag (on 2023-05-12) verschoben.")]
    [InlineData("I met Tom on Monday.", "I met Tom on Monday (on 2023-05-01).")]
    [InlineData("I cancelled Thursday's meeting.", "I cancelled Thursday's (on 2023-05-11) meeting.")]
    // The day of what is called off or booked is to come too (it was read as last Friday); "café" is no Spanish past.
    [InlineData("I cancelled my dentist appointment for Friday.", "I cancelled my dentist appointment for Friday (on 2023-05-12).")]
    [InlineData("I booked a table for Saturday.", "I booked a table for Saturday (on 2023-05-13).")]
    [InlineData("Tomo un café con Ana el martes.", "Tomo un café con Ana el martes (on 2023-05-09).")]
    // "last" and "next" after a possessive are no date: the final one, the coming one (the year was read as 2022); "the
    // next month" still is.
    [InlineData("I'm in my last year of college.", "I'm in my last year of college.")]
    [InlineData("It was my last week at Google.", "It was my last week at Google.")]
    [InlineData("I'm planning my workouts for the next month.", "I'm planning my workouts for the next month (June 2023).")]
    public async Task AddAsync_RelativeDate_IsResolvedAgainstTheObservationDate(string said, string stored)
    {
        await using var f = new MemoryFixture();
        var result = await Say(f, said);

        Assert.Equal(stored, Assert.Single(result.Results).Memory);
    }

    [Theory]
    [InlineData("I have two cats and a bike.")]
    [InlineData("Help me plan a trip to Rome in June.")]
    [InlineData("J'ai deux chats et un vélo.")]
    [InlineData("Tengo dos gatos y una bicicleta.")]
    [InlineData("Ich habe zwei Katzen und ein Fahrrad.")]
    [InlineData("Mam dwa koty i rower.")]
    // A choice or a refinement with an object of its own says something.
    [InlineData("Let's go with the Hilton in Rome.")]
    [InlineData("I'll try the new Thai place near my office.")]
    [InlineData("Make it a habit to check the weather before my runs.")]
    [InlineData("Make it vegetarian.")]
    [InlineData("Jestem weganką.")]
    [InlineData("Sono vegano.")]
    [InlineData("Sou vegana.")]
    [InlineData("Ik ben vegetariër.")]
    [InlineData("Jsem vegetarián.")]
    // Spanish says "yo" by the verb's ending: each was skipped as chit-chat.
    [InlineData("Odio madrugar.")]
    [InlineData("Detesto el frío.")]
    // Other scripts: each was skipped as chit-chat (Chinese and Japanese are written without spaces, so a sentence read as
    // one word; and no first person was read in them).
    [InlineData("私はベジタリアンです。")]
    [InlineData("東京に住んでいます。")]
    [InlineData("私は東京に住んでいます。 猫を二匹飼っています！")]
    [InlineData("我对花生过敏。")]
    [InlineData("저는 채식주의자예요.")]
    [InlineData("أنا نباتي")]
    [InlineData("मैं शाकाहारी हूँ।")]
    [InlineData("Я вегетарианка.")]
    // A name after "I know", "I understand" is what is known, not someone spoken to: "I know Python" was skipped as an
    // acknowledgement.
    [InlineData("I know Python.")]
    [InlineData("I understand Spanish.")]
    [InlineData("Ich verstehe Französisch.")]
    [InlineData("Je comprends l'allemand.")]
    // The speaker introducing themself is no reaction ("This is Dana from accounting." was skipped as chit-chat).
    [InlineData("This is Dana from accounting.")]
    [InlineData("Hier ist Jonas aus dem Marketing.")]
    public async Task AddAsync_FactInAnyLanguage_IsKept(string said)
    {
        await using var f = new MemoryFixture();
        var result = await Say(f, said);
        Assert.Equal(said, Assert.Single(result.Results).Memory);
    }

    // Chinese and Japanese end sentences at 。！？ without a space: each sentence is read (and a short exclamation is not
    // taken for a reaction: "猫を二匹飼っています！", "I have two cats!", was dropped).
    [Fact]
    public async Task AddAsync_JapaneseWithoutSpaces_IsReadSentenceBySentence()
    {
        await using var f = new MemoryFixture();
        var result = await Say(f, "ありがとう！私は東京に住んでいます。猫を二匹飼っています！");

        Assert.Equal("私は東京に住んでいます。 猫を二匹飼っています！", Assert.Single(result.Results).Memory);
    }

    // A fragment whose unsaid subject is the speaker is a fact, however short (each was skipped as chit-chat); and a title,
    // an abbreviation or an initial ends no sentence ("You can call me Dr. Lee." was stored as "You can call me Dr.").
    [Theory]
    [InlineData("Hate flying.")]
    [InlineData("Love sushi!")]
    [InlineData("Vegetarian here.")]
    [InlineData("Got married.")]
    [InlineData("Just graduated!")]
    [InlineData("Estoy casada.")]
    [InlineData("Diabetic.")]
    [InlineData("Vegetarian.")]
    [InlineData("Célibataire.")]
    [InlineData("Gluten-free.")] // a diet said alone (each of the four was skipped as chit-chat)
    [InlineData("Sans gluten.")]
    [InlineData("Sin gluten.")]
    [InlineData("Glutenfrei.")]
    [InlineData("Végétarien.")]
    [InlineData("Allergic to cats!")]
    [InlineData("Finally bought a house!")]
    [InlineData("Engaged!!")]
    [InlineData("Still single.")]
    [InlineData("Soy yo, Carlos.")]
    [InlineData("You can call me Dr. Lee.")]
    [InlineData("I met Mr. Smith and J. K. Rowling at the St. Patrick's parade.")]
    [InlineData("I like fruit, e.g. apples and pears.")]
    [InlineData("My GPA was 3.8 at U.C. Berkeley.")]
    [InlineData("My flight is UA 1234 at 7:05 p.m. on Dec. 12.")]
    [InlineData("Meine Adresse ist Hauptstr. 5, z. B. für Pakete.")]
    [InlineData("My new address is Hauptstr. 5.")]
    // A German ordinal ends no sentence ("Unser Hochzeitstag ist am 12." and "Juni." were two).
    [InlineData("Unser Hochzeitstag ist am 12. Juni.")]
    [InlineData("Ich wohne im 2. Stock.")]
    // What the speaker has none of, a count said in words, and "X person" (each was skipped: "No kids." as an
    // acknowledgement, its "kids" read as the lead-in's word; "Two cats." and "Tea person." as chit-chat).
    [InlineData("No kids.")]
    [InlineData("No pets yet.")]
    [InlineData("No kids, but two dogs.")]
    [InlineData("Keine Kinder.")]
    [InlineData("Pas d'enfants.")]
    [InlineData("Sin hijos.")]
    [InlineData("Two cats.")]
    [InlineData("Drei Kinder.")]
    [InlineData("Tea person.")]
    [InlineData("Not a morning person.")]
    // A question that opens with what the speaker is (it was skipped as a question).
    [InlineData("As a vegetarian, what should I order at a steakhouse?")]
    [InlineData("En tant que végétarien, que dois-je commander ?")]
    // One person or pet of the speaker's with "my" left unsaid (each was skipped as a short exclamation).
    [InlineData("Wife is expecting twins!")]
    [InlineData("Hubby got promoted!")]
    [InlineData("Dog's at the vet again.")]
    [InlineData("Boss is on vacation.")]
    public async Task AddAsync_ShortFactOrAbbreviation_IsKeptWhole(string said)
    {
        await using var f = new MemoryFixture();
        var result = await Say(f, said);
        Assert.Equal(said, Assert.Single(result.Results).Memory);
        Assert.Empty(result.Skipped);
    }

    // A chat that leaves out a contraction's apostrophe: "im vegetarian" was skipped as chit-chat, "dont call me Bob" was
    // a fact. The apostrophe goes back in and nothing else changes; German "im Sommer" is no "I'm", "were" no "we're".
    [Theory]
    [InlineData("im vegetarian", "i'm vegetarian", "added")]
    [InlineData("i cant eat gluten", "i can't eat gluten", "added")]
    [InlineData("theyre moving to Ohio", "they're moving to Ohio", "added")]
    [InlineData("dont call me Bob", "don't call me Bob", "kept as procedural memory")]
    [InlineData("plz dont use emojis", "plz don't use emojis", "kept as procedural memory")]
    [InlineData("Im Sommer fahre ich nach Italien.", "Im Sommer fahre ich nach Italien.", "added")]
    [InlineData("We were at the beach all day.", "We were at the beach all day.", "added")]
    public async Task AddAsync_ApostropheLeftOut_IsReadAsTheContraction(string said, string stored, string note)
    {
        await using var f = new MemoryFixture();
        var result = await Say(f, said);

        var added = Assert.Single(result.Results);
        Assert.Equal(stored, added.Memory);
        Assert.Equal(note, added.Note ?? "added");
    }

    [Theory]
    [InlineData("Note that my sister lives in Lyon.", "My sister lives in Lyon.")]
    [InlineData("Can you remember that I'm vegetarian?", "I'm vegetarian.")]
    [InlineData("Could you please remember my anniversary is on June 12?", "My anniversary is on June 12.")]
    [InlineData("I want you to remember that my son's name is Leo.", "My son's name is Leo.")]
    [InlineData("Don't forget that I'm allergic to peanuts", "I'm allergic to peanuts")]
    [InlineData("Keep in mind: the server restarts at midnight", "The server restarts at midnight")]
    // What is asked of the assistant is part of what to keep (it was stored as "I'm colorblind when you suggest outfits").
    [InlineData("Keep in mind that I'm colorblind when you suggest outfits.", "Keep in mind that I'm colorblind when you suggest outfits.")]
    [InlineData("N'oublie pas que j'ai rendez-vous chez le dentiste.", "J'ai rendez-vous chez le dentiste.")]
    [InlineData("Souviens-toi que ma sœur habite à Lyon.", "Ma sœur habite à Lyon.")]
    [InlineData("N'oublie pas que je suis allergique aux arachides.", "Je suis allergique aux arachides.")]
    [InlineData("Recuerda que mi hermana vive en Lyon.", "Mi hermana vive en Lyon.")]
    [InlineData("No olvides que soy alérgico a los cacahuetes.", "Soy alérgico a los cacahuetes.")]
    [InlineData("Merk dir, dass meine Schwester in Lyon wohnt.", "Meine Schwester wohnt in Lyon.")]
    [InlineData("Vergiss nicht, dass ich gegen Erdnüsse allergisch bin.", "Ich bin gegen Erdnüsse allergisch.")]
    [InlineData("Make a note: dentist on May 3rd.", "Dentist on May 3rd.")]
    [InlineData("Notiere, dass der Türcode 4521 ist.", "Der Türcode ist 4521.")]
    [InlineData("Save this: the gate code is 4521.", "The gate code is 4521.")]
    [InlineData("Store this for later: the wifi is Blue42.", "The wifi is Blue42.")]
    [InlineData("Ricorda che il mio compleanno è il 3 maggio.", "Il mio compleanno è il 3 maggio.")]
    [InlineData("Lembre-se de que meu aniversário é 3 de maio.", "Meu aniversário é 3 de maio.")]
    [InlineData("Onthoud dat mijn verjaardag op 3 mei is.", "Mijn verjaardag is op 3 mei.")] // was "Mijn verjaardag op 3 mei is."
    [InlineData("Zapamiętaj, że moje urodziny są 3 maja.", "Moje urodziny są 3 maja.")]
    [InlineData("Pamiętaj, że mój syn ma na imię Kuba.", "Mój syn ma na imię Kuba.")] // was a fact, request words and all
    // A German "dass" clause is stored in the order of a statement, its finite verb after the subject (it read "Ich
    // Vegetarier bin"); a clause the form cannot read safely (a separable verb, a comma inside) stays as said.
    [InlineData("Denk dran, dass ich Vegetarier bin.", "Ich bin Vegetarier.")]
    // A Dutch "dat" clause too (each was stored verb-last); one whose subject's end the form cannot see (an adjective
    // before the noun) or with a separable verb stays as said.
    [InlineData("Onthoud dat ik vegetariër ben.", "Ik ben vegetariër.")]
    [InlineData("Onthoud dat ik allergisch ben voor noten.", "Ik ben allergisch voor noten.")]
    [InlineData("Onthoud dat mijn vrouw Anna heet.", "Mijn vrouw heet Anna.")]
    [InlineData("Vergeet niet dat we in Utrecht gaan wonen.", "We gaan in Utrecht wonen.")]
    [InlineData("Onthoud dat mijn oudste zoon Tom heet.", "Mijn oudste zoon Tom heet.")]
    [InlineData("Onthoud dat ik om 7 uur opsta.", "Ik om 7 uur opsta.")]
    [InlineData("Erinnere dich daran, dass ich Veganer bin.", "Ich bin Veganer.")]
    [InlineData("Vergiss nicht, dass meine Tochter am Freitag Geburtstag hat.", "Meine Tochter hat am Freitag (on 2023-05-12) Geburtstag.")]
    [InlineData("Denk daran, dass ich morgen zum Arzt gehen muss.", "Ich muss morgen (on 2023-05-09) zum Arzt gehen.")]
    [InlineData("Notier dir, dass mein Chef Herr Braun heißt.", "Mein Chef heißt Herr Braun.")]
    [InlineData("Merk dir, dass Anna im Juni kommt.", "Anna kommt im Juni.")]
    [InlineData("Vergiss nicht, dass ich um 7 Uhr aufstehe.", "Ich um 7 Uhr aufstehe.")]
    [InlineData("Merk dir, dass ich, wenn es regnet, zu Hause bleibe.", "Ich, wenn es regnet, zu Hause bleibe.")]
    // A request asked as a question in German, French and Spanish; "note bien que" is no "bien que" (although).
    [InlineData("Kannst du dir merken, dass ich Laktose nicht vertrage?", "Ich vertrage Laktose nicht.")]
    [InlineData("Peux-tu retenir que mon code est 1234 ?", "Mon code est 1234.")]
    // "Remind me that ..." is a request to remember in the four languages (it was stored with its opener, as a fact).
    [InlineData("Remind me that the plumber comes on Thursday.", "The plumber comes on Thursday (on 2023-05-11).")]
    [InlineData("Rappelle-moi que le plombier vient jeudi.", "Le plombier vient jeudi (on 2023-05-11).")]
    [InlineData("Recuérdame que el fontanero viene el jueves.", "El fontanero viene el jueves (on 2023-05-11).")]
    [InlineData("Erinnere mich daran, dass der Klempner am Donnerstag kommt.", "Der Klempner kommt am Donnerstag (on 2023-05-11).")]
    [InlineData("¿Puedes recordar que mi hija se llama Ana?", "Mi hija se llama Ana.")]
    [InlineData("Note bien que ma femme est enceinte.", "Ma femme est enceinte.")]
    // German "Beachte, dass" / "Bedenke, dass" (each was a fact with its opener).
    [InlineData("Beachte, dass mein Vermieter Herr Schulz heißt.", "Mein Vermieter heißt Herr Schulz.")]
    [InlineData("Bedenke, dass ich kein Auto habe.", "Ich habe kein Auto.")]
    public async Task AddAsync_ExplicitRequest_IsKeptWithoutTheRequestWords(string said, string stored)
    {
        await using var f = new MemoryFixture();
        var result = await Say(f, said);

        var added = Assert.Single(result.Results);
        Assert.Equal((stored, "kept on request"), (added.Memory, added.Note));
    }

    [Theory]
    [InlineData("Always use metric units.")]
    [InlineData("Never mention my ex.")]
    [InlineData("From now on, call me Jo.")]
    [InlineData("Use metric units")]
    [InlineData("Utilise toujours le système métrique.")]
    [InlineData("Désormais, appelle-moi Jo.")]
    [InlineData("Siempre respóndeme en español.")]
    [InlineData("Usa siempre unidades métricas.")]
    [InlineData("Antworte immer auf Deutsch.")]
    [InlineData("Ab jetzt nenn mich Jo.")]
    [InlineData("Make your answers shorter.")]
    [InlineData("Format dates as DD/MM/YYYY.")]
    [InlineData("Be more concise.")]
    [InlineData("Sois concis.")]
    [InlineData("Sé breve en tus respuestas.")]
    [InlineData("Fasse dich kurz.")]
    [InlineData("Give me shorter answers.")]
    [InlineData("Give short answers.")]
    [InlineData("Please write in English.")]
    [InlineData("Tu dois toujours répondre en français.")]
    [InlineData("Rends tes réponses plus courtes.")]
    [InlineData("Haz tus respuestas más cortas.")]
    [InlineData("Mach deine Antworten kürzer.")]
    [InlineData("Remind me every Monday to water the plants.")]
    [InlineData("Always be concise.")]
    [InlineData("Never more than three bullet points.")]
    [InlineData("In your answers, always use metric units.")]
    [InlineData("Please never use emojis.")]
    [InlineData("Keep it brief.")]
    [InlineData("Quit using exclamation marks.")]
    [InlineData("When I ask for code, use TypeScript.")]
    [InlineData("No need to explain the basics, I'm a senior engineer.")]
    [InlineData("Ne me tutoie pas.")]
    [InlineData("No me tutees.")]
    [InlineData("I'd appreciate it if you didn't use jargon.")]
    [InlineData("Please remember to always cite sources.")]
    [InlineData("I don't like it when you use so many bullet points.")]
    [InlineData("I'd rather you didn't use emojis.")]
    [InlineData("Je n'aime pas quand tu utilises des emojis.")]
    [InlineData("No me gusta cuando usas tantas listas.")]
    [InlineData("Ich mag es nicht, wenn du so viele Listen verwendest.")]
    // What to do when the speaker asks or mentions something, in the four languages; a French or German "never" or "stop"
    // without a subject; the format of dates (each was a fact).
    [InlineData("Whenever I ask about recipes, assume I'm vegetarian.")]
    [InlineData("If I mention work, keep it confidential.")]
    [InlineData("Lorsque je parle de cuisine, suppose que je suis végétarien.")]
    [InlineData("Cuando hable de recetas, asume que soy vegetariano.")]
    [InlineData("Wenn ich nach Rezepten frage, geh davon aus, dass ich Vegetarier bin.")]
    [InlineData("Ne réserve jamais de vol avant 9h.")]
    [InlineData("Buche nie Flüge vor 9 Uhr.")]
    [InlineData("Arrête d'utiliser des anglicismes.")]
    [InlineData("Deja de usar anglicismos.")]
    [InlineData("Hör auf, Anglizismen zu benutzen.")]
    [InlineData("I want all dates in ISO format.")]
    [InlineData("Je veux toutes les dates au format ISO.")]
    [InlineData("Quiero todas las fechas en formato ISO.")]
    [InlineData("Ich möchte alle Daten im ISO-Format.")]
    // How answers should look, said without a verb or as a preference (each was a fact, "No emojis, please." and "Pas
    // d'emojis s'il te plaît." were skipped as chit-chat).
    [InlineData("No emojis, please.")]
    [InlineData("Pas d'emojis s'il te plaît.")]
    [InlineData("Sin emojis, por favor.")]
    [InlineData("Keine Emojis bitte.")]
    [InlineData("Shorter answers please.")]
    [InlineData("Des réponses plus courtes, s'il te plaît.")]
    [InlineData("Respuestas más cortas, por favor.")]
    [InlineData("Kürzere Antworten bitte.")]
    [InlineData("Bullet points only.")]
    [InlineData("Metric please.")]
    [InlineData("Celsius, please.")]
    [InlineData("Imperial units only.")]
    // Being addressed as "tu" or "du" (each was a fact).
    [InlineData("Tutéame, por favor.")]
    [InlineData("Puedes tutearme.")]
    [InlineData("Vous pouvez me tutoyer.")]
    [InlineData("Du kannst mich duzen.")]
    [InlineData("No more small talk.")]
    [InlineData("I prefer short answers.")]
    [InlineData("I'd like answers in Spanish from now on.")]
    [InlineData("Je préfère des réponses courtes.")]
    // With an article, and with what the answers should hold (each was a fact).
    [InlineData("Je préfère les réponses en anglais quand c'est technique.")]
    [InlineData("Prefiero las explicaciones con ejemplos.")]
    [InlineData("I prefer explanations with examples.")]
    // A format of the answers preferred, and the language of the answers asked after a statement (each was a fact).
    [InlineData("I prefer bullet points over long paragraphs.")]
    [InlineData("Ich bevorzuge Stichpunkte.")]
    [InlineData("Hablo poco inglés, respóndeme en español por favor.")]
    [InlineData("My Spanish is rusty, please answer in English.")]
    [InlineData("Ich spreche kaum Englisch, antworte mir bitte auf Deutsch.")]
    [InlineData("Je parle mal anglais, réponds-moi en français.")]
    [InlineData("No vuelvas a mencionar a mi ex.")]
    [InlineData("Never mention my ex again.")]
    [InlineData("Ne mentionne plus jamais mon ex.")]
    [InlineData("Erwähne meinen Ex nie wieder.")] // was a fact
    [InlineData("Erwähnen Sie meine Diagnose niemals.")]
    // A manner of the answers after "give" is a standing instruction, not a one-off task (it was a fact).
    [InlineData("Please give more detailed answers from now on.")]
    [InlineData("You can give longer answers now.")]
    // What not to suggest (each was a fact).
    [InlineData("Don't suggest recipes with mushrooms.")]
    [InlineData("Please don't remind me about my ex.")]
    [InlineData("Ne me propose pas de recettes avec des champignons.")]
    [InlineData("No me recomiendes películas de terror.")]
    [InlineData("Empfiehl mir keine Horrorfilme.")]
    [InlineData("Mir wäre es lieber, wenn du mich duzt.")]
    [InlineData("Ich hätte lieber, dass du mich siezt.")]
    // A habit of the assistant's own work, named by "your" (it was skipped as advice to the listener).
    [InlineData("Always cite your sources.")]
    [InlineData("Always double-check your math.")]
    // A tone ("ton", "Ton") is no "your" (each was a fact, read as about the listener).
    [InlineData("Réponds toujours sur un ton amical.")]
    [InlineData("Antworte immer in einem freundlichen Ton.")]
    // Italian, Portuguese, Dutch and Polish: the habit after the imperative, "don't" with an infinitive or an
    // imperative, "from now on" (each was a fact).
    [InlineData("Rispondi sempre in italiano.")]
    [InlineData("Non usare mai emoji.")]
    [InlineData("Da ora in poi, chiamami Gio.")]
    [InlineData("Responda sempre em português.")]
    [InlineData("Não use emojis.")]
    [InlineData("A partir de agora, me chame de Zé.")]
    [InlineData("Antwoord altijd in het Nederlands.")]
    [InlineData("Gebruik nooit emoji's.")]
    [InlineData("Vanaf nu, noem me Jan.")]
    [InlineData("Odpowiadaj zawsze po polsku.")]
    [InlineData("Nigdy nie używaj emoji.")]
    [InlineData("Nie używaj emoji.")]
    [InlineData("I'd prefer if you didn't use my full name.")]
    [InlineData("Merci de toujours me répondre en anglais.")]
    public async Task AddAsync_Instruction_IsKeptAsProceduralMemory(string said)
    {
        await using var f = new MemoryFixture();
        var result = await Say(f, said);

        var added = Assert.Single(result.Results);
        Assert.Equal((said, "kept as procedural memory"), (added.Memory, added.Note));
        Assert.Contains("procedural", (await f.Memory.GetAsync(added.Id, cancellationToken: Ct))!.Categories);
    }

    // A standing instruction asked as a question is kept as the instruction (each was skipped as a question); a one-off
    // request asked so stays a question.
    [Theory]
    [InlineData("Could you keep your answers under 100 words?", "Keep your answers under 100 words.")]
    [InlineData("Can you always reply in Spanish?", "Always reply in Spanish.")]
    [InlineData("Could you please stop using emojis?", "Stop using emojis.")]
    [InlineData("Can you use metric units from now on?", "Use metric units from now on.")]
    [InlineData("Pourrais-tu toujours répondre en français ?", "Toujours répondre en français.")]
    [InlineData("Kannst du bitte immer auf Deutsch antworten?", "Immer auf Deutsch antworten.")]
    [InlineData("¿Puedes responder siempre en español?", "Responde siempre en español.")]
    [InlineData("¿Puedes usar siempre el sistema métrico?", "Usa siempre el sistema métrico.")]
    [InlineData("Would you mind answering in French?", "Answer in French.")]
    [InlineData("Do you mind keeping your answers short?", "Keep your answers short.")]
    [InlineData("Would you mind using metric units from now on?", "Use metric units from now on.")]
    public async Task AddAsync_InstructionAskedAsAQuestion_IsKeptAsTheInstruction(string said, string stored)
    {
        await using var f = new MemoryFixture();
        var result = await Say(f, said);

        var added = Assert.Single(result.Results);
        Assert.Equal((stored, "kept as procedural memory"), (added.Memory, added.Note));
    }

    // A question that only asks whether something was told before tells it (each was skipped as a question); one that
    // names only what it was about is kept as said, as a question that names something of the speaker's is.
    [Theory]
    [InlineData("Did I mention I got a new job at Stripe?", "I got a new job at Stripe.")]
    [InlineData("Have I told you that my sister is pregnant?", "My sister is pregnant.")]
    [InlineData("Je t'ai dit que j'ai déménagé à Lyon ?", "J'ai déménagé à Lyon.")]
    [InlineData("¿Te conté que me caso en junio?", "Me caso en junio.")]
    [InlineData("Did I tell you about my trip?", "Did I tell you about my trip?")]
    public async Task AddAsync_QuestionWhetherItWasTold_KeepsWhatItTells(string said, string stored)
    {
        await using var f = new MemoryFixture();
        var result = await Say(f, said);

        Assert.Equal(stored, Assert.Single(result.Results).Memory);
    }

    // "Erwähne ... nie wieder" is an instruction only as an imperative with a "never": what someone never mentions, or a
    // one-off "mention it to the doctor", is a fact.
    [Theory]
    [InlineData("Ich erwähne ihn nie.")]
    [InlineData("Mein Chef erwähnt das nie.")]
    [InlineData("Erwähne das bitte beim Arzt.")]
    public async Task AddAsync_MentionWithoutNever_IsAFactNotAnInstruction(string said)
    {
        await using var f = new MemoryFixture();
        var result = await Say(f, said);

        var added = Assert.Single(result.Results);
        Assert.Equal((said, null), (added.Memory, added.Note));
    }

    [Theory]
    [InlineData("Hi!", "greeting")]
    [InlineData("Hey Mel! Good to see you!", "greeting")]
    [InlineData("Bonjour !", "greeting")]
    [InlineData("¡Hola!", "greeting")]
    [InlineData("Guten Morgen!", "greeting")]
    [InlineData("Schönen Abend noch!", "greeting")]
    [InlineData("Hi everyone!", "greeting")]
    [InlineData("Grüß Gott!", "greeting")]
    [InlineData("Thanks in advance!", "thanks")]
    [InlineData("Merci d'avance !", "thanks")]
    [InlineData("Gracias de antemano.", "thanks")]
    [InlineData("Danke im Voraus!", "thanks")]
    [InlineData("Je vous remercie infiniment.", "thanks")]
    [InlineData("Hallo zusammen", "greeting")]
    [InlineData("Buongiorno a tutti", "greeting")]
    [InlineData("Bom dia!", "greeting")]
    [InlineData("Goedemorgen allemaal", "greeting")]
    [InlineData("Dzień dobry!", "greeting")]
    [InlineData("Thanks, Nate!", "thanks")]
    [InlineData("Merci beaucoup !", "thanks")]
    [InlineData("¡Muchas gracias!", "thanks")]
    [InlineData("Danke schön!", "thanks")]
    [InlineData("Vielen lieben Dank!", "thanks")]
    [InlineData("I can't remember.", "acknowledgement")]
    [InlineData("I see what you mean.", "acknowledgement")]
    [InlineData("Good night, talk tomorrow!", "greeting")]
    [InlineData("See you tomorrow!", "greeting")]
    [InlineData("No me acuerdo de nada.", "acknowledgement")]
    [InlineData("Je ne m'en souviens pas.", "acknowledgement")]
    [InlineData("Ich erinnere mich nicht mehr.", "acknowledgement")]
    [InlineData("¡Muchísimas gracias!", "thanks")]
    [InlineData("Спасибо!", "thanks")]
    [InlineData("That's not what I asked.", "feedback")]
    [InlineData("That's not true anymore.", "feedback")] // names nothing: no memory of its own
    [InlineData("Ce n'est plus vrai.", "feedback")]
    [InlineData("My bad.", "feedback")]
    [InlineData("I was wrong.", "feedback")]
    [InlineData("Das stimmt nicht mehr!", "feedback")]
    [InlineData("No, I meant the other one.", "feedback")]
    [InlineData("Let's go with option 2.", "feedback")]
    [InlineData("I'll try that and let you know.", "feedback")]
    [InlineData("Perfect, exactly what I needed.", "feedback")]
    [InlineData("Not quite, try again.", "task")]
    [InlineData("Interesting, tell me more.", "task")]
    [InlineData("Continue.", "task")]
    [InlineData("ありがとうございます！", "thanks")]
    [InlineData("谢谢", "thanks")]
    [InlineData("감사합니다", "thanks")]
    [InlineData("شكرا", "thanks")]
    [InlineData("こんにちは", "greeting")]
    [InlineData("Привет!", "greeting")]
    [InlineData("好的", "acknowledgement")]
    [InlineData("你好吗？", "question")]
    [InlineData("ok got it", "acknowledgement")]
    [InlineData("I don't know.", "acknowledgement")]
    [InlineData("Not sure yet.", "acknowledgement")]
    [InlineData("Je ne sais pas.", "acknowledgement")]
    [InlineData("No sé.", "acknowledgement")]
    [InlineData("Keine Ahnung!", "acknowledgement")]
    [InlineData("Good to know.", "acknowledgement")]
    [InlineData("hmm let me think", "acknowledgement")]
    [InlineData("I'll think about it.", "acknowledgement")]
    [InlineData("Let me check and get back to you.", "acknowledgement")]
    [InlineData("haha that's funny", "acknowledgement")]
    // Agreement and not following were kept as facts ("That works for me."), laughter before a reaction too.
    [InlineData("Perfect, that works for me.", "acknowledgement")]
    [InlineData("Works for me.", "acknowledgement")]
    [InlineData("That's fine with me.", "acknowledgement")]
    [InlineData("I'm not sure I follow.", "acknowledgement")]
    [InlineData("Haha that's hilarious.", "chit_chat")]
    // That something helped, in the four languages, and a reaction after an interjection without its comma (each kept).
    [InlineData("That helps a lot!", "chit_chat")]
    [InlineData("That's really helpful.", "chit_chat")]
    [InlineData("Merci, ça m'aide beaucoup.", "chit_chat")]
    [InlineData("Gracias, eso me ayuda mucho.", "chit_chat")]
    [InlineData("Danke, das hilft mir sehr.", "chit_chat")]
    [InlineData("Das hat mir sehr geholfen.", "chit_chat")]
    [InlineData("wow that's crazy", "chit_chat")]
    [InlineData("omg that's amazing", "chit_chat")]
    // "Forget it" is the idiom, not a retraction (it warned that nothing matched "it").
    [InlineData("Forget it.", "acknowledgement")]
    [InlineData("Forget about it, it doesn't matter.", "acknowledgement")]
    [InlineData("Laisse tomber.", "acknowledgement")]
    [InlineData("Alright, see you tomorrow!", "acknowledgement")]
    [InlineData("What time is it in Tokyo?", "question")]
    [InlineData("Wow, that's cool! What happened next?", "question")]
    [InlineData("Quelle heure est-il à Tokyo ?", "question")]
    [InlineData("¿Qué hora es en Tokio?", "question")]
    [InlineData("Wie spät ist es in Tokio?", "question")]
    [InlineData("Wow, that's awesome! Keep it up!", "chit_chat")]
    [InlineData("Thanks, that's great!", "chit_chat")]
    [InlineData("Merci, c'est parfait.", "chit_chat")]
    [InlineData("Gracias, muy amable.", "chit_chat")]
    [InlineData("Muchas gracias, es perfecto.", "acknowledgement")]
    [InlineData("Danke, das ist super.", "chit_chat")]
    [InlineData("You're so inspiring!", "chit_chat")]
    [InlineData("Summarize this article for me.", "task")]
    [InlineData("Please translate the following into Japanese.", "task")]
    [InlineData("Fix this code.", "task")]
    [InlineData("Traduis ce texte en anglais.", "task")]
    [InlineData("Explícame esto.", "task")]
    [InlineData("Fasse das bitte zusammen.", "task")]
    [InlineData("Take care and talk to you soon.", "greeting")]
    [InlineData("Catch ya later! Speak soon. Enjoy the rest of your day.", "greeting")]
    [InlineData("Have fun and stay safe!", "greeting")]
    [InlineData("Bonne chance !", "greeting")]
    [InlineData("¡Buena suerte!", "greeting")]
    [InlineData("Viel Glück!", "greeting")]
    [InlineData("Thanks! 🎉", "thanks")]
    [InlineData("Glad I could help!", "acknowledgement")]
    [InlineData("Oof, sorry to hear that.", "acknowledgement")]
    [InlineData("Thanks for the kind words, they mean a lot.", "chit_chat")]
    [InlineData("Your support means a lot to me.", "chit_chat")]
    [InlineData("Merci pour ton aide !", "chit_chat")]
    [InlineData("Gracias por todo.", "chit_chat")]
    [InlineData("Danke für deine Hilfe!", "chit_chat")]
    [InlineData("I'm here for you, rooting for you all the way.", "chit_chat")]
    [InlineData("I believe in you. Don't give up!", "chit_chat")]
    [InlineData("Never give up!", "chit_chat")]
    [InlineData("Wishing you many happy years together!", "chit_chat")]
    [InlineData("That must have been so exciting!", "chit_chat")]
    [InlineData("Having a team like that must feel incredible.", "chit_chat")]
    [InlineData("Those colours are so vivid.", "chit_chat")]
    [InlineData("It's so sweet to see your love for your family.", "chit_chat")]
    [InlineData("Love it!", "chit_chat")]
    [InlineData("Love the colours!", "chit_chat")]
    [InlineData("Awesome! Enjoy yourself!", "acknowledgement")]
    [InlineData("Dank je wel!", "thanks")]
    [InlineData("Grazie mille!", "thanks")]
    [InlineData("Obrigada!", "thanks")]
    [InlineData("Dziękuję bardzo!", "thanks")]
    // Thanks and understanding said another way, in the four languages and a few more (session 22): each was kept as a fact.
    [InlineData("Thank you so much, you're the best!", "chit_chat")]
    [InlineData("Many thanks for explaining that.", "chit_chat")]
    [InlineData("That's exactly what I needed, thanks!", "feedback")]
    [InlineData("Bye for now.", "greeting")]
    [InlineData("Okay, I understand.", "acknowledgement")]
    [InlineData("Je te remercie.", "thanks")]
    [InlineData("D'accord, je comprends.", "acknowledgement")]
    [InlineData("Ah d'accord, je vois.", "acknowledgement")]
    [InlineData("Muchas gracias, eres muy amable.", "chit_chat")]
    [InlineData("De acuerdo, lo entiendo.", "acknowledgement")]
    [InlineData("Claro que sí.", "acknowledgement")]
    [InlineData("Vielen herzlichen Dank!", "thanks")]
    [InlineData("Ich danke dir.", "thanks")]
    [InlineData("Alles klar, verstanden.", "acknowledgement")]
    [InlineData("Klar, mach ich.", "acknowledgement")]
    [InlineData("Ach so, jetzt verstehe ich.", "acknowledgement")]
    [InlineData("Dzięki, to bardzo pomocne.", "chit_chat")]
    [InlineData("Grazie, è molto utile.", "chit_chat")]
    [InlineData("Bedankt, dat is heel handig.", "chit_chat")]
    [InlineData("Obrigado, isso ajuda muito.", "chit_chat")]
    [InlineData("Ok, mam to.", "acknowledgement")]
    [InlineData("ty so much", "thanks")]
    [InlineData("hey whats up", "greeting")]
    // "No" and a word is an idiom here, not what the speaker has none of; "Wish me luck!" was a fact, "Kein Problem." and
    // "Pas de problème." too; praise of someone is no "X person" of the speaker's.
    [InlineData("No way!", "acknowledgement")]
    [InlineData("No rush.", "acknowledgement")]
    [InlineData("No kidding!", "acknowledgement")]
    [InlineData("Kein Problem.", "acknowledgement")]
    [InlineData("Keine Sorge!", "acknowledgement")]
    [InlineData("Pas de problème.", "acknowledgement")]
    [InlineData("No pasa nada.", "acknowledgement")]
    [InlineData("Wish me luck!", "greeting")]
    [InlineData("Lovely person!", "chit_chat")]
    [InlineData("Such a nice person.", "chit_chat")]
    [InlineData("As a kid, did you like cartoons?", "question")]
    // A kind in general, and someone "the" names, are no person of the speaker's.
    [InlineData("Birds are amazing!", "chit_chat")]
    [InlineData("The kids are so cute!", "chit_chat")]
    // Season's greetings (each was stored as a fact); a one-off request asked as a question.
    [InlineData("Merry Christmas!", "greeting")]
    [InlineData("Happy New Year, Sam!", "greeting")]
    [InlineData("Joyeux Noël !", "greeting")]
    [InlineData("Frohe Weihnachten!", "greeting")]
    [InlineData("Can you tell me a joke?", "question")]
    [InlineData("Would you mind telling me a joke?", "question")]
    // A question that asks for what the speaker said before tells nothing new, whatever of theirs it names (each was kept
    // as a fact).
    [InlineData("What did I tell you about my sister?", "question")]
    [InlineData("Do you remember what I said about my job?", "question")]
    [InlineData("What do you know about my family?", "question")]
    [InlineData("Qu'est-ce que je t'ai dit sur ma sœur ?", "question")]
    [InlineData("¿Qué te dije sobre mi hermana?", "question")]
    [InlineData("Was habe ich dir über meine Schwester erzählt?", "question")]
    [InlineData("Do you remember my dog?", "question")]
    [InlineData("Tu te souviens de mon chat ?", "question")]
    [InlineData("¿Te acuerdas de mi perro?", "question")]
    [InlineData("Erinnerst du dich an meine Katze?", "question")]
    // Thanks with "herzlichen", agreement in Spanish, French and German (each was kept as a fact).
    [InlineData("Vielen herzlichen Dank für deine Hilfe!", "chit_chat")]
    [InlineData("Muchísimas gracias por la ayuda.", "chit_chat")]
    [InlineData("Me parece bien.", "acknowledgement")]
    [InlineData("Ça me va.", "acknowledgement")]
    [InlineData("Klingt gut.", "acknowledgement")]
    // What keeps a conversation going and tells nothing (session 34): each was stored as a fact.
    [InlineData("I'll keep you posted!", "chit_chat")]
    [InlineData("Yep, I'll let you know how it goes.", "chit_chat")]
    [InlineData("Let me know how it turns out!", "chit_chat")]
    [InlineData("Let me know if you need anything else.", "chit_chat")]
    [InlineData("Feel free to reach out any time.", "chit_chat")]
    [InlineData("I'm always here to help.", "chit_chat")]
    [InlineData("Yeah, Maria, I totally agree.", "chit_chat")]
    [InlineData("I couldn't agree more!", "chit_chat")]
    [InlineData("I bet!", "chit_chat")]
    [InlineData("Thanks, I definitely will.", "chit_chat")]
    [InlineData("They sure are.", "chit_chat")]
    [InlineData("We got this!", "chit_chat")]
    [InlineData("We make a great team.", "chit_chat")]
    [InlineData("I won't give up, I promise!", "chit_chat")]
    [InlineData("I'll keep pushing forward and doing my best.", "chit_chat")]
    [InlineData("Je te tiens au courant.", "chit_chat")]
    [InlineData("Tiens-moi au courant !", "chit_chat")]
    [InlineData("Je suis tout à fait d'accord.", "chit_chat")]
    [InlineData("On va y arriver !", "chit_chat")]
    [InlineData("Te aviso.", "chit_chat")]
    [InlineData("Avísame.", "chit_chat")]
    [InlineData("Estoy aquí para ayudarte.", "chit_chat")]
    [InlineData("No me voy a rendir.", "chit_chat")]
    [InlineData("Ich halte dich auf dem Laufenden.", "chit_chat")]
    [InlineData("Sag mir Bescheid, wie es gelaufen ist!", "chit_chat")]
    [InlineData("Da stimme ich dir voll zu.", "chit_chat")]
    [InlineData("Wir schaffen das!", "chit_chat")]
    [InlineData("Good to talk to you again.", "chit_chat")]
    [InlineData("Tell me all about it!", "chit_chat")]
    [InlineData("Have a great hike.", "greeting")]
    [InlineData("Have fun hiking!", "greeting")]
    public async Task AddAsync_NothingToRemember_IsSkippedWithItsReasonAndNoEmbedding(string said, string reason)
    {
        await using var f = new MemoryFixture();
        var result = await Say(f, said);

        Assert.Empty(result.Results);
        Assert.Equal(reason, Assert.Single(result.Skipped).Reason);
        Assert.Equal(0, f.Embedder.Calls);
    }

    // A question that tells of the speaker's own life or plans says something, in any of the four languages; a sentence
    // that a quotation mark closes is a statement of its own before the question after it.
    [Theory]
    [InlineData("What should I pack in my backpack for a solo trip to Thailand?", "What should I pack in my backpack for a solo trip to Thailand?")]
    [InlineData("I was wondering if you have any book recommendations for my trip?", "I was wondering if you have any book recommendations for my trip?")]
    [InlineData("Could you help, I've broken my arm?", "Could you help, I've broken my arm?")]
    [InlineData("Que dois-je emporter pour mon voyage en Thaïlande ?", "Que dois-je emporter pour mon voyage en Thaïlande ?")]
    [InlineData("¿Qué debo llevar para mi viaje a Tailandia?", "¿Qué debo llevar para mi viaje a Tailandia?")]
    [InlineData("Was soll ich für meine Reise nach Thailand einpacken?", "Was soll ich für meine Reise nach Thailand einpacken?")]
    [InlineData("I keep reading about the \"neutral rate.\" Can you explain it?", "I keep reading about the \"neutral rate.\" Can you explain it?")]
    [InlineData("What did I do wrong when I told my boss I was quitting?", "What did I do wrong when I told my boss I was quitting?")]
    public async Task AddAsync_QuestionThatTellsOfTheSpeaker_IsKept(string said, string stored)
    {
        await using var f = new MemoryFixture();
        var result = await Say(f, said);
        Assert.Equal(stored, Assert.Single(result.Results).Memory);
        Assert.Empty(result.Skipped);
    }

    // Thanks, encouragement, farewells and praise are skipped only when nothing else is said: what follows them, an opinion
    // of the speaker's own, a name, a number or a date keeps the sentence.
    [Theory]
    [InlineData("Thanks for the tip, I booked the hotel.")]
    [InlineData("Danke für den Tipp, ich habe das Hotel gebucht.")]
    [InlineData("Your support means a lot, I finally got the job.")]
    [InlineData("I'll see you at the meeting on Friday.")]
    [InlineData("Keep going with the project, the deadline is Monday.")]
    [InlineData("That must have been hard for my sister.")]
    [InlineData("The sushi place downtown is really good.")]
    [InlineData("Swimming is really fun.")]
    [InlineData("The kids are so excited about the trip to Spain.")]
    [InlineData("They are so cute, we adopted them in May.")]
    [InlineData("I wish you could meet my dog Rex.")]
    // A promise, an agreement or a resolve with an object or a time tells something (session 34).
    [InlineData("I'll let you know by Friday whether I can come.")]
    [InlineData("I won't give up on learning Japanese.")]
    [InlineData("I agree with my doctor that I should cut sugar.")]
    [InlineData("I will be in Berlin next week.")]
    [InlineData("We got this house in 2019.")]
    [InlineData("I'm here for the conference.")]
    [InlineData("They sure are expensive in Zurich.")]
    [InlineData("Je te tiens au courant pour le mariage de ma sœur.")]
    [InlineData("Te aviso cuando llegue a Madrid.")]
    [InlineData("Ich gebe nicht auf, ich lerne jeden Tag Spanisch.")]
    [InlineData("Tell me all about the trip to Lisbon, I leave on Monday.")]
    [InlineData("I hope I get to visit Kyoto someday.")]
    [InlineData("I'm glad you mentioned Sapiens, I've already read that one!")]
    public async Task AddAsync_CourtesyWithSomethingSaid_IsKept(string said)
    {
        await using var f = new MemoryFixture();
        var result = await Say(f, said);
        Assert.Single(result.Results);
        Assert.Empty(result.Skipped);
    }

    // Not instructions for the assistant, though each was stored as a procedural memory, to apply to every answer to
    // come: a habit adverb before no verb, a remark opening with "you", an imperative about the other's world, a one-off
    // that says when, news after the imperative.
    [Theory]
    [InlineData("Never mind, I found it.")]
    [InlineData("Never been there.")]
    [InlineData("Never heard of it.")]
    [InlineData("Always fun to chat with you.")]
    [InlineData("Never again!")]
    [InlineData("Always a pleasure.")]
    [InlineData("Toujours un plaisir.")]
    [InlineData("Siempre es un placer.")]
    [InlineData("Immer gerne!")]
    [InlineData("You're always so kind.")]
    [InlineData("You always make me laugh.")]
    // Imperatives about the other's world, one-offs that say when, and news after the imperative.
    [InlineData("Show me your garden!")]
    [InlineData("Call me when you're free!")]
    [InlineData("Montre-moi ton jardin !")]
    [InlineData("Remind me to call mom tomorrow.")]
    [InlineData("Don't tell anyone, but I'm pregnant.")]
    // The speaker's own habit, and one-off tasks opened by "please".
    [InlineData("I never use sugar in my coffee.")]
    [InlineData("I can always add a CTA on the download page.")]
    [InlineData("Please give me detailed instructions for how to make a camp fire.")]
    [InlineData("Please write out the software to produce this game.")]
    // Liking what the other person does, not how the assistant answers.
    [InlineData("I love it when you make coconut milk ice cream, it's so good!")]
    [InlineData("Just remember to take care of yourself and always make time for the things you love.")]
    // Words of an answer's style in a sentence about something else.
    [InlineData("No answers yet, but I'm hoping to hear back soon.")]
    [InlineData("More jargon than I expected at the conference.")]
    [InlineData("Only units 3 and 4 were flooded.")]
    [InlineData("No formal dinner this year.")]
    [InlineData("I want answers from my landlord about the leak.")]
    [InlineData("I prefer tables by the window.")]
    // A clause after a statement that asks for no language of the answers.
    [InlineData("I'm tired, talk to me in the morning.")]
    [InlineData("I lived in Spain, I speak in Spanish with my mom.")]
    // A habit of the speaker's with the adverb first (kept as instructions), and advice on the listener's life.
    [InlineData("Siempre desayuno a las 7.")]
    [InlineData("Nunca como carne.")]
    [InlineData("Immer trinke ich morgens Kaffee.")]
    [InlineData("Always follow your dreams.")]
    // "never" of the speaker's own habit, and a clause after "when I ..." that tells of the speaker.
    [InlineData("Je ne bois jamais de café.")]
    [InlineData("Ich trinke nie Kaffee.")]
    [InlineData("If I mention it, I'm probably joking.")]
    [InlineData("Quand je parle de mon frère, je suis triste.")]
    [InlineData("Wenn ich frage, bekomme ich keine Antwort.")]
    [InlineData("I want the dates in my calendar to sync.")]
    // The speaker's own habit or state in Italian, Portuguese, Dutch and Polish (a verb of the first person, or "ik"), a
    // copula, and Polish "nie" (not), which German "nie" (never) opens instructions with.
    [InlineData("Bevo sempre caffè la mattina.")]
    [InlineData("Non mangio mai carne.")]
    [InlineData("Hai sempre ragione.")]
    [InlineData("Sono sempre stanco.")]
    [InlineData("Tomo sempre café de manhã.")]
    [InlineData("Vamos sempre à praia no verão.")]
    [InlineData("Altijd drink ik koffie.")]
    [InlineData("Zawsze piję kawę rano.")]
    [InlineData("Nigdy nie jem mięsa.")]
    [InlineData("Nie mam psa.")]
    public async Task AddAsync_NoStandingInstruction_IsNoProceduralMemory(string said)
    {
        await using var f = new MemoryFixture();
        var result = await Say(f, said);
        Assert.DoesNotContain(result.Results, r => r.Note == "kept as procedural memory");
        Assert.DoesNotContain(await Active(f), m => m.Categories.Contains("procedural"));
    }

    // A one-off task is kept as a fact, never as a standing instruction (it once became a procedural memory: "Write a
    // poem about the sea" for every answer to come); "write" or "give me" before a manner is an instruction.
    [Theory]
    [InlineData("Write a poem about the sea.", false)]
    [InlineData("Give me a list of 10 fruits.", false)]
    [InlineData("Écris un poème sur la mer.", false)]
    [InlineData("Escribe un poema sobre el mar.", false)]
    [InlineData("Schreib ein Gedicht über das Meer.", false)]
    [InlineData("Write a toast for my sister's wedding.", false)]
    [InlineData("Write in British English.", true)]
    [InlineData("Write shorter answers.", true)]
    [InlineData("Always write a summary first.", true)]
    // A task said of anything asked and how (each was a one-off fact); of one thing, still a task.
    [InlineData("Write code examples in TypeScript.", true)]
    [InlineData("Explain things like I'm five.", true)]
    [InlineData("Explique-moi les choses simplement.", true)]
    [InlineData("Explícame las cosas como si tuviera cinco años.", true)]
    [InlineData("Erklär mir Dinge so, als wäre ich fünf.", true)]
    [InlineData("Explain recursion like I'm five.", false)]
    [InlineData("Write a poem about cats in French.", false)]
    // Keeping track of something for the speaker is a standing request (it was skipped as a question).
    [InlineData("Can you keep track of my water intake?", true)]
    [InlineData("Please keep track of my workouts.", true)]
    public async Task AddAsync_TaskOrInstruction_IsToldApartByWhatFollowsTheVerb(string said, bool instruction)
    {
        await using var f = new MemoryFixture();
        var result = await Say(f, said);
        var kept = Assert.Single(result.Results);
        Assert.Equal(instruction, kept.Note == "kept as procedural memory");
    }

    // A list belongs to the line that introduces it: its items are not dropped as too short to mean anything.
    [Theory]
    [InlineData("My allergies:\n- peanuts\n- shellfish\n- penicillin", "My allergies: peanuts, shellfish, penicillin")]
    [InlineData("Mes enfants :\n1. Léa\n2. Hugo", "Mes enfants : Léa, Hugo")]
    [InlineData("I speak three languages\n* English\n* German\n* Polish.", "I speak three languages, English, German, Polish.")]
    public async Task AddAsync_ListUnderALine_IsKeptWithItsItems(string said, string stored)
    {
        await using var f = new MemoryFixture();
        var result = await Say(f, said);
        Assert.Equal(stored, Assert.Single(result.Results).Memory);
        Assert.Empty(result.Skipped);
    }

    // A recurring weekday names no date: left as said, while "on Sunday" gets the coming one.
    [Theory]
    [InlineData("I play tennis every Sunday.")]
    [InlineData("Je joue au tennis le dimanche.")]
    [InlineData("Juego al tenis cada domingo.")]
    [InlineData("Ich spiele jeden Sonntag Tennis.")]
    // Spanish says "on Tuesdays" with the plural article and the same word ("Los martes" was dated the coming Tuesday).
    [InlineData("Los martes tengo clase de yoga.")]
    // German "Morgen" and Spanish "mañana" after an article or "every" are the morning, not tomorrow (each was dated).
    [InlineData("Ich trinke jeden Morgen Kaffee.")]
    [InlineData("Am Morgen gehe ich joggen.")]
    [InlineData("Corro cada mañana.")]
    [InlineData("Trabajo por la mañana.")]
    public async Task AddAsync_RecurringWeekday_IsNotDated(string said)
    {
        await using var f = new MemoryFixture();
        Assert.Equal(said, Assert.Single((await Say(f, said)).Results).Memory);
        Assert.Equal("I play tennis on Sunday (on 2023-05-14).", Assert.Single((await Say(f, "I play tennis on Sunday.")).Results).Memory);
    }

    // A bare weekday is the coming one unless the sentence is in a past tense; an auxiliary alone ("j'ai", "habe", and
    // the English "hat") is no past tense, only with a participle after it.
    [Theory]
    [InlineData("Ich habe am Donnerstag Zahnarzt.", "2023-05-11")]
    [InlineData("Ich habe am Donnerstag meinen ersten Arbeitstag.", "2023-05-11")]
    [InlineData("J'ai rendez-vous chez le dentiste jeudi.", "2023-05-11")]
    [InlineData("I'm wearing my new hat on Thursday.", "2023-05-11")]
    [InlineData("Ich habe am Donnerstag meinen Bruder besucht.", "2023-05-04")]
    [InlineData("Ich bin am Donnerstag nach Hamburg gefahren.", "2023-05-04")]
    [InlineData("J'ai vu ma sœur jeudi.", "2023-05-04")]
    [InlineData("He visto a mi hermana el jueves.", "2023-05-04")]
    [InlineData("I saw my sister on Thursday.", "2023-05-04")]
    public async Task AddAsync_BareWeekday_IsTheLastOneOnlyInAPastTense(string said, string date)
    {
        await using var f = new MemoryFixture();
        Assert.Contains($"(on {date})", Assert.Single((await Say(f, said)).Results).Memory, StringComparison.Ordinal);
    }

    // A reaction that says when something happens tells of an event or a plan; the same reaction without a date does not.
    [Theory]
    [InlineData("Can't wait for tomorrow's grand opening!", "Can't wait for tomorrow's (on 2023-05-09) grand opening!")]
    [InlineData("So excited about next week!", "So excited about next week (week of 2023-05-15)!")]
    [InlineData("That was fun last Saturday!", "That was fun last Saturday (on 2023-05-06)!")]
    public async Task AddAsync_ReactionThatSaysWhen_IsKeptWithItsDate(string said, string stored)
    {
        await using var f = new MemoryFixture();
        var result = await Say(f, said);
        Assert.Equal(stored, Assert.Single(result.Results).Memory);

        var undated = await Say(f, "Can't wait!");
        Assert.Empty(undated.Results);
        Assert.Equal("chit_chat", Assert.Single(undated.Skipped).Reason);
    }

    // A statement before a question clause is kept without the question; a reaction, a preamble, a subordinate clause or a
    // request for information before one is not a statement.
    [Theory]
    [InlineData("My favourite colour is green, what's yours?", "My favourite colour is green.")]
    [InlineData("I just finished reading Dune, what should I read next?", "I just finished reading Dune.")]
    [InlineData("I'm planning a trip to Japan, any tips?", "I'm planning a trip to Japan.")]
    [InlineData("Mi color favorito es el verde, ¿y tú?", "Mi color favorito es el verde.")]
    [InlineData("By the way, my manager is Priya, do you know her?", "My manager is Priya.")]
    [InlineData("Heads up, my flight lands at 9pm, any tips?", "My flight lands at 9pm.")]
    [InlineData("Ich habe gerade Dune gelesen, was soll ich als Nächstes lesen?", "Ich habe gerade Dune gelesen.")]
    [InlineData("I don't eat meat anymore, what can I cook?", "I don't eat meat anymore.")]
    [InlineData("Remember that I'm vegan, what can I cook?", "I'm vegan.")]
    public async Task AddAsync_StatementBeforeAQuestionClause_IsKeptWithoutTheQuestion(string said, string stored)
    {
        await using var f = new MemoryFixture();
        var result = await Say(f, said);
        Assert.Equal(stored, Assert.Single(result.Results).Memory);
    }

    // Inputs that made a rule's pattern try exponentially or polynomially many ways before failing (a message of "Ok"s
    // ending in another word; a long sentence with "always ... send" and no "me"): each is read once and kept.
    [Theory]
    [InlineData("Ok ", 40, "zzz")]
    [InlineData("always send you ", 5_000, "zzz.")]
    [InlineData("I'm not ", 20_000, "sure.")]
    [InlineData("Je ne ", 20_000, "sais.")]
    [InlineData("I'm a big ", 10_000, "fan.")]
    [InlineData("Ich bin ist ", 10_000, "da.")]
    public async Task AddAsync_PathologicalRepetition_IsReadInOnePass(string unit, int count, string end)
    {
        await using var f = new MemoryFixture();
        var result = await Say(f, string.Concat(Enumerable.Repeat(unit, count)) + end);
        Assert.Single(result.Results);
    }

    [Fact]
    public async Task AddAsync_HugeQuestionOfManyClauses_IsSkippedAsAQuestion()
    {
        await using var f = new MemoryFixture();
        // One clause of 200k characters, then one that no question word opens: the clause rule finds no head to keep.
        var clause = string.Concat(Enumerable.Repeat("well that is a thing ", 10_000));
        var result = await Say(f, "Love it " + clause + ", or is it, or not?");
        Assert.Empty(result.Results);
        Assert.Equal("question", Assert.Single(result.Skipped).Reason);
    }

    [Theory]
    [InlineData("Love the tattoo, did you just get it?")]
    [InlineData("I'm curious, what is it about?")]
    [InlineData("If you were me, what would you do?")]
    [InlineData("Tell me about Paris, what should I see?")]
    [InlineData("Show me some recipes, which ones are vegan?")]
    [InlineData("Good morning, how are you?")]
    [InlineData("Can you help me with my resume, please?")]
    [InlineData("¿Me puedes ayudar con mi CV?")] // was a fact, as the English was before
    [InlineData("¿Me ayudas con mi CV?")]
    [InlineData("Can I bring a friend?")]
    [InlineData("I was wondering if you have any tips for keeping dogs safe?")]
    public async Task AddAsync_QuestionAfterNoStatement_IsSkippedAsAQuestion(string said)
    {
        await using var f = new MemoryFixture();
        var result = await Say(f, said);
        Assert.Empty(result.Results);
        Assert.Equal("question", Assert.Single(result.Skipped).Reason);
    }

    // The statements of a message stay together, with the questions around them that have words of their own (they say
    // what the statement is about: measured on both dev sets, docs/BENCHMARKS.md); a question that only asks back does not.
    [Fact]
    public async Task AddAsync_MessageOfSeveralSentences_KeepsItsStatementsTogetherWithoutLeadInsAndQuestionsThatOnlyAskBack()
    {
        await using var f = new MemoryFixture();
        var result = await Say(f, "Yes, I moved to Berlin last week. Well, my new job starts on Monday! How about you? Always use metric units.");

        Assert.Equal(
            ["I moved to Berlin last week (week of 2023-05-01). My new job starts on Monday (on 2023-05-15)!", "Always use metric units."],
            result.Results.Select(r => r.Memory));
        Assert.Equal(1, f.Embedder.Calls);

        var asked = await Say(f, "Which lens suits a Sony A7 best? Oh, I just bought a Sony A7. Is it good for night shots? Any tips?");
        Assert.Equal("Which lens suits a Sony A7 best? I just bought a Sony A7. Is it good for night shots?", Assert.Single(asked.Results).Memory);

        // A question kept beside a statement has its relative dates resolved as the statement does.
        var dated = await Say(f, "I'm flying to Rome. Where should we eat on Saturday night?");
        Assert.Equal("I'm flying to Rome. Where should we eat on Saturday (on 2023-05-13) night?", Assert.Single(dated.Results).Memory);
    }

    [Fact]
    public async Task AddAsync_SentencePerMemory_StoresEachStatementAlone()
    {
        await using var f = new MemoryFixture(o => o.Formation.SentencePerMemory = true);
        var result = await Say(f, "Yes, I moved to Berlin last week. Well, my new job starts on Monday! How about you?");

        Assert.Equal(
            ["I moved to Berlin last week (week of 2023-05-01).", "My new job starts on Monday (on 2023-05-15)!"],
            result.Results.Select(r => r.Memory));
    }

    [Theory]
    [InlineData("Forget that I'm allergic to peanuts")]
    [InlineData("Delete the note about my peanut allergy")]
    [InlineData("Oublie que je suis allergique aux arachides")]
    [InlineData("Olvida que soy alérgico a los cacahuetes")]
    [InlineData("Vergiss, dass ich allergisch gegen Erdnüsse bin")]
    [InlineData("Never mind what I said about my peanut allergy")]
    public async Task AddAsync_ForgetThat_DeletesTheClosestMemoryKeepsHistoryAndTouchesNothingElse(string retraction)
    {
        await using var f = new MemoryFixture();
        var peanuts = new List<MemoryEventResult>();
        foreach (var said in new[] { "I'm allergic to peanuts.", "Je suis allergique aux arachides.", "Soy alérgico a los cacahuetes.", "Ich bin allergisch gegen Erdnüsse.", "My peanut allergy is severe." })
        {
            peanuts.Add((await Say(f, said)).Results.Single());
        }

        var other = (await Say(f, "I live in Paris and I love jazz.")).Results.Single();

        var result = await Say(f, retraction);

        var deleted = Assert.Single(result.Results);
        Assert.Equal((MemoryEventType.Delete, "deleted on request"), (deleted.Event, deleted.Note));
        Assert.Contains(deleted.Id, peanuts.Select(p => p.Id));
        var active = await Active(f);
        Assert.DoesNotContain(active, m => m.Id == deleted.Id);
        Assert.Contains(active, m => m.Id == other.Id);
        Assert.Equal(peanuts.Count, active.Count);
        Assert.Equal([MemoryEventType.Add, MemoryEventType.Delete], (await f.Memory.HistoryAsync(deleted.Id, cancellationToken: Ct)).Select(h => h.Event));
        var search = await f.Memory.SearchAsync(deleted.Memory, new SearchOptions { Scope = MemoryFixture.Alice }, Ct);
        Assert.DoesNotContain(search.Results, r => r.Memory.Id == deleted.Id);
    }

    // A retraction and, after a comma, a statement of the speaker's: the statement was read as part of what to forget and
    // was never kept; it is its own memory now. Not a statement that states nothing ("I was wrong").
    [Theory]
    [InlineData("I'm learning Spanish on Duolingo.", "Ignore what I said about Duolingo, I switched to Babbel.", "I switched to Babbel.")]
    [InlineData("I live in Paris.", "Forget that I live in Paris, I moved to Lyon.", "I moved to Lyon.")]
    [InlineData("J'habite à Paris.", "Oublie que j'habite à Paris, j'ai déménagé à Lyon.", "J'ai déménagé à Lyon.")]
    [InlineData("I'm allergic to peanuts.", "Forget that I'm allergic to peanuts, I was wrong.", null)]
    // A thing dropped by its subject, a semicolon, a French "on" and a Spanish verb without its pronoun: the statement
    // after it was lost ("Actually scratch the Japan trip, we're going to Korea instead" deleted the trip and kept nothing).
    [InlineData("I'm saving up for a trip to Japan.", "Actually scratch the Japan trip, we're going to Korea instead.", "We're going to Korea instead.")]
    [InlineData("I'm saving up for a trip to Japan.", "Forget about the Japan trip; we're going to Korea now.", "We're going to Korea now.")]
    [InlineData("Le voyage au Japon est en avril.", "Oublie le voyage au Japon, on va en Corée.", "On va en Corée.")]
    [InlineData("El viaje a Japón es en abril.", "Olvida el viaje a Japón, vamos a Corea.", "Vamos a Corea.")]
    // A clause of someone else's after the comma: it was read as part of what to forget ("the Denver flight, the trip got
    // cancelled"), which matched nothing.
    [InlineData("My flight to Denver is on Friday.", "Never mind about the Denver flight, the trip got cancelled.", "The trip got cancelled.")]
    public async Task AddAsync_RetractionThenAStatement_DeletesAndKeepsTheStatement(string memory, string said, string? kept)
    {
        await using var f = new MemoryFixture();
        var old = Assert.Single((await Say(f, memory)).Results);

        var result = await Say(f, said);

        Assert.Equal((MemoryEventType.Delete, old.Id), (result.Results[0].Event, result.Results[0].Id));
        Assert.Equal(kept is null ? [] : [kept], result.Results.Skip(1).Where(r => r.Event == MemoryEventType.Add).Select(r => r.Memory));
        Assert.Equal(kept is null ? [] : [kept], (await Active(f)).Select(m => m.Text));
    }

    // An increase or a cut is what a memory of an amount going up or down tells of: "Never mind about the rent increase,
    // the landlord backed off" matched nothing against "My rent is going up by $200" (and the clause after the comma was
    // read as part of what to forget). The words decide which memory it is, so the cosine check is off here (the
    // bag-of-words test embedder sees one shared word); an amount that only names the thing tells of no increase.
    [Theory]
    [InlineData("My rent is going up by $200 next month.", "Never mind about the rent increase, the landlord backed off.", true, "The landlord backed off.")]
    [InlineData("My hours are being reduced to 30 a week.", "Forget about the hours cut.", true, null)]
    [InlineData("My landlord is raising the rent to $2,400 in January.", "Never mind about the rent increase.", true, null)]
    [InlineData("My rent is $1,500 a month.", "Never mind about the rent increase.", false, null)]
    public async Task AddAsync_RetractionOfAnIncreaseOrACut_DeletesTheMemoryOfTheAmountGoingUpOrDown(string memory, string said, bool deletes, string? kept)
    {
        await using var f = new MemoryFixture(o => o.Formation.RetractionMinSimilarity = 0);
        var old = Assert.Single((await Say(f, memory)).Results);

        var result = await Say(f, said);

        Assert.Equal(deletes, result.Results.Any(r => r.Event == MemoryEventType.Delete && r.Id == old.Id));
        Assert.Equal(kept is null ? [] : [kept], result.Results.Where(r => r.Event == MemoryEventType.Add).Select(r => r.Memory));
    }

    // Retractions in Italian, Portuguese, Dutch, Polish and Swedish were stored as facts: the very thing the user asked to
    // forget, kept once more.
    [Theory]
    [InlineData("Sono allergico alle noci.", "Dimentica che sono allergico alle noci.")]
    [InlineData("Eu moro em Lisboa.", "Esquece que eu moro em Lisboa.")]
    [InlineData("Ik woon in Amsterdam.", "Vergeet dat ik in Amsterdam woon.")]
    [InlineData("Mieszkam w Krakowie.", "Zapomnij, że mieszkam w Krakowie.")]
    // Asked as a question in French, Spanish and German (each was skipped as a question: nothing was forgotten), and
    // "from memory" without "your".
    [InlineData("Mon numéro est le 06 12 34 56 78.", "Peux-tu oublier mon numéro ?")]
    [InlineData("Mi número es 612 345 678.", "¿Puedes olvidar mi número?")]
    [InlineData("Meine Nummer ist 0171 1234567.", "Kannst du meine Nummer vergessen?")]
    [InlineData("My phone number is 555-1234.", "Please remove my phone number from memory.")]
    [InlineData("Jag bor i Stockholm.", "Glöm att jag bor i Stockholm.")]
    // A retraction asked another way: "cancel the note about", "ignore / disregard what I said about", "oublie ce que je
    // t'ai dit sur", "ignora lo que te dije sobre", "vergiss, was ich über ... gesagt habe", "don't remember" were stored
    // as facts too.
    [InlineData("The dentist appointment is on March 3rd.", "Cancel the note about the dentist appointment.")]
    [InlineData("I'm planning to move to Berlin next year.", "Ignore what I said about moving to Berlin.")]
    [InlineData("I'm planning to move to Berlin next year.", "Disregard what I told you about moving to Berlin.")]
    [InlineData("Je prévois de déménager à Berlin.", "Oublie ce que je t'ai dit sur mon déménagement à Berlin.")]
    [InlineData("Mi viaje a Japón es en abril.", "Ignora lo que te dije sobre mi viaje a Japón.")]
    [InlineData("Mein Zahnarzttermin ist am Montag.", "Vergiss, was ich über den Zahnarzttermin am Montag gesagt habe.")]
    [InlineData("My phone number is 555-1234.", "Don't remember my phone number.")]
    [InlineData("My wife's name is Anna.", "Stop remembering my wife's name.")]
    // Asked as a wish, not a command (each was stored as a fact beside the memory it retracts).
    [InlineData("I'm allergic to shellfish.", "I don't want you to remember my shellfish allergy.")]
    [InlineData("I work at Acme Corp as a designer.", "I'd rather you didn't remember that I work at Acme Corp.")]
    [InlineData("J'habite au 12 rue de la Paix.", "Je ne veux pas que tu retiennes que j'habite rue de la Paix.")]
    [InlineData("Vivo en la calle Mayor 5.", "No quiero que recuerdes que vivo en la calle Mayor.")]
    // Said as "don't store", as taking back what was told, after a remark that it is private, and with German's short
    // imperative (each was stored as a fact beside the memory it retracts, or skipped as chit-chat).
    [InlineData("My address is 12 Baker Street.", "Don't store my address.")]
    [InlineData("My salary is 90k.", "Stop saving my salary.")]
    [InlineData("My sister is pregnant.", "Oops, I shouldn't have told you that my sister is pregnant, please forget it.")]
    [InlineData("Ma sœur est enceinte.", "Je n'aurais pas dû te dire que ma sœur est enceinte.")]
    [InlineData("I take 20mg of Lexapro.", "That's private, forget that I take Lexapro.")]
    [InlineData("Meine Adresse ist Hauptstraße 5.", "Lösch meine Adresse.")]
    // What is dropped named by its subject (each was stored as a fact beside the memory it drops).
    [InlineData("I'm learning Japanese.", "Never mind the Japanese thing, I gave up.")]
    [InlineData("I go to the gym three times a week.", "Never mind the gym, I gave up.")]
    [InlineData("I'm planning a trip to Peru in June.", "Forget about the trip to Peru, we changed our minds.")]
    [InlineData("I have a meeting with Sam on Friday at 2pm.", "Actually, scratch the meeting with Sam.")]
    [InlineData("I'm planning a surprise party for Ann.", "Forget about the surprise party idea.")]
    // Said as a permission, or with "wipe" (each was stored as a fact beside the memory it retracts).
    [InlineData("My gym is Equinox.", "You can forget about my gym.")]
    [InlineData("I work at Acme.", "Wipe everything about my job.")]
    // Named by a noun of two letters (it named nothing).
    [InlineData("My ex is called Jake.", "Delete what I told you about my ex.")]
    // What to forget said first, then "remove it" or "forget it" after saying it was wrong (each was skipped as
    // chit-chat or stored as a fact).
    [InlineData("I'm allergic to penicillin.", "That penicillin thing was wrong, remove it.")]
    [InlineData("My old address is 5 Oak Lane.", "My old address, delete it.")]
    [InlineData("Voy al gimnasio.", "Lo del gimnasio era mentira, bórralo.")]
    // A word that stands for what is named ("the shellfish thing": "thing" was taken for its object), and "drop ... from
    // your memory" (it was a fact).
    [InlineData("I'm allergic to shellfish.", "Erase the shellfish thing.")]
    [InlineData("I have a dentist appointment on Friday.", "Drop the dentist appointment from your memory.")]
    public async Task AddAsync_RetractionInMoreLanguagesAndWords_DeletesTheMemoryAndStoresNothing(string said, string retraction)
    {
        await using var f = new MemoryFixture();
        var memory = Assert.Single((await Say(f, said)).Results);
        var other = Assert.Single((await Say(f, "I play the cello.")).Results);

        var result = await Say(f, retraction);

        Assert.Equal((MemoryEventType.Delete, memory.Id), (Assert.Single(result.Results).Event, result.Results[0].Id));
        Assert.Equal([other.Id], (await Active(f)).Select(m => m.Id));
    }

    // A retraction that names an attribute by its name shares no word with the memory that gives it ("Forget my age" and
    // "I'm 41"): it matched nothing. It takes the memory of that attribute; of an address, a street address before the
    // city one lives in; never someone else's ("My son is 7").
    [Theory]
    [InlineData("I'm 41.", "Forget my age.")]
    [InlineData("J'ai 41 ans.", "Oublie mon âge.")]
    [InlineData("Tengo 41 años.", "Olvida mi edad.")]
    [InlineData("Ich bin 41.", "Vergiss mein Alter.")]
    [InlineData("I live at 12 Baker Street.", "Please delete my address.")]
    [InlineData("I work as a nurse.", "Forget my occupation.")]
    [InlineData("I'm married.", "Forget my marital status.")]
    [InlineData("I was born on May 3rd, 1985.", "Forget my birthday.")]
    [InlineData("Je suis née le 3 mai 1985.", "Oublie ma date de naissance.")]
    // A job named: where the speaker works, else what they work as (each matched nothing).
    [InlineData("I work at Google as a product manager.", "Forget everything about my job.")]
    [InlineData("I work as a nurse.", "Please forget my job.")]
    [InlineData("Je travaille chez Renault.", "Oublie mon travail.")]
    [InlineData("Ich arbeite bei Siemens.", "Vergiss meine Arbeit.")]
    [InlineData("I'm a nurse at Mercy Hospital.", "Please forget my job.")]
    [InlineData("Je suis infirmière.", "Oublie mon métier.")]
    public async Task AddAsync_RetractionNamingAnAttribute_DeletesTheMemoryThatGivesIt(string said, string retraction)
    {
        await using var f = new MemoryFixture();
        var son = Assert.Single((await Say(f, "My son is 7.")).Results);
        var city = Assert.Single((await Say(f, "I live in London.")).Results);
        var memory = Assert.Single((await Say(f, said)).Results);

        var result = await Say(f, retraction);

        Assert.Equal((MemoryEventType.Delete, memory.Id), (Assert.Single(result.Results).Event, result.Results[0].Id));
        Assert.Equal(new[] { son.Id, city.Id }.Order(), (await Active(f)).Select(m => m.Id).Order());
        Assert.Contains("matched nothing", Assert.Single((await Say(f, "Forget my age.")).Warnings), StringComparison.Ordinal);
    }

    // "Forget my birthday" deleted "My sister's birthday is in June": the speaker's own thing is never someone else's.
    [Fact]
    public async Task AddAsync_RetractionOfTheSpeakersOwn_LeavesWhatIsSomeoneElses()
    {
        await using var f = new MemoryFixture();
        var sister = Assert.Single((await Say(f, "My sister's birthday is in June.")).Results);

        var result = await Say(f, "Forget my birthday.");

        Assert.Empty(result.Results);
        Assert.StartsWith("retraction matched nothing", Assert.Single(result.Warnings), StringComparison.Ordinal);
        Assert.Equal(Assert.Single((await Say(f, "Forget my sister's birthday.")).Results).Id, sister.Id);
    }

    // A short answer to the assistant's question in the same add is kept with the question ("Tokyo." alone is chit-chat,
    // "No." too short to read); an answer that stands alone, or one to an offer, goes without it.
    [Theory]
    [InlineData("Happy to help! Where are you based?", "Tokyo.", "Where are you based? Tokyo.")]
    [InlineData("Got it. Do you have any food allergies?", "No.", "Do you have any food allergies? No.")]
    [InlineData("What's your budget for the trip?", "Around 2000 euros, I think.", "What's your budget for the trip? Around 2000 euros, I think.")]
    [InlineData("¿Y cuántos hijos tienes?", "Dos.", "¿Y cuántos hijos tienes? Dos.")]
    [InlineData("Nice! What is your favourite colour?", "I'm allergic to cats.", "I'm allergic to cats.")]
    [InlineData("Would you like me to book the hotel for you?", "Yes please.", null)]
    [InlineData("Where are you based?", "Thanks!", null)]
    public async Task AddAsync_AnswerToTheAssistantsQuestion_IsKeptWithItWhenItNeedsIt(string asked, string answer, string? stored)
    {
        await using var f = new MemoryFixture();
        var result = await f.Memory.AddAsync([new ChatMessage(ChatRole.Assistant, asked), new ChatMessage(ChatRole.User, answer)], Infer(), Ct);

        Assert.Equal(stored is null ? [] : new[] { stored }, result.Results.Select(r => r.Memory));
        Assert.Equal(stored is null, result.Skipped.Any(s => s.Index == 1));
    }

    // "Remember when ...?" recalls a shared past, it asks nothing to be stored: the question goes with what follows it.
    [Fact]
    public async Task AddAsync_RememberWhen_IsNoRequest()
    {
        await using var f = new MemoryFixture();
        var result = await Say(f, "Remember when we went to Paris? I still have the photos from the Louvre.");

        var kept = Assert.Single(result.Results);
        Assert.Equal(("Remember when we went to Paris? I still have the photos from the Louvre.", null), (kept.Memory, kept.Note));
    }

    // "Forget everything you know about me" asks to erase the user, which is `forget`'s work (every table, history,
    // caches), never an add's: it deleted nothing and said that nothing matched. Now it says what to use. "Delete that"
    // names nothing, and says so.
    [Theory]
    [InlineData("Please forget everything you know about me.", "asked to forget everything")]
    [InlineData("Oublie tout ce que tu sais sur moi.", "asked to forget everything")]
    [InlineData("Olvida todo lo que sabes de mí.", "asked to forget everything")]
    [InlineData("Delete that.", "retraction names nothing to forget")]
    public async Task AddAsync_RetractionOfEverythingOrOfNothing_DeletesNothingAndSaysWhy(string said, string warning)
    {
        await using var f = new MemoryFixture();
        await Say(f, "I live in Paris.");
        await Say(f, "I'm allergic to cats.");

        var result = await Say(f, said);

        Assert.Empty(result.Results);
        Assert.StartsWith(warning, Assert.Single(result.Warnings), StringComparison.Ordinal);
        Assert.Equal(2, (await Active(f)).Count);
    }

    // "Cancel" and "ignore" retract only a note or what was said: "Cancel the meeting with Tom" is a task, "Ignore the
    // typos in my messages" asks how to read, and neither deletes the memory that shares their words.
    [Theory]
    [InlineData("The meeting with Tom is on Friday.", "Cancel the meeting with Tom.")]
    [InlineData("I make typos in my messages.", "Ignore the typos in my messages.")]
    [InlineData("User authentication uses OAuth in my app.", "Ignore the user authentication part, I just need the staff ID.")]
    public async Task AddAsync_CancelOrIgnoreSomethingElse_DeletesNothing(string said, string asked)
    {
        await using var f = new MemoryFixture();
        var memory = Assert.Single((await Say(f, said)).Results);

        var result = await Say(f, asked);

        Assert.DoesNotContain(result.Results, r => r.Event is MemoryEventType.Delete or MemoryEventType.Supersede);
        Assert.Contains(memory.Id, (await Active(f)).Select(m => m.Id));
    }

    // "Never mind" retracts only what it names ("never mind what I said about X"); alone it is an acknowledgement.
    [Fact]
    public async Task AddAsync_NeverMindWithoutASubject_DeletesNothing()
    {
        await using var f = new MemoryFixture();
        await Say(f, "I found my keys in the car.");

        var result = await Say(f, "Never mind, I found it.");

        Assert.DoesNotContain(result.Results, r => r.Event == MemoryEventType.Delete);
        Assert.Contains(await Active(f), m => m.Text == "I found my keys in the car.");
    }

    [Theory]
    [InlineData("Forget everything about my phone.")]
    [InlineData("Oublie tout sur mon téléphone.")]
    [InlineData("Olvida todo sobre mi teléfono.")]
    [InlineData("Vergiss alles über mein Telefon.")]
    public async Task AddAsync_ForgetEverythingAbout_DeletesEveryMemoryOfTheSubjectAndNothingElse(string retraction)
    {
        await using var f = new MemoryFixture();
        var phone = new List<Guid>();
        foreach (var said in new[] { "My phone is a Pixel phone.", "My phone number is 555-1234, a phone from work.", "Mon téléphone est un Pixel, mon téléphone.", "Mi teléfono es un Pixel, mi teléfono.", "Mein Telefon ist ein Pixel, mein Telefon." })
        {
            phone.Add((await Say(f, said)).Results.Single().Id);
        }

        var other = (await Say(f, "I live in Paris and I love jazz.")).Results.Single();

        var result = await Say(f, retraction);

        Assert.NotEmpty(result.Results);
        Assert.All(result.Results, r => Assert.Equal((MemoryEventType.Delete, "deleted on request"), (r.Event, r.Note)));
        Assert.All(result.Results, r => Assert.Contains(r.Id, phone));
        Assert.Contains(other.Id, (await Active(f)).Select(m => m.Id));
        Assert.True(result.Results.Count >= 1 + (retraction.StartsWith("Forget", StringComparison.Ordinal) ? 1 : 0), "an English retraction deletes both English phone memories");
    }

    // A name followed by words set beside it is the sentence's subject, not someone spoken to: "Ben," was removed as a
    // lead-in (French "ben") and the sentence stored as "My brother, lives in Leeds."; "By the way" without a comma stayed.
    [Theory]
    [InlineData("Ben, my brother, lives in Leeds.", "Ben, my brother, lives in Leeds.")]
    [InlineData("Mira, mi hermana, es enfermera.", "Mira, mi hermana, es enfermera.")]
    [InlineData("Oh, Ben, my neighbour, fixed my bike.", "Ben, my neighbour, fixed my bike.")]
    [InlineData("Ben oui, je travaille chez Airbus.", "Je travaille chez Airbus.")]
    [InlineData("Hey Ben, my bike is fixed.", "My bike is fixed.")]
    // "By the way", "btw", "actually" are lead-ins without a comma too.
    [InlineData("By the way we use PostgreSQL 15 at work.", "We use PostgreSQL 15 at work.")]
    [InlineData("btw my manager is Priya.", "My manager is Priya.")]
    // Laughter is a lead-in without a comma too.
    [InlineData("lol I broke my phone.", "I broke my phone.")]
    // Agreeing to a day is no acknowledgement: the day is what was agreed.
    [InlineData("Saturday works for me!", "Saturday (on 2023-05-13) works for me!")]
    [InlineData("haha my cat knocked over the tree.", "My cat knocked over the tree.")]
    [InlineData("wow I just got promoted to team lead", "I just got promoted to team lead")]
    [InlineData("omg my sister is pregnant!", "My sister is pregnant!")]
    // "FYI", "just so you know", "pour info", "para que lo sepas", "zur Info" introduce what follows.
    [InlineData("For future reference, my account number is 88231.", "My account number is 88231.")]
    [InlineData("Just so you know, I'm a nurse.", "I'm a nurse.")]
    [InlineData("FYI my sister is a nurse.", "My sister is a nurse.")]
    [InlineData("Pour info, je suis infirmier.", "Je suis infirmier.")]
    [InlineData("Para que lo sepas, soy enfermera.", "Soy enfermera.")]
    [InlineData("Zur Info: ich arbeite nur vormittags.", "Ich arbeite nur vormittags.")]
    [InlineData("Quick one: I'm allergic to shellfish.", "I'm allergic to shellfish.")]
    // Lead-ins in a row, "PS", "Alright" (each was stored with them).
    [InlineData("Ok so update: the wedding got moved to October 14th.", "The wedding got moved to October 14th.")]
    [InlineData("Okay so basically my landlord raised the rent to $2,100.", "My landlord raised the rent to $2,100.")]
    [InlineData("Oh btw I'm allergic to latex.", "I'm allergic to latex.")]
    [InlineData("PS: my locker code is 1234.", "My locker code is 1234.")]
    [InlineData("P.S. my locker code is 1234.", "My locker code is 1234.")]
    [InlineData("Alright, I'm flying to Rome next week.", "I'm flying to Rome next week (week of 2023-05-15).")]
    // A word of praise before a capitalised word starts a name ("Great Falls," was removed as a lead-in); before a
    // lower-case word or a comma it is a reaction.
    [InlineData("Great Falls, Montana is my hometown.", "Great Falls, Montana is my hometown.")]
    [InlineData("Top Gun, the original one, is my favourite film.", "Top Gun, the original one, is my favourite film.")]
    [InlineData("Great job, I finished the marathon in 4 hours.", "I finished the marathon in 4 hours.")]
    [InlineData("Super, j'ai eu le poste chez Airbus.", "J'ai eu le poste chez Airbus.")]
    // A lead-in before what the speaker has none of, or before a count, goes; what follows stays (it was all skipped).
    [InlineData("Yes, two cats.", "Two cats.")]
    [InlineData("Nope, no allergies.", "No allergies.")]
    [InlineData("No, no pets right now.", "No pets right now.")]
    public async Task AddAsync_LeadIn_IsRemovedButNotANameBeforeAnApposition(string said, string stored)
    {
        await using var f = new MemoryFixture();

        var result = await Say(f, said);

        Assert.Equal(stored, Assert.Single(result.Results).Memory);
    }

    // "Forget that I'm allergic to peanuts" deleted "I'm allergic to cats": the two share "allergic", half the words.
    [Theory]
    [InlineData("I live in Paris.", "Forget that I own a sailboat")]
    [InlineData("I'm allergic to cats.", "Forget that I'm allergic to peanuts.")]
    public async Task AddAsync_RetractionMatchingNothing_SaysSoAndDeletesNothing(string stored, string retraction)
    {
        await using var f = new MemoryFixture();
        await Say(f, stored);

        var result = await Say(f, retraction);

        Assert.Empty(result.Results);
        Assert.StartsWith("retraction matched nothing", Assert.Single(result.Warnings), StringComparison.Ordinal);
        Assert.Equal(stored, Assert.Single(await Active(f)).Text);

        // The words after "forget" are the target whole: "on" in "online" is not the preposition.
        var online = await Say(f, "Forget online banking");
        Assert.Contains("\"online banking\"", Assert.Single(online.Warnings), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("I live in Paris.", "I no longer live in Paris.")]
    [InlineData("I drink coffee every morning.", "I don't drink coffee anymore.")]
    [InlineData("I'm a vegetarian.", "I'm not a vegetarian anymore.")]
    [InlineData("I have a red bike.", "I sold my red bike.")]
    [InlineData("J'habite à Paris.", "Je n'habite plus à Paris.")]
    [InlineData("Vivo en París.", "Ya no vivo en París.")]
    [InlineData("Ich wohne in Paris.", "Ich wohne nicht mehr in Paris.")]
    [InlineData("My phone number is 555-1234.", "My new phone number is 555-9876.")]
    [InlineData("Mon adresse email est jo@example.com.", "Ma nouvelle adresse email est jo@mnemo.dev.")]
    [InlineData("Mi número de teléfono es 555-1234.", "Mi nuevo número de teléfono es 555-9876.")]
    [InlineData("Meine Telefonnummer ist 555-1234.", "Meine neue Telefonnummer ist 555-9876.")]
    // The same attribute said again with another value, without "new" or "no longer".
    [InlineData("My favourite colour is green.", "My favourite colour is blue.")]
    [InlineData("My phone number is 555-1234.", "My phone number is 555-9876.")]
    [InlineData("My flight is at 7am.", "Correction: my flight is at 8am, not 7am.")]
    [InlineData("I live in Madrid.", "I moved to Lisbon.")]
    [InlineData("I live in Madrid.", "I love tapas. I moved to Lisbon.")]
    [InlineData("I work at Initech.", "I work at Globex now.")]
    [InlineData("Ma couleur préférée est le vert.", "Ma couleur préférée est le bleu.")]
    [InlineData("Mi correo es jo@example.com.", "Mi correo es ana@example.org.")]
    [InlineData("Ich wohne in Berlin.", "Ich wohne in Köln.")]
    [InlineData("I live at 12 Baker Street.", "I live at 5 Elm Street.")]
    // A value said to have changed ("changed to", "a changé", "cambió", "geändert"), a new job, a time adverb.
    [InlineData("My phone number is 555-1234.", "My phone number changed to 555-9876.")]
    [InlineData("My phone number is 555-1234.", "My number has changed to 555-9876.")]
    [InlineData("Mon numéro est le 0611223344.", "Mon numéro a changé : 0655667788.")]
    [InlineData("Mi número es 555-1234.", "Mi número cambió a 555-9876.")]
    [InlineData("Meine Nummer ist 555-1234.", "Meine Nummer hat sich geändert: 555-9876.")]
    [InlineData("I work at Initech.", "I just started a new job at Globex.")]
    [InlineData("I live in Madrid.", "We recently moved to Porto.")]
    // A denial of a memory, word for word; a count said again; a role.
    [InlineData("I'm allergic to peanuts.", "I'm not allergic to peanuts, it was a misdiagnosis.")]
    [InlineData("I drink coffee.", "I don't drink coffee.")]
    [InlineData("J'aime le jazz.", "Je n'aime pas le jazz.")]
    [InlineData("Ich habe eine Katze.", "Ich habe keine Katze.")]
    [InlineData("I have two cats.", "I have three cats now.")]
    [InlineData("I work as a nurse.", "I now work as a teacher.")]
    // A label and its value, as notes are written.
    [InlineData("Favorite food: ramen.", "Favorite food: pizza.")]
    [InlineData("My favorite food is ramen.", "Favorite food: pizza.")]
    [InlineData("Timezone: CET.", "Timezone: PST.")]
    // Where someone else lives or works, by their name or by the possessive that names them.
    [InlineData("My sister Maria lives in Rome.", "Maria moved to Berlin.")]
    [InlineData("My sister lives in Rome.", "My sister just moved to Berlin.")]
    [InlineData("Tom works at Initech.", "Tom started a new job at Globex.")]
    [InlineData("Mi hermana vive en Roma.", "Mi hermana se mudó a Berlín.")]
    // A correction of what was said ("scratch that", "correction:").
    [InlineData("I have a dog named Rex.", "Scratch that, I have a cat named Rex.")]
    [InlineData("The meeting is at 3pm.", "Correction: the meeting is at 4pm.")]
    // A job lost or left, a thing traded in or got rid of.
    [InlineData("I work at Google.", "I got laid off from Google.")]
    [InlineData("I work at Initech.", "I was fired from Initech last week.")]
    [InlineData("I work at Initech.", "I left my job at Initech.")]
    [InlineData("I drive a Honda Civic.", "I traded in my Civic for a Tesla.")]
    [InlineData("I have a treadmill at home.", "I got rid of my treadmill.")]
    // The value said to hold now, before the attribute; a move with the speaker left unsaid.
    [InlineData("My favorite band is Radiohead.", "These days my favorite band is Muse.")]
    [InlineData("I live in Madrid.", "Moved to Lisbon last month.")]
    [InlineData("I live in Madrid.", "Currently living in Lisbon.")]
    // A change of someone else retires what was said of them; with the speaker unsaid, it is the speaker's.
    [InlineData("My sister lives in Rome.", "My sister no longer lives in Rome.")]
    [InlineData("I have a cat named Luna.", "Unfortunately my cat passed away.")]
    [InlineData("I'm vegan.", "No longer vegan.")]
    // A death ("passed away", "falleció", "ist gestorben"), said with or without when.
    [InlineData("I have a dog named Rex.", "Rex passed away last night.")]
    [InlineData("Mi perro Toby tiene diez años.", "Toby falleció.")]
    [InlineData("Mein Hund Bello ist sehr alt.", "Bello ist gestorben.")]
    // "died" of a pet or a person, by name or by the possessive that names them; a date said in full is when, not what.
    [InlineData("I have a cat named Milo.", "Milo died last week.")]
    [InlineData("I have a dog.", "Sadly, my dog died.")]
    [InlineData("My uncle lives in Ohio.", "My uncle passed away in March.")]
    // A past that began a state ("got", "bought", "started") is the state the change ends, not a past of its own.
    [InlineData("I got a puppy named Max.", "Max passed away.")]
    [InlineData("I bought a Tesla.", "I sold my Tesla.")]
    // The speaker's age, and an age said to have turned.
    [InlineData("I'm 41.", "Actually I'm 42, not 41.")]
    [InlineData("I'm 41 years old.", "I just turned 42.")]
    [InlineData("My son is 7.", "My son just turned 8.")]
    [InlineData("J'ai 41 ans.", "J'ai 42 ans.")]
    [InlineData("Tengo 41 años.", "Tengo 42 años.")]
    [InlineData("Ich bin 41.", "Ich bin 42.")]
    // A past habit or state: "used to", "solía", "früher".
    [InlineData("I live in Madrid.", "I used to live in Madrid.")]
    [InlineData("Vivo en Madrid.", "Yo solía vivir en Madrid.")]
    [InlineData("Ich wohne in Madrid.", "Früher wohnte ich in Madrid.")]
    // A clause after the change says why or what came next, not what changed; "quit" and "gave up" end things too.
    [InlineData("I work at Google.", "I left my job at Google to start my own company.")]
    [InlineData("I work at Google.", "I quit Google last week.")]
    [InlineData("I'm training for a marathon.", "I gave up on the marathon.")]
    [InlineData("I'm allergic to cats.", "I'm no longer allergic to cats since the treatment.")]
    [InlineData("I have a red bike.", "I sold the red bike.")]
    [InlineData("My parents live in Munich.", "My parents moved to Hamburg.")]
    [InlineData("I play tennis on Sundays.", "I stopped playing tennis.")]
    [InlineData("Je travaille chez Renault Trucks.", "J'ai quitté Renault Trucks pour une startup.")]
    [InlineData("Tengo un gato que se llama Coco.", "Coco murió.")]
    [InlineData("Ich arbeite bei Siemens.", "Ich habe bei Siemens gekündigt.")]
    [InlineData("I have a red bike.", "Sold the red bike and bought a scooter.")]
    [InlineData("I go running every morning.", "I hurt my knee so I stopped running.")]
    [InlineData("My gym membership renews on March 1.", "I cancelled my gym membership.")]
    [InlineData("I smoke after dinner.", "I gave up smoking after dinner.")]
    // Someone's age keyed by their name; a count that was "a".
    [InlineData("My daughter Emma is 7.", "Emma just turned 8.")]
    [InlineData("Ma fille Emma a 7 ans.", "Emma a 8 ans.")]
    [InlineData("I have a dog.", "I have three dogs now.")]
    // A count changed without being said (each left the old count active).
    [InlineData("I have two cats.", "We adopted a third cat.")]
    [InlineData("I have two dogs.", "I got another dog.")]
    [InlineData("We have three cats.", "One of our cats died.")]
    // A break-up said with "and I" or "we" and the partner's name; a new value given by "changed ... to" with or without
    // its "I"; a new person of the speaker's; a German move with its verb last (each left the old memory active).
    [InlineData("I'm dating Sam.", "Sam and I broke up.")]
    [InlineData("I live with Sam.", "Sam and I split up.")]
    [InlineData("My wifi password is hunter2.", "Changed the wifi password to swordfish.")]
    [InlineData("My wifi password is hunter2.", "I changed my wifi password to swordfish.")]
    [InlineData("My manager is Priya.", "My new manager is Tom.")]
    [InlineData("Mon patron est Marc.", "Mon nouveau patron est Luc.")]
    [InlineData("Ich wohne in Berlin.", "Wir sind nach München gezogen.")]
    // A standing instruction given another value: the language of the answers (in any of the four languages, either
    // way), their units or spelling, what to call the speaker; and one stopped or allowed back (each left both active,
    // and "You can answer in English again." was skipped as chit-chat).
    [InlineData("Please always answer in French.", "From now on, answer in English.")]
    [InlineData("Please always answer in French.", "You can answer in English again.")]
    [InlineData("Please always answer in French.", "Stop answering in French.")]
    [InlineData("Réponds toujours en français.", "Answer in English from now on.")]
    [InlineData("Responde siempre en español.", "Responde en inglés, por favor.")]
    [InlineData("Antworte immer auf Deutsch.", "Antworte ab jetzt auf Englisch.")]
    [InlineData("Always use metric units.", "Use imperial units from now on.")]
    [InlineData("Always use metric units.", "You can use imperial units now.")]
    [InlineData("Use British spelling.", "Use American spelling please.")]
    [InlineData("Call me Samantha.", "Call me Sam.")]
    // How long the answers are ("You can give longer answers now." was skipped, "Please give more detailed answers from now
    // on." a fact).
    [InlineData("Keep your answers short.", "You can give longer answers now.")]
    [InlineData("Be concise.", "Please give more detailed answers from now on.")]
    [InlineData("Shorter answers please.", "Longer answers please.")]
    [InlineData("Sois concis.", "Donne des réponses plus détaillées.")]
    // An attribute with "actually" before it and no comma, or with when it holds after it.
    [InlineData("My favorite color is blue.", "Actually my favorite color is green now.")]
    [InlineData("I'm 34.", "I turned 35 today.")]
    // The speaker's marital status.
    [InlineData("I'm single.", "I just got married!")]
    [InlineData("I'm engaged to Sam.", "We're married now.")]
    [InlineData("Je suis célibataire.", "Je suis mariée maintenant.")]
    [InlineData("Estoy soltero.", "Me casé.")]
    [InlineData("Ich bin ledig.", "Ich habe geheiratet.")]
    // A job changed without naming the old one, or left by the employer's name; a thing got rid of; a denial hedged.
    [InlineData("I work as a teacher at Lincoln High.", "I switched jobs, I'm a nurse at St Mary's now.")]
    [InlineData("I work at Initech.", "I got a new job!")]
    [InlineData("I work at BNP Paribas.", "I left BNP and now work at N26.")]
    [InlineData("Je travaille chez Renault.", "J'ai changé de travail.")]
    [InlineData("Trabajo en Telefónica.", "Cambié de trabajo.")]
    [InlineData("Ich arbeite bei Siemens.", "Ich habe den Job gewechselt.")]
    [InlineData("I drive a Honda Civic.", "I got rid of the Honda.")]
    [InlineData("I'm allergic to penicillin.", "Turns out I'm not allergic to penicillin after all.")]
    [InlineData("I'm allergic to peanuts.", "Turns out I'm not allergic to peanuts after all, the test was wrong.")]
    // A German pastime named with a noun after "im", and a break-up with the partner named after "with" (each left the
    // old memory active).
    [InlineData("Ich spiele Tennis im Verein.", "Ich spiele kein Tennis mehr.")]
    [InlineData("My boyfriend is Mark.", "I broke up with Mark.")]
    // A stage of school said with "just" (it was read as the child's name).
    [InlineData("My daughter is in 2nd grade.", "My daughter just started 3rd grade.")]
    // Something called off ("cancelled", "wurde abgesagt", "a été annulée").
    [InlineData("I'm meeting Sarah for lunch on Thursday.", "Lunch with Sarah is cancelled.")]
    [InlineData("Das Konzert ist am Samstag.", "Das Konzert wurde abgesagt.")]
    [InlineData("La fête est samedi.", "La fête a été annulée.")]
    // Quit said of a bare noun, something cancelled by its name, a possessive owner that is also a French word ("son"),
    // and a thing switched to another by name.
    [InlineData("I drink coffee every morning.", "I quit coffee.")]
    [InlineData("My son is learning piano.", "My son quit piano.")]
    [InlineData("I have a subscription to Netflix.", "I canceled Netflix.")]
    [InlineData("My internet provider is Comcast.", "I switched my internet provider to Verizon.")]
    [InlineData("I have a gym membership at Equinox.", "I switched my gym membership to Planet Fitness.")]
    // Something finished that was under way.
    [InlineData("I'm reading Dune.", "I finished Dune last night, now I'm on Children of Dune.")]
    [InlineData("I'm writing my thesis on coral reefs.", "I'm done with my thesis on coral reefs.")]
    [InlineData("Estoy leyendo Cien años de soledad.", "Terminé de leer Cien años de soledad.")]
    // A value changed without "to <Name>" (both were kept beside the old value).
    [InlineData("My phone number is 555-1234.", "I changed my number, it's 555-9999 now.")]
    [InlineData("My email is jo@old.com.", "I changed my email to jo@new.com.")]
    // A new value said without the old one, found by the kind of thing it is; a kind switched, in the four languages; a
    // break-up that names no one, which ends the dating status (each left the old memory active).
    [InlineData("My phone is an iPhone 12.", "I upgraded to an iPhone 15.")]
    [InlineData("Our internet is 100 Mbps.", "We upgraded to 500 Mbps.")]
    [InlineData("I use Tide detergent.", "I recently switched to a plant-based laundry detergent.")]
    [InlineData("My phone is an iPhone 12.", "I upgraded my phone to a Pixel 8.")]
    [InlineData("Ich trinke jeden Morgen Kaffee.", "Ich bin auf entkoffeinierten Kaffee umgestiegen.")]
    [InlineData("My dentist is Dr. Smith.", "I switched dentists, now I see Dr. Lopez.")]
    [InlineData("I bank with Chase.", "I switched banks last month.")]
    [InlineData("Mon dentiste est le docteur Martin.", "J'ai changé de dentiste.")]
    [InlineData("Mi dentista es el Dr. García.", "Cambié de dentista.")]
    [InlineData("Mein Zahnarzt ist Dr. Weber.", "Ich habe den Zahnarzt gewechselt.")]
    [InlineData("I'm dating Alex.", "We broke up last week.")]
    [InlineData("I'm in a relationship with Alex.", "We split up.")]
    [InlineData("Je sors avec Alex.", "On a rompu.")]
    [InlineData("Salgo con Alex.", "Rompimos.")]
    [InlineData("Ich bin mit Alex zusammen.", "Wir haben uns getrennt.")]
    // Who the partner is, by name, is the relationship status too: a break-up ends it, and so does another partner.
    [InlineData("My boyfriend is Alex.", "We broke up last week.")]
    [InlineData("Alex is my girlfriend.", "We split up.")]
    [InlineData("My partner's name is Sam.", "We broke up.")]
    [InlineData("My boyfriend is Alex.", "Sam is my girlfriend.")]
    [InlineData("Mon copain s'appelle Alex.", "On a rompu.")]
    [InlineData("Mi novia es Ana.", "Rompimos.")]
    [InlineData("Mein Freund heißt Jonas.", "Wir haben uns getrennt.")]
    // A spouse named is the status too, and a break-up that names the partner's role ends it (the German and French ones
    // left the spouse active).
    [InlineData("My wife is Sarah.", "My wife and I separated.")]
    [InlineData("My husband is Mark.", "We got divorced.")]
    [InlineData("Mon mari s'appelle Paul.", "Mon mari et moi avons divorcé.")]
    [InlineData("Ma femme s'appelle Julie.", "Nous nous sommes séparés.")]
    [InlineData("Mi esposa se llama Ana.", "Mi esposa y yo nos separamos.")]
    [InlineData("Meine Frau heißt Anna.", "Meine Frau und ich haben uns getrennt.")]
    [InlineData("Mein Mann heißt Jonas.", "Wir sind geschieden.")]
    // The same sentence said again with another value, a number, a time or a day (each left the old value active).
    [InlineData("I usually wake up at 6am.", "I usually wake up at 7 now.")]
    [InlineData("I work from home on Fridays.", "Now I work from home on Mondays and Fridays.")]
    [InlineData("I run 5 km every morning.", "I run 10 km every morning.")]
    [InlineData("Je me lève à 6h.", "Je me lève à 7h maintenant.")]
    [InlineData("Ich jogge jeden Dienstag.", "Ich jogge jetzt jeden Donnerstag.")]
    // Someone else changed what is the speaker's own (it was read as a change of the sister's).
    [InlineData("I have an old Honda.", "My sister sold my old Honda.")]
    // A diet kept one at a time, a favourite said with "these days" inside, someone else's activity quit before another
    // (each left the old value active).
    [InlineData("I'm vegetarian.", "I've been vegan for 3 months now.")]
    [InlineData("I'm vegan.", "I eat meat again.")]
    [InlineData("Je suis végétarienne.", "Je suis devenue végane.")]
    [InlineData("Soy vegetariano.", "Ahora soy vegano.")]
    [InlineData("Ich bin Vegetarier.", "Ich bin jetzt Veganer.")]
    [InlineData("My favorite band is Radiohead.", "Honestly my favorite band these days is Arcade Fire.")]
    [InlineData("My son plays soccer.", "My son quit soccer and started basketball.")]
    [InlineData("Mon fils joue au foot.", "Mon fils a arrêté le foot.")]
    [InlineData("Mi hijo juega al fútbol.", "Mi hijo dejó el fútbol.")]
    [InlineData("Ma couleur préférée est le rouge.", "En fait, ma couleur préférée c'est le vert.")]
    // A count said again in French, Spanish and German (each left the old count active).
    [InlineData("J'ai un chat.", "J'ai deux chats maintenant.")]
    [InlineData("Tengo dos perros.", "Ahora tengo tres perros.")]
    [InlineData("Ich habe eine Katze.", "Ich habe jetzt zwei Katzen.")]
    // How the speaker gets to work, said another way (each left the old way active).
    [InlineData("I usually take the bus to work.", "I bike to work now.")]
    [InlineData("Je vais au travail en bus.", "Je vais au travail à vélo maintenant.")]
    [InlineData("Voy al trabajo en autobús.", "Ahora voy al trabajo en bici.")]
    [InlineData("Ich fahre mit dem Bus zur Arbeit.", "Ich fahre jetzt mit dem Rad zur Arbeit.")]
    // A new value said as what the speaker got, after a colon or a dash (each left the old value active).
    [InlineData("My phone number is 555-1234.", "I got a new phone number: 555-9876.")]
    [InlineData("My email is jo@old.com.", "I have a new email - jo@new.com.")]
    [InlineData("My car is a Honda Civic.", "I got a new car: a Tesla Model 3.")]
    // A preference said again with one other word, a name included (each left the old preference active).
    [InlineData("I prefer window seats.", "I prefer aisle seats now.")]
    [InlineData("I prefer Delta flights.", "I prefer United flights.")]
    [InlineData("I prefer to work in the morning.", "I prefer to work in the evening.")]
    [InlineData("Je préfère le thé noir.", "Je préfère le thé vert maintenant.")]
    [InlineData("Prefiero el té negro.", "Prefiero el té verde.")]
    // A new value said after what the speaker got, with a comma; "new" before an attribute's name; a third child; a
    // relationship begun without a name; a switch that names what it leaves (each left the old value active).
    [InlineData("My car is a 2015 Toyota Corolla.", "I bought a new car, a Tesla Model 3.")]
    [InlineData("My favorite restaurant is Nopa.", "New favorite restaurant: Zuni Cafe.")]
    [InlineData("My favorite restaurant is Nopa.", "My new favorite restaurant is Zuni Cafe.")]
    [InlineData("I have two kids.", "We just had our third baby!")]
    [InlineData("I'm single.", "I'm seeing someone now.")]
    [InlineData("I read on a Kindle.", "I switched from Kindle to Kobo.")]
    // The same in French, Spanish and German: the owner and the article read alike whatever their gender or case.
    [InlineData("Ma voiture est une Peugeot 208.", "J'ai acheté une nouvelle voiture, une Tesla.")]
    [InlineData("Mi coche es un Seat Ibiza.", "Me compré un coche nuevo, un Toyota Corolla.")]
    [InlineData("Mein Auto ist ein VW Golf.", "Ich habe ein neues Auto, einen Tesla.")]
    [InlineData("J'utilise une Kindle.", "Je suis passée de la Kindle à la Kobo.")]
    [InlineData("Leo en un Kindle.", "Cambié el Kindle por un Kobo.")]
    [InlineData("Ich lese auf einem Kindle.", "Ich bin von Kindle auf Kobo umgestiegen.")]
    // An allergy or an illness outgrown or cured, someone else's by their name ("Mia" is also Italian for "my").
    [InlineData("My daughter Mia is allergic to peanuts.", "Mia outgrew her allergy to peanuts!")]
    [InlineData("My son has asthma.", "My son is cured of his asthma.")]
    // What the speaker works as, said with "to be" (each left the old occupation active); a pet given away by its name.
    [InlineData("I'm a software engineer.", "I'm a product manager now.")]
    [InlineData("I'm a nurse at Mercy Hospital.", "I became a teacher.")]
    [InlineData("I work as a nurse.", "I'm retired now.")]
    [InlineData("Je suis infirmière.", "Je suis professeure maintenant.")]
    [InlineData("Soy enfermera.", "Ahora soy profesora.")]
    [InlineData("Ich bin Krankenschwester.", "Ich bin jetzt Lehrerin.")]
    [InlineData("My cat is called Luna.", "We had to give Luna away.")]
    // A pet given away, a sport dropped, a job quit, a relationship begun, in French, Spanish and German (each left the old
    // memory active); a German noun after its article is no name ("einen Hund namens Bello" names only Bello).
    [InlineData("Notre chat Luna a trois ans.", "Luna est décédée.")] // "a trois" was read as a past tense
    [InlineData("Unser Hund heißt Bello.", "Wir mussten Bello abgeben.")]
    [InlineData("Wir haben einen Hund namens Bello.", "Bello ist gestorben.")]
    [InlineData("Mon fils joue au tennis.", "Mon fils a laissé tomber le tennis.")]
    [InlineData("Je travaille chez Airbus.", "J'ai démissionné de chez Airbus.")]
    [InlineData("Trabajo en Telefónica.", "Dejé Telefónica.")]
    [InlineData("Ich bin Single.", "Ich habe eine Freundin.")]
    [InlineData("Estoy soltera.", "Tengo novio.")]
    // An event called off with "is off", "fällt aus", "está cancelada"; a band left (each was a fact beside it).
    [InlineData("I have a dentist appointment at 2pm.", "The dentist appointment is off.")]
    [InlineData("Ich habe einen Zahnarzttermin.", "Der Zahnarzttermin fällt aus.")]
    [InlineData("Tengo una cita con el dentista el viernes.", "La cita con el dentista está cancelada.")]
    [InlineData("I play guitar in a band called The Owls.", "I left the band.")]
    // The same attribute said with another word ("boss" and "manager", "GP" and "doctor", "jefe" and "jefa", "Chef" and
    // "Chefin"), after a comma, or with a title's period ("Dr. Kim" was read as two sentences); each left the old value.
    [InlineData("My boss is Priya.", "My new manager is Mark.")]
    [InlineData("My manager is Priya.", "Priya left, my new boss is Mark.")]
    [InlineData("My doctor is Dr. Patel.", "My new GP is Dr. Kim.")]
    [InlineData("Mi jefe es Carlos.", "Mi nueva jefa es Ana.")]
    [InlineData("Mein Chef ist Herr Braun.", "Meine neue Chefin ist Frau Koch.")]
    [InlineData("My cell number is 555-1234.", "My new phone number is 555-9876.")]
    // Something given up, in English, French, Spanish and German; a French change said with "J'ai" (the speaker was read
    // as someone unnamed, so "J'ai laissé tomber le piano" retired nothing).
    [InlineData("I'm learning the guitar.", "I've given up on the guitar.")]
    [InlineData("I'm learning the guitar.", "I gave up the guitar.")]
    [InlineData("J'apprends le piano.", "J'ai abandonné le piano.")]
    [InlineData("J'apprends le piano.", "J'ai laissé tomber le piano.")]
    [InlineData("J'apprends le piano.", "J'ai arrêté le piano.")]
    [InlineData("Estoy aprendiendo alemán.", "Abandoné el alemán.")]
    [InlineData("Ich lerne Japanisch.", "Ich habe Japanisch aufgegeben.")]
    // A pet given to someone by its name, where the target opens with the name ("Minou à ma voisine" had no name past
    // its start); a divorce, a dismissal and a habit dropped in Spanish, French and German (each left the old memory).
    [InlineData("Minou est ma chatte.", "J'ai donné Minou à ma voisine.")]
    [InlineData("Yo estoy casada con Pedro.", "Pedro y yo nos divorciamos.")]
    [InlineData("Trabajo en Zara.", "Me despidieron de Zara.")]
    [InlineData("Je travaille chez Renault.", "J'ai été licenciée de Renault.")]
    [InlineData("Ich trinke jeden Morgen Kaffee.", "Ich trinke keinen Kaffee mehr.")]
    // An age said by a birthday's ordinal, a weight, an amount said to have gone up and then its value, someone else's
    // employer left for another (each left the old memory).
    [InlineData("My son is 6.", "My son just had his 7th birthday.")]
    [InlineData("I'm 34.", "I just celebrated my 35th birthday.")]
    [InlineData("I weigh 80 kg.", "I'm down to 75 kg.")]
    [InlineData("Je pèse 80 kg.", "Je pèse maintenant 76 kg.")]
    [InlineData("Ich wiege 80 kg.", "Ich wiege jetzt 77 kg.")]
    [InlineData("My rent is $1,800.", "Rent went up, it's $1,950 now.")]
    [InlineData("My wife works at Deloitte.", "My wife left Deloitte, she's at KPMG now.")]
    // A pet gone missing, a medicine stopped, a new GP named after a comma, a partner named after a comma, a job found
    // after being out of work (each left the old memory).
    [InlineData("I have a cat named Milo.", "Milo ran away.")]
    [InlineData("Rex is our dog.", "Rex went missing.")]
    [InlineData("We have a cat.", "Our cat went missing.")]
    [InlineData("I take metformin for my diabetes.", "I'm off metformin now.")]
    [InlineData("I'm on metformin.", "My doctor took me off metformin.")]
    [InlineData("My doctor is Dr. Patel.", "I switched to a new GP, Dr. Kim.")]
    [InlineData("My dentist is Dr. Lee.", "I'm seeing a new dentist, Dr. Park.")]
    [InlineData("I'm learning Spanish on Duolingo.", "I stopped learning Spanish.")]
    [InlineData("I'm a vegetarian.", "I've been eating fish again lately.")]
    // A medicine's dose, a child's grade, where the speaker works from; a place that is someone's (each left the old memory).
    [InlineData("I take 20mg of Lexapro every morning.", "I'm now on 10mg of Lexapro.")]
    [InlineData("My son is in 3rd grade.", "My son started 4th grade.")]
    [InlineData("I work remotely.", "I'm back in the office full-time now.")]
    [InlineData("I'm in the office three days a week.", "I'm fully remote now.")]
    [InlineData("I live with my parents.", "I moved out of my parents' place.")]
    [InlineData("I'm allergic to penicillin.", "My allergist said I'm not actually allergic to penicillin.")]
    [InlineData("I'm single.", "I have a girlfriend now, her name is Emma.")]
    [InlineData("I'm single.", "I started dating someone, her name is Emma.")]
    [InlineData("I'm unemployed.", "I got a job at Google!")]
    [InlineData("I work at Microsoft.", "I got hired at Stripe.")]
    [InlineData("Trabajo en Zara.", "Conseguí trabajo en Mango.")]
    // What the speaker said they do not do or have, now said without the negation; what they said they had none of, one
    // of its kind now had (each left the old memory).
    [InlineData("I don't drink coffee.", "I drink coffee again.")]
    [InlineData("I don't have a car.", "I have a car now.")]
    [InlineData("I can't swim.", "I can swim now!")]
    [InlineData("Ich habe kein Auto.", "Ich habe jetzt ein Auto.")]
    [InlineData("I don't have any pets.", "We adopted a puppy named Biscuit.")]
    [InlineData("We have no pets.", "I have two cats.")]
    [InlineData("I don't have kids.", "We just had our first baby!")]
    [InlineData("Je n'ai pas d'animaux.", "Nous avons adopté un chat.")]
    [InlineData("No tengo mascotas.", "Tenemos un perro.")]
    [InlineData("Ich habe keine Kinder.", "Wir haben ein Baby bekommen.")]
    // Someone of the speaker's off what they were on, and the speaker off more than one word; what was under way given up
    // or quit; a plan decided against or called off (each left the old memory).
    [InlineData("My daughter is on the swim team.", "My daughter is off the swim team.")]
    [InlineData("My dad is on blood thinners.", "My dad is off blood thinners.")]
    [InlineData("Emma is on the debate team.", "Emma is off the debate team.")]
    [InlineData("I work the night shift at the hospital.", "I'm off the night shift now.")]
    [InlineData("I'm learning Spanish on Duolingo.", "I gave up on Spanish.")]
    [InlineData("I'm learning Spanish on Duolingo.", "I quit Duolingo.")]
    [InlineData("I'm reading War and Peace.", "I gave up on War and Peace.")]
    [InlineData("We're planning a trip to Japan in April.", "We decided not to go to Japan after all.")]
    [InlineData("We're thinking about buying a Peloton.", "We decided against buying a Peloton.")]
    [InlineData("Vamos a ir a México en julio.", "Decidimos no ir a México.")]
    [InlineData("We have a wedding planned for June.", "We called off the wedding.")]
    // What the speaker was looking for, found; the home they rented, bought (each left the old memory).
    [InlineData("I'm looking for a new job.", "I found a new job at Stripe.")]
    [InlineData("I'm job hunting.", "I landed a job at Microsoft!")]
    [InlineData("We're looking for a babysitter for Saturdays.", "We hired a babysitter.")]
    [InlineData("I need a new laptop for work.", "I bought a new laptop.")]
    [InlineData("I'm looking for a gym near my office.", "I joined a gym near my office.")]
    [InlineData("Je cherche un appartement à Lyon.", "On a trouvé un appartement !")]
    [InlineData("Estoy buscando trabajo.", "Encontré trabajo en Zara.")]
    [InlineData("Wir suchen eine Wohnung in Berlin.", "Wir haben eine Wohnung gefunden.")]
    [InlineData("I'm saving up for a new car.", "I bought a new car.")]
    [InlineData("I'm waiting for my visa.", "My visa finally came through!")]
    [InlineData("We rent an apartment downtown.", "We bought a house!")]
    [InlineData("We rent a two-bedroom apartment.", "We just closed on our first house!")]
    // What the speaker prepared for, done; their studies over; the baby they expected, born (each left the old memory).
    [InlineData("I'm training for a marathon.", "I ran my first marathon!")]
    [InlineData("I'm studying for the bar exam.", "I passed the bar exam!")]
    [InlineData("I'm a student at NYU.", "I graduated from NYU!")]
    [InlineData("I'm pregnant.", "We just had our baby!")]
    [InlineData("We're expecting a baby in March.", "Our daughter was born.")]
    [InlineData("I'm working toward my black belt.", "I got my black belt!")]
    [InlineData("We're trying for a baby.", "We're expecting twins!")]
    [InlineData("I'm trying to get pregnant.", "I'm pregnant!")]
    [InlineData("On essaie d'avoir un bébé.", "Je suis enceinte !")]
    [InlineData("Estamos buscando un bebé.", "¡Estoy embarazada!")]
    [InlineData("Wir versuchen, ein Kind zu bekommen.", "Ich bin schwanger!")]
    // A plan named with a possessive name, no longer on; work ended; a promotion; the name gone by; someone of the
    // speaker's moved out or in; a couple engaged; a home downsized; a transplant waited for, done (each left the old
    // memory).
    [InlineData("I'm going to Sarah's wedding in June.", "I'm not going to Sarah's wedding anymore.")]
    [InlineData("I work at McDonald's.", "I don't work at McDonald's anymore.")]
    [InlineData("I work at IBM.", "I'm retired now.")]
    [InlineData("I work at Google.", "I lost my job.")]
    [InlineData("Je travaille chez Renault.", "Je suis au chômage.")]
    [InlineData("I'm a software engineer.", "I got promoted to senior engineer.")]
    [InlineData("My name is Samantha.", "I go by Sam now.")]
    [InlineData("My son lives with us.", "My son moved out.")]
    [InlineData("My mom lives in Florida.", "My mom moved in with us.")]
    [InlineData("My grandma lives with us.", "My grandma moved into a nursing home.")]
    [InlineData("My son lives with us.", "My son moved into a dorm last week.")]
    [InlineData("I'm dating Alex.", "Alex and I are engaged!")]
    [InlineData("We own a big house.", "We downsized to a condo.")]
    [InlineData("We live in an apartment.", "We bought a house!")]
    [InlineData("I'm on the waitlist for a kidney transplant.", "I got my kidney transplant!")]
    [InlineData("I'm on the waitlist for the Boston marathon.", "I got into the Boston marathon!")]
    [InlineData("We're on the waiting list for Little Oaks daycare.", "We got a spot at Little Oaks daycare.")]
    [InlineData("I have breast cancer.", "I'm in remission now.")]
    [InlineData("Tengo cáncer de mama.", "Estoy en remisión.")]
    [InlineData("I have lymphoma.", "Good news, I'm officially in remission!")]
    [InlineData("The door code is 1234.", "I reset the door code to 9876.")]
    [InlineData("I'm 3 months pregnant.", "I'm 6 months pregnant now.")]
    [InlineData("Je suis enceinte de 3 mois.", "Je suis enceinte de 6 mois.")]
    [InlineData("Meine Tochter geht in die erste Klasse.", "Meine Tochter ist jetzt in der zweiten Klasse.")]
    // A pursuit quit by the form it took; a treatment finished; what was worn, taken off; an illness got over (each left
    // the old memory).
    [InlineData("I'm learning the guitar.", "I quit guitar lessons.")]
    [InlineData("I take piano lessons.", "I quit piano lessons.")]
    [InlineData("I'm going through chemo.", "I finished chemo!")]
    [InlineData("I'm doing physical therapy for my knee.", "I finished physical therapy.")]
    [InlineData("I have braces.", "I got my braces off!")]
    [InlineData("My son has a cast on his arm.", "My son got his cast off.")]
    [InlineData("I have a cold.", "I'm over my cold.")]
    [InlineData("My daughter has the flu.", "My daughter is over the flu.")]
    // Moved back; a Spanish habit ended (its "café" was read as a past tense, which no change retires); an account
    // deleted; "no more" said of what the speaker wore; an illness gone, in four languages (each left the old memory).
    [InlineData("I live in Denver.", "I moved back to Chicago.")]
    [InlineData("Tomo café todas las mañanas.", "Ya no tomo café.")]
    [InlineData("I'm on Facebook a lot.", "I deleted my Facebook account.")]
    [InlineData("I wear glasses.", "I got LASIK, no more glasses!")]
    [InlineData("I have a fever.", "My fever is gone.")]
    [InlineData("I have a headache.", "My headache finally went away.")]
    [InlineData("Ich habe eine Erkältung.", "Meine Erkältung ist weg.")]
    [InlineData("Estoy resfriado.", "Ya me recuperé del resfriado.")]
    [InlineData("J'ai un rhume.", "Mon rhume est enfin parti.")]
    // A child's next stage of school, in four languages; an engagement broken off, in German; school dropped out of,
    // where the memory names the place only by its name; a car no longer had, where the memory only says what the speaker drives; a farewell after an
    // acquisition; where the speaker works, again; a measure back to normal; a pet rehomed; a diet done with; a
    // membership let lapse (each left the old memory).
    [InlineData("My daughter is in preschool.", "My daughter started kindergarten this fall.")]
    [InlineData("My son is in middle school.", "My son started high school.")]
    [InlineData("My son is in kindergarten.", "My son started first grade.")]
    [InlineData("Ma fille est en maternelle.", "Ma fille entre en CP.")]
    [InlineData("Mi hija está en la guardería.", "Mi hija empezó el kínder.")]
    [InlineData("Mein Sohn geht in den Kindergarten.", "Mein Sohn kommt jetzt in die Grundschule.")]
    [InlineData("Ich bin mit Jonas verlobt.", "Jonas und ich haben die Verlobung gelöst.")]
    [InlineData("My son goes to Ohio State.", "My son dropped out of college.")]
    [InlineData("Mi hijo estudia en la Universidad de Madrid.", "Mi hijo dejó la universidad.")]
    [InlineData("I drive a Honda Civic.", "I don't have a car anymore.")]
    [InlineData("Ich fahre einen VW Golf.", "Ich habe kein Auto mehr.")]
    [InlineData("I have a Pixel phone.", "Just got an iPhone 15, goodbye Pixel!")]
    [InlineData("I work from home.", "I'm back to working from the office.")]
    [InlineData("Ich arbeite von zu Hause aus.", "Ich arbeite wieder im Büro.")]
    [InlineData("I have high blood pressure.", "My blood pressure is back to normal now.")]
    [InlineData("We have a cat named Luna.", "We had to rehome Luna.")]
    [InlineData("I'm on a keto diet.", "I'm done with keto, I'm eating carbs again.")]
    [InlineData("I'm a member of the Sierra Club.", "I let my Sierra Club membership lapse.")]
    // Someone out of the hospital, in three languages; an illness or a habit someone is free of; a debt paid off; what
    // was under way, done; a cast come off; a job found again (each left the old memory).
    [InlineData("My mom is in the hospital.", "My mom is out of the hospital.")]
    [InlineData("My dad is in the hospital with pneumonia.", "My dad was discharged from the hospital.")]
    [InlineData("Mi madre está en el hospital.", "Mi madre ya salió del hospital.")]
    [InlineData("Ma mère est à l'hôpital.", "Ma mère est enfin sortie de l'hôpital.")]
    [InlineData("I have breast cancer.", "I'm cancer-free!")]
    [InlineData("I smoke every day.", "I've been smoke-free for six months.")]
    [InlineData("My cancer is spreading.", "My cancer is in remission.")]
    [InlineData("I have $30k in student loans.", "I paid off my student loans!")]
    [InlineData("We have a mortgage on our house.", "We finally paid off the mortgage.")]
    [InlineData("I have a car loan.", "My car loan is paid off.")]
    [InlineData("We're renovating our kitchen.", "We're done renovating the kitchen.")]
    [InlineData("I have a cast on my arm.", "My cast came off.")]
    [InlineData("Je suis au chômage.", "J'ai retrouvé du travail.")]
    [InlineData("I'm unemployed.", "I found work again.")]
    // Whom the speaker lives with, or alone (each left the old memory).
    [InlineData("I live alone.", "I moved in with my boyfriend.")]
    [InlineData("I live with my parents.", "I live alone now.")]
    [InlineData("Je vis seule.", "J'ai emménagé avec mon copain.")]
    [InlineData("Ich wohne allein.", "Ich bin mit meinem Freund zusammengezogen.")]
    // A pet or a person of the speaker's lost; a partner who ended it, in three languages (each left the old memory).
    [InlineData("We have a dog named Bella.", "We lost our dog Bella last month.")]
    [InlineData("My grandma lives in Ohio.", "I lost my grandma last year.")]
    [InlineData("I have a girlfriend named Emma.", "My girlfriend left me.")]
    [InlineData("I'm dating Alex.", "Alex dumped me.")]
    [InlineData("Tengo novio, se llama Pablo.", "Mi novio me dejó.")]
    [InlineData("Ich habe eine Freundin namens Lea.", "Meine Freundin hat mit mir Schluss gemacht.")]
    public async Task AddAsync_Change_SupersedesTheMemoryItContradicts(string before, string after)
    {
        await using var f = new MemoryFixture();

        var (old, added) = await SayChange(f, before, after);

        // The statement as said, less a lead-in ("Actually"), with a relative date's date added.
        Assert.EndsWith(System.Text.RegularExpressions.Regex.Replace(added.Memory, @" \([^()]*\d{4}[^()]*\)", string.Empty), after, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(added.Id, (await f.Memory.GetAsync(old.Id, cancellationToken: Ct))!.SupersededBy);
    }

    // A change that names what the memory says by another word of it: a wedding called off and "getting married", an
    // engagement broken off and "engaged" ("fiançailles" and "fiancée"), a school changed and "Lincoln Elementary", a gym
    // switched and "Planet Fitness". The words decide which memory it is; how close the two are in meaning is the model's
    // part (the bag-of-words test embedder sees no shared word), so the cosine check is off here, and another
    // person's change of the same kind still retires nothing.
    [Theory]
    [InlineData("I'm getting married in June.", "We called off the wedding.", true)]
    [InlineData("I'm engaged to Mark.", "Mark and I broke off the engagement.", true)]
    [InlineData("Je suis fiancée à Marc.", "Marc et moi avons rompu nos fiançailles.", true)]
    [InlineData("My daughter goes to Lincoln Elementary.", "My daughter changed schools, she's at Roosevelt now.", true)]
    [InlineData("I go to Planet Fitness.", "I switched gyms, I go to Equinox now.", true)]
    [InlineData("I'm getting married in June.", "My sister called off her wedding.", false)]
    [InlineData("My daughter goes to Lincoln Elementary.", "My son changed schools.", false)]
    [InlineData("I go to Planet Fitness.", "My husband switched gyms.", false)]
    [InlineData("I'm a member of the Sierra Club.", "I let my gym membership lapse.", false)]
    [InlineData("I love my Pixel phone.", "Got new headphones, goodbye AirPods!", false)]
    public async Task AddAsync_ChangeNamingTheMemoryByAnotherWord_SupersedesIt(string before, string after, bool supersedes) =>
        await AssertSupersedesWithoutCosine(before, after, supersedes);

    // Says before, then after, with the cosine check off (the bag-of-words test embedder sees no meaning), and asserts
    // whether after superseded before.
    // A break-up said in other words, in four languages, with the partner named before or after (each left the old memory
    // active), retires a memory of the couple, and only one: a coworker of the same name stays (each retired him). As
    // above, the bag-of-words test embedder sees no meaning, so the cosine check is off.
    [Theory]
    [InlineData("I'm seeing someone named Mark.", "Mark and I called it quits.", true)]
    [InlineData("Tengo novio, se llama Diego.", "Diego y yo terminamos.", true)]
    [InlineData("Mein Freund heißt Diego.", "Diego und ich haben Schluss gemacht.", true)]
    [InlineData("Mein Freund heißt Diego.", "Ich habe mit Diego Schluss gemacht.", true)]
    [InlineData("J'ai un copain, il s'appelle Paul.", "J'ai rompu avec Paul.", true)]
    [InlineData("Mark is my coworker.", "Mark and I broke up.", false)]
    [InlineData("Mark is my coworker.", "I broke up with Mark.", false)]
    [InlineData("Diego es mi vecino.", "Diego y yo terminamos.", false)]
    // A divorce said of someone a possessive names, or of the speaker, in four languages (each was a fact beside the
    // marriage); not of another memory of hers.
    [InlineData("My sister is married to Tom.", "My sister got divorced.", true)]
    [InlineData("I'm married to Tom.", "I got divorced last year.", true)]
    [InlineData("Mi hermana está casada con Pedro.", "Mi hermana se divorció.", true)]
    [InlineData("Meine Schwester ist mit Tom verheiratet.", "Meine Schwester hat sich scheiden lassen.", true)]
    [InlineData("Ma sœur est mariée avec Paul.", "Ma sœur a divorcé.", true)]
    [InlineData("My sister lives in Ohio.", "My sister got divorced.", false)]
    public async Task AddAsync_BreakUp_SupersedesOnlyAMemoryOfTheCouple(string before, string after, bool supersedes) =>
        await AssertSupersedesWithoutCosine(before, after, supersedes);

    // A death said with "leider" between its words, a thing replaced by another (each left the old memory active); not a
    // part of the thing replaced.
    [Theory]
    [InlineData("Ich habe eine Katze namens Minka.", "Minka ist leider gestorben.", true)]
    [InlineData("J'ai un chat qui s'appelle Félix.", "Félix est malheureusement mort.", true)]
    [InlineData("My phone is a Pixel 6.", "I replaced my Pixel with an iPhone.", true)]
    [InlineData("I ride my bike to work.", "I replaced the brakes on my bike.", false)]
    [InlineData("I ride my bike to work.", "I replaced my bike's chain with a new one.", false)]
    public async Task AddAsync_DeathWithAnAdverbOrAThingReplaced_Supersedes(string before, string after, bool supersedes) =>
        await AssertSupersedesWithoutCosine(before, after, supersedes);

    // A thing traded or swapped for another, by what was given up ("my Civic| for a Tesla": what it was traded for made the
    // match miss); a pet put down; a place closed, in four languages; stopping doing what a memory tells is under way; a
    // password changed after "The wifi password is ..." (each left the old memory active). Not a part swapped, a child put
    // to sleep, a place closed for the evening or "is closed", nor another code.
    [Theory]
    [InlineData("My car is a Toyota Corolla.", "I traded in the Corolla for a Tesla.", true)]
    [InlineData("I drive a 2015 Honda Civic.", "I traded in my Civic for a Tesla Model 3.", true)]
    [InlineData("I read on my Kindle every night.", "I swapped my Kindle for a Kobo.", true)]
    [InlineData("I ride my bike to work.", "I swapped my bike's saddle for a wider one.", false)]
    [InlineData("I have a cat named Luna.", "We had to put Luna down last week.", true)]
    [InlineData("My daughter Luna is 3.", "I put Luna to sleep at 8pm.", false)]
    [InlineData("My favorite coffee shop is Blue Bottle.", "Blue Bottle closed, so now I go to Sightglass.", true)]
    [InlineData("My favorite restaurant is Nopa.", "Nopa closed down, so now my favorite is Zuni.", true)]
    [InlineData("Mon café préféré est Tartine.", "Le café Tartine a fermé.", true)]
    [InlineData("Mi bar favorito es el bar Pepe.", "El bar Pepe cerró.", true)]
    [InlineData("Mein Lieblingscafé ist das Café Luna.", "Das Café Luna hat zugemacht.", true)]
    [InlineData("My favorite store is Target.", "Target closed at 9pm.", false)]
    [InlineData("I work at the office on 5th Street.", "The office is closed.", false)]
    [InlineData("I'm learning Italian on Duolingo.", "I stopped doing Duolingo.", true)]
    [InlineData("The wifi password is hunter2.", "I changed the wifi password to bluefish42.", true)]
    [InlineData("The garage code is 4417.", "I changed the wifi password to bluefish42.", false)]
    public async Task AddAsync_ThingTradedPetPutDownPlaceClosed_Supersedes(string before, string after, bool supersedes) =>
        await AssertSupersedesWithoutCosine(before, after, supersedes);

    // A thing given to someone; a death said as not making it; something of the speaker's cancelled by someone else, in
    // French, Spanish and German; a plan dropped by French "on" (each left the old memory active). Not a call given, a
    // gym session missed, another's remission, nor a habit by a cancellation of one day's ("The train was cancelled this
    // morning" retired "I take the train to work"), which still retires a dated plan.
    [Theory]
    [InlineData("I have an old mountain bike.", "I gave my old mountain bike to my nephew.", true)]
    [InlineData("I have an old mountain bike.", "I gave my mom a call yesterday.", false)]
    [InlineData("J'ai un vieux vélo.", "J'ai donné mon vieux vélo à mon neveu.", true)]
    [InlineData("Tengo una guitarra.", "Regalé mi guitarra a mi sobrino.", true)]
    [InlineData("We have a hamster named Peanut.", "Peanut didn't survive the winter.", true)]
    [InlineData("My go-to bakery is Tartine.", "Tartine shut down last month, sadly.", true)]
    [InlineData("My favorite bar is The Gold Room.", "The Gold Room closed early tonight.", false)]
    [InlineData("I take the bus to work.", "My bus got cancelled today.", false)]
    [InlineData("My dog Biscuit has been sick for a week.", "Biscuit didn't make it.", true)]
    [InlineData("I go to the gym every morning.", "I didn't make it to the gym today.", false)]
    [InlineData("Tengo una cita con el dentista el jueves.", "El dentista canceló mi cita del jueves.", true)]
    [InlineData("J'ai rendez-vous chez le dentiste jeudi.", "Le dentiste a annulé mon rendez-vous de jeudi.", true)]
    [InlineData("Ich habe am Donnerstag einen Termin beim Zahnarzt.", "Der Zahnarzt hat meinen Termin am Donnerstag abgesagt.", true)]
    [InlineData("On part à Rome en mai.", "On a décidé de ne pas partir à Rome.", true)]
    [InlineData("I have breast cancer.", "My sister is in remission.", false)]
    [InlineData("I take the train to work.", "The train was cancelled this morning.", false)]
    [InlineData("My flight to Denver is on the 14th.", "The flight was cancelled today.", true)]
    public async Task AddAsync_ThingGivenDeathCancelledByAnother_Supersedes(string before, string after, bool supersedes) =>
        await AssertSupersedesWithoutCosine(before, after, supersedes);

    // Written as a new user would, before the rules (each left the old memory active, or retired it wrongly): a lesson or
    // a sport dropped or stopped, by the speaker or someone of theirs; a thing stolen, totaled or burned down, in four
    // languages; a new value after "New ...:"; a clause after "so" that gives a new diet or occupation; a goal tried
    // for, reached ("I finally lost the 10 pounds!", "I read my 30th book"); everything moved to another service; a home
    // said as "My wife and I". Not a thing dropped on the floor, a child dropped off, another's thing stolen, a change
    // nearly made, wished for or refused ("I almost gave up", "I want to quit my job", "I could never quit Google"), part
    // of the goal, another's weight, another's diet, a temperature that dropped, nor a task finished ("I finished my
    // Spanish homework" retired "I'm taking Spanish classes"). A reason after the value is not part of it ("... now that
    // I moved").
    [Theory]
    [InlineData("My daughter Emma plays soccer.", "Emma dropped soccer, she's into swimming now.", true)]
    [InlineData("I take ballet on Tuesdays.", "I dropped ballet this semester.", true)]
    [InlineData("My son Max does karate.", "Max stopped karate after his injury.", true)]
    [InlineData("My daughter takes violin lessons.", "My daughter stopped violin.", true)]
    [InlineData("I drive a Honda Civic.", "The Civic got totaled in an accident last month.", true)]
    [InlineData("I have a Nikon camera.", "My camera was stolen on the train.", true)]
    [InlineData("We have a cabin in Tahoe.", "Our cabin burned down in the wildfire.", true)]
    [InlineData("Tengo una moto Yamaha.", "Me robaron la moto.", true)]
    [InlineData("J'ai un scooter.", "On m'a volé mon scooter hier.", true)]
    [InlineData("Ich habe ein iPad.", "Mein iPad ist gestohlen worden.", true)]
    [InlineData("My phone number is 555-0123.", "New number: 555-0199.", true)]
    [InlineData("I'm vegetarian.", "I started eating fish again, so I'm pescatarian now.", true)]
    [InlineData("I'm a nurse.", "I went back to school, so I'm a nurse practitioner now.", true)]
    [InlineData("I'm trying to lose 10 pounds.", "I finally lost the 10 pounds!", true)]
    [InlineData("My goal is to read 30 books this year.", "I read my 30th book this year!", true)]
    [InlineData("I use LastPass for passwords.", "I moved all my passwords to 1Password.", true)]
    [InlineData("We keep all our photos in Google Photos.", "We moved all our photos to iCloud.", true)]
    [InlineData("My wife and I live in Seattle.", "We moved to Portland in October.", true)]
    [InlineData("My husband and I rent an apartment in Queens.", "We bought a house in Jersey City.", true)]
    [InlineData("Mi esposa y yo vivimos en Madrid.", "Nos mudamos a Sevilla.", true)]
    [InlineData("I take ballet on Tuesdays.", "I dropped my ballet shoes in a puddle.", false)]
    [InlineData("My son Leo is on the chess team.", "I dropped Leo off at chess club.", false)]
    [InlineData("I have a silver MacBook Air.", "My coworker's MacBook got stolen at the airport.", false)]
    [InlineData("I'm learning Japanese.", "I almost gave up on Japanese today, but I kept going.", false)]
    [InlineData("I work at Google.", "I could never quit Google, I love it here.", false)]
    [InlineData("I'm learning Japanese.", "I want to quit Japanese.", false)]
    [InlineData("I'm trying to lose 10 pounds.", "I lost 2 pounds so far.", false)]
    [InlineData("I'm trying to lose weight.", "My brother lost a lot of weight.", false)]
    [InlineData("I'm vegetarian.", "My sister is vegetarian too, so we cook together.", false)]
    [InlineData("I play guitar.", "The temperature dropped, so I'm playing guitar inside.", false)]
    [InlineData("I live in Austin.", "Sarah and I live in the same building.", false)]
    [InlineData("My commute is 45 minutes.", "My commute is only 20 minutes now that I moved.", true)]
    [InlineData("I'm taking Spanish classes.", "I finished my Spanish homework.", false)]
    [InlineData("I have a car.", "I nearly sold my car last year.", false)]
    public async Task AddAsync_DroppedStolenReachedOrSaidAsWe_Supersedes(string before, string after, bool supersedes) =>
        await AssertSupersedesWithoutCosine(before, after, supersedes);

    // Written as a new user would, before the rules (each left the old memory active): an employer, a band or a team left
    // by its name; something cut out of a diet; a new favourite said after the thing, in four languages; a thing broken
    // and replaced; two who are no longer friends or no longer together. Not a place left for a trip, a message left for
    // someone, another's leaving, a change nearly made, a cutting back or cutting out shapes, a battery gone flat,
    // another's favourite, another thing broken and replaced, or a couple's plans; nor a break-up against a memory that
    // only names the other ("Mark is my coworker").
    [Theory]
    [InlineData("I work at Google.", "I left Google in October.", true)]
    [InlineData("I play guitar in a band called The Rusty Nails.", "I left The Rusty Nails in October.", true)]
    [InlineData("I'm on a soccer team called the Hawks.", "I left the Hawks after the season.", true)]
    [InlineData("I eat sugar every day.", "I cut out sugar completely.", true)]
    [InlineData("I drink soda every day.", "We've cut soda out completely.", true)]
    [InlineData("My favorite show is Succession.", "I'm obsessed with The Bear now, it's my new favorite show.", true)]
    [InlineData("My favourite book is Dune.", "Project Hail Mary is my new favourite book.", true)]
    [InlineData("Ma série préférée est Succession.", "The Bear, c'est ma nouvelle série préférée.", true)]
    [InlineData("Mi serie favorita es Succession.", "The Bear es mi nueva serie favorita.", true)]
    [InlineData("Meine Lieblingsserie ist Succession.", "The Bear ist jetzt meine neue Lieblingsserie.", true)]
    [InlineData("I have a Dell laptop.", "My laptop died, so I bought a MacBook Pro.", true)]
    [InlineData("My car is a Toyota Corolla.", "Our car broke down for good, so we bought a Subaru.", true)]
    [InlineData("My best friend is Jake.", "Jake and I aren't friends anymore.", true)]
    [InlineData("I'm dating Alex.", "Alex and I are no longer together.", true)]
    [InlineData("I work at Google.", "I left Google's campus around 7 tonight.", false)]
    [InlineData("I live in Chicago.", "We left Chicago on Friday for a road trip.", false)]
    [InlineData("My sister is Sarah.", "I left Sarah a voicemail.", false)]
    [InlineData("I play in a band called The Rusty Nails.", "Our drummer left The Rusty Nails last month.", false)]
    [InlineData("I work at Google.", "I almost left Google last year.", false)]
    [InlineData("I drink coffee every morning.", "I cut back on coffee a bit.", false)]
    [InlineData("I love baking.", "I cut out cookie shapes with my niece.", false)]
    [InlineData("My phone is an iPhone 12.", "My phone died during the meeting, so annoying.", false)]
    [InlineData("My favorite show is Succession.", "My sister's new favorite show is Severance.", false)]
    [InlineData("I have a Dell laptop.", "My mouse died, so I bought a Logitech one.", false)]
    [InlineData("Mark is my coworker.", "Mark and I aren't together anymore.", false)]
    [InlineData("My boyfriend is Mark.", "Mark and I are going to Lisbon together.", false)]
    // From the last check, of kinds no rule above was written for (each left the old memory active): a marriage said
    // with when it was, a thing done without after a "so".
    [InlineData("I'm single.", "I got married in June.", true)]
    [InlineData("Je suis célibataire.", "Je me suis mariée en juin !", true)]
    [InlineData("Soy soltero.", "Me casé el sábado.", true)]
    [InlineData("I wear glasses.", "I got contacts, so no more glasses.", true)]
    [InlineData("I'm single.", "My sister got married in June.", false)]
    [InlineData("I wear glasses.", "I cleaned my glasses, so no more smudges.", false)]
    public async Task AddAsync_LeftByNameCutOutNewFavouriteReplacedOrParted_Supersedes(string before, string after, bool supersedes) =>
        await AssertSupersedesWithoutCosine(before, after, supersedes);

    // Written as a new user would, before the rules (each left the old memory active): a new one of a kind one has one
    // of, an amount said to be another now, a subscription let expire and named by its initials, what the clause after
    // "so" ends after something back. Not a new pet, another's new landlord or car, a new thing of another kind, another's
    // amount, an amount without a number, another thing let expire.
    [Theory]
    [InlineData("My landlord is Mr. Patel.", "We have a new landlord, a company called Greystar.", true)]
    [InlineData("I drive a Honda Civic.", "I have a new car.", true)]
    [InlineData("I pay $80 a month for my phone plan.", "My phone plan is now $65 a month.", true)]
    [InlineData("I have a subscription to the New York Times.", "I let the NYT subscription expire.", true)]
    [InlineData("I have a cat named Luna.", "We have a new kitten named Mochi.", false)]
    [InlineData("My landlord is Mr. Patel.", "My sister has a new landlord.", false)]
    [InlineData("I drive a Honda Civic.", "My brother got a new car.", false)]
    [InlineData("My dentist is Dr. Smith.", "I have a new toothbrush.", false)]
    [InlineData("My rent is $1,900.", "My sister's rent is now $900.", false)]
    [InlineData("I pay $50 for internet.", "The internet is now twice as fast.", false)]
    [InlineData("I have a subscription to the New York Times.", "I let the milk expire in the fridge, oops.", false)]
    [InlineData("I'm vegan.", "I'm cooking again, so I'm happy.", false)]
    [InlineData("I read the New York Times every morning.", "I let my NYT subscription expire.", false)]
    public async Task AddAsync_NewOfAKindAmountNowLetExpireOrEndedAfterSo_Supersedes(string before, string after, bool supersedes) =>
        await AssertSupersedesWithoutCosine(before, after, supersedes);

    // Written as a new user would, before the rules (each left the old memory active): a car someone totaled, something
    // taken off, a liking one is over, a streak without something, a long while without a habit, a doing and the one who
    // does it ("teaching", "teacher"), a pet put down that its memory names after its breed, a commute said by its means,
    // a friend no longer spoken to, caffeine for coffee. Not "over the moon", a liking a long while cannot end, where one
    // was born, a habit missed for a week, another's long while, another's car, a day off, a night without sleep.
    [Theory]
    [InlineData("My car is a red Mazda.", "Someone totaled my Mazda, so I'm car-less for now.", true)]
    [InlineData("I have braces.", "Got my braces off today!", true)]
    [InlineData("I wear a cast on my left arm.", "I finally had my cast removed.", true)]
    [InlineData("My favorite food is sushi.", "I'm kind of over sushi now, it's all about tacos.", true)]
    [InlineData("I watch Netflix every night.", "We're so over Netflix.", true)]
    [InlineData("I smoke.", "Day 30 without a cigarette!", true)]
    [InlineData("I go to yoga twice a week.", "I haven't been to yoga in months.", true)]
    [InlineData("I smoke a pack a day.", "I haven't smoked a cigarette in over a year.", true)]
    [InlineData("I'm a teacher.", "I'm not teaching anymore, I work in HR now.", true)]
    [InlineData("I have a Labrador named Max.", "We had to put Max down in March.", true)]
    [InlineData("I commute by car.", "Gas got too expensive so I bike to work now.", true)]
    [InlineData("My best friend is Sam.", "Sam and I had a falling out and don't speak anymore.", true)]
    [InlineData("I drink two cups of coffee every morning.", "I quit caffeine last month.", true)]
    [InlineData("My favorite food is sushi.", "I'm over the moon about the new sushi place.", false)]
    [InlineData("I love yoga.", "I haven't been to yoga in months.", false)]
    [InlineData("I was born in Paris.", "I haven't been to Paris in years.", false)]
    [InlineData("I go to yoga twice a week.", "I haven't been to yoga this week.", false)]
    [InlineData("I go to yoga twice a week.", "My sister hasn't been to yoga in months.", false)]
    [InlineData("My car is a red Mazda.", "Someone totaled my neighbor's truck.", false)]
    [InlineData("I work on Fridays.", "I got my Friday off.", false)]
    [InlineData("I smoke.", "I went two days without sleep.", false)]
    [InlineData("My best friend is Sam.", "Sam and I talk every day.", false)]
    [InlineData("Sam is my coworker.", "Sam and I don't speak anymore.", false)]
    public async Task AddAsync_TotaledTakenOffOverWithoutOrLapsed_Supersedes(string before, string after, bool supersedes) =>
        await AssertSupersedesWithoutCosine(before, after, supersedes);

    // Written after the rules above, before they went through the CLI: the same kinds said another way (each left the
    // old memory active; "Finally" was read as who got the retainer removed), and a praise that a long while is not
    // ("this well in years").
    [Theory]
    [InlineData("I drink a glass of wine every night.", "Three months without alcohol now!", true)]
    [InlineData("I go to the climbing gym every Friday.", "I haven't gone climbing in ages.", true)]
    [InlineData("My favorite show is The Office.", "I'm so over The Office.", true)]
    [InlineData("Maya is my best friend.", "Maya and I aren't speaking anymore.", true)]
    [InlineData("I'm a runner.", "I stopped running after my injury.", true)]
    [InlineData("I wear a retainer at night.", "Finally got my retainer removed.", true)]
    [InlineData("I play tennis on Sundays.", "I haven't played tennis this well in years!", false)]
    [InlineData("I love craft beer.", "I haven't had this much fun in years.", false)]
    public async Task AddAsync_LapsedOverOrNoLongerSpeakingSaidAnotherWay_Supersedes(string before, string after, bool supersedes) =>
        await AssertSupersedesWithoutCosine(before, after, supersedes);

    // A new value in the clause after a semicolon, or after a comma before "I" (each left the old memory active); not
    // after a condition or a time that opens the sentence.
    [Theory]
    [InlineData("I work from home.", "My company ended remote work, I'm back in the office five days a week.", true)]
    [InlineData("My manager is Tom.", "Tom left the company; my new manager is Sara.", true)]
    [InlineData("I live in Austin.", "Long story, I live in Denver now.", true)]
    [InlineData("I work in the office.", "If it rains, I work from home.", false)]
    [InlineData("I live in Boston.", "When I was a kid, I lived in Ohio.", false)]
    [InlineData("I'm 34.", "Once I'm 40, I'm retiring.", false)]
    public async Task AddAsync_NewValueInTheClauseAfterAPause_Supersedes(string before, string after, bool supersedes) =>
        await AssertSupersedesWithoutCosine(before, after, supersedes);

    // Written as a new user would, before this round's rules (each left the old memory active): an employer that let the
    // speaker go, two who are done, a food eaten again after a diet without it, a thing sold somewhere, a new number
    // without "I", a death with how it came. Not another's dismissal, being done with a task, one night's dish, being
    // sent home early, another's grandmother.
    [Theory]
    [InlineData("I work at Deloitte.", "Deloitte let me go last week.", true)]
    [InlineData("I have a boyfriend named Leo.", "Leo and I are done.", true)]
    [InlineData("I'm on a gluten-free diet.", "I eat gluten again.", true)]
    [InlineData("I have a Peloton.", "I sold my Peloton on Facebook Marketplace.", true)]
    [InlineData("My phone number is 555-1234.", "Got a new number: 555-9876.", true)]
    [InlineData("My grandmother lives in a nursing home.", "My grandmother passed away in her sleep.", true)]
    [InlineData("I work at Deloitte.", "Deloitte let my coworker go last week.", false)]
    [InlineData("I have a boyfriend named Leo.", "Leo and I are done with the renovation.", false)]
    [InlineData("I'm on a gluten-free diet.", "I eat pasta again tonight.", false)]
    [InlineData("I work at Deloitte.", "My boss let me go home early.", false)]
    [InlineData("I work at Amazon.", "My manager let me go to the conference.", false)]
    [InlineData("My grandmother lives in a nursing home.", "My friend's grandmother passed away.", false)]
    public async Task AddAsync_LetGoDoneSoldNewNumberPassedAwayOrEatenAgain_Supersedes(string before, string after, bool supersedes) =>
        await AssertSupersedesWithoutCosine(before, after, supersedes);

    // Written as a new user would, before this round's rules (each left the old memory active): a group the speaker was in,
    // ended by its kind or its name; a thing tried and left ("wasn't for me"); a bare thing given up or quit before when
    // or why; an offer accepted after a job search. Not a favourite band that split up, a group that broke up a fight,
    // another's choir, the other team folding in a match, a group that split a bill, another's or a near giving up, a
    // break for a while, a thing not the speaker's that "wasn't for me", an offer alone or one for a house.
    [Theory]
    [InlineData("I sing in a choir.", "The choir disbanded last month.", true)]
    [InlineData("I play drums in a band called The Lids.", "The Lids split up last week.", true)]
    [InlineData("I'm in a book club.", "Our book club folded after ten years.", true)]
    [InlineData("I play keyboard in a band called Night Owls.", "Night Owls called it quits in October.", true)]
    [InlineData("I'm doing intermittent fasting.", "Intermittent fasting wasn't for me, so I stopped it.", true)]
    [InlineData("I do CrossFit three times a week.", "Honestly, CrossFit just wasn't for me.", true)]
    [InlineData("I play tennis on weekends.", "I gave up tennis after my knee surgery.", true)]
    [InlineData("I eat meat.", "I gave up meat last year.", true)]
    [InlineData("I play golf every Sunday.", "I quit golf because of my back.", true)]
    [InlineData("I'm looking for a new job.", "I accepted an offer from Stripe yesterday!", true)]
    [InlineData("I'm looking for a job.", "I got a job offer from Microsoft and accepted it!", true)]
    [InlineData("My favourite band is Coldplay.", "Coldplay broke up last year.", false)]
    [InlineData("I play drums in a band called The Lids.", "The Lids broke up a fight at the bar.", false)]
    [InlineData("I sing in a choir.", "My daughter's choir disbanded last month.", false)]
    [InlineData("I coach a youth soccer team.", "The other team folded in the second half.", false)]
    [InlineData("I'm in a book club.", "Our book club split the cost of the cabin.", false)]
    [InlineData("I play tennis on weekends.", "My brother gave up tennis.", false)]
    [InlineData("I play tennis on weekends.", "I almost gave up tennis after that match.", false)]
    [InlineData("I play tennis on weekends.", "I gave up tennis for a few weeks after my injury.", false)]
    [InlineData("I'm on the keto diet.", "That recipe wasn't for me, too spicy.", false)]
    [InlineData("I'm looking for a new job.", "I got a job offer from Stripe.", false)]
    [InlineData("I work at Google.", "We accepted an offer on our house.", false)]
    public async Task AddAsync_GroupEndedTriedAndLeftGivenUpOrOfferAccepted_Supersedes(string before, string after, bool supersedes) =>
        await AssertSupersedesWithoutCosine(before, after, supersedes);

    // Written as a new user would, before this round's rules (each left the old memory active): the speaker moved, which
    // leaves the home they rented behind; someone who held a role for the speaker retired or left where they held it.
    // Not another's move, a couch moved, a move as a child, someone retired who held no role, a day's leaving, the
    // speaker's own retirement, another's nurse.
    [Theory]
    [InlineData("I rent an apartment in Brooklyn.", "We just moved to Austin.", true)]
    [InlineData("I rent an apartment in Brooklyn.", "My lease ran out and I moved back in with my mom.", true)]
    [InlineData("My doctor is Dr. Patel.", "Dr. Patel retired, so now I see Dr. Nguyen.", true)]
    [InlineData("My manager is Karen.", "Karen left the company.", true)]
    [InlineData("My therapist is Dr. Lee.", "My therapist retired last month.", true)]
    [InlineData("My physio is Dr. Moss.", "Dr. Moss left the practice.", true)]
    [InlineData("I rent an apartment in Brooklyn.", "My sister moved to Queens.", false)]
    [InlineData("I rent an apartment in Brooklyn.", "We moved the couch to the bedroom.", false)]
    [InlineData("I own a house in Denver.", "When I was a kid, we moved to Ohio.", false)]
    [InlineData("Karen is my neighbour.", "Karen retired last month.", false)]
    [InlineData("My dad is a teacher.", "My dad retired last year.", false)]
    [InlineData("My manager is Karen.", "Karen left the office early today.", false)]
    [InlineData("My therapist is Dr. Lee.", "I retired last year.", false)]
    [InlineData("My doctor is Dr. Patel.", "Dr. Patel's nurse retired.", false)]
    public async Task AddAsync_MovedFromARentedHomeOrSomeoneInARoleRetiredOrLeft_Supersedes(string before, string after, bool supersedes) =>
        await AssertSupersedesWithoutCosine(before, after, supersedes);

    // Written as a new user would, before this round's rules (each left the old memory active): a thing of two bare words
    // given up or quit before when or why; a thing worn, taken out or off for a reason. Not a while given up, something
    // given up for a while, a pet or children taken out, a ring taken off for a swim or out to clean it, another's braces.
    [Theory]
    [InlineData("I eat red meat a few times a week.", "I gave up red meat last year.", true)]
    [InlineData("I spend hours on social media.", "I quit social media in January.", true)]
    [InlineData("I drink energy drinks every morning.", "I quit energy drinks because of my heart.", true)]
    [InlineData("I have a tongue piercing.", "I took my tongue piercing out for my new job.", true)]
    [InlineData("I have a nose ring.", "I had my nose ring taken out for work.", true)]
    [InlineData("I wear acrylic nails.", "I got my acrylic nails removed for my wedding.", true)]
    [InlineData("I eat red meat a few times a week.", "I gave up two hours of my Saturday to help.", false)]
    [InlineData("I love chocolate.", "I gave up chocolate for Lent.", false)]
    [InlineData("I have a dog named Rex.", "I took my dog out for a walk.", false)]
    [InlineData("I have two kids.", "I took my kids out for school shopping.", false)]
    [InlineData("I have a nose ring.", "I took my nose ring out to clean it.", false)]
    [InlineData("I wear my wedding ring every day.", "I took my ring off for the swim.", false)]
    [InlineData("I have braces.", "My sister got her braces off for her wedding.", false)]
    public async Task AddAsync_TwoWordsGivenUpOrAThingWornTakenOutForAReason_Supersedes(string before, string after, bool supersedes) =>
        await AssertSupersedesWithoutCosine(before, after, supersedes);

    // Something back, and what that ended, after "so": two changes, each retiring its memory (as one sentence it retired
    // only one: "I'm running again, so not tired anymore" left "I'm always tired", or, read by its second clause,
    // "I stopped running").
    [Theory]
    [InlineData("I stopped running.", "I'm always tired.", "I'm running again, so not tired anymore.", "I'm running again", "Not tired anymore.")]
    [InlineData("I stopped eating eggs.", "I'm vegan.", "I'm eating eggs again, so not vegan anymore.", "I'm eating eggs again", "Not vegan anymore.")]
    public async Task AddAsync_SomethingBackSoSomethingEnded_RetiresBoth(string stoppedSaid, string endedSaid, string said, string back, string ended)
    {
        await using var f = new MemoryFixture(o => o.Formation.RetractionMinSimilarity = 0);
        var stopped = Assert.Single((await Say(f, stoppedSaid)).Results);
        var other = Assert.Single((await Say(f, endedSaid)).Results);

        var result = await Say(f, said);

        Assert.Equal(2, result.Results.Count(r => r.Event == MemoryEventType.Supersede));
        Assert.Equal(new[] { back, ended }.Order(StringComparer.Ordinal), (await Active(f)).Select(m => m.Text).Order(StringComparer.Ordinal));
        Assert.NotNull((await f.Memory.GetAsync(stopped.Id, cancellationToken: Ct))!.SupersededBy);
        Assert.NotNull((await f.Memory.GetAsync(other.Id, cancellationToken: Ct))!.SupersededBy);
    }

    // The words that took the last statement back are no part of the new one (it was stored as "Scratch that, it's dogs
    // ...", "Correction: ...").
    [Theory]
    [InlineData("I'm allergic to cats.", "Actually, scratch that, it's dogs I'm allergic to, not cats.", "It's dogs I'm allergic to, not cats.")]
    [InlineData("I'm allergic to shellfish.", "Correction: I'm allergic to peanuts, not shellfish.", "I'm allergic to peanuts, not shellfish.")]
    public async Task AddAsync_ScratchThatOrCorrection_StoresTheStatementWithoutIt(string before, string after, string stored)
    {
        await using var f = new MemoryFixture();

        var (old, added) = await SayChange(f, before, after);

        Assert.Equal(stored, added.Memory);
        Assert.Equal(added.Id, (await f.Memory.GetAsync(old.Id, cancellationToken: Ct))!.SupersededBy);
    }

    private static async Task AssertSupersedesWithoutCosine(string before, string after, bool supersedes)
    {
        await using var f = new MemoryFixture(o => o.Formation.RetractionMinSimilarity = 0);
        var old = (await Say(f, before)).Results.Single();

        var result = await Say(f, after);

        Assert.Equal(supersedes, result.Results.Any(r => r.Event == MemoryEventType.Supersede && r.Id == old.Id));
        Assert.Equal(supersedes ? 1 : 2, (await Active(f)).Count);
    }

    // Something back as it was retires the memory of what ended it, in four languages (each left both active): a doing
    // again after a stop ("I started smoking again" and "I quit smoking"), work after a job lost or a sick leave, walking
    // after a wheelchair, two together again after a break-up or a falling-out, a thing had back after it was taken or
    // in the shop, a service back after it was down, someone back home after the hospital, a limb healed after it broke.
    // Only a memory that says it stopped, broke, was taken or is out: a habit said alone stays ("I run every morning"),
    // and so does another person's (as above, the bag-of-words test embedder sees no meaning, so the cosine check is off).
    [Theory]
    [InlineData("I'm unemployed.", "I'm working again.", true)]
    [InlineData("I got laid off last month.", "I'm working again, at a bakery this time.", true)]
    [InlineData("I'm on sick leave.", "I'm back at work.", true)]
    [InlineData("I quit smoking.", "I started smoking again.", true)]
    [InlineData("I stopped going to the gym.", "I started going to the gym again.", true)]
    [InlineData("I'm in a wheelchair after the accident.", "I'm walking again.", true)]
    [InlineData("Mark and I broke up.", "Mark and I are back together.", true)]
    [InlineData("My sister isn't talking to me.", "My sister and I made up.", true)]
    [InlineData("My driver's license was suspended.", "I got my license back.", true)]
    [InlineData("Our car is in the shop.", "We got the car back from the shop.", true)]
    [InlineData("Our internet is down.", "The internet is back.", true)]
    [InlineData("My mom is in the hospital.", "My mom is back home.", true)]
    [InlineData("I broke my arm.", "My arm is fully healed.", true)]
    [InlineData("J'ai arrêté de courir.", "J'ai recommencé à courir.", true)]
    [InlineData("Ma mère est à l'hôpital.", "Ma mère est rentrée à la maison.", true)]
    [InlineData("Je me suis cassé la jambe.", "Ma jambe est guérie.", true)]
    [InlineData("Estoy en paro.", "Volví a trabajar.", true)]
    [InlineData("Dejé de nadar.", "Volví a nadar.", true)]
    [InlineData("Ich bin arbeitslos.", "Ich arbeite wieder.", true)]
    [InlineData("Ich habe mit dem Rauchen aufgehört.", "Ich rauche wieder.", true)]
    [InlineData("Meine Mutter liegt im Krankenhaus.", "Meine Mutter ist wieder zu Hause.", true)]
    [InlineData("Jonas und ich haben uns getrennt.", "Jonas und ich sind wieder zusammen.", true)]
    [InlineData("I run every morning.", "I started running again.", false)]
    [InlineData("I play guitar in a band.", "I'm playing guitar again.", false)]
    [InlineData("I'm unemployed.", "My brother is working again.", false)]
    [InlineData("Tom and I split up.", "Anna and I are back together.", false)]
    [InlineData("My passport was stolen.", "I got my wallet back.", false)]
    [InlineData("Our wifi is down.", "The TV is back on.", false)]
    [InlineData("My dad is in the hospital.", "My brother is back home.", false)]
    [InlineData("I stopped going to the gym.", "I started going to yoga again.", false)]
    [InlineData("I stopped writing.", "I'm thinking about writing again.", false)]
    [InlineData("I'm vegetarian.", "I'm cooking again.", false)]
    [InlineData("My sister isn't talking to me.", "My sister and her husband made up.", false)]
    [InlineData("J'ai arrêté de courir.", "Mon fils a recommencé à courir.", false)]
    [InlineData("Estoy en paro.", "Mi hermano volvió a trabajar.", false)]
    [InlineData("Ich habe mit dem Rauchen aufgehört.", "Mein Vater raucht wieder.", false)]
    [InlineData("I hurt my knee.", "My knee is hurting again.", false)]
    [InlineData("I hurt my back lifting boxes.", "My back is killing me again.", false)]
    public async Task AddAsync_SomethingBackAsItWas_SupersedesWhatEndedIt(string before, string after, bool supersedes) =>
        await AssertSupersedesWithoutCosine(before, after, supersedes);

    // "That's not true anymore, ..." says the earlier statement no longer holds, and what follows says what does: it
    // supersedes the memory that what follows contradicts, and is stored without the opener (each was a fact beside it).
    [Theory]
    [InlineData("I drive a Honda Civic.", "That's not true anymore, I don't drive a Civic.", "I don't drive a Civic.")]
    [InlineData("I live in Lisbon.", "That's outdated, I live in Porto now.", "I live in Porto now.")]
    [InlineData("Je travaille chez Renault.", "Ce n'est plus vrai, je travaille chez Peugeot.", "Je travaille chez Peugeot.")]
    [InlineData("Mi hermana vive en Madrid.", "Eso ya no es cierto, mi hermana vive en Sevilla.", "Mi hermana vive en Sevilla.")]
    [InlineData("Ich arbeite bei Siemens.", "Das stimmt nicht mehr, ich arbeite jetzt bei Bosch.", "Ich arbeite jetzt bei Bosch.")]
    // The opener as a sentence of its own (it was stored as a fact, and what followed changed nothing).
    [InlineData("I drive a Honda Civic.", "That's not true anymore. I don't drive a Civic.", "I don't drive a Civic.")]
    [InlineData("I live in Lisbon.", "That's outdated! I live in Porto now.", "I live in Porto now.")]
    [InlineData("Je travaille chez Renault.", "Ce n'est plus vrai. Je travaille chez Peugeot.", "Je travaille chez Peugeot.")]
    [InlineData("Mi hermana vive en Madrid.", "Eso ya no es cierto. Mi hermana vive en Sevilla.", "Mi hermana vive en Sevilla.")]
    [InlineData("Ich arbeite bei Siemens.", "Das stimmt nicht mehr. Ich arbeite jetzt bei Bosch.", "Ich arbeite jetzt bei Bosch.")]
    // The speaker says they were wrong (it was stored beside the value it corrects, with the opener).
    [InlineData("My rent is $1,800 a month.", "I was wrong earlier, my rent is $1,900.", "My rent is $1,900.")]
    [InlineData("I live in Lisbon.", "My mistake, I live in Porto.", "I live in Porto.")]
    [InlineData("Ich wohne in Hamburg.", "Ich habe mich geirrt, ich wohne in Bremen.", "Ich wohne in Bremen.")]
    // A typo owned up to (it was stored with the opener, beside the value it corrects).
    [InlineData("My zip code is 78740.", "Sorry, typo — my zip code is 78704.", "My zip code is 78704.")]
    [InlineData("My zip code is 78740.", "Typo, my zip code is 78704 not 78740.", "My zip code is 78704 not 78740.")]
    [InlineData("Mon code postal est 75011.", "Pardon, faute de frappe : mon code postal est 75012.", "Mon code postal est 75012.")]
    [InlineData("Meine Postleitzahl ist 10115.", "Tippfehler: meine Postleitzahl ist 10117.", "Meine Postleitzahl ist 10117.")]
    public async Task AddAsync_StatementSaidToNoLongerHold_IsSupersededByWhatFollows(string before, string after, string stored)
    {
        await using var f = new MemoryFixture();

        var (old, added) = await SayChange(f, before, after);

        Assert.Equal(stored, added.Memory);
        Assert.Equal(added.Id, (await f.Memory.GetAsync(old.Id, cancellationToken: Ct))!.SupersededBy);
    }

    // A message that gives two attributes new values retires the memory of each (only the first was retired), whether in
    // two sentences or in two clauses joined by "and"; the unrelated memory stays, and each retired memory's history
    // names the one replacement.
    [Theory]
    [InlineData("Hey! I'm 35 now. I live in Denver now. Looking for coffee shops.")]
    [InlineData("I turned 35 and I live in Denver now.")]
    [InlineData("J'ai 35 ans et j'habite à Denver maintenant.")]
    public async Task AddAsync_TwoAttributesChangedInOneMessage_RetiresBothOldValues(string said)
    {
        await using var f = new MemoryFixture();
        var age = Assert.Single((await Say(f, "I'm 34.")).Results);
        var place = Assert.Single((await Say(f, "I live in Chicago.")).Results);
        var other = Assert.Single((await Say(f, "My sister's name is Ann.")).Results);

        var result = await Say(f, said);

        var added = Assert.Single(result.Results, r => r.Event == MemoryEventType.Add);
        Assert.Contains(age.Id.ToString(), added.Note, StringComparison.Ordinal);
        Assert.Contains(place.Id.ToString(), added.Note, StringComparison.Ordinal);
        Assert.Equal(new[] { age.Id, place.Id }.Order(), result.Results.Where(r => r.Event == MemoryEventType.Supersede).Select(r => r.Id).Order());
        Assert.Equal(new[] { other.Id, added.Id }.Order(), (await Active(f)).Select(m => m.Id).Order());
        foreach (var old in new[] { age, place })
        {
            Assert.Equal(added.Id, (await f.Memory.GetAsync(old.Id, cancellationToken: Ct))!.SupersededBy);
            Assert.Equal(added.Id, (await f.Memory.HistoryAsync(old.Id, cancellationToken: Ct)).Last().RelatedMemoryId);
        }
    }

    // Says before, an unrelated memory, then after; after must supersede before, and only before.
    private static async Task<(MemoryEventResult Old, MemoryEventResult Added)> SayChange(MemoryFixture f, string before, string after)
    {
        var old = (await Say(f, before)).Results.Single();
        var other = (await Say(f, "My sister's name is Ann.")).Results.Single();

        var result = await Say(f, after);

        var superseded = Assert.Single(result.Results, r => r.Event == MemoryEventType.Supersede);
        var added = Assert.Single(result.Results, r => r.Event == MemoryEventType.Add);
        Assert.Equal(old.Id, superseded.Id);
        Assert.Equal($"superseded by {added.Id}", superseded.Note);
        Assert.Equal(new[] { added.Id, other.Id }.Order(), (await Active(f)).Select(m => m.Id).Order());
        return (old, added);
    }

    // A date or a time moved ("was moved to Monday", "got delayed to 9pm", "reportée à", "se pospuso", "verschoben")
    // supersedes the memory it moves and keeps it after itself: its other details (where to, at what time) still hold,
    // and superseded alone they left search. Moved again, it keeps the memory first moved, not the move between (each move
    // kept the last, and the text grew with every move), and a third move finds it too.
    [Theory]
    [InlineData("My flight is at 7pm.", "My flight got delayed to 9pm.")]
    [InlineData("The team meeting is on Friday.", "The team meeting was moved to Monday.")]
    [InlineData("The product launch is planned for February.", "We pushed the launch to April.")]
    [InlineData("La réunion est vendredi à 10h.", "La réunion a été reportée à lundi.")]
    [InlineData("La cena con Ana es el viernes.", "La cena con Ana se pospuso al sábado.")]
    [InlineData("Das Meeting ist am Freitag.", "Das Meeting wurde auf Montag verschoben.")]
    // "moved to" a time or a day, said of the thing itself (it was read as where someone lives).
    [InlineData("The team meeting is on Friday.", "The team meeting moved to Monday.")]
    [InlineData("My flight is at 7pm.", "My flight moved to 9pm.")]
    public async Task AddAsync_DetailMoved_SupersedesAndKeepsTheMemoryItMoves(string before, string after)
    {
        await using var f = new MemoryFixture();

        var (old, added) = await SayChange(f, before, after);

        Assert.EndsWith($" (before: {old.Memory})", added.Memory, StringComparison.Ordinal);

        var again = await Say(f, after.Replace("Monday", "Tuesday", StringComparison.Ordinal).Replace("9pm", "10pm", StringComparison.Ordinal));
        var latest = Assert.Single(again.Results, r => r.Event == MemoryEventType.Add);
        Assert.Equal(added.Id, Assert.Single(again.Results, r => r.Event == MemoryEventType.Supersede).Id);
        Assert.EndsWith($" (before: {old.Memory})", latest.Memory, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(latest.Memory, @"\(before: "));

        // A third move still finds it: what a memory kept after itself does not count against the length a change may
        // retire (it did, and the third move left the second active).
        var third = await Say(f, after.Replace("Monday", "Wednesday", StringComparison.Ordinal).Replace("9pm", "11pm", StringComparison.Ordinal));
        Assert.Equal(latest.Id, Assert.Single(third.Results, r => r.Event == MemoryEventType.Supersede).Id);
        Assert.Single(await Active(f), m => m.Text.EndsWith($" (before: {old.Memory})", StringComparison.Ordinal));
    }

    // An amount raised or lowered ("went up to", "was increased to", "cut my X to", "est passé à", "subió a", "wurde auf …
    // erhöht") supersedes the memory that held the old amount and keeps it after itself, as a move does: its other details
    // ("of Lexapro every morning") still hold.
    [Theory]
    [InlineData("My rent is $1,900 a month.", "My rent went up to $2,100.")]
    [InlineData("My dose of Lexapro is 10mg.", "My Lexapro dose was increased to 20mg.")]
    [InlineData("I work 40 hours a week.", "I cut my hours to 30 a week.")]
    [InlineData("Mon loyer est de 800 €.", "Mon loyer est passé à 900 €.")]
    [InlineData("Mi alquiler es de 800 euros.", "Mi alquiler subió a 900 euros.")]
    [InlineData("Meine Miete ist 800 €.", "Meine Miete wurde auf 900 € erhöht.")]
    // Someone else moved the speaker's amount with a verb that moves dates (it was read as a date moved, of the doctor's).
    [InlineData("My dose of Lexapro is 10mg.", "My doctor bumped my Lexapro dose to 20mg.")]
    [InlineData("My rent is $1,800 a month.", "My landlord bumped my rent to $2,000.")]
    public async Task AddAsync_AmountChanged_SupersedesAndKeepsTheOldAmount(string before, string after)
    {
        await using var f = new MemoryFixture();

        var (old, added) = await SayChange(f, before, after);

        Assert.Equal($"{after} (before: {old.Memory})", added.Memory);
    }

    // Another attribute of the same subject, a passing state, a past value and a memory that says more than the old value
    // are left alone; so is an immutable memory.
    [Theory]
    [InlineData("My sister is a doctor.", "My sister is in Paris.", false)]
    [InlineData("My kids are so excited about the trip.", "My kids are at camp.", false)]
    [InlineData("My favourite colour was green.", "My favourite colour is blue.", false)]
    [InlineData("I live in Madrid. I have two cats.", "I moved to Lisbon.", false)]
    [InlineData("My daughter loves painting.", "My daughter's school changed to online classes.", false)]
    [InlineData("I'm 41.", "I'm 5 minutes away.", false)]
    [InlineData("I live at 12 Baker Street.", "I live in London.", false)]
    [InlineData("My phone number is 555-1234.", "My phone died.", false)]
    [InlineData("My sister lives in Rome.", "My brother moved to Berlin.", false)]
    [InlineData("Note to self: buy milk.", "Note to self: call mom.", false)]
    [InlineData("I drink coffee every morning.", "I don't drink tea.", false)]
    [InlineData("I have two cats.", "I have three dogs.", false)]
    [InlineData("I work at Initech.", "I work as a teacher.", false)]
    [InlineData("TODO: renew passport.", "TODO: buy milk.", false)]
    [InlineData("She lives in Rome.", "He moved to Berlin.", false)]
    [InlineData("I live in Madrid.", "Maria moved to Berlin.", false)]
    [InlineData("I work at Google.", "My brother got laid off from Amazon.", false)]
    // A change of someone else never retires what the speaker said of themselves (each did, corrupting the speaker's facts),
    // nor does one of someone it does not name.
    [InlineData("I'm allergic to cats.", "My friend is no longer allergic to cats.", false)]
    [InlineData("I have a dog named Rex.", "My neighbor's dog Rex passed away.", false)]
    [InlineData("I play tennis every Sunday.", "My wife stopped playing tennis.", false)]
    [InlineData("I live in Rome.", "She no longer lives in Rome.", false)]
    [InlineData("My favorite band is Radiohead.", "These days my favorite food is sushi.", false)]
    // "used to" in a subordinate clause tells of the past, it changes nothing; and a change never retires a memory that
    // says much more than itself (a sampled LongMemEval turn was retired by one).
    [InlineData("I took piano lessons when I was a kid.", "I'd like to take piano lessons again, as I used to take them when I was a kid.", false)]
    [InlineData("I live in Madrid with my wife and our two kids, near the park where we walk the dog every evening after dinner.", "I no longer live in Madrid.", false)]
    [InlineData("My favourite colour is green.", "My favourite colour is blue.", true)]
    // A change that shares a memory's words but not what it names: it retired the allergy to peanuts. A status said with
    // more than the status ("... with two kids") is left, as a story is.
    [InlineData("I'm allergic to peanuts.", "I'm no longer allergic to cats.", false)]
    [InlineData("I'm married with two kids.", "I'm divorced.", false)]
    // A change of the speaker never retires what was said of someone else, and a change never retires a memory that
    // names someone or something it leaves out (Rex went with Luna).
    [InlineData("My son plays soccer on Saturdays.", "I don't play soccer anymore.", false)]
    [InlineData("My daughter Emma is 7.", "Leo just turned 8.", false)]
    [InlineData("I have a dog.", "I have two cats.", false)]
    [InlineData("Je travaille chez Renault.", "Je ne travaille plus pour la mairie.", false)]
    [InlineData("Maria lives in Rome.", "I no longer live in Rome.", false)]
    [InlineData("I have a dog named Rex and a cat named Luna.", "Luna passed away.", false)]
    // A job change of someone else, a history of changes, an offer; leaving a place is not leaving a job.
    [InlineData("I work at Google.", "My brother got a new job.", false)]
    [InlineData("I work at Google.", "My wife switched jobs.", false)]
    [InlineData("I work at Google.", "I changed jobs three times in my twenties.", false)]
    [InlineData("I work at Google.", "I got a new job offer from Amazon.", false)]
    [InlineData("I live in Paris.", "I left Paris for a week in Rome.", false)]
    [InlineData("I use Google Docs at work.", "I left Google Docs open on my laptop.", false)]
    // Moved to tears is no move; a delay said without a new time moves nothing; a change of "you" retires nothing.
    [InlineData("I watched a movie with Tom.", "I was moved to tears by the movie.", false)]
    [InlineData("My flight to Boston is on Tuesday.", "My flight was delayed so I missed the meeting.", false)]
    [InlineData("I volunteer at the animal shelter.", "I know you can't volunteer at the animal shelter anymore.", false)]
    // A setting of a thing is not another thing ("to dark mode"), and quitting early is no quitting of anything.
    [InlineData("My phone is an iPhone 12.", "I switched my phone to dark mode.", false)]
    [InlineData("I work at Google.", "I quit early.", false)]
    // Finishing a show is no change of a favourite: only what was under way is finished.
    [InlineData("My favourite show is The Wire.", "I finished The Wire.", false)]
    // A death or an end leaves what was told of the past (still true); a device that "died" is no death; someone else's
    // pet or parent is not the speaker's.
    [InlineData("My grandma taught me to bake bread when I was little.", "My grandma passed away.", false)]
    [InlineData("My grandpa loved fishing.", "My grandpa died.", false)]
    [InlineData("Ma grand-mère m'a appris à coudre.", "Ma grand-mère est décédée.", false)]
    [InlineData("Mi abuela me enseñó a cocinar.", "Mi abuela falleció.", false)]
    [InlineData("Meine Oma hat mir das Backen beigebracht.", "Meine Oma ist gestorben.", false)]
    [InlineData("I rode a red bike to school as a kid.", "I sold my red bike.", false)]
    [InlineData("I have a laptop for work.", "My laptop died.", false)]
    [InlineData("I have a cat named Luna.", "My neighbor's cat died.", false)]
    [InlineData("My friend Tom is a teacher.", "My friend's dad died.", false)]
    // An amount that rose for a while, and an amount of something no memory counts, change nothing.
    [InlineData("My resting heart rate is 60.", "My heart rate went up to 180 during my run.", false)]
    [InlineData("I buy eggs every week.", "The price of eggs went up to $5.", false)]
    // A meeting moved by someone else is the date moved, not an amount; someone else's own amount is theirs.
    [InlineData("My rent is $1,800 a month.", "My landlord bumped her rent to $2,000.", false)]
    // A change of mind is no changed value.
    [InlineData("I changed my mind about the trip to Rome.", "I changed my mind.", false)]
    // Someone else's count, another kind, a new person who is not the one the memory names, and a break-up of others.
    [InlineData("I have two cats.", "One of my friends adopted a second cat.", false)]
    [InlineData("I have two cats.", "We adopted a third dog.", false)]
    [InlineData("My sister lives in Rome.", "My new neighbor is Tom.", false)]
    [InlineData("I'm dating Sam.", "My parents separated when I was ten.", false)]
    // What the partner is, not who: a break-up leaves it (it is no status).
    [InlineData("My boyfriend is a doctor.", "We broke up.", false)]
    [InlineData("My sister's boyfriend is Alex.", "We broke up.", false)]
    [InlineData("Meine Frau ist Ärztin.", "Meine Frau heißt Anna.", false)]
    // An instruction of another kind, and a fact in the words of one, leave an instruction standing.
    [InlineData("Please always answer in French.", "I speak English at work.", false)]
    [InlineData("Always use metric units.", "Use bullet points.", false)]
    [InlineData("Keep your answers short.", "Use bullet points.", false)]
    [InlineData("Please always answer in French.", "Write in Python.", false)]
    // A new value the memory already holds, a switch to a kind no memory names, someone else's switch or the listener's,
    // and a change of trains, which is travel, not a change of what the speaker has.
    [InlineData("I drink green tea every evening.", "I switched to green tea.", false)]
    [InlineData("I drink coffee every morning.", "I switched to tea.", false)]
    [InlineData("My phone is an iPhone 12.", "My sister upgraded to an iPhone 15.", false)]
    [InlineData("My router is a Netgear.", "Since you upgraded to a new router, the settings changed.", false)]
    [InlineData("I take the train to work.", "I changed trains in Lyon.", false)]
    // The way to school is not the way to work; a diet is not an allergy, nor someone else's diet.
    [InlineData("I'm lactose intolerant.", "I'm vegan.", false)]
    [InlineData("My sister is vegetarian.", "I'm vegan.", false)]
    [InlineData("I take the bus to work.", "I walk to school.", false)]
    // Another value of a past event is another event; another name is another thing; more words than a value are more.
    [InlineData("I went to Japan in 2019.", "I went to Japan in 2023.", false)]
    [InlineData("I have lunch with Sam on Mondays.", "I have lunch with Tom on Mondays.", false)]
    [InlineData("I work from home on Fridays.", "I work from home on Fridays with my dog.", false)]
    // Someone else's change of their own thing.
    [InlineData("My sister has a red Mini.", "My sister sold her car.", false)]
    // A feeling after the dash is no value.
    [InlineData("My puppy is 3 months old.", "I got a new puppy - so cute!", false)]
    // A preference with more words is another preference; liking is no preference (one likes both).
    [InlineData("I prefer window seats.", "I prefer window seats on long flights.", false)]
    [InlineData("I like window seats.", "I like aisle seats.", false)]
    // A device switched off is no event called off.
    [InlineData("My phone is an iPhone 12.", "My phone is off.", false)]
    // A child is not a pet.
    [InlineData("I have two cats.", "We just had our third baby!", false)]
    // What the speaker is good or bad at, or once was, is not what they work as.
    [InlineData("I'm a nurse.", "I'm a terrible cook.", false)]
    [InlineData("I'm a teacher.", "I'm a former nurse.", false)]
    [InlineData("I'm a teacher.", "I'm a night owl.", false)]
    // Leaving an employer's party is not leaving the employer; what else weighs, what else went up, what else was given
    // up or abandoned, someone else's birthday.
    [InlineData("My wife works at Deloitte.", "My wife left Deloitte's party early, she's at home now.", false)]
    [InlineData("I weigh 80 kg.", "My suitcase weighs 23 kg.", false)]
    [InlineData("My rent is $1,800.", "Gas prices went up, it's $4.50 now.", false)]
    [InlineData("I'm learning the guitar.", "I've given up on finding a teacher.", false)]
    [InlineData("J'apprends le piano.", "J'ai abandonné l'idée d'acheter un piano.", false)]
    [InlineData("My son is 6.", "My son went to his friend's 7th birthday.", false)]
    // A person who ran away or went missing keeps their memories (a pet's are retired); a day off is no medicine stopped;
    // a job offer is no job; a family that moved is not the speaker; another drink, someone else's kids or dog, and a
    // dog of no one's are not the speaker's.
    [InlineData("My brother Tom lives with us.", "Tom ran away.", false)]
    [InlineData("My daughter Mia is 15.", "Mia went missing.", false)]
    [InlineData("I take metformin for my diabetes.", "I'm off work.", false)]
    [InlineData("I'm allergic to penicillin.", "I'm off penicillin.", false)]
    // A doing stopped that is not the one under way; someone else's diet.
    [InlineData("I'm reading Dune by Frank Herbert.", "I stopped reading before bed.", false)]
    [InlineData("I'm vegetarian.", "My husband has been eating meat again.", false)]
    [InlineData("I don't eat meat.", "My kids eat meat.", false)]
    // Another medicine's dose, another child's grade, a day at the office.
    [InlineData("I take 500mg of vitamin C.", "I take 1000 IU of vitamin D.", false)]
    [InlineData("My son is in 3rd grade.", "My daughter started 4th grade.", false)]
    [InlineData("I work remotely.", "I'm in the office for a meeting.", false)]
    [InlineData("I work at Microsoft.", "I got a job offer from Meta.", false)]
    [InlineData("I live in Denver.", "My family moved to the 5th arrondissement.", false)]
    [InlineData("I don't drink coffee.", "I drink tea.", false)]
    [InlineData("I don't have kids.", "My sister has two kids.", false)]
    [InlineData("I don't have any pets.", "My neighbour's dog barks all night.", false)]
    [InlineData("I don't have any pets.", "We don't have a dog.", false)]
    // A day off, a trip, an idiom; a night's choice; someone else's find, another find, a search not yet over; a holiday
    // rental, a second home; a run that is no marathon, an exam failed; someone else's visa, baby, graduation, job lost;
    // whom someone lives with, which is not where; another child moved out; another thing of the same owner; a job lost,
    // which leaves what the speaker is; a home bought, which leaves where they live.
    [InlineData("My husband works at the hospital.", "My husband is off work.", false)]
    [InlineData("My daughter is on the swim team.", "My daughter is off sick.", false)]
    [InlineData("I'm on a diet.", "I'm off the hook for the project.", false)]
    [InlineData("I drink a glass of wine every night.", "I decided not to drink for now.", false)]
    [InlineData("I'm looking for a new job.", "My sister got a new job.", false)]
    [InlineData("I'm looking for a new job.", "I found a new hobby.", false)]
    [InlineData("I'm looking for a new job.", "I haven't found a job yet.", false)]
    [InlineData("I'm looking for a new dentist.", "I got a job interview at Stripe!", false)]
    [InlineData("We rent an apartment downtown.", "We rented a cabin in Maine for the weekend.", false)]
    [InlineData("We own a house in the suburbs.", "We bought a beach house.", false)]
    [InlineData("I live in Boston.", "We bought a house!", false)]
    [InlineData("I'm training for a marathon.", "I ran 10 miles.", false)]
    [InlineData("We're trying for a baby.", "My sister is pregnant.", false)]
    [InlineData("We're trying for a baby.", "I'm not pregnant yet.", false)]
    [InlineData("I'm studying for the bar exam.", "I failed the bar exam.", false)]
    [InlineData("I'm waiting for my visa.", "My sister got her visa.", false)]
    [InlineData("I'm pregnant.", "My sister just had a baby!", false)]
    [InlineData("I'm a student at NYU.", "My brother graduated from NYU.", false)]
    [InlineData("My sister lives in Rome.", "My sister lives with her husband.", false)]
    [InlineData("I work at Google.", "My husband lost his job.", false)]
    [InlineData("I'm a teacher.", "I lost my job.", false)]
    [InlineData("We live in an apartment in Berlin.", "We bought a house!", false)]
    [InlineData("My son lives with us.", "My daughter moved out.", false)]
    [InlineData("My son lives with us.", "My daughter moved into a dorm.", false)]
    [InlineData("I'm going to Sarah's wedding in June.", "I'm not going to Sarah's bachelorette party anymore.", false)]
    // Lessons of another thing quit, or lessons of what the speaker only plays; someone else's lessons, treatment or
    // braces; work finished for the day; an idiom; a day off.
    [InlineData("I take piano lessons.", "I quit guitar lessons.", false)]
    [InlineData("I play tennis every Saturday.", "I quit tennis lessons.", false)]
    [InlineData("I'm learning the guitar.", "My son quit guitar lessons.", false)]
    [InlineData("I'm going through chemo.", "My mom finished chemo.", false)]
    [InlineData("I work at Google.", "I finished work at 6.", false)]
    [InlineData("I have braces.", "My sister got her braces off.", false)]
    [InlineData("I have a cold.", "I'm over the moon about my new job.", false)]
    [InlineData("I have a dog named Rex.", "I got my day off.", false)]
    // What is out of stock, a day's choice, someone away for a while, someone else's fever.
    [InlineData("I drink milk every day.", "There's no more milk in the fridge.", false)]
    [InlineData("I drink coffee every morning.", "No more coffee for now, I've had three cups.", false)]
    [InlineData("My wife works at the bank.", "My wife is gone for the weekend.", false)]
    [InlineData("I have a fever.", "My son's fever is gone.", false)]
    // Another child's school, another's car, gym or wedding; another thing sold; a farewell to what nothing replaced;
    // planning done with, or "it"; another measure back to normal; another membership let lapse; another's pet rehomed;
    // another child dropped out; back to work, which says nothing of where.
    [InlineData("My daughter goes to Lincoln Elementary.", "My son changed schools.", false)]
    [InlineData("My daughter goes to Roosevelt Elementary.", "My daughter's friend changed schools.", false)]
    [InlineData("I drive a Tesla.", "My wife doesn't have a car anymore.", false)]
    [InlineData("I drive a Tesla.", "I sold my bike.", false)]
    [InlineData("I go to Planet Fitness.", "My husband switched gyms.", false)]
    [InlineData("I'm getting married in June.", "My sister called off her wedding.", false)]
    [InlineData("I love my Pixel phone.", "Got new headphones, goodbye AirPods!", false)]
    [InlineData("I'm engaged to Mark.", "Mark and I are done with the wedding planning.", false)]
    [InlineData("I'm on a keto diet.", "I'm done with it, honestly.", false)]
    [InlineData("I have high blood pressure.", "My sleep is back to normal.", false)]
    [InlineData("I'm a member of the Sierra Club.", "I let my gym membership lapse.", false)]
    [InlineData("I have a cat named Luna.", "My neighbors had to rehome their dog.", false)]
    [InlineData("My son goes to Ohio State.", "My daughter dropped out of college.", false)]
    [InlineData("I work from home.", "I'm back to work after my vacation.", false)]
    [InlineData("My son is in 3rd grade.", "My son started soccer.", false)]
    // Out of a hospital one works at; someone else visited there, or out of it; someone else free of cancer; another debt
    // paid off, and a card with no debt said; another renovation done, and one done only later; a cast off for a while.
    [InlineData("I work at the hospital.", "I'm out of the hospital.", false)]
    [InlineData("My mom is in the hospital.", "My mom visited me at the hospital.", false)]
    [InlineData("My mom is in the hospital.", "My dad is out of the hospital.", false)]
    [InlineData("I have breast cancer.", "My friend is cancer-free now.", false)]
    [InlineData("I have student loans.", "I paid off my credit card bill this month.", false)]
    [InlineData("I have a credit card with Chase.", "I paid off my credit card.", false)]
    [InlineData("I'm renovating the bathroom.", "We're done renovating the kitchen.", false)]
    [InlineData("I'm reading Dune.", "I'll let you know once I'm done reading it.", false)]
    [InlineData("I have a cast on my arm.", "My cast came off for an X-ray but they put a new one on.", false)]
    [InlineData("I live alone.", "I live with two cats.", false)]
    [InlineData("I live alone.", "My sister moved in with her boyfriend.", false)]
    [InlineData("We have a dog named Bella.", "I lost my keys.", false)]
    [InlineData("My friend lives in Ohio.", "I lost my friend's number.", false)]
    [InlineData("I have a girlfriend named Emma.", "Emma left me a voicemail.", false)]
    [InlineData("I'm dating Alex.", "Alex broke up with his girlfriend.", false)]
    [InlineData("I'm working toward my black belt.", "My friend got her black belt.", false)]
    public async Task AddAsync_NotTheSameAttributeAlone_SupersedesNothing(string before, string after, bool immutable)
    {
        await using var f = new MemoryFixture();
        await f.Memory.AddAsync([new ChatMessage(ChatRole.User, before)], Infer() with { Immutable = immutable }, Ct);

        var result = await Say(f, after);

        Assert.Equal((MemoryEventType.Add, after), (Assert.Single(result.Results).Event, result.Results[0].Memory));
        Assert.Equal(2, (await Active(f)).Count);
    }

    // A negation changes what a sentence states: not a duplicate, whatever the overlap (NearDuplicateTests: numbers and
    // names too), but a denial of what was said, which it supersedes. A paraphrase is a duplicate, and the caller is told
    // it was already known.
    [Fact]
    public async Task AddAsync_SameWordsNegated_IsNotADuplicateButADenial()
    {
        await using var f = new MemoryFixture();
        var old = Assert.Single((await Say(f, "I really like the new office in the city centre.")).Results);

        var result = await Say(f, "I really don't like the new office in the city centre.");

        Assert.Equal(
            [(MemoryEventType.Supersede, old.Id), (MemoryEventType.Add, result.Results[1].Id)],
            result.Results.Select(r => (r.Event, r.Id)));
        Assert.Equal("I really don't like the new office in the city centre.", result.Results[1].Memory);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public async Task AddAsync_Paraphrase_IsAlreadyKnownAndSaysSo()
    {
        await using var f = new MemoryFixture();
        await Say(f, "I have a dog named Rex and a cat named Tom.");

        var result = await Say(f, "I have a dog called Rex and a cat named Tom.");

        Assert.Empty(result.Results);
        Assert.StartsWith("already known: \"I have a dog called Rex", Assert.Single(result.Warnings), StringComparison.Ordinal);
        Assert.Single(await Active(f));
    }

    // A text that adds a thing to what is known is not known yet: both stay, and neither supersedes the other.
    [Fact]
    public async Task AddAsync_SameWordsWithAThingAdded_IsStoredBesideIt()
    {
        await using var f = new MemoryFixture();
        await Say(f, "I need a new phone.");

        var result = await Say(f, "I need a new phone charger.");

        Assert.Equal((MemoryEventType.Add, "I need a new phone charger."), (Assert.Single(result.Results).Event, result.Results[0].Memory));
        Assert.Equal(["I need a new phone charger.", "I need a new phone."], (await Active(f)).Select(m => m.Text).Order(StringComparer.Ordinal));
    }

    // In a scope several people share, what one says never retracts or supersedes what another said.
    [Theory]
    [InlineData("I live in Paris.", "I no longer live in Paris.")]
    [InlineData("I live in Paris.", "I used to live in Paris.")]
    [InlineData("My favourite colour is green.", "My favourite colour is blue.")]
    [InlineData("I live in Paris.", "Forget that I live in Paris.")]
    public async Task AddAsync_AnotherSpeakersChangeOrRetraction_LeavesTheMemoryAlone(string alice, string bob)
    {
        await using var f = new MemoryFixture();
        var hers = Assert.Single((await f.Memory.AddAsync([new ChatMessage(ChatRole.User, alice) { AuthorName = "alice" }], Infer(), Ct)).Results);

        var result = await f.Memory.AddAsync([new ChatMessage(ChatRole.User, bob) { AuthorName = "bob" }], Infer(), Ct);

        Assert.DoesNotContain(result.Results, r => r.Id == hers.Id);
        Assert.Contains(await Active(f), m => m.Id == hers.Id);
        var again = await f.Memory.AddAsync([new ChatMessage(ChatRole.User, bob) { AuthorName = "alice" }], Infer(), Ct);
        Assert.Contains(again.Results, r => r.Id == hers.Id);
    }

    // A change that names nothing but an opinion verb retires nothing: "I used to think so too" agrees, it does not retract.
    [Fact]
    public async Task AddAsync_ChangeNamingOnlyAnOpinion_SupersedesNothing()
    {
        await using var f = new MemoryFixture();
        await Say(f, "I think remote work is better for focus.");

        var result = await Say(f, "I used to think so too.");

        Assert.Equal(MemoryEventType.Add, Assert.Single(result.Results).Event);
        Assert.Equal(2, (await Active(f)).Count);
    }

    [Fact]
    public async Task AddAsync_ChangeWithNothingToSupersede_IsKeptAsAFact()
    {
        await using var f = new MemoryFixture();
        var result = await Say(f, "I no longer live in Paris.");
        Assert.Equal(MemoryEventType.Add, Assert.Single(result.Results).Event);
    }

    [Fact]
    public async Task AddAsync_WithLlm_PreFilterPassesEveryMessageTheOfflinePathKeeps()
    {
        string[] said =
        [
            "Zorblax-7741 is my secret codename", "Tengo dos gatos.", "Antworte immer auf Deutsch.", "Hi!", "Thanks!", "What time is it?",
            "Forget that I'm allergic to peanuts", "I no longer live in Paris",
        ];
        var chat = new FakeChatClient { Respond = _ => """{"operations": []}""" };
        await using var f = new MemoryFixture(chat: chat);
        var result = await f.Memory.AddAsync(said.Select(s => new ChatMessage(ChatRole.User, s)), Infer(), Ct);

        Assert.Equal([3, 4, 5], result.Skipped.Select(s => s.Index));
        var prompt = Assert.Single(chat.Requests).Messages[^1].Text;
        Assert.All(said.Where((_, i) => i is not (3 or 4 or 5)), s => Assert.Contains(s, prompt, StringComparison.Ordinal));
    }

    // A change whose subject is the speaker without a pronoun of the speaker's (French "on", a Spanish verb of the first
    // person) is the speaker's own: it retires the speaker's memory of what it names (it was read as a change of someone
    // called "tuvimos", or of no one, and retired nothing).
    [Theory]
    [InlineData("On a dû donner Luna.", "luna")]
    [InlineData("Tuvimos que regalar a Toby.", "toby")]
    [InlineData("Wir mussten Bello abgeben.", "bello")]
    public void Classify_ChangeOfTheSpeakerWithoutItsPronoun_IsTheSpeakersAndNamesWhatChanged(string said, string named)
    {
        var statement = Mnemo.Formation.SentenceClassifier.Classify(said);

        Assert.Equal((Mnemo.Formation.StatementKind.Change, null), (statement.Kind, statement.About));
        Assert.Contains(named, Mnemo.Formation.RetractionMatcher.ContentWords(statement.Target!));
    }

    // Finished or completed inside a clause about something else tells of a thing done, not of a change ("… classes I
    // finished recently" was read as a change, and could have retired what it named); nor is excitement a firing.
    [Theory]
    [InlineData("I noticed a big improvement in my flexibility after the yoga classes I finished recently.")]
    [InlineData("It's one of three fiction novels I've completed since January.")]
    [InlineData("I was thinking about The Nightingale, which I finished reading recently.")]
    [InlineData("I have a yarn I want to try, the same one I used for the scarf that I finished today.")]
    // "Fired up" is excitement, not a job lost (it was read as a change).
    [InlineData("I got fired up about the game last night.")]
    // A long while without what a pronoun stands for names nothing (it was read as a change of "one"); nor is a praise one.
    [InlineData("I haven't had one in ages.")]
    [InlineData("I haven't laughed this hard in years.")]
    public void Classify_FinishedInAClauseOrFiredUp_IsAFact(string said) =>
        Assert.Equal(Mnemo.Formation.StatementKind.Fact, Mnemo.Formation.SentenceClassifier.Classify(said).Kind);
}
