using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Mnemo.Cli.Hosting;
using Spectre.Console;

namespace Mnemo.Cli.Commands;

/// <summary>
/// <c>mnemo eval locomo --data FILE</c>: LoCoMo retrieval quality (turn_frac@K, session recall, MRR) and query latency,
/// in a throw-away store so the user's memories are never touched (a temporary SQLite file, or with <c>--postgres</c> a new
/// database on that server: <see cref="EvalStore"/>). <c>--answer</c> adds Mem0's LLM-judge protocol
/// (J, F1, tokens per query) with the configured LLM.
/// </summary>
internal static class EvalCommand
{
    public static Command Create(CliRuntime runtime)
    {
        var data = new Option<FileInfo>("--data") { Description = "LoCoMo JSON file (e.g. ../shared/data/locomo/locomo-dev.json)", Required = true };
        var cutoffs = new Option<string>("--k") { Description = "Cut-offs to report, among 1,5,10,20", DefaultValueFactory = _ => "1,5,10,20" };
        var samples = new Option<string?>("--samples") { Description = "Only these sample ids (comma-separated)" };
        var conversations = new Option<int?>("--conversations") { Description = "Only the first N conversations (after --samples)" };
        var limitQuestions = new Option<int?>("--limit-questions") { Description = "Only the first N scored questions of each conversation" };
        var answer = new Option<bool>("--answer")
        {
            Description = "Also ingest with infer on, answer each question with the configured LLM and judge it (J, F1, tokens per query)",
        };
        var infer = new Option<bool>("--infer")
        {
            Description = "Ingest each turn through the default add (infer on; offline formation without an LLM) instead of verbatim, and report formation against LoCoMo's annotations",
        };
        var cache = EmbeddingCacheOption();
        var set = SetOption();
        var scores = ScoresOption();
        var answerK = new Option<int>("--answer-k") { Description = "Memories given to the LLM per question with --answer (default 10)", DefaultValueFactory = _ => 10 };
        var locomo = new Command("locomo", "Retrieval quality on LoCoMo: one memory per turn, raw questions, categories 1-4")
        {
            data, cutoffs, samples, conversations, limitQuestions, answer, answerK, infer, cache, set, scores,
        };
        runtime.SetAction(locomo, async (run, cancellationToken) =>
        {
            var file = run.Get(data);
            if (!file.Exists)
            {
                throw CliException.Usage(MissingDataset("LoCoMo", file, LocomoOrigin));
            }

            var ks = ParseCutoffs(run.Get(cutoffs), LocomoEvaluator.Cutoffs);
            var options = new LocomoEvaluationOptions
            {
                SampleIds = run.Get(samples)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                MaxSamples = AtLeastOne(run.Get(conversations), "--conversations"),
                MaxQuestionsPerSample = AtLeastOne(run.Get(limitQuestions), "--limit-questions"),
                Infer = run.Get(infer),
                Answer = run.Get(answer) ? new LocomoAnswerOptions { Limit = AtLeastOne(run.Get(answerK), "--answer-k")!.Value } : null,
            };

            // Before any work: the answer phase is pointless without an LLM, and an hour of ingestion should not end in this.
            if (options.Answer is not null && LlmConfiguration.Resolve(run.Context) is null)
            {
                throw CliException.Configuration(NoLlmMessage);
            }

            var overrides = EngineOverrides.Parse(run.Get(set));
            var dataset = await LocomoDataset.LoadAsync(file.FullName, cancellationToken);
            // Disposed after the session (declared before it): the file is deleted, or the throw-away database dropped.
            await using var store = await OpenStoreAsync(run, cancellationToken);
            var cacheDirectory = EmbeddingCacheDirectory(run, cache);
            await using var session = await EngineSession.OpenAsync(store.Settings, run.Context, cacheDirectory, overrides);
            var chat = session.Services.GetService<IChatClient>();
            if (options.Answer is not null && chat is null)
            {
                throw CliException.Configuration(NoLlmMessage);
            }

            var evaluator = new LocomoEvaluator(
                session.Memory,
                session.Transfer,
                TimingGenerator(session),
                run.Context.Time,
                chat);
            LocomoResult result;
            try
            {
                result = await RunAsync(run, evaluator, dataset, options, cancellationToken);
            }
            catch (LocomoEvaluationException ex)
            {
                throw Failure(ex);
            }

            result = result with { LatencyMs = result.LatencyMs with { EmbeddingCache = cacheDirectory is not null } };
            if (run.Get(scores) is { } scoresFile)
            {
                await WriteScoresAsync(scoresFile, result.Details.Select(q => new RankedScores(
                    q.Question.SampleId, q.Question.Category.ToString(CultureInfo.InvariantCulture), q.Scores,
                    [.. q.Retrieved.Select(t => t is not null && q.Question.Evidence.Contains(t))])), cancellationToken);
            }

            if (run.Settings.Json)
            {
                await run.Context.Out.WriteLineAsync(result.ToJson(indented: false));
            }
            else
            {
                Render(run, result, ks);
            }

            return ExitCodes.Ok;
        });
        return new Command("eval", "Measure retrieval quality") { locomo, LongMemEvalCommand.Create(runtime) };
    }

