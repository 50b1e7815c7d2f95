using Microsoft.Extensions.AI;
using Mnemo.Formation;
using Mnemo.Indexing;
using Mnemo.Searching;

namespace Mnemo;

/// <summary>
/// Compiles text analysis before the first search or add needs it. The analysers are source-generated regular
/// expressions (dates and periods, pronouns, actor names, sentence kinds, topics; four languages) whose matchers are
/// large methods: on this project's 2-core benchmark machine the first query that reached the "in the past N weeks"
/// matcher paid ~58 ms of JIT compilation, so a fresh server, a one-shot CLI command or an evaluation met such pauses
/// at each first use. The engine queues this once per process when it is built; it runs on the thread pool beside
/// start-up (model load, index load), reads no store, calls no model and logs nothing, so all it can change is when
/// code is compiled.
/// </summary>
internal static class AnalysisWarmUp
{
    // At least one query per reader and language: each first match compiles that matcher.
    private static readonly string[] _queries =
    [
        "What did I do yesterday, the day before yesterday and today?",
        "What happened two weeks ago, and 3 days ago?",
        "What did I buy in the past three months or over the last few weeks?",
        "Where did we go last weekend?",
        "What changed last month, and this year?",
        "Who did I meet last Saturday or on Monday?",
        "What did I do on 12 March 2023, on 2023-03-12, in January, or during March?",
        "What did you recommend for Mel's trip to Caroline Smith's village?",
        "Can you suggest some activities I can do in the evening?",
        "Qu'ai-je fait hier soir, aujourd'hui, il y a trois jours, ces derniers jours, la semaine dernière, samedi dernier, cette semaine ?",
        "¿Qué hice ayer, hoy, hace dos semanas, en las últimas semanas, el mes pasado, el sábado pasado, esta semana?",
        "Was habe ich gestern, heute, vor zwei Wochen, in den letzten Tagen, letzte Woche, am Montag, diese Woche gemacht?",
    ];

    // What users tell an agent, each kind the offline extractor tells apart, in its languages.
    private static readonly string[] _messages =
    [
        "Hi! Thanks a lot. Yes, I adopted a dog named Rex yesterday and I'm allergic to peanuts. Remember that my email is jo@example.com.",
        "Please always answer in French. From now on, use metric units. I no longer live in Paris. Forget that I work at Acme.",
        "Bonjour ! Merci. Oui, j'ai un rendez-vous chez le dentiste mardi prochain. Réponds-moi toujours en français. Oublie que j'aime le café.",
        "¡Hola! Gracias. Mi hermana vive en Madrid y la semana pasada empecé un nuevo trabajo. Recuerda que no como carne.",
        "Hallo! Danke. Ich habe gestern einen Hund adoptiert und arbeite als Ärztin. Denk daran, dass ich keinen Kaffee trinke.",
        "How are you? What do you think about that?",
    ];

    private static readonly string[] _actors = ["Caroline Smith", "Mel"];

    private static int _queued;

    /// <summary>The probe queries (exposed for tests: each must reach a reader, or it compiles nothing).</summary>
    internal static IReadOnlyList<string> Queries => _queries;

    /// <summary>The probe messages (exposed for tests).</summary>
    internal static IReadOnlyList<string> Messages => _messages;

    /// <summary>Queues the warm-up on the thread pool, the first time only (compiled code is shared by the process).</summary>
    public static void Start()
    {
        if (Interlocked.Exchange(ref _queued, 1) == 0)
        {
            ThreadPool.UnsafeQueueUserWorkItem(static _ => Run(), null);
        }
    }

    /// <summary>Runs every analyser a search and an offline add run over the probes (exposed for tests).</summary>
    internal static void Run()
    {
        // Every reader on, so the month-alone and entity readers compile as well; the reference time does not matter.
        var options = new MnemoOptions();
        options.Fusion.TimeMonthWithoutYear = true;
        options.Fusion.TimeWeight = Math.Max(options.Fusion.TimeWeight, 0.1);
        options.Fusion.EntityWeight = Math.Max(options.Fusion.EntityWeight, 0.1);
        options.Fusion.RoleWeight = Math.Max(options.Fusion.RoleWeight, 0.1);
        var scorer = new HybridScorer(options);
        var reference = new DateTimeOffset(2024, 6, 15, 12, 0, 0, TimeSpan.Zero);
        foreach (var query in _queries)
        {
            var prepared = scorer.Prepare(query, reference, []);
            _ = QueryPerson.RoleOf(query, prepared.Words);
            _ = KeywordAnalyzer.Terms(query);
            _ = ActorNames.Without(query, _actors);
            foreach (var actor in _actors)
            {
                _ = ActorNames.IsMentioned(actor, prepared.Words, prepared.Mentioned);
            }
        }

        foreach (var message in _messages)
        {
            _ = OfflineExtractor.SkipReason(message);
            foreach (var statement in OfflineExtractor.Extract([new ChatMessage(ChatRole.User, message)], reference))
            {
                _ = TopicRules.Categorize(statement.Text);
            }
        }
    }
}