    /// <summary>
    /// The throw-away store of an eval run (<see cref="EvalStore"/>): SQLite, or a new database on the server of
    /// <c>--postgres</c>, whose name goes to stderr so a run killed before its clean-up leaves nothing unnamed.
    /// </summary>
    internal static async Task<EvalStore> OpenStoreAsync(CommandRun run, CancellationToken cancellationToken)
    {
        var store = await EvalStore.CreateAsync(run.Settings, cancellationToken);
        if (store.DatabaseName is { } database)
        {
            await run.Context.Error.WriteLineAsync(
                $"eval: ingesting into the throw-away database {database} on the server of --postgres (dropped at the end)");
        }

        return store;
    }

    private const string NoLlmMessage =
        "--answer needs an LLM, and none is configured: set MNEMO_LLM_BASE_URL and MNEMO_LLM_MODEL (any OpenAI-compatible server), "
        + "OPENAI_API_KEY, GROQ_API_KEY or OLLAMA_HOST, or an \"llm\" section in $MNEMO_HOME/mnemo.json (docs/configuration.md).";

    private static int? AtLeastOne(int? value, string option) =>
        value is < 1 ? throw CliException.Usage($"{option} takes a number of at least 1; got {value}.") : value;

    // A configuration problem of the LLM (rejected key, unknown model) exits 4 like every other command; the rest 1.
    private static CliException Failure(LocomoEvaluationException exception)
    {
        for (Exception? inner = exception.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is LlmException llm)
            {
                return new CliException(llm.IsConfigurationError ? ExitCodes.Configuration : ExitCodes.Unexpected, exception.Message);
            }
        }

        return new CliException(ExitCodes.Unexpected, exception.Message);
    }

    private static async Task<LocomoResult> RunAsync(
        CommandRun run, LocomoEvaluator evaluator, LocomoDataset dataset, LocomoEvaluationOptions options, CancellationToken cancellationToken)
    {
        if (!run.Context.IsInteractive)
        {
            return await evaluator.EvaluateAsync(dataset, options, progress: null, cancellationToken);
        }

        LocomoResult? result = null;
        await run.Output.Messages.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("loading");
                var progress = new Progress<LocomoProgress>(p =>
                {
                    task.Description = $"{p.Stage.ToString().ToLowerInvariant()} {p.SampleId} ({p.Sample}/{p.Samples})";
                    task.MaxValue = Math.Max(1, p.Total);
                    task.Value = p.Done;
                });
                result = await evaluator.EvaluateAsync(dataset, options, progress, cancellationToken);
            });
        return result!;
    }

    private static void Render(CommandRun run, LocomoResult result, IReadOnlyList<int> ks)
    {
        var table = new Table().AddColumn("category").AddColumn("questions");
        foreach (var k in ks)
        {
            table.AddColumn(new TableColumn($"turn_frac@{k}").RightAligned());
        }

        string Percent(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);
        foreach (var (category, scores) in result.ByCategory.OrderBy(c => c.Key))
        {
            table.AddRow([Category(category), scores.Count.ToString(CultureInfo.InvariantCulture), .. ks.Select(k => Percent(scores.Recall[k]))]);
        }

        table.AddRow(["[bold]all[/]", result.Questions.ToString(CultureInfo.InvariantCulture), .. ks.Select(k => $"[bold]{Percent(result.Recall[k])}[/]")]);
        run.Output.Data.Write(table);
        var latency = result.LatencyMs;
        run.Output.Data.MarkupLine(CultureInfo.InvariantCulture,
            "session recall@5 {0}, @10 {1}; MRR {2:0.000}; query embedding p50 {3} / p95 {4} ms; search p50 {5} / p95 {6} ms{7}",
            Percent(result.SessionRecall[5]), Percent(result.SessionRecall[10]), result.Mrr,
            Ms(latency.EmbedP50), Ms(latency.EmbedP95), Ms(latency.SearchP50), Ms(latency.SearchP95), CacheNote(latency));
        if (result.Formation is { } formation)
        {
            run.Output.Data.MarkupLine(CultureInfo.InvariantCulture,
                "formation: {0} turns; annotated turns kept {1}% of {2}; unannotated turns skipped {3}% of {4}; {5:0.00} memories per turn; {6} embedding calls, {7} saved by skipping; {8:0.#} turns/s",
                formation.Turns, Percent(formation.AnnotatedKept), formation.AnnotatedTurns, Percent(formation.UnannotatedSkipped), formation.UnannotatedTurns,
                formation.MemoriesPerTurn, formation.EmbeddingCalls, formation.EmbeddingCallsSaved, formation.TurnsPerSecond);
        }

        if (result.Answer is { } answer)
        {
            RenderAnswer(run, answer);
        }
    }

    private static void RenderAnswer(CommandRun run, LocomoAnswerResult answer)
    {
        string Percent(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);
        var table = new Table()
            .AddColumn("category")
            .AddColumn("questions")
            .AddColumn(new TableColumn("J").RightAligned())
            .AddColumn(new TableColumn("F1").RightAligned());
        foreach (var (category, scores) in answer.ByCategory.OrderBy(c => c.Key))
        {
            table.AddRow(Category(category), scores.Count.ToString(CultureInfo.InvariantCulture), Percent(scores.J), Percent(scores.F1));
        }

        table.AddRow("[bold]all[/]", answer.Count.ToString(CultureInfo.InvariantCulture), $"[bold]{Percent(answer.J)}[/]", $"[bold]{Percent(answer.F1)}[/]");
        run.Output.Data.WriteLine();
        run.Output.Data.MarkupLine(CultureInfo.InvariantCulture, "Answers (LLM judge, top {0} inferred memories, model {1}):", answer.Limit, Markup.Escape(answer.Model ?? "unknown"));
        run.Output.Data.Write(table);
        run.Output.Data.MarkupLine(CultureInfo.InvariantCulture,
            "tokens per query {0:0.#} (answer + judge); ingestion with infer on {1} tokens; judge replies unreadable {2}",
            answer.TokensPerQuery, answer.IngestTokens, answer.JudgeParseFailures);
    }

    /// <summary><c>--embedding-cache DIR</c>, shared by the eval commands.</summary>
    internal static Option<string?> EmbeddingCacheOption() => new("--embedding-cache")
    {
        Description = $"Keep document and query embeddings in DIR/embeddings.db (keyed by model, input type and text) so a rerun makes no model call for texts seen before; default ${EvalEmbeddingCache.DirectoryVariable}. Query embedding latency is still timed without it",
    };

    /// <summary><c>--set Name=Value</c> (repeatable), shared by the eval commands.</summary>
    internal static Option<string[]> SetOption() => new("--set")
    {
        Description = "Change an engine setting for this run, e.g. --set NeighbourWeight=0.2 (repeatable; names as in MnemoOptions, docs/configuration.md)",
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary><c>--scores FILE</c>, shared by the eval commands.</summary>
    internal static Option<FileInfo?> ScoresOption() => new("--scores")
    {
        Description = "Also write each question's result scores and which results are evidence to FILE (JSON lines), to study score thresholds",
    };

    /// <summary>One question's ranked result scores and evidence flags, as <c>--scores</c> writes them.</summary>
    internal sealed record RankedScores(string Question, string Group, IReadOnlyList<double> Scores, IReadOnlyList<bool> Evidence);

    /// <summary>Writes <paramref name="questions"/> as JSON lines: <c>{"question", "group", "scores": [..], "evidence": [..]}</c>.</summary>
    internal static async Task WriteScoresAsync(FileInfo file, IEnumerable<RankedScores> questions, CancellationToken cancellationToken)
    {
        await using var stream = file.Create();
        foreach (var question in questions)
        {
            await using (var writer = new System.Text.Json.Utf8JsonWriter(stream))
            {
                writer.WriteStartObject();
                writer.WriteString("question", question.Question);
                writer.WriteString("group", question.Group);
                writer.WriteStartArray("scores");
                foreach (var score in question.Scores)
                {
                    writer.WriteNumberValue(Math.Round(score, 5));
                }

                writer.WriteEndArray();
                writer.WriteStartArray("evidence");
                foreach (var evidence in question.Evidence)
                {
                    writer.WriteBooleanValue(evidence);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            stream.WriteByte((byte)'\n');
        }

        await stream.FlushAsync(cancellationToken);
    }

    /// <summary>The cache directory: the option, else the environment variable, else none.</summary>
    internal static string? EmbeddingCacheDirectory(CommandRun run, Option<string?> option) =>
        run.Get(option) is { Length: > 0 } given ? Path.GetFullPath(given)
        : run.Context.Environment(EvalEmbeddingCache.DirectoryVariable) is { Length: > 0 } fromEnvironment ? Path.GetFullPath(fromEnvironment)
        : null;

    /// <summary>The generator that times query embedding: the one under the cache when there is one, so a warm cache never reads as embedding speed.</summary>
    internal static IEmbeddingGenerator<string, Embedding<float>>? TimingGenerator(EngineSession session) =>
        session.Services.GetService<EvalEmbeddingCache>()?.Uncached ?? session.Services.GetService<IEmbeddingGenerator<string, Embedding<float>>>();

    /// <summary>Says, after the latencies, that the search read its embeddings from the cache.</summary>
    internal static string CacheNote(LocomoLatency latency) =>
        latency.EmbeddingCache ? " (embedding cache on: search took its query embedding from the cache; query embedding timed without it)" : string.Empty;

    /// <summary>Where the LoCoMo data comes from (it is not shipped with Mnemo).</summary>
    internal const string LocomoOrigin =
        "LoCoMo (Maharana et al., ACL 2024; CC BY-NC 4.0) is published in the snap-research/locomo repository on GitHub as data/locomo10.json; " +
        "Mnemo's own development checkout reads a 6-conversation split from ../shared/data/locomo/locomo-dev.json, which is not part of the repository";

    /// <summary>Where the LongMemEval data comes from (it is not shipped with Mnemo).</summary>
    internal const string LongMemEvalOrigin =
        "LongMemEval (Wu et al., ICLR 2025; MIT) is published by the xiaowu0162/LongMemEval repository on GitHub, whose README links the data files (longmemeval_s.json); " +
        "Mnemo's own development checkout reads a 60-question split from ../shared/data/longmemeval/longmemeval-s-dev60.json.gz, which is not part of the repository";

    /// <summary>The error for a dataset file that is not there: the path given, and where the benchmark's data comes from.</summary>
    internal static string MissingDataset(string benchmark, FileInfo file, string origin) =>
        $"no {benchmark} file at {file.FullName} (--data). Mnemo does not ship benchmark data: {origin}.";

    internal static string Ms(double? value) => value?.ToString("0.0", CultureInfo.InvariantCulture) ?? "n/a";

    private static string Category(int category) => category switch
    {
        1 => "1 multi-hop",
        2 => "2 temporal",
        3 => "3 open-domain",
        4 => "4 single-hop",
        _ => category.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Reads <c>--k</c>: comma-separated cut-offs, each one of <paramref name="allowed"/>.</summary>
    internal static List<int> ParseCutoffs(string text, IReadOnlyList<int> allowed)
    {
        var ks = new List<int>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var k) || !allowed.Contains(k))
            {
                throw CliException.Usage($"--k takes cut-offs among {string.Join(',', allowed)}; got '{part}'.");
            }

            ks.Add(k);
        }

        return ks.Count > 0 ? ks : throw CliException.Usage("--k needs at least one cut-off.");
    }
}
